"""The meldproces tracker of a case: kind, phase, dates, procesbegeleider, and the deadlines that follow.

Passive like the conversation editor: it emits `edited` on every change and the controller saves (debounced, and
always before switching case, locking or quitting). An empty date's calendar opens at today, not in 2000.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.meldproces import DeadlineKind, FormalReport, Phase, ReportKind, deadlines

UNSET = QDate(2000, 1, 1)  # shown as "—"
DATE_FIELDS = ("reported_on", "acknowledged_on", "feedback_on", "decided_on", "evaluated_on")


def phase_label(phase: Phase) -> str:
    return {
        Phase.VOORFASE: QCoreApplication.translate("Meldproces", "voorfase"),
        Phase.MELDING: QCoreApplication.translate("Meldproces", "melding"),
        Phase.ONDERZOEK: QCoreApplication.translate("Meldproces", "onderzoek (BIPO)"),
        Phase.BESLUIT: QCoreApplication.translate("Meldproces", "besluit"),
        Phase.EVALUATIE: QCoreApplication.translate("Meldproces", "evaluatie en nazorg"),
    }[phase]


def deadline_label(kind: DeadlineKind) -> str:
    return {
        DeadlineKind.ACKNOWLEDGE: QCoreApplication.translate("Meldproces", "ontvangstbevestiging"),
        DeadlineKind.FEEDBACK: QCoreApplication.translate("Meldproces", "terugkoppeling over de beoordeling"),
        DeadlineKind.EVALUATION: QCoreApplication.translate("Meldproces", "evaluatiegesprek met de melder"),
    }[kind]


class MeldprocesPanel(QWidget):
    save_requested = Signal(object)  # FormalReport
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: FormalReport | None = None
        self._case_id: int | None = None
        self._loading = False
        self._today = date.today()
        self.start_button = QPushButton(self.tr("Formele melding &toevoegen"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort melding"))
        self.kind.addItem(self.tr("integriteitsschending"), ReportKind.INTEGRITEIT.value)
        self.kind.addItem(self.tr("misstand (klokkenluidersregeling)"), ReportKind.MISSTAND.value)
        self.phase = QComboBox()
        self.phase.setAccessibleName(self.tr("Fase"))
        for phase in Phase:
            self.phase.addItem(phase_label(phase), phase.value)
        self.dates: dict[str, QDateEdit] = {}
        labels = (
            self.tr("Gemeld op"),
            self.tr("Ontvangst bevestigd op"),
            self.tr("Teruggekoppeld op"),
            self.tr("Besluit op"),
            self.tr("Geëvalueerd op"),
        )
        self.procesbegeleider = QLineEdit()
        self.procesbegeleider.setAccessibleName(self.tr("Procesbegeleider"))
        self.procesbegeleider.setPlaceholderText(self.tr("rol, bijvoorbeeld P&O-adviseur"))
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.addRow(self.tr("Soort"), self.kind)
        form.addRow(self.tr("Fase"), self.phase)
        for name, label in zip(DATE_FIELDS, labels, strict=True):
            edit = QDateEdit()
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setCalendarPopup(True)
            edit.setMinimumDate(UNSET)
            edit.setSpecialValueText("—")
            edit.setDate(UNSET)
            edit.setAccessibleName(label)
            edit.calendarWidget().installEventFilter(self)
            edit.dateChanged.connect(self._changed)
            form.addRow(label, edit)
            self.dates[name] = edit
        form.addRow(self.tr("Procesbegeleider"), self.procesbegeleider)
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setAccessibleName(self.tr("Termijnen"))
        self.save_button = QPushButton(self.tr("Melding &opslaan"))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        form.addRow(self.deadlines)
        form.addRow(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start_button)
        layout.addWidget(self.form_widget)
        layout.addStretch()
        self.start_button.clicked.connect(self._start)
        self.save_button.clicked.connect(self._save)
        self.save_button.setToolTip(self.tr("vpdesk bewaart de melding ook vanzelf"))
        self.kind.currentIndexChanged.connect(self._changed)
        self.phase.currentIndexChanged.connect(self._changed)
        self.procesbegeleider.textChanged.connect(self._changed)
        self.saved = QLabel()
        self.saved.setStyleSheet("color: palette(mid);")
        form.addRow(self.saved)
        self.clear()

    def _changed(self, *_: object) -> None:
        if not self._loading and self._report is not None:
            self.saved.setText(self.tr("Wijzigingen worden bewaard…"))
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty date's calendar opens at today's month."""
        if event.type() == QEvent.Type.Show:
            for edit in self.dates.values():
                if edit.calendarWidget() is watched and edit.date() == UNSET:
                    edit.calendarWidget().setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        self.form_widget.setEnabled(not read_only)
        self.start_button.setEnabled(not read_only)

    def is_dirty(self) -> bool:
        """Whether the form differs from the report last shown or saved."""
        return self._report is not None and self.current() != self._report

    def show_report(self, case_id: int, report: FormalReport | None, today: date) -> None:
        self._loading = True
        try:
            self._show(case_id, report, today)
        finally:
            self._loading = False

    def _show(self, case_id: int, report: FormalReport | None, today: date) -> None:
        self._case_id = case_id
        self._today = today
        self._report = report
        self.start_button.setVisible(report is None)
        self.form_widget.setVisible(report is not None)
        if report is None:
            return
        self.kind.setCurrentIndex(self.kind.findData(report.kind.value))
        self.phase.setCurrentIndex(self.phase.findData(report.phase.value))
        for name, edit in self.dates.items():
            value = getattr(report, name)
            edit.setDate(QDate(value.year, value.month, value.day) if value else UNSET)
        if self.procesbegeleider.text() != report.procesbegeleider:
            self.procesbegeleider.setText(report.procesbegeleider)
        self.saved.clear()
        self._show_deadlines(report, today)

    def mark_saved(self, report: FormalReport, at: str) -> None:
        """After an autosave: the deadlines that follow, and the time; the fields stay as typed."""
        self._report = report
        self._show_deadlines(report, self._today)
        self.saved.setText(self.tr("Bewaard om {time}").format(time=at))

    def _show_deadlines(self, report: FormalReport, today: date) -> None:
        lines = []
        for deadline in deadlines(report):
            status = (
                self.tr("gedaan op {d}").format(d=deadline.done.strftime("%d-%m-%Y"))
                if deadline.done
                else self.tr("TE LAAT")
                if deadline.overdue(today)
                else self.tr("open")
            )
            lines.append(f"{deadline_label(deadline.kind)}: {deadline.text()} ({status})")
        self.deadlines.setText("\n".join(lines) or self.tr("Nog geen termijnen."))

    def _start(self) -> None:
        if self._case_id is not None:
            self.save_requested.emit(FormalReport(case_id=self._case_id, kind=ReportKind.INTEGRITEIT))

    def current(self) -> FormalReport | None:
        if self._report is None:
            return None
        values: dict[str, date | None] = {}
        for name, edit in self.dates.items():
            values[name] = None if edit.date() == UNSET else edit.date().toPython()  # type: ignore[assignment]
        return replace(
            self._report,
            kind=ReportKind(self.kind.currentData()),
            phase=Phase(self.phase.currentData()),
            procesbegeleider=self.procesbegeleider.text().strip(),
            **values,  # type: ignore[arg-type]
        )

    def _save(self) -> None:
        report = self.current()
        if report is not None:
            self.save_requested.emit(report)

    def clear(self) -> None:
        self._report = None
        self._case_id = None
        self._loading = True
        self.procesbegeleider.setText("")  # clear() keeps the undo history
        self._loading = False
        self.saved.clear()
        self.deadlines.clear()
        self.start_button.setVisible(False)
        self.form_widget.setVisible(False)
