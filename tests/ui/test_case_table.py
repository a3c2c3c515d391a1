"""The case list model: pages of 100 fetched as the view asks, sorting and filtering done by the source (SQL)."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from vpdesk.domain.model import CaseFilter, CaseStatus, CaseSummary
from vpdesk.ui.models.case_table import PAGE, CaseTableModel


class FakeSource:
    """10,000 cases in memory, served like CaseStore.list_cases; records every call."""

    def __init__(self, n: int = 10_000) -> None:
        start = date(2020, 1, 1)
        self.rows = [
            CaseSummary(
                id=i,
                pseudonym=f"M-{i:05d}",
                categories=("oo.pesten",),
                org_unit="DGOO",
                status=CaseStatus.OPEN if i % 3 else CaseStatus.CLOSED,
                opened=start + timedelta(days=i % 700),
                closed=None,
                last_contact=None,
                conversations=0,
            )
            for i in range(1, n + 1)
        ]
        self.calls: list[tuple[CaseFilter, int, int, str, bool]] = []

    def _matching(self, flt: CaseFilter) -> list[CaseSummary]:
        return [r for r in self.rows if flt.status is None or r.status == flt.status]

    def fetch(
        self,
        _conn: object,
        flt: CaseFilter,
        offset: int,
        limit: int,
        sort: str,
        desc: bool,
        after: CaseSummary | None = None,
    ) -> list[CaseSummary]:
        self.calls.append((flt, offset, limit, sort, desc))
        rows = sorted(self._matching(flt), key=lambda r: (getattr(r, sort), r.id), reverse=desc)
        if after is not None:  # keyset paging: the page starts behind the row given, which the model read last
            start = rows.index(after) + 1
            assert start == offset, "the list asks for the page behind the last row it holds"
            return rows[start : start + limit]
        return rows[offset : offset + limit]

    def count(self, _conn: object, flt: CaseFilter) -> int:
        return len(self._matching(flt))


def _model() -> tuple[CaseTableModel, FakeSource]:
    source = FakeSource()
    model = CaseTableModel(lambda code: {"oo.pesten": "Pesten"}.get(code, code))
    model.attach(source.fetch, source.count)
    return model, source


def test_only_the_first_page_is_fetched_and_more_comes_on_request(qapp: QApplication) -> None:
    model, source = _model()
    root = QModelIndex()
    assert model.rowCount() == PAGE == 100 and model.total == 10_000
    assert [c[1:3] for c in source.calls] == [(0, 100)]
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 200 and source.calls[-1][1:3] == (100, 100)
    while model.canFetchMore(root):
        model.fetchMore(root)
    assert model.rowCount() == 10_000 and len(source.calls) == 100
    assert not model.canFetchMore(root)
    assert model.data(model.index(0, 2)) == "Pesten"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == model.data(model.index(0, 3))  # in full
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == model.case_id(0)


def test_a_view_scrolled_to_the_end_fetches_page_by_page(qtbot: QtBot) -> None:
    model, _source = _model()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    for rows in (200, 300, 400):
        view.scrollToBottom()

        def grown(rows: int = rows) -> bool:
            return model.rowCount() >= rows

        qtbot.waitUntil(grown, timeout=2000)
    assert model.rowCount() < 10_000  # it grows with scrolling, never all at once


def test_sorting_and_filtering_go_to_the_source_and_restart_at_page_one(qapp: QApplication) -> None:
    model, source = _model()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert source.calls[-1][1:] == (0, 100, "pseudonym", False)
    assert model.data(model.index(0, 1)) == "M-00001"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "M-10000"
    model.set_filter(CaseFilter(status=CaseStatus.CLOSED))
    assert model.total == 3333 and model.rowCount() == 100
    assert {model.data(model.index(r, 4)) for r in range(model.rowCount())} == {"gesloten"}
    assert source.calls[-1][1] == 0


def test_rows_held_are_kept_out_of_the_cyclic_collector(qapp: QApplication) -> None:
    """A full collection over 100,000 rows held the UI thread 100-180 ms (decisions 136): the rows are frozen as they
    arrive, so a collection skips them (the lock collects them all the same: tests/ui/test_collector.py)."""
    gc.unfreeze()
    model, _ = _model()
    model.fetchMore(QModelIndex())
    row = model._rows[150]
    assert gc.get_freeze_count() > 0 and not any(o is row for o in gc.get_objects())  # frozen: not scanned
    gc.unfreeze()


def test_detach_forgets_every_row(qapp: QApplication) -> None:
    model, _ = _model()
    model.detach()
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(0, 1)) is None


def test_a_read_that_fails_is_reported_and_begins_no_reset(qtbot: QtBot) -> None:
    """A damaged vault can fail the count: the error goes to whoever attached the model, no reset is left
    halfway (Qt would warn "beginResetModel called ... without calling endResetModel first"), and the next
    reload is a clean one."""
    model, source = _model()
    resets: list[str] = []
    errors: list[BaseException] = []
    model.modelAboutToBeReset.connect(lambda: resets.append("begin"))
    model.modelReset.connect(lambda: resets.append("end"))

    def broken(_db: object, flt: CaseFilter) -> int:
        raise RuntimeError("page damaged")

    model.attach(source.fetch, broken, on_error=errors.append)
    assert [str(e) for e in errors] == ["page damaged"] and resets == [] and not model.loading
    model.attach(source.fetch, source.count)
    assert resets == ["begin", "end"] and model.rowCount() == 100


def test_a_row_changed_while_its_page_was_on_its_way_shows_the_change(qapp: QApplication) -> None:
    """The lane answers later: a page read before update_row (a new conversation) still shows the new row."""
    source = FakeSource(300)
    pending: list[Callable[[], None]] = []

    def later(job: Callable[[object], object], done: Callable[[object], None], failed: object) -> None:
        pending.append(lambda: done(job(None)))

    model = CaseTableModel(lambda code: code)
    model.attach(source.fetch, source.count, later)
    pending.pop()()  # the first page lands
    model.fetchMore(QModelIndex())  # the second is on its way ...
    on_page_two = source.fetch(None, CaseFilter(), PAGE, PAGE, "opened", True)[0]
    changed = replace(on_page_two, pseudonym="Gewijzigd")  # ... when a case on it changes
    model.update_row(changed)
    pending.pop()()
    row = model.row_of(changed.id)
    assert model.rowCount() == 200 and row is not None and row >= PAGE
    assert model.data(model.index(row, 1)) == "Gewijzigd"


def test_rows_a_new_sort_replaced_are_freed_a_slice_at_a_time(qapp: QApplication, qtbot: QtBot) -> None:
    model, _source = _model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    old_rows, old_shown = model._rows, model._shown
    assert len(old_rows) == 10_000
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE and model._rows is not old_rows
    assert 0 < len(old_rows) <= 10_000  # not all at once on the UI thread ...
    qtbot.waitUntil(lambda: old_rows == [] and old_shown == [], timeout=2000)  # ... but all of them soon


def test_a_lock_frees_at_once_the_rows_still_waiting_to_be_freed(qapp: QApplication) -> None:
    """Rows a new sort replaced are freed a slice per turn of the event loop; a lock (detach) right after must not
    leave the rest for after the lock's own collection and malloc_trim (hardening.release_freed_memory)."""
    model, _source = _model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    old_rows, old_shown = model._rows, model._shown
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert old_rows  # waiting for the event loop
    model.detach()  # the lock, before the event loop turned
    assert old_rows == [] and old_shown == []
    few, _ = _model()  # a page or two is dropped at once: nothing is kept for later
    few.sort(0, Qt.SortOrder.AscendingOrder)
    assert few._freeing == []
