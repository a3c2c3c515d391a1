"""The audit dialog's reads and the agenda run in workers, never on the UI thread (review finding 8): every call
of the services behind them is traced with the thread that made it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.ui.whole_app import PASSPHRASE as whole_app_passphrase
from tests.ui.whole_app import whole_app
from vpdesk.domain.meldproces import FormalReport, ReportKind
from vpdesk.domain.model import CaseFilter
from vpdesk.services import audit, cases, formal_reports, lifecycle
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.rooms_controller import RoomsController
from vpdesk.ui.stats_controller import StatsController

from .conftest import NOW, PASSPHRASE, create_vault, desk_of

Calls = list[tuple[str, bool]]  # (service, ran on the UI thread)


def _trace(monkeypatch: pytest.MonkeyPatch, module: object, name: str, calls: Calls, gate: Any = None) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def traced(*args: Any, **kwargs: Any) -> Any:
        calls.append((name, threading.current_thread() is threading.main_thread()))
        if gate is not None:
            assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, traced)


def _with_report(qtbot: QtBot, c: Controller) -> int:
    create_vault(qtbot, c)
    c.session.write(lambda db: cases.add_case(db, ["oo"], date(2026, 11, 1), pseudonym="Kraanvogel"))
    case_id = cases.page(c.session.vault, CaseFilter(), 0, 1)[0].id
    report = FormalReport(case_id=case_id, kind=ReportKind("misstand"), reported_on=date(2026, 11, 10))
    c.session.write(lambda db: formal_reports.save_report(db, report, NOW().date()))
    return case_id


def test_the_audit_dialog_opens_at_once_and_reads_the_log_in_workers(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    _with_report(qtbot, c)
    d = desk_of(c)
    calls: Calls = []
    gate = threading.Event()
    _trace(monkeypatch, audit, "actions", calls)
    _trace(monkeypatch, audit, "entries", calls)
    _trace(monkeypatch, audit, "verify", calls, gate)  # held until the dialog is seen open: nobody waits for it
    d.actions.show_audit()
    dialog = d.actions.audit_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: len(calls) == 3 and dialog.action.count() > 1)  # verify still held
    gate.set()
    qtbot.waitUntil(lambda: not c.tasks.busy)
    assert sorted(calls) == [("actions", False), ("entries", False), ("verify", False)]
    assert "create" in [dialog.action.itemData(i) for i in range(dialog.action.count())]
    dialog.until.setDate(QDate(2099, 1, 1))  # the vault's clock is the real one; the filter reads off the UI thread
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    assert calls.count(("entries", False)) >= 2 and not [name for name, on_ui in calls if on_ui]
    dialog.reject()


def test_a_broken_chain_found_in_the_background_shows_in_the_dialog(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    create_vault(qtbot, c)
    d = desk_of(c)
    c.session.write(lambda db: db.connection.execute("UPDATE audit_log SET hash = 'x' WHERE id = 1"))
    d.actions.show_audit()
    dialog = d.actions.audit_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "hashketen" in dialog.note.text())
    dialog.reject()


def test_the_agenda_after_unlock_and_after_a_report_save_is_read_in_a_worker(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    case_id = _with_report(qtbot, c)
    d = desk_of(c)
    c.lock()
    calls: Calls = []
    for module, name in ((formal_reports, "agenda"), (lifecycle, "agenda"), (lifecycle, "attention_count")):
        _trace(monkeypatch, module, name, calls)
    c.unlock.field.setText(PASSPHRASE)
    c.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: d.tools.agenda is not None and d.tools.agenda.isVisible(), timeout=20_000)
    assert d.page.agenda_button.text() == "&Agenda (1)"
    assert sorted(calls) == [("agenda", False), ("agenda", False)]
    agenda = d.tools.agenda
    assert agenda is not None
    agenda.reject()
    calls.clear()
    report = FormalReport(case_id=case_id, kind=ReportKind("misstand"), reported_on=date(2026, 11, 20))
    d.tools.save_report(report)
    qtbot.waitUntil(lambda: ("attention_count", False) in calls)
    qtbot.waitUntil(lambda: not c.tasks.busy)
    assert calls and not [name for name, on_ui in calls if on_ui]
    n = c.session.write(lambda db: lifecycle.attention_count(db, NOW().date(), 6))  # (traced, but after the check)
    assert n > 0 and d.page.agenda_button.text() == f"&Agenda ({n})"


def test_unlocking_never_waits_for_a_write_on_the_ui_thread(
    qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The adviser's key for exports, the code on the room pool and the agenda's once-a-day note are written on the
    write lane while the desk shows; the UI thread waited for each of them at every unlock (decision 244)."""
    with whole_app(qtbot, home, "nl") as c:
        c.lock()
        waited: list[str] = []
        real_write = c.session.write

        def write(work: Callable[[Any], Any]) -> Any:
            if threading.current_thread() is threading.main_thread():
                waited.append(getattr(work, "__qualname__", repr(work)))
            return real_write(work)

        monkeypatch.setattr(c.session, "write", write)
        c.unlock.field.setText(whole_app_passphrase)
        c.unlock.unlock_button.click()
        desk, stats_page, rooms_page = c.page("desk"), c.page("stats"), c.page("rooms")
        assert isinstance(desk, DeskController) and isinstance(stats_page, StatsController)
        assert isinstance(rooms_page, RoomsController)
        qtbot.waitUntil(lambda: bool(stats_page.page.identity.text()), timeout=20_000)
        qtbot.waitUntil(lambda: rooms_page.page.room.count() > 0, timeout=20_000)  # the pool's rooms: code known
        qtbot.waitUntil(lambda: "(" in desk.page.agenda_button.text(), timeout=20_000)  # the agenda, a second later
        qtbot.waitUntil(lambda: not c.tasks.busy, timeout=20_000)
        assert waited == []
