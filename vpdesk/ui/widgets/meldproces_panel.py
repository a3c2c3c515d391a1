"""The meldproces tracker of a case: kind, phase, dates, procesbegeleider, and the deadlines that follow."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: FormalReport | None = None
        self._case_id: int | None = None
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
        self.clear()

    def show_report(self, case_id: int, report: FormalReport | None, today: date) -> None:
        self._case_id = case_id
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
        self.procesbegeleider.setText(report.procesbegeleider)
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
        self.procesbegeleider.setText("")  # clear() keeps the undo history
        self.deadlines.clear()
        self.start_button.setVisible(False)
        self.form_widget.setVisible(False)
