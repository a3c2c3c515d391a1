"""English is complete and Dutch is Dutch: every page and dialog of the app, in each language, shows no word of
the other (issue 13, point 9). What the adviser or the organisation typed (pseudonyms, notes, unit and room names)
is data and left out; domain data that carries both languages (categories, the guide) is checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.language import visible_texts, vocabularies, wrong_language
from tests.ui.whole_app import now, whole_app
from vpdesk.resources import taxonomy
from vpdesk.services import cases, demo, rooms, stats
from vpdesk.services.guide import GuideRules
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vpdesk.ui.rooms_controller import RoomsController

INSTITUTIONS = {"Huis voor Klokkenluiders"}  # a proper name, also in an English sentence
NOTE_VIEWS = {"Zoekresultaten", "Search results"}  # snippets of the adviser's notes: data


def _data(c: Controller) -> set[str]:
    """What the adviser typed and what the organisation named: left as it is in either language."""
    vault = c.session.vault
    data = set(demo.ORG_UNITS)
    data |= set(vault.clients.pseudonyms(set(range(1, vault.cases.count() + 1))).values())
    rooms_page = c.page("rooms")
    assert isinstance(rooms_page, RoomsController)
    for room in rooms_page.pool.rooms():
        data |= {room.name, room.building, room.location}
    desk = c.page("desk")
    assert isinstance(desk, DeskController)
    data.add(desk.page.case_view.editor.notes.toPlainText())
    routes = GuideRules().load().rules.routes
    data |= {source.text() for route in routes for source in route.sources}  # titles of Dutch publications
    data |= INSTITUTIONS
    data |= {QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)}  # "do": donderdag
    for case_id in range(1, vault.cases.count() + 1):  # the timeline shows the first line of each note
        found = cases.detail(vault, case_id)
        data |= {cases.first_line(x.notes) for x in found.conversations}
        data |= {cases.first_line(x.note) for x in found.referrals}
    me = c.session.write(lambda db: stats.identity(db, now()))
    data |= {me.public, me.fingerprint}  # random letters: "AF2P" must not read as Dutch "af"
    return {d for d in data if d}


def _check(root: QWidget, language: str, data: set[str], findings: list[str], where: str) -> None:
    QApplication.processEvents()
    notes = {w for w in root.findChildren(QWidget) if w.accessibleName() in NOTE_VIEWS}
    findings += [f"{where}: {w}" for w in wrong_language(visible_texts(root, notes), language, data)]


def _dialog(dialog: QDialog, language: str, data: set[str], findings: list[str]) -> None:
    dialog.show()
    _check(dialog, language, data, findings, type(dialog).__name__)
    dialog.reject()
    dialog.deleteLater()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_page_or_dialog_shows_a_word_of_the_other_language(qtbot: QtBot, home: Path, language: str) -> None:
    findings: list[str] = []
    with whole_app(qtbot, home, language) as c:
        desk = c.page("desk")
        rooms_page = c.page("rooms")
        assert isinstance(desk, DeskController) and isinstance(rooms_page, RoomsController)
        case_id = desk.model.case_id(0) or 0
        desk.open_case(case_id, select_in_list=True)
        qtbot.waitUntil(lambda: desk.page.case_view.case_id == case_id)
        data = _data(c)
        view = desk.page.case_view
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            _check(c.window, language, data, findings, f"desk, {view.tabs.tabText(tab)}")
        desk.page.search.setText("collega")
        desk.run_search()
        qtbot.waitUntil(lambda: desk.page.cases.stack.currentIndex() == 1)
        _check(c.window, language, data, findings, "search")
        desk.page.search.setText("zzzzqqq")
        desk.run_search()
        qtbot.waitUntil(lambda: desk.page.cases.no_hits.isVisible())
        _check(c.window, language, data, findings, "search without hits")
        desk.page.search.setText("")
        c.window.show_work("rooms")
        c.tasks.wait()
        rooms_page.plan_for_case(case_id, "M-00001")
        pool = rooms_page.pool
        start = now().astimezone().replace(hour=15, minute=0, second=0, microsecond=0)
        c.session.write(
            lambda db: rooms.book(
                db, pool, "VP-1", pool.rooms()[0], start, start.replace(hour=16), now().astimezone(), case_id
            )
        )
        rooms_page.show_mine()
        rooms_page.find()
        c.tasks.wait()
        qtbot.waitUntil(lambda: rooms_page.page.slots.count() > 0)
        _check(c.window, language, data, findings, "rooms")
        c.window.show_work("stats")
        c.tasks.wait()
        _check(c.window, language, data, findings, "annual figures")
        for name in ("unlock", "setup"):
            c.window.show_page(name)
            _check(c.window, language, data, findings, name)
        c.window.show_work("desk")
        _dialog(NewCaseDialog(taxonomy(), language, c.window), language, data, findings)
        _dialog(CloseCaseDialog(now().date(), c.window), language, data, findings)
        _dialog(RecoveryDialog(c.window), language, data, findings)
        desk.tools.show_agenda(always=True)  # read in a worker
        qtbot.waitUntil(lambda: desk.tools.agenda is not None)
        assert desk.tools.agenda is not None
        _dialog(desk.tools.agenda, language, data, findings)
        desk.tools.agenda = None
    assert findings == [], "\n".join(findings)


def test_the_vocabularies_tell_the_languages_apart() -> None:
    dutch, english = vocabularies()
    assert {"zaak", "zaken", "gesprek", "vergrendelen", "bron"} <= dutch
    assert {"case", "cases", "conversation", "lock", "source"} <= english
    assert "status" not in dutch | english  # a word both use is never a finding


def test_the_count_under_the_case_list_is_in_plain_words() -> None:
    from vpdesk.ui.widgets.case_list_panel import count_text

    assert count_text(0, 0, filtered=False) == "Nog geen zaken."
    assert count_text(0, 0, filtered=True) == "Geen zaken die bij deze keuze passen."
    assert count_text(1, 1, filtered=False) == "1 zaak"
    assert count_text(240, 240, filtered=True) == "240 zaken"
    assert count_text(100, 240, filtered=False) == "De eerste 100 van 240 zaken; scroll voor meer."
