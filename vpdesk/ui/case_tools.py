"""The wegwijzer and meldproces of the open case, and the agenda: wires those panels to the session.

The meldproces tracker saves itself like the notes: debounced after each change, and always in `flush()`, which
the desk calls before switching case, locking and quitting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from vpdesk.domain.guide import RouteAdvice, Rules, classify, validate_answers
from vpdesk.domain.meldproces import FormalReport
from vpdesk.policy import Settings
from vpdesk.services import cases, formal_reports, guide_answers, lifecycle, reminders
from vpdesk.services.guide import route_names, write_sheet
from vpdesk.services.session import Session
from vpdesk.ui.dialogs.agenda_dialog import AgendaDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested
from vpdesk.ui.pages.desk_page import DeskPage
from vpdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)
# The agenda's read (two passes over every case) waits until the unlock's own work is done: at 100,000 cases, run
# at once it competed with the list's first page for two cores and the UI thread stalled 14-27 ms (decision 241).
AGENDA_AFTER_UNLOCK_MS = 1000


class CaseTools(QObject):
    def __init__(
        self,
        session: Session,
        rules: Rules,
        desk: DeskPage,
        tasks: Tasks,
        lang: str,
        now: Callable[[], datetime],
        refresh_case: Callable[[int], None],
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.report_timer = QTimer(self)
        self.report_timer.setSingleShot(True)
        self.report_timer.setInterval(int(self.settings.autosave_seconds * 1000))
        self.report_timer.timeout.connect(self.flush)
        self.answers_timer = QTimer(self)  # the wegwijzer answers are kept like the notes: debounced, and in flush()
        self.answers_timer.setSingleShot(True)
        self.answers_timer.setInterval(int(self.settings.autosave_seconds * 1000))
        self.answers_timer.timeout.connect(self.save_answers)
        self.agenda_timer = QTimer(self)  # the agenda after unlocking, once the list is on screen (the desk starts it)
        self.agenda_timer.setSingleShot(True)
        self.agenda_timer.setInterval(AGENDA_AFTER_UNLOCK_MS)
        self.agenda_timer.timeout.connect(self.show_agenda)
        self._answers_dirty = False
        self.session = session
        self.rules = rules
        self.desk = desk
        self.tasks = tasks
        self.lang = lang
        self.now = now
        self.refresh_case = refresh_case
        self.advice: list[RouteAdvice] = []
        self.agenda: AgendaDialog | None = None
        self._case_id: int | None = None
        view = desk.case_view
        view.guide.set_rules(rules, lang)
        view.guide.answers_changed.connect(self.classify)
        view.guide.record_requested.connect(self.record_referral)
        view.guide.print_requested.connect(self.print_wegwijzer)
        view.meldproces.save_requested.connect(self.save_report)
        view.meldproces.edited.connect(self.report_timer.start)
        desk.agenda_requested.connect(lambda: self.show_agenda(always=True))

    def route_names(self) -> dict[str, str]:
        return route_names(self.rules, self.lang)

    # --- the open case ----------------------------------------------------------------------------------------
    def case_opened(self, case_id: int) -> None:
        view = self.desk.case_view
        if case_id != self._case_id:  # the answers kept with this case (decision 210)
            self.save_answers()  # what was still pending for the case shown before
            self._case_id = case_id
            self._load_answers(case_id)
        report = formal_reports.report_for_case(self.session.vault, case_id)
        view.meldproces.show_report(case_id, report, self.now().date())

    def _load_answers(self, case_id: int) -> None:
        """The answers kept with the case back in the form; those the rules in force no longer accept are left
        out, with a line naming them. A closed case shows its answers read-only."""
        guide = self.desk.case_view.guide
        try:
            kept = guide_answers.kept_answers(self.session.vault, case_id, self.rules)
        except Exception as exc:
            log.warning("the wegwijzer answers could not be read: %s", type(exc).__name__)
            kept = guide_answers.KeptAnswers({})
            guide.show_kept(self.tr("De bewaarde antwoorden konden niet worden gelezen."))
        else:
            guide.show_kept(self._dropped_line(kept))
        guide.set_answers(kept.answers)
        guide.set_read_only(self.desk.case_view.read_only)
        self._answers_dirty = False
        self._show_advice(guide.answers())

    def _dropped_line(self, kept: guide_answers.KeptAnswers) -> str:
        if not kept.dropped:
            return ""
        questions = [self.rules.question(qid) for qid in kept.dropped]
        names = ", ".join(  # a question still asked by its words, a question gone by its id in words
            f"“{q.text.get(self.lang)}”" if q else qid.replace("_", " ")
            for qid, q in zip(kept.dropped, questions, strict=True)
        )
        return self.tr(
            "Gegeven onder wegwijzer {old}; de regels van nu ({new}) kennen deze antwoorden niet meer, ze zijn "
            "weggelaten: {questions}."
        ).format(old=kept.guide_version, new=self.rules.version, questions=names)

    def classify(self, answers: dict[str, Any]) -> None:
        """The adviser changed an answer: new advice, and the answers are kept with the case (debounced)."""
        self._show_advice(answers)
        if self._case_id is not None and not self.desk.case_view.read_only:
            self._answers_dirty = True
            self.answers_timer.start()

    def _show_advice(self, answers: dict[str, Any]) -> None:
        self.advice = classify(self.rules, answers)
        self.desk.case_view.guide.show_advice(self.advice, {q.id for q in self.rules.asked(answers)})

    def save_answers(self) -> str | None:
        """Write the wegwijzer answers of the case shown, if changed, through the write lane. Never a dialog: a
        failure shows under the form and is returned."""
        self.answers_timer.stop()
        case_id, rules, guide = self._case_id, self.rules, self.desk.case_view.guide
        if not self._answers_dirty or case_id is None or not self.session.is_open:
            return None
        answers = guide.answers()
        try:
            self.session.write(lambda db: guide_answers.save_answers(db, case_id, rules, answers))
        except Exception as exc:
            reason = describe(exc)
            guide.show_kept(self.tr("Antwoorden niet bewaard: {reason}").format(reason=reason))
            return reason
        self._answers_dirty = False
        return None

    def record_referral(self, route_id: str) -> None:
        case_id = self.desk.case_view.case_id
        if case_id is None or not route_id:
            return
        on, rules = self.now().date(), self.rules
        at = self.now().replace(second=0, microsecond=0, tzinfo=None)
        answers = self.desk.case_view.guide.answers()
        self.save_answers()  # the form and the referral rest on the same answers
        try:
            self.session.write(
                lambda db: cases.record_referral(
                    db, case_id, route_id, on, rules.version, at, validate_answers(rules, answers)
                )
            )
        except Exception as exc:
            self._warn(exc)
            return
        self.refresh_case(case_id)
        self.desk.case_view.guide.show_recorded(self.route_names().get(route_id, route_id), f"{on:%d-%m-%Y}")

    def print_wegwijzer(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.desk, self.tr("Wegwijzer opslaan"), suggested("wegwijzer.pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_wegwijzer(Path(path))

    def write_wegwijzer(self, path: Path, on_done: Callable[[Any], None] | None = None) -> None:
        advice, version, today, lang = list(self.advice), self.rules.version, self.now().date(), self.lang
        self.tasks.run(
            lambda: write_sheet(path, advice, lang, version, today),
            on_done,
            self._warn,
        )

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self.desk, "vpdesk", describe(exc))

    def save_report(self, report: FormalReport) -> None:
        """The adviser's own "Formele melding toevoegen" or "Melding opslaan": a failure is a message."""
        self.report_timer.stop()
        try:
            today = self.now().date()
            saved = self.session.write(lambda db: formal_reports.save_report(db, report, today))
        except Exception as exc:
            self._warn(exc)
            return
        self.desk.case_view.meldproces.show_report(saved.case_id, saved, self.now().date())
        self.refresh_count()

    def flush(self) -> str | None:
        """Write the tracker's changes, if any. Never a dialog: a failure shows under the form and is returned
        (a date the rules refuse stays on screen, with the reason)."""
        self.report_timer.stop()
        answers_problem = self.save_answers()
        panel = self.desk.case_view.meldproces
        report = panel.current()
        if report is None or not panel.is_dirty() or not self.session.is_open:
            return answers_problem
        try:
            today = self.now().date()
            saved = self.session.write(lambda db: formal_reports.save_report(db, report, today))
        except Exception as exc:
            reason = describe(exc)
            panel.saved.setText(self.tr("Niet bewaard: {reason}").format(reason=reason))
            return reason
        panel.mark_saved(saved, self.now().strftime("%H:%M:%S"))
        return answers_problem

    # --- agenda -----------------------------------------------------------------------------------------------
    def show_agenda(self, always: bool = False) -> None:
        """Ctrl+G or the button: always. After unlocking: only when something is due, and at most once a day
        (services/reminders.py); otherwise the count on the agenda button says it. The agenda is read in a worker
        on a connection of its own (it takes a few hundred ms on a large vault), never on the UI thread."""
        if not self.session.is_open:
            return
        today, months = self.now().date(), self.settings.inactivity_months
        self.tasks.run(
            self.session.job(lambda db: (formal_reports.agenda(db, today), lifecycle.agenda(db, today, months))),
            lambda found: self._agenda_read(found[0], found[1], today, always),
            self._read_failed if always else self._quiet_failure,
        )

    def _agenda_read(
        self, agenda: formal_reports.Agenda, kept: lifecycle.LifecycleAgenda, today: date, always: bool
    ) -> None:
        if not self.session.is_open:  # locked while it was read
            return
        self.show_count(len(agenda.items) + kept.total)
        if always:
            self._show_agenda(agenda, kept)
        elif agenda.items or kept.reminders:  # by itself at most once a day: noted on the write lane, not waited for
            noted = self.session.writer.submit(lambda db: reminders.agenda_opens_today(db, today))
            self.tasks.follow(
                noted, lambda opens: self._show_agenda(agenda, kept) if opens else None, self._quiet_failure
            )

    def _show_agenda(self, agenda: formal_reports.Agenda, kept: lifecycle.LifecycleAgenda) -> None:
        if not self.session.is_open:
            return
        if self.agenda is not None:  # one agenda at a time: Ctrl+G while the one after unlock was on its way
            self.agenda.reject()
        dialog = AgendaDialog(
            agenda.items, {**agenda.pseudonyms, **kept.pseudonyms}, self.desk, kept.reminders, kept.total
        )
        dialog.case_chosen.connect(self._open_from_agenda)
        dialog.finished.connect(lambda _result: self._agenda_closed(dialog))
        self.agenda = dialog
        dialog.open()

    def _agenda_closed(self, dialog: AgendaDialog) -> None:
        """A closed agenda goes at once: hidden, it kept its rows (pseudonyms, follow-up notes) past the lock."""
        dialog.list.clear()
        dialog.deleteLater()
        if self.agenda is dialog:
            self.agenda = None

    def _read_failed(self, exc: BaseException) -> None:
        if self.session.is_open:  # a job the lock ended has nobody to tell
            self._warn(exc)

    def _quiet_failure(self, exc: BaseException) -> None:
        """A read nobody asked for (after unlock, the count): no dialog; a damaged vault says so elsewhere (the
        case list), and Ctrl+G asks again."""
        log.warning("the agenda could not be read: %s", type(exc).__name__)

    def show_count(self, n: int) -> None:
        button = self.desk.agenda_button
        button.setText(self.tr("&Agenda ({n})").format(n=n) if n else self.tr("&Agenda"))
        button.setAccessibleDescription(self.tr("{n} termijnen vragen aandacht").format(n=n) if n else "")

    def refresh_count(self) -> None:
        """The agenda button's count again (after a report is saved), read in a worker."""
        if self.session.is_open:
            today, months = self.now().date(), self.settings.inactivity_months
            self.tasks.run(
                self.session.job(lambda db: lifecycle.attention_count(db, today, months)),
                lambda n: self.show_count(n) if self.session.is_open else None,
                self._quiet_failure,
            )

    def _open_from_agenda(self, case_id: int) -> None:
        self.refresh_case(case_id)
        self.desk.case_view.tabs.setCurrentWidget(self.desk.case_view.meldproces)

    def close(self) -> None:
        self.report_timer.stop()
        self.answers_timer.stop()
        self.agenda_timer.stop()
        self._answers_dirty = False
        if self.agenda is not None:  # (the lock's close of every dialog has normally done this already)
            self._agenda_closed(self.agenda)
        self.advice = []
        self._case_id = None
        self.show_count(0)
