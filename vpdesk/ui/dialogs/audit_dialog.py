"""The audit trail for accountability: filter by period and action, export as CSV. Passive: it emits what the
adviser asks for and shows what it is given."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.model import AuditEntry
from vpdesk.ui.labels import audit_action_label
from vpdesk.ui.models.audit_table import AuditTableModel


def caption(text: str, buddy: QWidget) -> QLabel:
    """A field's caption with room for its last glyph's ink (which may reach past the text's advance) and a small
    gap; the layout puts more space before it than after, so it reads as its own field's caption."""
    label = QLabel(text)
    label.setBuddy(buddy)
    plain = text.replace("&", "")
    metrics = label.fontMetrics()
    label.setMinimumWidth(max(metrics.horizontalAdvance(plain), metrics.boundingRect(plain).right() + 1) + 4)
    return label


class AuditDialog(QDialog):
    filter_changed = Signal(object, object, str)  # since, until, action ("" = every action)
    export_requested = Signal(object, object)  # since, until

    def __init__(self, today: date, actions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auditlogboek"))
        self.resize(760, 480)
        start = date(today.year, 1, 1)
        self.since = self._date(start, self.tr("Vanaf"))
        self.until = self._date(today, self.tr("Tot en met"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Actie"))
        self.action.addItem(self.tr("alle acties"), "")
        for action in actions:
            self.action.addItem(audit_action_label(action), action)
        self.export_button = QPushButton(self.tr("&Exporteren als CSV…"))
        top = QHBoxLayout()
        self.captions: list[QLabel] = []
        for label, widget in (
            (self.tr("&Vanaf"), self.since),
            (self.tr("&Tot en met"), self.until),
            (self.tr("A&ctie"), self.action),
        ):
            if self.captions:
                top.addSpacing(12)  # each caption beside its own field, apart from the field before it
            self.captions.append(caption(label, widget))
            top.addWidget(self.captions[-1])
            top.addWidget(widget, 1 if widget is self.action else 0)
        top.addWidget(self.export_button)
        self.model = AuditTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setAccessibleName(self.tr("Regels van het auditlogboek"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self.tr("Het logboek legt vast wie wat deed met welk object, nooit de inhoud."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        for signal in (self.since.dateChanged, self.until.dateChanged, self.action.currentIndexChanged):
            signal.connect(self._emit)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(*self.period()))

    def _date(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setAccessibleName(name)
        return edit

    def period(self) -> tuple[date, date]:
        since, until = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(since, date) and isinstance(until, date)
        return since, until

    def _emit(self, *_: object) -> None:
        self.filter_changed.emit(*self.period(), str(self.action.currentData() or ""))

    def show_rows(self, rows: list[AuditEntry]) -> None:
        self.model.set_rows(rows)

    def show_problem(self, text: str) -> None:
        self.note.setText(text)

    def show_actions(self, actions: list[str]) -> None:
        """The actions the log holds (read in the background), after "alle acties"; the choice stays."""
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        while self.action.count() > 1:
            self.action.removeItem(1)
        for action in actions:
            self.action.addItem(audit_action_label(action), action)
        self.action.setCurrentIndex(max(self.action.findData(chosen), 0))
        self.action.blockSignals(False)
