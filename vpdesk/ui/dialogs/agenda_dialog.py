"""The agenda: due and overdue meldproces deadlines across all cases. Shown after unlocking when there are any."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vpdesk.domain.meldproces import DueItem
from vpdesk.ui.widgets.meldproces_panel import deadline_label


class AgendaDialog(QDialog):
    case_chosen = Signal(int)

    def __init__(self, items: list[DueItem], pseudonyms: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda: termijnen"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Termijnen die verlopen zijn of binnen twee weken verlopen:")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Termijnen"))
        for item in items:
            when = item.deadline.text()
            state = (
                self.tr("{n} dagen te laat").format(n=-item.days_left)
                if item.overdue
                else self.tr("nog {n} dagen").format(n=item.days_left)
            )
            row = QListWidgetItem(
                f"{when} · {pseudonyms.get(item.case_id, '')} · {deadline_label(item.deadline.kind)} · {state}"
            )
            row.setData(Qt.ItemDataRole.UserRole, item.case_id)
            if item.overdue:
                row.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(row)
        if not items:
            self.list.addItem(self.tr("Geen termijnen die aandacht vragen."))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(self._open)

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.case_chosen.emit(int(case_id))
            self.accept()
