"""A date and a short note: the legal hold (reason, review date) and the follow-up reminder (date, what to do)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class DateNoteDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        note_label: str,
        date_label: str,
        initial: date,
        minimum: date,
        note: str = "",
        parent: QWidget | None = None,
        *,
        can_clear: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.cleared = False
        form = QFormLayout(self)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.note = QLineEdit(note)
        self.note.setMaxLength(200)
        self.note.setAccessibleName(note_label.replace("&", ""))
        self.on = QDateEdit(QDate(initial.year, initial.month, initial.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.on.setAccessibleName(date_label.replace("&", ""))
        form.addRow(note_label, self.note)
        form.addRow(date_label, self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if can_clear:
            clear = buttons.addButton(self.tr("&Wissen"), QDialogButtonBox.ButtonRole.DestructiveRole)
            clear.clicked.connect(self._clear)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def _clear(self) -> None:
        self.cleared = True
        self.accept()

    def values(self) -> tuple[str, date]:
        chosen = self.on.date().toPython()
        assert isinstance(chosen, date)
        return self.note.text().strip(), chosen
