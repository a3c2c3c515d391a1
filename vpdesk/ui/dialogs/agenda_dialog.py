"""The agenda: due and overdue meldproces deadlines across all cases. Shown after unlocking when there are any."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from vpdesk.domain.meldproces import DueItem
from vpdesk.domain.retention import Reminder, ReminderKind
from vpdesk.ui.widgets.meldproces_panel import deadline_label


class AgendaDialog(QDialog):
    case_chosen = Signal(int)

    def __init__(
        self,
        items: list[DueItem],
        pseudonyms: dict[int, str],
        parent: QWidget | None = None,
        reminders: list[Reminder] | None = None,
        total: int | None = None,  # every lifecycle reminder due, also those not among ``reminders``
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda: termijnen"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Wat aandacht vraagt: termijnen van meldprocessen, terugbelafspraken en bewaartermijnen:"))
        )
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
        for reminder in reminders or []:
            self.list.addItem(self._reminder_row(reminder, pseudonyms.get(reminder.case_id, "")))
        if not items and not reminders:
            self.list.addItem(self.tr("Geen termijnen die aandacht vragen."))
        layout.addWidget(self.list)
        more = (total or 0) - len(reminders or [])  # a list of tens of thousands helps nobody (decision 240)
        self.more = QLabel(
            self.tr(
                "En nog {n} herinneringen: latere termijnen en meer zaken zonder recente activiteit. "
                "Sluit of vernietig wat klaar is, dan schuiven ze op."
            ).format(n=f"{more:,}".replace(",", "."))
        )
        self.more.setWordWrap(True)
        self.more.setVisible(more > 0)
        layout.addWidget(self.more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(self._open)

    def _reminder_row(self, reminder: Reminder, pseudonym: str) -> QListWidgetItem:
        """A lifecycle reminder: destruction (30 and 7 days before, and due), legal-hold review, inactivity,
        the adviser's own follow-up."""
        text = {
            ReminderKind.DESTROY_DUE: self.tr("te vernietigen (bewaartermijn verstreken)"),
            ReminderKind.DESTROY_SOON: self.tr("wordt over {n} dagen vernietigd").format(n=reminder.days_left),
            ReminderKind.HOLD_REVIEW: self.tr("bewaren wegens procedure herbeoordelen"),
            ReminderKind.INACTIVE: self.tr("geen activiteit sinds deze datum"),
            ReminderKind.FOLLOW_UP: self.tr("terugbellen: {note}").format(note=reminder.note or "-"),
        }[reminder.kind]
        row = QListWidgetItem(f"{reminder.on.strftime('%d-%m-%Y')} · {pseudonym} · {text}")
        row.setData(Qt.ItemDataRole.UserRole, reminder.case_id)
        if reminder.urgent and reminder.kind != ReminderKind.INACTIVE:
            row.setForeground(Qt.GlobalColor.darkRed)
        return row

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.case_chosen.emit(int(case_id))
            self.accept()
