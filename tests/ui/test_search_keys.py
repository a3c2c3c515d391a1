"""Down from the search box enters the results (or the case list); a click on a column that does not sort leaves
the sort arrow where it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import desk_of
from tests.ui.whole_app import whole_app
from vpdesk.ui.models.case_table import SORTABLE


def test_down_from_the_search_box_enters_the_results_and_then_the_list(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "nl") as c:
        c.window.activateWindow()
        desk = desk_of(c)
        page = desk.page
        panel = page.cases
        page.search.setFocus()
        QTest.keyClick(page.search, Qt.Key.Key_Down)  # no search typed: Down enters the case list
        assert QApplication.focusWidget() is panel.table
        assert page.case_view.case_id is None  # entering the list chooses no case
        page.search.setFocus()
        QTest.keyClicks(page.search, "melder")
        desk.run_search()
        qtbot.waitUntil(lambda: panel.stack.currentIndex() == 1 and panel.hits.rowCount() > 1, timeout=5000)
        QTest.keyClick(page.search, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is panel.results
        assert panel.results.currentIndex().row() == 0
        QTest.keyClick(panel.results, Qt.Key.Key_Down)  # and the arrows move on inside
        assert panel.results.currentIndex().row() == 1
        QTest.keyClick(panel.results, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.case_view.case_id is not None, timeout=5000)


def test_a_click_on_the_category_header_moves_no_sort_arrow(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "nl") as c:
        panel = desk_of(c).page.cases
        header = panel.table.horizontalHeader()
        category = 2
        assert category not in SORTABLE
        before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        first = panel.model.case_id(0)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, category))
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == before
        assert panel.model.case_id(0) == first
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, 0))  # Nr. does sort
        assert header.sortIndicatorSection() == 0
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_centre(header, category))
        assert header.sortIndicatorSection() == 0


def _centre(header: QHeaderView, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
