"""Closing a case: the outcome and the date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from vpdesk.domain.model import Outcome
from vpdesk.ui.labels import outcome_label


class CloseCaseDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None, opened: date | None = None) -> None:
        """The date can be chosen from the case's opening day (``opened``) up to ``today``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zaak sluiten"))
        form = QFormLayout(self)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Uitkomst"))
        for outcome in Outcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        if opened is not None:
            self.on.setMinimumDate(QDate(opened.year, opened.month, opened.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setAccessibleName(self.tr("Datum van sluiten"))
        form.addRow(self.tr("&Uitkomst"), self.outcome)
        form.addRow(self.tr("&Datum"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def result_values(self) -> tuple[Outcome, date]:
        chosen = self.on.date().toPython()
        assert isinstance(chosen, date)
        return Outcome(self.outcome.currentData()), chosen
