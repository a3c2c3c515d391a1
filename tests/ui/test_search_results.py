"""Search results in the app: the hits shown first carry snippets, the rest ask for theirs when scrolled into
view; notes just written are found at once; an answer to an older keystroke is never shown."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from tests.ui.conftest import create_vault, desk_of
from vpdesk.domain.model import SearchHit
from vpdesk.services import cases, search
from vpdesk.store.repositories import Repositories
from vpdesk.ui.controller import Controller
from vpdesk.ui.models.search_results import MARKS, SearchResultsModel


def test_rows_without_a_snippet_ask_for_it_once_when_painted(qtbot: QtBot) -> None:
    model = SearchResultsModel()
    hits = [SearchHit(1, i, f"{MARKS[0]}x{MARKS[1]}" if i < 2 else "", datetime(2026, 1, 1)) for i in range(5)]
    model.set_hits(hits, {1: "Appel"})
    with qtbot.waitSignal(model.snippets_wanted, timeout=1000) as asked:
        for row in range(5):  # what a view does when it paints rows
            model.data(model.index(row))
            model.data(model.index(row))
    assert asked.args == [[2, 3, 4]]
    model.set_snippets({3: f"een {MARKS[0]}x{MARKS[1]} <b>"})
    assert "<b>x</b>" in model.data(model.index(3)) and "&lt;b&gt;" in model.data(model.index(3))
    assert model.data(model.index(4)).endswith("…")


def test_the_desk_searches_through_the_term_table_and_fills_snippets_on_scroll(
    qtbot: QtBot, controller: Controller
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)

    def add(db: Repositories) -> None:
        case = cases.add_case(db, ["oo.pesten"], datetime(2026, 1, 1).date(), "", "Zoeker")
        assert case.id is not None
        for i in range(40):
            when = datetime(2026, 1, 1, 9) + timedelta(days=i)
            cases.start_conversation(db, case.id, when, notes=f"kwartiermaker {i}")

    c.session.write(add)
    panel = d.page.cases
    d.page.search.setText("kwartier")  # the notes just written are found at once (the term table is in the vault)
    d.run_search()
    qtbot.waitUntil(lambda: panel.hits.rowCount() == 40, timeout=3000)
    shown: list[search.SearchResult] = []

    show_results = d.searcher._show

    def show(found: search.SearchResult) -> None:
        shown.append(found)
        show_results(found)

    d.searcher._show = show
    for text in ("kw", "kwa", "kwar"):  # typed faster than the answers come: only the last one is shown
        d.page.search.setText(text)
        d.run_search()
    qtbot.waitUntil(lambda: len(shown) == 1 and panel.hits.rowCount() == 40, timeout=3000)
    assert len(shown) == 1
    with_snippet = [bool(h.snippet) for h in shown[0].hits]
    assert with_snippet == [True] * search.SHOWN + [False] * (40 - search.SHOWN)
    panel.results.resize(300, 200)
    panel.results.scrollToBottom()
    last = panel.hits.index(39)
    qtbot.waitUntil(lambda: "<b>kwartiermaker</b>" in panel.hits.data(last), timeout=3000)
    assert panel.hits.data(panel.hits.index(0, 0, QModelIndex())).count("<b>") >= 2


def test_the_lock_leaves_no_query_in_the_search_worker(qtbot: QtBot, controller: Controller) -> None:
    """What was typed in the search field (a name, often) is case content: the lock clears the field, and the worker
    that runs the query keeps no copy of it either."""
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    d.page.search.setText("Jansen")  # typed: the query waits for the pause
    d.run_search()  # and Enter: it runs
    d.page.search.setText("Jansen-de")  # typed again; locked before the pause came
    c.lock()
    kept = [name for name, value in vars(d.searcher).items() if isinstance(value, str) and "Jansen" in value]
    assert kept == []
