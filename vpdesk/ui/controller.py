"""The gate: first start, unlock, recovery and the practice vault; locking and quitting.

It drives the pages of the open vault (VaultPage, given by app.py) through their life cycle: opened -> restore,
and on lock or quit: save -> place -> locked. Widgets show and emit; this decides.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vpdesk.errors import KnownError
from vpdesk.policy import Settings
from vpdesk.services import stats, vault_admin
from vpdesk.services.session import Session, Vault
from vpdesk.ui import collector
from vpdesk.ui.clipboard import ClipboardGuard
from vpdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vpdesk.ui.dialogs.renew_keys_dialog import NewCodeDialog, RenewKeysDialog
from vpdesk.ui.dialogs.unsaved_dialog import UnsavedDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.idle import IdleWatcher
from vpdesk.ui.main_window import MainWindow
from vpdesk.ui.menu_controller import MenuController
from vpdesk.ui.pages.base import VaultPage
from vpdesk.ui.pages.setup_page import SetupPage
from vpdesk.ui.pages.unlock_page import UnlockPage
from vpdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)


class Controller(QObject):
    def __init__(
        self,
        session: Session,
        settings: Settings,
        tasks: Tasks,
        idle: IdleWatcher,
        clipboard: ClipboardGuard,
        pages: list[VaultPage],
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        if not pages or len({p.key for p in pages}) != len(pages):
            raise ValueError("pages need unique keys, and there must be at least one")
        self.session = session
        self.settings = settings
        self.language = settings.language  # the window's language; a new one is a new window (app.py)
        self.tasks = tasks
        self.idle = idle
        self.clipboard = clipboard
        self.pages = pages
        self.now = now
        self.setup = SetupPage()
        self.unlock = UnlockPage()
        self.unlock.set_language(settings.language)  # also in a window rebuilt in a new language
        self.window = MainWindow(
            {"setup": self.setup, "unlock": self.unlock}, [(p.key, p.title(), p.widget) for p in pages]
        )
        self.places: dict[str, object] = {}  # where the adviser was on each page at the last lock
        self.last_page = pages[0].key
        self._connect()
        self.menu = MenuController(self, now)
        self.setup.restore_requested.connect(self.menu.restore)

    def page(self, key: str) -> VaultPage:
        return next(p for p in self.pages if p.key == key)

    # --- wiring -----------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.setup.create_requested.connect(self.create_vault)
        self.setup.practice_requested.connect(self.open_practice)
        self.unlock.unlock_requested.connect(self.unlock_vault)
        self.unlock.forgot_requested.connect(self.recover)
        self.unlock.practice_requested.connect(self.open_practice)
        self.unlock.language_chosen.connect(self.choose_language)
        self.idle.idle.connect(self.lock)
        self.window.closing.connect(self.close_window)
        self.window.tabs.currentChanged.connect(self._page_changed)
        for page in self.pages:
            page.lock_requested.connect(self.lock)
            page.vault_failed.connect(self._vault_failed)
        actions = self.window.menu_actions
        actions["lock"].triggered.connect(self.lock)
        actions["quit"].triggered.connect(self.window.close)
        actions["renew"].triggered.connect(self.renew_keys)
        self.window.page_requested.connect(self._show_page)
        # every shortcut of the window, for Help > Sneltoetsen: (key, the page or menu it belongs to)
        self.shortcut_keys: list[tuple[str, str]] = [
            (action.shortcut().toString(), action.text().replace("&", ""))
            for action in actions.values()
            if not action.shortcut().isEmpty()
        ]
        keys = {key for key, _ in self.shortcut_keys}
        for page in self.pages:
            for key, slot in page.shortcuts():
                if key in keys:
                    raise ValueError(f"shortcut {key} is taken twice")
                keys.add(key)
                self.shortcut_keys.append((key, page.title()))
                shortcut = QShortcut(QKeySequence(key), self.window)
                shortcut.activated.connect(self._on_page(page, slot))

    def _show_page(self, key: str) -> None:
        if self.session.is_open:
            self.window.show_work(key)
            self.page(key).focus()

    def _on_page(self, page: VaultPage, slot: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            if self.session.is_open and self.window.work_visible(page.key):
                self.window.show_work(page.key)
                slot()

        return run

    def _page_changed(self, _index: int) -> None:
        if self.session.is_open:
            for page in self.pages:  # leaving a page writes its edits, as a lock would
                if page.key != self.window.current_work():
                    page.save()

    def choose_language(self, language: str) -> None:
        if self.settings.is_locked("language"):
            self.unlock.language_note.setText(self.tr("ingesteld door uw organisatie"))
            self.unlock.set_language(self.settings.language)
            return
        if language != self.settings.language:
            self.menu.apply({"language": language})  # app.py rebuilds the window in that language

    def start(self) -> None:
        self.unlock.set_language(self.settings.language)
        if self.settings.is_locked("language"):
            self.unlock.language.setEnabled(False)
            self.unlock.language_note.setText(self.tr("ingesteld door uw organisatie"))
        if self.session.has_vault():
            self.window.show_page("unlock")
            self.unlock.reset()
        else:
            self.window.show_page("setup")
        collector.settle()  # the app is built: its own objects need no collection (vpdesk/ui/collector.py)

    # --- opening ----------------------------------------------------------------------------------------------
    def create_vault(self, passphrase: str, code: str) -> None:
        coordinator, now = self.setup.coordinator.isChecked(), self.now()

        def create() -> Vault:
            vault = self.session.create_vault(passphrase, code)
            if coordinator:  # chosen on the welcome page: no terminal needed
                stats.make_coordinator(vault, now)
            return vault

        self.tasks.run(create, self._opened, self._setup_failed)

    def _setup_failed(self, exc: BaseException) -> None:
        self.setup.show_error(describe(exc))

    def unlock_vault(self, passphrase: str) -> None:
        self.unlock.set_busy(True)
        self.tasks.run(lambda: self.session.unlock_vault(passphrase), self._opened, self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.setup.set_busy(False)
        self.unlock.show_error(describe(exc))

    def open_practice(self) -> None:
        self.unlock.set_busy(True)
        self.setup.set_busy(True)
        today = self.now().date()
        self.tasks.run(lambda: self.session.practice_vault(today), self._opened, self._unlock_failed)

    def recover(self) -> None:
        dialog = RecoveryDialog(self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        code, passphrase = dialog.code.text(), dialog.passphrase.passphrase()
        dialog.passphrase.clear()
        dialog.deleteLater()
        if not accepted:
            return
        self.unlock.set_busy(True)
        self.tasks.run(lambda: self.session.recover_vault(code, passphrase), self._opened, self._unlock_failed)

    # --- a passphrase or recovery code that may be known (issue 15) --------------------------------------------
    def renew_keys(self) -> None:
        """Ask the current and a new passphrase, lock, make new keys in a worker, reopen, show the new code once."""
        if not self.session.is_open:
            return
        if self.session.practice:
            QMessageBox.information(
                self.window,
                self.tr("Oefenkluis"),
                self.tr("De oefenkluis heeft geen geheime sleutels om te vervangen."),
            )
            return
        home = self.session.vault.paths.home
        dialog = RenewKeysDialog(self.window, vault_admin.replaced_vaults(home))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        current, new = dialog.take()
        delete = dialog.delete_replaced.isChecked()
        dialog.deleteLater()
        if not accepted:
            return

        def checked(_result: object) -> None:  # the current passphrase is right: now lock and renew
            self.lock()  # saves every page and closes every connection that holds the old database key
            self.unlock.set_busy(True)
            self.tasks.run(
                lambda: vault_admin.renew_keys_at(home, current, new, delete_replaced_vaults=delete),
                self._renewed,
                self._unlock_failed,
            )

        def refused(exc: BaseException) -> None:  # a typo: the vault stays open, nothing was changed
            QMessageBox.warning(self.window, self.tr("Nieuwe sleutels"), describe(exc))

        # checked while the vault stays open (the key derivation takes a second: a worker), as a restore is
        self.tasks.run(lambda: vault_admin.check_passphrase(home, current), checked, refused)

    def _renewed(self, result: tuple[Vault, str]) -> None:
        vault, code = result
        self._opened(vault)
        dialog = NewCodeDialog(code, self.now().date(), self.window)
        dialog.exec()
        dialog.deleteLater()

    def _show_unseen_code(self, vault: Vault, code: str) -> None:
        """A renewal died before its recovery code was shown: the open finished it and made this code."""
        dialog = NewCodeDialog(code, self.now().date(), self.window, interrupted=True)
        dialog.exec()
        dialog.deleteLater()
        self.tasks.run(vault.recovery_code_shown)  # writes the slot file: off the UI thread

    def _opened(self, vault: Vault | None = None) -> None:
        """On the main thread, with the vault a worker opened (None: the session already holds it)."""
        try:
            if vault is not None:
                self.session.attach(vault)
            for page in self.pages:
                page.opened()
            only = {p.key for p in self.pages if p.exclusive()}  # a coordinator's vault: no cases, no rooms
            self.window.set_work_visible(only)
            if only and self.last_page not in only:
                self.last_page = next(p.key for p in self.pages if p.key in only)
            if not self.places:  # the first opening in this run: a page may claim it (a coordinator's figures)
                self.last_page = next((p.key for p in self.pages if p.is_start()), self.last_page)
            self.setup.forget()
            self.unlock.reset()
            self.window.set_practice(self.session.practice)
            self.window.show_work(self.last_page)
            self.idle.set_timeout(self.settings.idle_lock_minutes * 60)
            self.idle.start()
            self.window.set_vault_open(True)
            places, self.places = self.places, {}
            for page in self.pages:
                page.restore(places.get(page.key))
            self.page(self.last_page).focus()
            self.menu.remind_backup()
            if vault is not None and vault.unseen_recovery_code is not None:
                self._show_unseen_code(vault, vault.unseen_recovery_code)
        except KnownError as exc:  # e.g. a damaged page, met while the pages read their first view
            self._open_failed(exc)

    def _vault_failed(self, exc: object) -> None:
        """A page met a damaged vault in the background: lock, and say why on the unlock screen."""
        if not self.session.is_open:
            return
        if not isinstance(exc, KnownError):
            log.error("background read failed", exc_info=exc if isinstance(exc, BaseException) else None)
            return
        self.lock()
        self.unlock.show_error(describe(exc))

    def _open_failed(self, exc: KnownError) -> None:
        self.idle.stop()
        for page in self.pages:
            page.locked()
        self._close_vault()  # attach() holds the vault before it reads: this closes it
        self.setup.set_busy(False)
        self.window.show_page("unlock")
        self.unlock.show_error(describe(exc))

    # --- locking ----------------------------------------------------------------------------------------------
    def lock(self, keep: QDialog | None = None) -> None:
        """Save, close every dialog (but ``keep``), clear every page, forget the keys, show the unlock screen."""
        if not self.session.is_open:
            return
        failures = self._leave(keep)
        self._close_vault()
        self.window.set_practice(False)
        self.window.show_reminder("")
        if self.session.has_vault():
            self.window.show_page("unlock")
            self.unlock.reset()
        else:  # only the practice vault was open: back to the first start, where a real vault is made
            self.setup.set_busy(False)
            self.unlock.set_busy(False)
            self.window.show_page("setup")
        if failures:
            self.unlock.error.setText(
                self.tr("Bij het vergrendelen is niet alles bewaard: {reason}").format(reason=" ".join(failures))
            )

    def _close_vault(self) -> None:
        """Forget the keys. The lock's collection (hardening.release_freed_memory) sees every object, also what the
        case list froze; what survives it is the app itself, kept out of later collections (ui/collector.py)."""
        self.session.lock()
        collector.settle()

    def _may_quit(self) -> bool:
        """False when a page holds text it could not save and the adviser chose to stay (decision 223)."""
        if not self.session.is_open:
            return True
        failures = [reason for page in self.pages if (reason := page.save())]
        unsaved = "\n\n".join(text for page in self.pages if (text := page.unsaved()))
        if not unsaved:
            return True
        dialog = UnsavedDialog(" ".join(failures), unsaved, self.window)
        leave = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return leave

    def _leave(self, keep: QDialog | None = None) -> list[str]:
        """Everything a lock does before the keys go: save, note where the adviser was, clear the pages."""
        failures = [reason for page in self.pages if (reason := page.save())]
        self.last_page = self.window.current_work() or self.pages[0].key
        self.places = {page.key: page.place() for page in self.pages}
        self.idle.stop()
        self._close_dialogs(keep)
        for page in self.pages:
            page.locked()
        self.clipboard.clear()
        self.window.set_vault_open(False)
        return failures

    @staticmethod
    def _close_dialogs(keep: QDialog | None = None) -> None:
        """A dialog open over the vault (new case, close case, agenda, a message) goes with the lock; done()
        also closes one that is busy and would refuse a Cancel."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not keep:
                widget.done(QDialog.DialogCode.Rejected)

    # --- a new language: app.py builds a new window over the same open session --------------------------------
    def hand_over(self) -> tuple[dict[str, object], str, bool]:
        """Leave the window without locking the vault: what take_over() of the new window needs."""
        was_open = self.session.is_open
        if was_open:
            self._leave()
        self.tasks.wait(5_000)
        return self.places, self.last_page, was_open

    def take_over(self, places: dict[str, object], last_page: str, was_open: bool) -> None:
        self.places, self.last_page = places, last_page
        if was_open and self.session.is_open:
            self._opened()
        else:
            self.start()

    def close_window(self) -> None:
        """The adviser closes the window (Ctrl+Q, the close button): quit, unless text could not be saved and they
        choose to stay. The application's own end (aboutToQuit: logout, shutdown) cannot wait for an answer."""
        self.tasks.wait(5_000)
        if not self._may_quit():
            self.window.keep_open = True
            return
        self.quit()

    def quit(self) -> None:
        self.tasks.wait(5_000)  # an unlock still deriving its key: let it land, then lock what it opened
        self.lock()
        self.clipboard.clear()
