"""The agenda's dialogs and the lock: what an agenda showed (pseudonyms, the adviser's follow-up notes) is gone from
every widget after the lock, also from an agenda opened and closed earlier in the session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from vpdesk.services import cases, lifecycle
from vpdesk.ui.controller import Controller
from vpdesk.ui.dialogs.agenda_dialog import AgendaDialog

from .conftest import NOW, create_vault, desk_of


def _listed() -> list[str]:
    """The text of every list row in every widget of the app."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [w.item(i).text() for w in QApplication.allWidgets() if isinstance(w, QListWidget) for i in range(w.count())]


def test_no_agenda_of_the_session_keeps_a_follow_up_note_past_the_lock(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    create_vault(qtbot, c)
    d = desk_of(c)
    d.tools.agenda_timer.stop()  # the agenda by itself after unlock: opened by hand below
    case = c.session.write(lambda db: cases.add_case(db, ["oo.pesten"], NOW().date(), "", "Kraanvogel"))
    assert case.id is not None
    case_id = case.id
    c.session.write(lambda db: lifecycle.follow_up(db, case_id, NOW().date(), "Bel Jansen terug"))
    for _ in range(2):  # Ctrl+G, read, Close; and again
        d.tools.show_agenda(always=True)
        qtbot.waitUntil(lambda: d.tools.agenda is not None and d.tools.agenda.isVisible(), timeout=5000)
        agenda = d.tools.agenda
        assert agenda is not None and any("Bel Jansen terug" in row for row in _listed())
        agenda.reject()
    c.lock()
    assert [row for row in _listed() if "Jansen" in row or "Kraanvogel" in row] == []
    assert [w for w in QApplication.allWidgets() if isinstance(w, AgendaDialog)] == []
