"""The audit trail as a table: time, action, object, result, actor. Never content (the log holds none)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from vpdesk.domain.model import AuditEntry
from vpdesk.ui.labels import audit_action_label, audit_object_label, audit_result_label

Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []
        self._headers = (self.tr("Tijd"), self.tr("Actie"), self.tr("Resultaat"), self.tr("Door"), self.tr("Object"))

    def set_rows(self, rows: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        e = self._rows[index.row()]
        if index.column() == 0:
            return e.at.strftime("%d-%m-%Y %H:%M:%S")
        if index.column() == 1:
            return audit_action_label(e.action)
        if index.column() == 2:
            return audit_result_label(e.result)
        if index.column() == 3:
            return self.tr("vertrouwenspersoon") if e.actor == "vp" else e.actor
        return audit_object_label(e.object)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
