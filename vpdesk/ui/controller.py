"""Wires the pages to the session: it decides, the widgets show and emit. Saves before every lock or quit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox

from vpdesk.domain.guide import Rules
from vpdesk.domain.model import Case, ContactKind, Conversation
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.guide_rules import GuideRules
from vpdesk.policy import Settings
from vpdesk.services.session import Session, UserSettings
from vpdesk.ui.case_tools import CaseTools
from vpdesk.ui.clipboard import ClipboardGuard
from vpdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.idle import IdleWatcher
from vpdesk.ui.main_window import MainWindow
from vpdesk.ui.models.case_table import CaseTableModel
from vpdesk.ui.models.search_results import MARKS
from vpdesk.ui.pages.desk_page import DeskPage
from vpdesk.ui.pages.setup_page import SetupPage
from vpdesk.ui.pages.unlock_page import UnlockPage
from vpdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)


@dataclass
class Place:
    """Where the adviser was when the vault locked: restored after unlocking."""

    case_id: int | None = None
    conversation_id: int | None = None


class Controller(QObject):
    def __init__(
        self,
        session: Session,
        settings: Settings,
        taxonomy: Taxonomy,
        tasks: Tasks,
        idle: IdleWatcher,
        clipboard: ClipboardGuard,
        now: Callable[[], datetime] = datetime.now,
        rules: Rules | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.taxonomy = taxonomy
        self.tasks = tasks
        self.idle = idle
        self.clipboard = clipboard
        self.now = now
        self.lang = settings.language
        self.model = CaseTableModel(self.category_name)
        self.setup = SetupPage()
        self.unlock = UnlockPage()
        self.desk = DeskPage(self.model, taxonomy, self.lang)
        self.window = MainWindow({"setup": self.setup, "unlock": self.unlock, "desk": self.desk})
        self.place = Place()
        self.tools = CaseTools(
            session,
            rules or GuideRules().load().rules,
            self.desk,
            tasks,
            self.lang,
            now,
            lambda case_id: self.open_case(case_id, select_in_list=True),
        )
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(int(settings.autosave_seconds * 1000))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self._connect()

    # --- wiring -----------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.setup.create_requested.connect(self.create_vault)
        self.setup.practice_requested.connect(self.open_practice)
        self.unlock.unlock_requested.connect(self.unlock_vault)
        self.unlock.forgot_requested.connect(self.recover)
        self.unlock.practice_requested.connect(self.open_practice)
        self.unlock.language_chosen.connect(self.choose_language)
        self.desk.lock_requested.connect(self.lock)
        self.desk.new_case_requested.connect(self.new_case)
        self.desk.search_changed.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.run_search)
        panel = self.desk.cases
        panel.case_selected.connect(self.open_case)
        panel.hit_chosen.connect(self.open_hit)
        panel.filter_changed.connect(lambda _f: self.model.set_filter(panel.current_filter(self.now().date())))
        view = self.desk.case_view
        view.conversation_selected.connect(self.open_conversation)
        view.new_conversation_requested.connect(self.new_conversation)
        view.close_case_requested.connect(self.close_case)
        view.editor.edited.connect(self.autosave.start)
        self.autosave.timeout.connect(self.save_now)
        self.idle.idle.connect(self.lock)
        self.window.closing.connect(self.quit)
        for keys, slot in (
            ("Ctrl+L", self.lock),
            ("Ctrl+N", self.new_case),
            ("Ctrl+Shift+N", self.new_conversation),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+G", lambda: self.tools.show_agenda(always=True)),
            ("Ctrl+Q", self.window.close),
        ):
            QShortcut(QKeySequence(keys), self.window, activated=slot)

    def choose_language(self, language: str) -> None:
        if self.settings.is_locked("language"):
            self.unlock.language_note.setText(self.tr("Ingesteld door {org}").format(org=self.settings.locked_by))
            self.unlock.set_language(self.settings.language)
            return
        store = UserSettings(self.session.home / "settings.json")
        values = store.load()
        values["language"] = language
        store.save(values)
        self.unlock.language_note.setText(self.tr("Wordt actief na herstart / takes effect after a restart"))

    def start(self) -> None:
        self.unlock.set_language(self.settings.language)
        if self.session.has_vault():
            self.window.show_page("unlock")
            self.unlock.reset()
        else:
            self.window.show_page("setup")

    def category_name(self, code: str) -> str:
        return self.taxonomy.get(code).name(self.lang) if code in self.taxonomy else code

    # --- opening ----------------------------------------------------------------------------------------------
    def create_vault(self, passphrase: str, code: str) -> None:
        self.tasks.run(lambda: self.session.create(passphrase, code), self._opened, self._setup_failed)

    def _setup_failed(self, exc: BaseException) -> None:
        self.setup.show_error(describe(exc))

    def unlock_vault(self, passphrase: str) -> None:
        self.tasks.run(lambda: self.session.unlock(passphrase), self._opened, self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock.show_error(describe(exc))

    def open_practice(self) -> None:
        self.unlock.set_busy(True)
        self.setup.set_busy(True)
        today = self.now().date()
        self.tasks.run(lambda: self.session.open_practice(today), self._opened, self._unlock_failed)

    def recover(self) -> None:
        dialog = RecoveryDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        code, passphrase = dialog.code.text(), dialog.passphrase.passphrase()
        dialog.passphrase.clear()
        self.unlock.set_busy(True)
        self.tasks.run(lambda: self.session.recover(code, passphrase), self._opened, self._unlock_failed)

    def _opened(self, _result: object = None) -> None:
        self.setup.forget()
        self.unlock.reset()
        practice = self.session.practice
        self.window.set_title(practice)
        self.desk.set_practice(practice)
        cases = self.session.vault.cases
        self.model.attach(
            lambda flt, offset, limit, sort, desc: cases.list_cases(
                flt, offset=offset, limit=limit, sort=sort, descending=desc
            ),
            cases.count_cases,
        )
        self.window.show_page("desk")
        self.idle.set_timeout(self.settings.idle_lock_minutes * 60)
        self.idle.start()
        place, self.place = self.place, Place()
        if place.case_id is not None:
            self.open_case(place.case_id, select_in_list=True)
            if place.conversation_id is not None:
                self.desk.case_view.select_conversation(place.conversation_id)
        self.desk.search.setFocus()
        self.tools.show_agenda()  # due and overdue deadlines, right after unlocking

    # --- locking ----------------------------------------------------------------------------------------------
    def lock(self) -> None:
        if not self.session.is_open:
            return
        self.save_now()
        view = self.desk.case_view
        self.place = Place(view.case_id, view.editor.conversation_id)
        self.autosave.stop()
        self.search_timer.stop()
        self.idle.stop()
        self.tools.close()
        self.desk.clear()
        self.model.detach()
        self.clipboard.clear()
        self.session.lock()
        self.window.set_title(practice=False)
        self.desk.set_practice(False)
        self.window.show_page("unlock")
        self.unlock.reset()

    def quit(self) -> None:
        self.lock()
        self.clipboard.clear()

    # --- cases ------------------------------------------------------------------------------------------------
    def open_case(self, case_id: int, select_in_list: bool = False) -> None:
        if self.desk.case_view.case_id != case_id:
            self.save_now()
        cases = self.session.vault.cases
        case = cases.case(case_id)
        client = cases.client(case.client_id) if case.client_id else None
        conversations = cases.conversations(case_id)
        self.desk.case_view.show_case(
            case,
            client.pseudonym if client else "",
            [self.category_name(c) for c in case.categories],
            conversations,
            cases.referrals(case_id),
            self.tools.route_names(),
        )
        self.tools.case_opened(case_id)
        if select_in_list:
            self.desk.cases.select_case(case_id)
        if conversations and conversations[-1].id is not None:
            self.desk.case_view.select_conversation(conversations[-1].id)
        else:
            self.desk.case_view.editor.clear()

    def open_conversation(self, conversation_id: int) -> None:
        editor = self.desk.case_view.editor
        if editor.conversation_id == conversation_id:
            return
        self.save_now()
        editor.show_conversation(self.session.vault.cases.conversation(conversation_id))

    def open_hit(self, case_id: int, conversation_id: int) -> None:
        self.open_case(case_id)
        self.desk.case_view.select_conversation(conversation_id)

    def new_case(self) -> None:
        if not self.session.is_open:
            return
        dialog = NewCaseDialog(self.taxonomy, self.lang, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            case = self.session.vault.cases.add_case(
                Case(categories=dialog.checked(), opened=self.now().date(), org_unit=dialog.org_unit.text().strip()),
                pseudonym=dialog.pseudonym.text().strip() or None,
            )
        except Exception as exc:
            self._warn(exc)
            return
        self.model.reload()
        assert case.id is not None
        self.open_case(case.id, select_in_list=True)
        self.new_conversation()

    def new_conversation(self) -> None:
        case_id = self.desk.case_view.case_id
        if case_id is None or not self.session.is_open:
            return
        self.save_now()
        cases = self.session.vault.cases
        first = not cases.conversations(case_id)
        conv = cases.add_conversation(
            Conversation(
                case_id=case_id,
                when=self.now().replace(second=0, microsecond=0),
                kind=ContactKind.FIRST if first else ContactKind.FOLLOW_UP,
            )
        )
        self.open_case(case_id)
        assert conv.id is not None
        self.desk.case_view.select_conversation(conv.id)
        self.desk.case_view.editor.notes.setFocus()

    def close_case(self) -> None:
        case_id = self.desk.case_view.case_id
        if case_id is None:
            return
        dialog = CloseCaseDialog(self.now().date(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_now()
        outcome, on = dialog.result_values()
        self.session.vault.cases.close_case(case_id, outcome, on)
        self.model.reload()
        self.open_case(case_id, select_in_list=True)

    # --- saving -----------------------------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Write the editor's conversation if it changed. Returns False when the write failed."""
        self.autosave.stop()
        editor = self.desk.case_view.editor
        current = editor.conversation()
        if current is None or not self.session.is_open:
            return True
        stored = self.session.vault.cases.conversation(current.id or 0)
        if stored == current:
            return True
        try:
            self.session.vault.cases.update_conversation(current)
        except Exception as exc:
            self._warn(exc)
            return False
        editor.mark_saved(self.now())
        if (stored.when, stored.duration_min, stored.channel, stored.kind) != (
            current.when,
            current.duration_min,
            current.channel,
            current.kind,
        ):
            self._refresh_timeline(current.id or 0)
        return True

    def _refresh_timeline(self, conversation_id: int) -> None:
        view = self.desk.case_view
        if view.case_id is None:
            return
        cases = self.session.vault.cases
        case = cases.case(view.case_id)
        client = cases.client(case.client_id) if case.client_id else None
        view.timeline.blockSignals(True)
        view.show_case(
            case,
            client.pseudonym if client else "",
            [self.category_name(c) for c in case.categories],
            cases.conversations(view.case_id),
            cases.referrals(view.case_id),
            self.tools.route_names(),
        )
        view.select_conversation(conversation_id)
        view.timeline.blockSignals(False)

    # --- search -----------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.window.current_page() == "desk":
            self.desk.search.setFocus()
            self.desk.search.selectAll()

    def run_search(self) -> None:
        if not self.session.is_open:
            return
        text = self.desk.search.text().strip()
        if len(text) < 2:  # one letter matches nearly every note: wait for the second
            self.desk.cases.show_results(None, {})
            return
        cases = self.session.vault.cases
        hits = cases.search(text, limit=50, mark=MARKS)
        self.desk.cases.show_results(hits, cases.pseudonyms({h.case_id for h in hits}))

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, "vpdesk", describe(exc))
