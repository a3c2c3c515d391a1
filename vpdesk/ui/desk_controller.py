"""The desk page: wires the case list, the case view, the conversation editor and search to the session.

The widgets show and emit; this decides. Edits are written by a debounced autosave and always in save().
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from vpdesk.domain.guide import Rules
from vpdesk.domain.model import Conversation
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.policy import Settings
from vpdesk.services import cases
from vpdesk.services.session import Session
from vpdesk.ui.case_actions import CaseActions, Hooks
from vpdesk.ui.case_tools import CaseTools
from vpdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.models.case_table import CaseTableModel
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.pages.desk_page import DeskPage
from vpdesk.ui.search_worker import SearchWorker
from vpdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Place:
    """Where the adviser was when the vault locked: restored after unlocking."""

    case_id: int | None = None
    conversation_id: int | None = None


class DeskController(VaultPage):
    key = "desk"
    plan_requested = Signal(int, str)  # case id, pseudonym: app.py hands it to the rooms page

    def __init__(
        self,
        session: Session,
        settings: Settings,
        taxonomy: Taxonomy,
        tasks: Tasks,
        rules: Rules,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.session = session
        self.tasks = tasks
        self.settings = settings
        self.taxonomy = taxonomy
        self.lang = settings.language
        self.now = now
        self.model = CaseTableModel(self.category_name)
        self.page = DeskPage(self.model, taxonomy, self.lang)
        super().__init__(self.page)
        self.tools = CaseTools(
            session, rules, self.page, tasks, self.lang, lambda: self.now(), self._open_and_select, settings
        )
        hooks = Hooks(
            self.save, self._reshow, self.model.reload, self._read, self.tools.route_names, lambda: self.tools.rules
        )
        self.actions = CaseActions(session, self.page, tasks, settings, taxonomy, lambda: self.now(), hooks)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(int(settings.autosave_seconds * 1000))
        cases_panel = self.page.cases
        self.searcher = SearchWorker(
            session,
            tasks,
            lambda found: cases_panel.show_results(found.hits, found.pseudonyms),
            cases_panel.hits.set_snippets,
            self._read_failed,
            lambda: cases_panel.show_results(None, {}),
        )
        self._connect()

    def _connect(self) -> None:
        page = self.page
        page.new_case_requested.connect(self.new_case)
        page.lock_requested.connect(self.lock_requested)
        page.search_changed.connect(self.searcher.typed)
        page.cases.hits.snippets_wanted.connect(self.searcher.want_snippets)
        panel = page.cases
        panel.case_selected.connect(self.open_case)
        panel.hit_chosen.connect(self.open_hit)
        panel.filter_changed.connect(lambda _f: self.model.set_filter(panel.current_filter(self.now().date())))
        view = page.case_view
        view.conversation_selected.connect(self.open_conversation)
        view.new_conversation_requested.connect(self.new_conversation)
        view.close_case_requested.connect(self.close_case)
        view.plan_requested.connect(self._plan)
        view.editor.edited.connect(self.autosave.start)
        self.autosave.timeout.connect(self.save)

    def category_name(self, code: str) -> str:
        return self.taxonomy.get(code).name(self.lang) if code in self.taxonomy else code

    # --- VaultPage --------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Zaken")

    def shortcuts(self) -> list[Shortcut]:
        return [
            ("Ctrl+N", self.new_case),
            ("Ctrl+Shift+N", self.new_conversation),
            ("Ctrl+F", self.focus_search),
            ("Ctrl+G", lambda: self.tools.show_agenda(always=True)),
            ("Ctrl+Shift+E", lambda: self.actions.run("edit")),
            ("Ctrl+Shift+I", lambda: self.actions.run("access")),
            ("Ctrl+Shift+A", lambda: self.actions.run("audit")),
            ("Ctrl+Z", self.actions.undo),  # a text field's own undo comes first while it has the focus
        ]

    def opened(self) -> None:
        self.model.attach(cases.page, cases.count, self._read, self._read_failed)
        self.searcher.start()

    def _read(self, job: Callable[[Any], Any], done: Callable[[Any], None], failed: Callable[[Any], None]) -> None:
        """Run ``job`` on the session's read lane (its own read-only connection); ``done`` on this thread."""
        self.tasks.follow(self.session.reader.submit(job), done, failed)

    def _read_failed(self, exc: BaseException) -> None:
        if self.session.is_open:  # a vault locked since then has nobody to tell
            self.vault_failed.emit(exc)

    def restore(self, place: object) -> None:
        if isinstance(place, Place) and place.case_id is not None:
            self.open_case(place.case_id, select_in_list=True)
            if place.conversation_id is not None:
                self.page.case_view.select_conversation(place.conversation_id)
        self.page.search.setFocus()
        self.tools.agenda_timer.start()  # due and overdue deadlines, right after unlocking

    def place(self) -> object:
        view = self.page.case_view
        return Place(view.case_id, view.editor.conversation_id)

    def locked(self) -> None:
        self._drop_empty()  # (the lock has saved it) a blank conversation is not a contact
        self.autosave.stop()
        self.searcher.stop()
        self.tools.close()
        self.actions.close()
        self.page.clear()
        self.model.detach()

    def focus(self) -> None:
        self.page.search.setFocus()

    # --- cases ------------------------------------------------------------------------------------------------
    def _open_and_select(self, case_id: int) -> None:
        self.open_case(case_id, select_in_list=True)

    def _show_case(self, case_id: int) -> list[Conversation]:
        found = cases.detail(self.session.vault, case_id)
        self.page.case_view.show_case(
            found.case,
            found.pseudonym,
            [self.category_name(c) for c in found.case.categories],
            found.timeline(),
            self.tools.route_names(),
        )
        return found.conversations

    def _reshow(self, case_id: int) -> None:
        """After a change made by the case's actions: the case again, on the conversation it showed."""
        if not self.session.is_open:
            return
        if self._keeps_unsaved():  # typing not yet autosaved is written, never replaced by what the vault held
            return
        showing = self.page.case_view.editor.conversation_id
        try:
            conversations = self._show_case(case_id)
        except Exception as exc:  # the case is gone (destroyed): nothing to show
            self._warn(exc)
            return
        self.tools.case_opened(case_id)
        ids = [c.id for c in conversations]
        if showing in ids and showing is not None:
            self.page.case_view.select_conversation(showing)
        elif ids and ids[-1] is not None:
            self.page.case_view.select_conversation(ids[-1])
        else:
            self.page.case_view.editor.clear()

    def open_case(self, case_id: int, select_in_list: bool = False) -> None:
        if not self.session.is_open:
            return
        if self.page.case_view.case_id != case_id:
            if self.save() is not None:
                return  # the unsaved notes stay on screen, with the reason under them
            self._drop_empty()
        elif self._keeps_unsaved():
            return
        conversations = self._show_case(case_id)
        self.tools.case_opened(case_id)
        if select_in_list:
            self.page.cases.select_case(case_id)
        if conversations and conversations[-1].id is not None:
            self.page.case_view.select_conversation(conversations[-1].id)
        else:
            self.page.case_view.editor.clear()

    def open_conversation(self, conversation_id: int) -> None:
        editor = self.page.case_view.editor
        if editor.conversation_id == conversation_id or not self.session.is_open:
            return
        if self.save() is not None:
            return  # the unsaved notes stay on screen, with the reason under them
        if self._drop_empty() and self.page.case_view.case_id is not None:
            self._show_case(self.page.case_view.case_id)
            self.page.case_view.timeline.blockSignals(True)
            self.page.case_view.select_conversation(conversation_id)
            self.page.case_view.timeline.blockSignals(False)
        editor.show_conversation(cases.conversation(self.session.vault, conversation_id))

    def open_hit(self, case_id: int, conversation_id: int) -> None:
        self.open_case(case_id)
        self.page.case_view.select_conversation(conversation_id)
        self.page.case_view.editor.notes.setFocus()

    def _plan(self) -> None:
        view = self.page.case_view
        if view.case_id is not None:
            self.plan_requested.emit(view.case_id, view.title.text())

    def new_case(self) -> None:
        if not self.session.is_open:
            return
        dialog = NewCaseDialog(self.taxonomy, self.lang, self.page)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = (dialog.checked(), dialog.org_unit.text().strip(), dialog.pseudonym.text().strip(), dialog.melder())
        dialog.deleteLater()
        if not accepted or not self.session.is_open:  # a lock while the dialog was open rejects it
            return
        categories, org_unit, pseudonym, (position, gender) = values
        try:
            today = self.now().date()
            case = self.session.write(
                lambda db: cases.add_case(db, categories, today, org_unit, pseudonym, position, gender)
            )
        except Exception as exc:
            self._warn(exc)
            return
        self.model.reload()
        assert case.id is not None
        self.open_case(case.id, select_in_list=True)
        self.new_conversation()

    def new_conversation(self) -> None:
        case_id = self.page.case_view.case_id
        if case_id is None or not self.session.is_open:
            return
        if self.page.case_view.read_only:
            return
        self.save()
        now, minutes = self.now(), self.settings.conversation_minutes
        try:
            conv = self.session.write(lambda db: cases.new_conversation(db, case_id, now, minutes))
        except Exception as exc:
            self._warn(exc)
            return
        self.open_case(case_id)
        self.model.update_row(cases.summary(self.session.vault, case_id))
        assert conv.id is not None
        self.page.case_view.select_conversation(conv.id)
        self.page.case_view.editor.notes.setFocus()

    def close_case(self) -> None:
        case_id = self.page.case_view.case_id
        if case_id is None or not self.session.is_open:
            return
        today = self.now().date()
        dialog = CloseCaseDialog(today, self.page, opened=cases.summary(self.session.vault, case_id).opened)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        outcome, on = dialog.result_values()
        dialog.deleteLater()
        if not accepted or not self.session.is_open:
            return
        self.save()
        self._drop_empty()
        months = self.settings.retention_months
        try:
            self.session.write(lambda db: cases.close_case(db, case_id, outcome, on, months, today=today))
        except Exception as exc:
            self._warn(exc)
            return
        self.model.reload()
        self.open_case(case_id, select_in_list=True)

    # --- saving -----------------------------------------------------------------------------------------------
    def save(self) -> str | None:
        """Write the editor's conversation if it changed. Never opens a dialog: a failure shows under the editor
        and is returned (the lock shows it on the unlock screen)."""
        self.autosave.stop()
        report_problem = self.tools.flush()  # the meldproces tracker, like the notes
        editor = self.page.case_view.editor
        current = editor.conversation()
        if current is None or not self.session.is_open or self.page.case_view.read_only:
            return report_problem
        base = editor.loaded()
        marker = self.tr("----- Hierboven: intussen elders bewaard. Hieronder: de tekst uit dit venster -----")
        try:
            saved = self.session.write(lambda db: cases.save_conversation(db, current, base, marker))
        except Exception as exc:
            reason = describe(exc)
            editor.saved.setText(self.tr("Niet bewaard: {reason}").format(reason=reason))
            return reason
        if saved is None:  # nothing changed since the last save: nothing written (trial F21)
            return report_problem
        if saved.after != current:  # changed elsewhere meanwhile (another window, the command line): both kept
            editor.show_saved(saved.after)
            if saved.merged:
                editor.notify(
                    self.tr(
                        "Deze aantekening was intussen elders gewijzigd. Beide teksten zijn bewaard, de uwe onderaan."
                    )
                )
            elif saved.kept_as_new:
                editor.notify(
                    self.tr("Dit gesprek was intussen elders verwijderd. Uw tekst is bewaard als nieuw gesprek.")
                )
            else:
                editor.mark_saved(self.now())
        else:
            editor.mark_saved(self.now())
        before, after = base or saved.before, saved.after  # the timeline showed the loaded version
        if saved.kept_as_new or _row(before) != _row(after):
            self._refresh_timeline(after.id or 0)
        return report_problem

    def unsaved(self) -> str:
        """The editor's notes when a save failed and they differ from what was stored (a case closed or destroyed
        elsewhere): the quit shows them to copy before they go (decision 223)."""
        editor = self.page.case_view.editor
        current, base = editor.conversation(), editor.loaded()
        if current is None or self.page.case_view.read_only or current == base:
            return ""
        return current.notes

    def _keeps_unsaved(self) -> bool:
        """Save before the case is shown anew; True when the notes could not be written: then the view stays, the
        text editable (shown anew, a case closed elsewhere turned read-only and the quit let the text go unasked)."""
        return self.save() is not None and bool(self.unsaved())

    def _drop_empty(self) -> bool:
        """Leaving a conversation left blank (no text, the minutes and channel it started with): it is removed, not
        counted (decision 109)."""
        conv_id = self.page.case_view.editor.conversation_id
        if conv_id is None or not self.session.is_open:
            return False
        try:
            minutes = self.settings.conversation_minutes
            dropped = bool(self.session.write(lambda db: cases.drop_if_empty(db, conv_id, minutes)))
        except Exception:
            log.exception("dropping an empty conversation failed")
            return False
        if dropped:
            self.page.case_view.editor.clear()
        return dropped

    def _refresh_timeline(self, conversation_id: int) -> None:
        view = self.page.case_view
        if view.case_id is None:
            return
        view.timeline.blockSignals(True)
        self._show_case(view.case_id)
        view.select_conversation(conversation_id)
        view.timeline.blockSignals(False)
        self.model.update_row(cases.summary(self.session.vault, view.case_id))  # the list's "last contact"

    # --- search -----------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.page.search.setFocus()
        self.page.search.selectAll()

    def run_search(self) -> None:
        """The search field's query at once."""
        self.searcher.ask(self.page.search.text())

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self.page, "vpdesk", describe(exc))


def _row(conv: Conversation) -> tuple[object, ...]:
    """What the timeline shows of a conversation (its first line: the first words appear at once)."""
    return (conv.when, conv.duration_min, conv.channel, conv.kind, cases.first_line(conv.notes))
