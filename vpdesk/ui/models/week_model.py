"""A room's week: rows are quarter hours of the working day, columns Monday to Friday."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, WORKDAY, RoomBooking, overlaps

Index = QModelIndex | QPersistentModelIndex
DAYS = 5  # Monday to Friday


class WeekModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self._bookings: list[RoomBooking] = []
        self._mine = ""
        start = datetime.combine(date(2000, 1, 3), WORKDAY[0])
        end = datetime.combine(date(2000, 1, 3), WORKDAY[1])
        self._rows = int((end - start) / QUANTUM)

    def set_week(self, monday: date, bookings: list[RoomBooking], vp_code: str) -> None:
        self.beginResetModel()
        self.monday, self._bookings, self._mine = monday, bookings, vp_code
        self.endResetModel()

    def clear(self) -> None:
        self.set_week(self.monday, [], "")

    def moment(self, row: int, column: int) -> datetime:
        day = self.monday + timedelta(days=column)
        return datetime.combine(day, WORKDAY[0], AMSTERDAM) + QUANTUM * row

    def is_free(self, start: datetime, end: datetime) -> bool:
        """No booking shown overlaps ``start``-``end`` (the pool still decides when the booking is made)."""
        return not any(overlaps(b.start, b.end, start, end) for b in self._bookings)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            day = self.monday + timedelta(days=section)
            name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)  # "ma", "Mon"
            return f"{name} {day:%d-%m}"
        at = self.moment(section, 0)
        return at.strftime("%H:%M") if at.minute == 0 else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        start = self.moment(index.row(), index.column())
        hit = next((b for b in self._bookings if overlaps(b.start, b.end, start, start + QUANTUM)), None)
        if hit is None:
            return None
        mine = bool(self._mine) and hit.vp_code == self._mine
        if role == Qt.ItemDataRole.DisplayRole and hit.start.astimezone(AMSTERDAM) == start:
            return self.tr("Mijn afspraak") if mine else self.tr("Gereserveerd")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#cfe3f7") if mine else QColor("#e3e3e3")
        return None
