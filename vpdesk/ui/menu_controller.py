"""The menu bar's work: backup, restore, passphrase, settings, help. The window's actions emit; this decides.

Slow work runs through Tasks: a backup on a worker's own writable connection (session.job, which the lock ends),
a restore checked with the vault still open and done once it is locked, a passphrase change's key derivations off
the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from vpdesk import __version__
from vpdesk.log import log_dir
from vpdesk.policy import Settings, policy_path
from vpdesk.services import reminders, vault_admin
from vpdesk.services.session import load_settings, save_user_setting
from vpdesk.ui.dates import moment_text
from vpdesk.ui.dialogs.about_dialog import AboutDialog
from vpdesk.ui.dialogs.backup_dialog import BackupDialog
from vpdesk.ui.dialogs.help_dialog import HelpDialog
from vpdesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from vpdesk.ui.dialogs.restore_dialog import RestoreDialog
from vpdesk.ui.dialogs.settings_dialog import SettingsDialog
from vpdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from vpdesk.ui.dialogs.work_dialog import WorkDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested

if TYPE_CHECKING:
    from vpdesk.ui.controller import Controller

log = logging.getLogger(__name__)


def _to(dialog: WorkDialog, method: Callable[..., None]) -> Callable[..., None]:
    """A worker's answer for ``dialog``, dropped when the dialog went meanwhile (a lock closes it)."""

    def deliver(*args: Any) -> None:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            method(*args)

    return deliver


class _Progress(QObject):
    """A worker's progress, carried to the main thread by a queued signal."""

    moved = Signal(int, str)


def manual_path() -> Path:
    from vpdesk import resources

    return resources.path("help/handleiding.md")


class MenuController(QObject):
    settings_changed = Signal(object)  # the new Settings; app.py rebuilds the window when the language changed

    def __init__(self, controller: Controller, now: Callable[[], datetime]) -> None:
        super().__init__()
        self.c = controller
        self.now = now
        self.dialog: QDialog | None = None  # the one menu dialog open now
        actions = controller.window.menu_actions
        actions["backup"].triggered.connect(self.backup)
        actions["restore"].triggered.connect(self.restore)
        actions["passphrase"].triggered.connect(self.change_passphrase)
        actions["settings"].triggered.connect(self.edit_settings)
        actions["manual"].triggered.connect(self.manual)
        actions["shortcuts"].triggered.connect(self.shortcuts)
        actions["about"].triggered.connect(self.about)

    # --- backup -----------------------------------------------------------------------------------------------
    def backup(self) -> None:
        if not self.c.session.is_open:
            return
        name = f"vpdesk-back-up-{self.now().date().isoformat()}.vpbak"
        dialog = BackupDialog(Path(suggested(name)), self.c.window)
        dialog.backup_requested.connect(lambda path: self._make_backup(dialog, Path(path)))
        self._show(dialog)

    def _make_backup(self, dialog: BackupDialog, target: Path) -> None:
        session = self.c.session
        if not session.is_open:
            return
        steps = {
            "snapshot": self.tr("Momentopname van de kluis maken…"),
            "verify": self.tr("Back-up teruglezen en controleren…"),
            "done": self.tr("Klaar."),
        }
        progress = _Progress(dialog)
        progress.moved.connect(lambda pct, step: dialog.set_progress(pct, steps.get(step, "")))
        dialog.set_busy(True, steps["snapshot"])
        vault, now = session.vault, self.now()
        master, slots = vault.master_key_for_backup(), vault.slots
        work = session.job(
            lambda db: vault_admin.backup_verified(db, master, slots, target, now, progress.moved.emit), readonly=False
        )
        write = session.write_later()
        today = now.date()

        def done(info: vault_admin.BackupInfo) -> None:
            if not session.is_open:  # locked meanwhile: the file was verified, but nobody is there to tell
                return
            write(lambda db: reminders.backup_made(db, today))
            self.c.window.show_reminder("")
            size = f"{info.size / 1_048_576:.1f} MB"
            text = self.tr("Back-up gemaakt en gecontroleerd: {path} ({size}). Bewaar het bestand buiten deze laptop.")
            _to(dialog, dialog.show_done)(text.format(path=info.path, size=size))

        self.c.tasks.run(work, done, lambda exc: _to(dialog, dialog.show_error)(describe(exc)))

    # --- restore ----------------------------------------------------------------------------------------------
    def restore(self) -> None:
        dialog = RestoreDialog(self.c.session.has_vault(), self.c.window)
        dialog.restore_requested.connect(lambda p, s, r: self._restore(dialog, Path(p), s, r))
        dialog.finished.connect(lambda _r: dialog.forget())
        self._show(dialog)

    def _restore(self, dialog: RestoreDialog, source: Path, secret: str, recovery: bool) -> None:
        """First the checks a restore makes (passphrase, every page), in a worker with the vault still open: a typo
        or a damaged file leaves the adviser where they were. Only a backup that will restore locks the vault."""
        dialog.set_busy(True, self.tr("Back-up controleren…"))
        home = self.c.session.home
        failed = _to(dialog, dialog.show_error)

        has_vault = self.c.session.has_vault()

        def checked(info: vault_admin.BackupInfo) -> None:
            if not (shiboken6.isValid(dialog) and dialog.isVisible()):
                return  # the dialog went meanwhile (closed, or an idle lock): nothing is replaced
            if has_vault and not dialog.confirm_replace(moment_text(info.created), str(home)):
                dialog.set_busy(False)
                dialog.status.setText(self.tr("Niets teruggezet; de kluis op deze laptop is ongewijzigd."))
                return
            self._replace(dialog, source, secret, recovery)

        self.c.tasks.run(
            lambda: vault_admin.check_backup(home, source, secret, recovery=recovery),
            checked,
            lambda exc: failed(describe(exc)),
        )

    def _replace(self, dialog: RestoreDialog, source: Path, secret: str, recovery: bool) -> None:
        if self.c.session.is_open:
            self.c.lock(keep=dialog)  # the vault is replaced on disk: it must be closed first
        dialog.set_busy(True, self.tr("Back-up terugzetten…"))
        home = self.c.session.home

        def done(info: vault_admin.BackupInfo) -> None:
            _to(dialog, dialog.forget)()
            text = self.tr(
                "De back-up van {created} is teruggezet. Open de kluis met de wachtwoordzin van die back-up."
            )
            text = text.format(created=moment_text(info.created))
            if info.kept is not None:
                text += " " + self.tr("De vorige kluis staat, nog versleuteld, in {folder}.").format(folder=info.kept)
            _to(dialog, dialog.show_done)(text)
            self.c.start()
            self.c.unlock.error.setText("")

        self.c.tasks.run(
            lambda: vault_admin.restore(home, source, secret, recovery=recovery),
            done,
            lambda exc: _to(dialog, dialog.show_error)(describe(exc)),
        )

    # --- passphrase -------------------------------------------------------------------------------------------
    def change_passphrase(self) -> None:
        if not self.c.session.is_open:
            return
        dialog = PassphraseDialog(self.c.window)
        dialog.change_requested.connect(lambda current, new: self._change(dialog, current, new))
        dialog.finished.connect(lambda _r: dialog.forget())
        self._show(dialog)

    def _change(self, dialog: PassphraseDialog, current: str, new: str) -> None:
        session = self.c.session
        if not session.is_open:
            return
        dialog.set_busy(True, self.tr("De sleutel wordt opnieuw afgeleid; dat duurt een paar seconden."))
        vault, write = session.vault, session.write_later()

        def done(_: object) -> None:
            write(lambda db: db.audit.record("change-passphrase", "vault"))
            _to(dialog, dialog.forget)()
            _to(dialog, dialog.show_done)(self.tr("Uw wachtwoordzin is gewijzigd. Gebruik voortaan de nieuwe."))

        self.c.tasks.run(
            lambda: vault_admin.rewrap_passphrase(vault, current, new),
            done,
            lambda exc: _to(dialog, dialog.show_error)(describe(exc)),
        )

    # --- settings ---------------------------------------------------------------------------------------------
    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.c.settings, self.c.window)
        self.dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        changes = dialog.changes()
        dialog.deleteLater()
        self.dialog = None
        if accepted and changes:
            self.apply(changes)

    def apply(self, changes: dict[str, Any]) -> Settings:
        home = self.c.session.home
        for name, value in changes.items():
            save_user_setting(home, name, value)
        settings = load_settings(home)
        self.c.settings = settings
        self.c.idle.set_timeout(settings.idle_lock_minutes * 60)
        self.settings_changed.emit(settings)
        return settings

    # --- help -------------------------------------------------------------------------------------------------
    def manual(self) -> None:
        self._show(HelpDialog(manual_path(), self.c.window))

    def shortcuts(self) -> None:
        self._show(ShortcutsDialog(self.c.shortcut_keys, self.c.window))

    def about(self) -> None:
        settings = self.c.settings
        self._show(
            AboutDialog(__version__, self.c.session.home, log_dir(), policy_path(), settings.locked_by, self.c.window)
        )

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- reminder ---------------------------------------------------------------------------------------------
    def remind_backup(self) -> None:
        """After opening: a gentle line over the window when the last backup is older than the policy's days."""
        session = self.c.session
        if not session.is_open or session.practice:
            return
        today, days = self.now().date(), self.c.settings.backup_reminder_days
        # on the write lane (the first time it notes the day), not waited for here (decision 244)
        looked = session.writer.submit(
            lambda db: (reminders.backup_overdue(db, today, days), reminders.last_backup(db))
        )
        self.c.tasks.follow(looked, lambda found: self._show_backup_age(*found), self._backup_age_failed)

    def _backup_age_failed(self, exc: BaseException) -> None:
        log.warning("the backup reminder could not be read: %s", type(exc).__name__)

    def _show_backup_age(self, age: int | None, last: date | None) -> None:
        if not self.c.session.is_open:
            return
        if age is None:
            self.c.window.show_reminder("")
        elif last is None:
            self.c.window.show_reminder(
                self.tr("U heeft nog geen back-up gemaakt. Maak er een via Bestand > Back-up maken.")
            )
        else:
            self.c.window.show_reminder(
                self.tr("Uw laatste back-up is {n} dagen oud. Maak een nieuwe via Bestand > Back-up maken.").format(
                    n=age
                )
            )
