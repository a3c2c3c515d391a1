"""The case list: a lazily fetched table. Sorting and filtering run in SQL; pages of 200 rows arrive on scroll."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from vpdesk.domain.model import CaseStatus, CaseSummary
from vpdesk.store.cases import CaseFilter

PAGE = 100
Fetch = Callable[[CaseFilter, int, int, str, bool], list[CaseSummary]]
Count = Callable[[CaseFilter], int]
Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("id", "pseudonym", "categories", "org_unit", "status", "opened", "last_contact")
SORTABLE = {0: "id", 1: "pseudonym", 3: "org_unit", 4: "status", 5: "opened", 6: "last_contact"}


class CaseTableModel(QAbstractTableModel):
    def __init__(self, category_name: Callable[[str], str]) -> None:
        super().__init__()
        self._category_name = category_name
        self._rows: list[CaseSummary] = []
        self._shown: list[tuple[str, ...]] = []  # display text per row, made once at fetch: painting stays cheap
        self._total = 0
        self._fetch: Fetch | None = None
        self._count: Count | None = None
        self._filter = CaseFilter()
        self._sort = ("opened", True)

    # --- source -----------------------------------------------------------------------------------------------
    def attach(self, fetch: Fetch, count: Count) -> None:
        self._fetch, self._count = fetch, count
        self.reload()

    def detach(self) -> None:
        """Forget every row (at lock): nothing of a case stays in memory of the view."""
        self.beginResetModel()
        self._fetch = self._count = None
        self._rows = []
        self._shown = []
        self._total = 0
        self.endResetModel()

    def set_filter(self, flt: CaseFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._shown = []
        self._total = 0
        try:
            self._total = self._count(self._filter) if self._count else 0
        finally:
            self.endResetModel()  # also when counting fails (a damaged vault): no view stays halfway a reset
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    @property
    def total(self) -> int:
        return self._total

    def case_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == case_id:
                return row
        return None

    def update_row(self, summary: CaseSummary) -> None:
        """Show a changed case (a new conversation, a new status) without reloading the list."""
        row = self.row_of(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        self._shown[row] = self._display(summary)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt model API -----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if self._fetch is None or parent.isValid():
            return
        column, descending = self._sort
        page = self._fetch(self._filter, len(self._rows), PAGE, column, descending)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self._shown.extend(self._display(s) for s in page)
        self.endInsertRows()

    def _display(self, s: CaseSummary) -> tuple[str, ...]:
        return (
            str(s.id),
            s.pseudonym,
            ", ".join(self._category_name(c) for c in s.categories),
            s.org_unit,
            self.tr("open") if s.status == CaseStatus.OPEN else self.tr("gesloten"),
            s.opened.strftime("%d-%m-%Y"),
            s.last_contact.strftime("%d-%m-%Y") if s.last_contact else "",
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = SORTABLE.get(column)
        if name is None:
            return
        self._sort = (name, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Nr."),
            self.tr("Pseudoniem"),
            self.tr("Categorie"),
            self.tr("Organisatieonderdeel"),
            self.tr("Status"),
            self.tr("Geopend"),
            self.tr("Laatste contact"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # the tip: a cut-off cell in full
            return self._shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
