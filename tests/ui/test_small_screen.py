"""A 1366x768 laptop at 125%: about 1093x614 logical pixels. Every page fits, the case view never scrolls
sideways, the case list folds away, a long pseudonym ends in "…" with a tooltip (issue 13, point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.whole_app import whole_app
from vpdesk.services import cases
from vpdesk.ui.desk_controller import DeskController

SMALL = (1093, 614)
LONG = "Melder-uit-de-grote-uitvoeringsorganisatie-met-een-heel-lange-naam-" * 2


def _sideways(root: QWidget) -> list[str]:
    return [
        w.accessibleName() or type(w).__name__
        for w in root.findChildren(QAbstractScrollArea)
        if w.isVisible() and w.horizontalScrollBar().isVisible()
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_fits_the_small_screen_and_the_case_view_never_scrolls_sideways(
    qtbot: QtBot, home: Path, language: str
) -> None:
    with whole_app(qtbot, home, language) as c:
        desk = c.page("desk")
        assert isinstance(desk, DeskController)
        long_case = c.session.write(lambda db: cases.add_case(db, ["oo.pesten"], c.now().date(), "DGOO", LONG))
        desk.model.reload()
        c.window.resize(*SMALL)
        assert c.window.minimumSizeHint().width() <= SMALL[0]
        desk.open_case(long_case.id or 0, select_in_list=True)
        qtbot.waitUntil(lambda: desk.page.case_view.case_id == long_case.id)
        view = desk.page.case_view
        for tab in range(view.tabs.count()):  # the conversation, the guide, the meldproces
            view.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert (c.window.width(), c.window.height()) == SMALL
            assert _sideways(view) == [], view.tabs.tabText(tab)
            assert view.width() >= view.minimumSizeHint().width()
        title = view.title
        assert title.text() == LONG and title.shown_text().endswith("…") and title.toolTip() == LONG
        for key in ("rooms", "stats"):
            c.window.show_work(key)
            c.tasks.wait()
            QApplication.processEvents()
            assert (c.window.width(), c.window.height()) == SMALL, key
        c.window.show_work("desk")


def test_the_case_list_narrows_and_folds_away_with_f9(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "nl") as c:
        c.window.resize(*SMALL)
        c.window.activateWindow()
        desk = c.page("desk")
        assert isinstance(desk, DeskController)
        page = desk.page
        assert page.cases.minimumSizeHint().width() <= 400  # a long category name no longer holds it wide
        page.split.setSizes([300, SMALL[0] - 300])
        narrow = page.split.sizes()[0]
        assert narrow <= 320
        row = desk.model.row_of(desk.model.case_id(0) or 0)
        assert row == 0
        page.cases.table.setFocus()
        QTest.keyClick(page.cases.table, Qt.Key.Key_F9)
        assert page.split.sizes()[0] == 0 and not page.list_action.isChecked()
        focus = QApplication.focusWidget()
        assert focus is not None and not page.cases.isAncestorOf(focus)  # the focus left the folded list
        QTest.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_F9)
        assert page.split.sizes()[0] == narrow and page.list_action.isChecked()  # back at the width it had


def test_a_long_pseudonym_in_the_case_list_is_cut_with_the_whole_name_as_tooltip(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "en") as c:
        desk = c.page("desk")
        assert isinstance(desk, DeskController)
        made = c.session.write(lambda db: cases.add_case(db, ["oo.pesten"], c.now().date(), "", LONG))
        desk.model.reload()
        qtbot.waitUntil(lambda: desk.model.row_of(made.id or 0) is not None and not desk.model.loading)
        index = desk.model.index(desk.model.row_of(made.id or 0) or 0, 1)
        table = desk.page.cases.table
        assert table.textElideMode() == Qt.TextElideMode.ElideRight
        assert table.columnWidth(1) < table.fontMetrics().horizontalAdvance(LONG)
        assert desk.model.data(index, Qt.ItemDataRole.ToolTipRole) == LONG


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_case_list_fits_its_width_with_whole_headers(qtbot: QtBot, home: Path, language: str) -> None:
    """No sideways scrollbar and no cut-off header at 1093x614: the columns that do not fit fold away, the least
    needed first, and come back when the list is made wider (trial finding 12)."""
    with whole_app(qtbot, home, language) as c:
        desk = c.page("desk")
        assert isinstance(desk, DeskController)
        c.window.resize(*SMALL)
        QApplication.processEvents()
        panel = desk.page.cases
        table, header = panel.table, panel.table.horizontalHeader()

        def check() -> list[int]:
            QApplication.processEvents()
            shown = [col for col in range(desk.model.columnCount()) if not table.isColumnHidden(col)]
            assert not table.horizontalScrollBar().isVisible()
            assert sum(table.columnWidth(col) for col in shown) <= table.viewport().width()
            for col in shown:  # the whole title fits, beside the sort arrow
                title = str(desk.model.headerData(col, Qt.Orientation.Horizontal))
                assert table.columnWidth(col) >= header.fontMetrics().horizontalAdvance(title) + 20, title
            return shown

        narrow = check()
        assert {1, 6} <= set(narrow) and len(narrow) < 7  # the pseudonym and the last contact stay
        assert header.toolTip() and str(desk.model.headerData(3, Qt.Orientation.Horizontal)) in header.toolTip()
        desk.page.split.setSizes([SMALL[0] - 200, 200])  # the adviser drags the list wider
        wider = check()
        assert set(narrow) < set(wider)
        c.window.resize(1900, 1000)
        desk.page.split.setSizes([1300, 600])
        assert check() == list(range(7)) and header.toolTip() == ""
