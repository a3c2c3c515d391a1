"""No keyboard traps: Tab and Shift+Tab walk every page of the open vault in both languages, reach every control a
user sees, come back round, and never change the open case (issue 13, point 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keywalk import name, reachable, walk
from tests.ui.whole_app import whole_app
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController


def _desk(c: Controller) -> DeskController:
    desk = c.page("desk")
    assert isinstance(desk, DeskController)
    return desk


def _walk_round(window: QWidget, start: QWidget, backwards: bool) -> None:
    want = reachable(window)
    assert start in want
    seen = walk(start, 4 * len(want) + 12, backwards)  # a date field takes one press per section
    missed = sorted(name(w) for w in want - set(seen))
    strays = sorted(name(w) for w in set(seen) - want)
    assert missed == [], f"never reached with {'Shift+' if backwards else ''}Tab: {missed}"
    assert strays == [], f"the focus went where nobody sees: {strays}"
    assert seen.count(start) >= 2, "the walk does not come back round"  # a trap would hold the focus elsewhere


@pytest.mark.parametrize("language", ["nl", "en"])
def test_tab_walks_every_page_and_never_changes_the_open_case(qtbot: QtBot, home: Path, language: str) -> None:
    with whole_app(qtbot, home, language) as c:
        c.window.activateWindow()
        desk = _desk(c)
        chosen = desk.model.case_id(3)
        assert chosen is not None
        desk.page.cases.select_case(chosen)
        qtbot.waitUntil(lambda: desk.page.case_view.case_id == chosen)
        view = desk.page.case_view
        for tab in range(view.tabs.count()):  # the conversation, the guide and the meldproces each in turn
            view.tabs.setCurrentIndex(tab)
            for backwards in (False, True):
                _walk_round(c.window, desk.page.search, backwards)
                assert view.case_id == chosen
                assert desk.page.cases.table.selectionModel().selectedRows()[0].row() == 3
        for key in ("rooms", "stats"):
            c.window.show_work(key)
            c.tasks.wait()
            qtbot.wait(20)  # the rooms and the week arrive from the pool
            page = c.window.tabs.currentWidget()
            first = next(w for w in (page.focusWidget(), page.nextInFocusChain()) if w in reachable(c.window))
            for backwards in (False, True):
                _walk_round(c.window, first, backwards)
        c.window.show_work("desk")
        assert view.case_id == chosen
        for gate in ("unlock", "setup"):  # the pages before the vault opens
            c.window.show_page(gate)
            QApplication.processEvents()
            first = next(w for w in reachable(c.window))
            for backwards in (False, True):
                _walk_round(c.window, first, backwards)


def test_tab_into_the_case_list_opens_no_case(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "nl") as c:
        c.window.activateWindow()
        desk = _desk(c)
        walk(desk.page.search, 30)
        assert desk.page.case_view.case_id is None
        table = desk.page.cases.table
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Down)  # the arrows choose: the case opens
        opened = desk.page.case_view.case_id
        assert opened is not None
        QTest.keyClick(table, Qt.Key.Key_Down)
        assert desk.page.case_view.case_id not in (None, opened)
        QTest.keyClick(table, Qt.Key.Key_Tab)  # and Tab leaves for the case view
        focus = QApplication.focusWidget()
        assert focus is not None and not isinstance(focus, QTableView)
        assert desk.page.case_view.isAncestorOf(focus)


def test_the_week_view_lets_tab_go_and_arrows_move(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "en") as c:
        c.window.activateWindow()
        c.window.show_work("rooms")
        c.tasks.wait()
        week = c.page("rooms").page.week  # type: ignore[attr-defined]
        week.setFocus()
        week.setCurrentIndex(week.model().index(4, 1))
        QTest.keyClick(week, Qt.Key.Key_Down)
        QTest.keyClick(week, Qt.Key.Key_Right)
        assert (week.currentIndex().row(), week.currentIndex().column()) == (5, 2)
        QTest.keyClick(week, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not week
