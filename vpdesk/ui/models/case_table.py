"""The case list: a lazily fetched table. Sorting and filtering run in SQL; pages of 100 rows arrive on scroll.

The SQL runs wherever ``run`` sends it: in the app, on the session's read-only lane (a thread with its own
connection), so the UI thread never waits for a page, a sort or a filter. A result that arrives after the list
changed again (another sort, a lock) is dropped. Without ``run`` the model fetches at once (tests).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from vpdesk.domain.model import CaseFilter, CaseStatus, CaseSummary
from vpdesk.ui import collector

PAGE = 100
# (connection, filter, offset, limit, sort, descending, the last row held: the next page starts behind it)
Fetch = Callable[[Any, CaseFilter, int, int, str, bool, CaseSummary | None], list[CaseSummary]]
Count = Callable[[Any, CaseFilter], int]
Failed = Callable[[BaseException], None]
Run = Callable[[Callable[[Any], Any], Callable[[Any], None], Failed], None]  # run(job(connection), done, failed)


FREE_STEP = 5_000  # rows freed per turn of the event loop: about a millisecond


def _free_later(*lists: list[Any]) -> bool:
    """Free the rows a new sort or filter replaced a slice per turn of the event loop: 100,000 rows scrolled in
    and dropped at once held the UI thread 16-24 ms (make bench-scale, decisions 107). A lock frees them at once
    (CaseTableModel.detach empties them: what waits here would outlive the lock's collection)."""

    def step() -> None:
        for rows in lists:
            del rows[-FREE_STEP:]
        if any(lists):
            QTimer.singleShot(0, step)

    if any(len(rows) > FREE_STEP for rows in lists):
        QTimer.singleShot(0, step)
        return True
    return False  # few enough: freed at once, by whoever drops them


def run_now(job: Callable[[Any], Any], done: Callable[[Any], None], failed: Failed) -> None:
    try:
        result = job(None)
    except Exception as exc:
        failed(exc)
        return
    done(result)


Index = QModelIndex | QPersistentModelIndex

_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)})
_USER = int(Qt.ItemDataRole.UserRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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
        self._run: Run = run_now
        self._on_error: Failed = _ignore
        self._generation = 0  # bumped by every reload and lock: older answers are dropped
        self._fetching = False
        self._updates: dict[int, CaseSummary] = {}  # rows changed while a reload was on its way
        self._after: CaseSummary | None = None  # the last row as read (its sort key), where the next page starts
        self._freeing: list[list[Any]] = []  # replaced rows on their way out (_free_later), emptied at the lock

    # --- source -----------------------------------------------------------------------------------------------
    def attach(self, fetch: Fetch, count: Count, run: Run = run_now, on_error: Failed | None = None) -> None:
        self._fetch, self._count, self._run = fetch, count, run
        self._on_error = on_error or _ignore
        self.reload()

    def detach(self) -> None:
        """Forget every row (at lock): nothing of a case stays in memory of the view."""
        self._generation += 1
        self._fetching = False
        self._updates = {}
        for rows in self._freeing:
            rows.clear()
        self._freeing = []
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
        """Count and fetch the first page in the background; the rows shown stay until the new ones arrive."""
        fetch, count = self._fetch, self._count
        if fetch is None or count is None:
            return
        self._generation += 1
        generation, flt, (column, descending) = self._generation, self._filter, self._sort
        self._fetching = True
        self._updates = {}  # this read starts after every change made so far: it brings them all

        display = self._displayer()

        def job(conn: Any) -> tuple[int, list[CaseSummary], list[tuple[str, ...]]]:
            page = fetch(conn, flt, 0, PAGE, column, descending, None)
            return count(conn, flt), page, [display(s) for s in page]

        self._run(job, lambda result: self._reloaded(generation, result), lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
            self._on_error(exc)

    def _reloaded(self, generation: int, result: tuple[int, list[CaseSummary], list[tuple[str, ...]]]) -> None:
        if generation != self._generation:
            return
        total, page, shown = result
        self._after = page[-1] if page else None
        page, shown = self._with_updates(page, shown)
        self.beginResetModel()
        if _free_later(self._rows, self._shown):
            self._freeing = [rows for rows in self._freeing if rows] + [self._rows, self._shown]
        self._rows = list(page)
        self._shown = shown
        self._total = max(total, len(page))
        self._fetching = False
        self.endResetModel()
        collector.settle()  # the rows held so far: no cycles, freed by reference counting (vpdesk/ui/collector.py)

    @property
    def loading(self) -> bool:
        """A page, sort or filter is being read in the background."""
        return self._fetching

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
        if self._fetching:
            self._updates[summary.id] = summary  # newer than what the read on its way may bring
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
        fetch = self._fetch
        if fetch is None or parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation, flt, offset, (column, descending) = self._generation, self._filter, len(self._rows), self._sort
        after = self._after if self._rows else None  # keyset paging: as fast deep in the list as at its top
        display = self._displayer()

        def job(conn: Any) -> tuple[list[CaseSummary], list[tuple[str, ...]]]:
            page = fetch(conn, flt, offset, PAGE, column, descending, after)
            return page, [display(s) for s in page]

        self._run(
            job, lambda result: self._fetched(generation, offset, *result), lambda exc: self._failed(generation, exc)
        )

    def _fetched(self, generation: int, offset: int, page: list[CaseSummary], shown: list[tuple[str, ...]]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not page:
            self._total = len(self._rows)
            return
        self._after = page[-1]
        page, shown = self._with_updates(page, shown)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self._shown.extend(shown)
        self.endInsertRows()
        collector.settle()  # the rows held so far: no cycles, freed by reference counting (vpdesk/ui/collector.py)

    def _with_updates(
        self, page: list[CaseSummary], shown: list[tuple[str, ...]]
    ) -> tuple[list[CaseSummary], list[tuple[str, ...]]]:
        """A page read before a row changed (update_row while it was on its way) shows the change all the same."""
        updates, self._updates = self._updates, {}
        texts = [self._display(updates[s.id]) if s.id in updates else text for s, text in zip(page, shown, strict=True)]
        return [updates.get(s.id, s) for s in page], texts

    def _displayer(self) -> Callable[[CaseSummary], tuple[str, ...]]:
        """The row texts, made where the rows are read (the lane), with words translated here, once."""
        status = {CaseStatus.OPEN: self.tr("open"), CaseStatus.CLOSED: self.tr("gesloten")}
        return partial(display_row, self._category_name, status)

    def _display(self, s: CaseSummary) -> tuple[str, ...]:
        return self._displayer()(s)

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
        # called for every visible cell and role on every paint: plain ints and one list lookup, nothing more
        if role in _TEXT_ROLES:  # the tooltip: a cut-off cell in full
            row = index.row()
            return self._shown[row][index.column()] if 0 <= row < len(self._shown) else None
        if role == _USER:
            row = index.row()
            return self._rows[row].id if 0 <= row < len(self._rows) else None
        if role == _ALIGNMENT and index.column() == 0:
            return _RIGHT
        return None


def display_row(category_name: Callable[[str], str], status: dict[CaseStatus, str], s: CaseSummary) -> tuple[str, ...]:
    """What each column shows for one case: made once per row, so painting only looks it up."""
    return (
        str(s.id),
        s.pseudonym,
        ", ".join(category_name(c) for c in s.categories),
        s.org_unit,
        status[s.status],
        s.opened.strftime("%d-%m-%Y"),
        s.last_contact.strftime("%d-%m-%Y") if s.last_contact else "",
    )


def _ignore(_exc: BaseException) -> None:
    """Tests without a vault have nobody to tell."""
