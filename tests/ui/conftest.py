from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from vpdesk.policy import Settings
from vpdesk.resources import taxonomy
from vpdesk.services.guide import GuideRules
from vpdesk.services.session import Session
from vpdesk.ui.clipboard import ClipboardGuard
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.idle import IdleWatcher
from vpdesk.ui.tasks import Tasks

PASSPHRASE = "paard batterij niet vandaag"


def NOW() -> datetime:
    return datetime(2026, 11, 28, 10, 30)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(qtbot: QtBot, home: Path, clock: FakeClock) -> Iterator[Controller]:
    settings = Settings(autosave_seconds=0.3, idle_lock_minutes=5, clipboard_clear_seconds=1)
    idle = IdleWatcher(settings.idle_lock_minutes * 60, clock=clock, poll_ms=50)
    app = QApplication.instance()
    assert app is not None  # pytest-qt's qapp, made before any test
    app.installEventFilter(idle)
    session, tasks = Session(home), Tasks()
    desk = DeskController(session, settings, taxonomy(), tasks, GuideRules().load().rules, now=NOW)
    c = Controller(session, settings, tasks, idle, ClipboardGuard(settings.clipboard_clear_seconds), [desk], NOW)
    qtbot.addWidget(c.window)
    c.start()
    c.window.show()
    yield c
    app.removeEventFilter(idle)
    c.tasks.wait()
    c.session.lock()


def desk_of(c: Controller) -> DeskController:
    """The desk page of the controller, typed: `Controller.page` gives the VaultPage protocol."""
    page = c.page("desk")
    assert isinstance(page, DeskController)
    return page


@pytest.fixture
def desk(controller: Controller) -> DeskController:
    return desk_of(controller)


def create_vault(qtbot: QtBot, c: Controller) -> str:
    """Drive the first-start screen like an adviser: passphrase, code, type back two groups. Returns the code."""
    assert c.window.current_page() == "setup"
    c.setup.passphrase.first.setText(PASSPHRASE)
    c.setup.passphrase.repeat.setText(PASSPHRASE)
    assert c.setup.next_button.isEnabled()
    c.setup.next_button.click()
    code = c.setup.code
    groups = code.split("-")
    c.setup.group_a.setText(groups[c.setup.groups[0]])
    c.setup.group_b.setText(groups[c.setup.groups[1]].lower())
    c.setup.create_button.click()
    qtbot.waitUntil(lambda: c.session.is_open and c.window.current_page() == "work", timeout=10_000)
    return code


@pytest.fixture
def display(tool: Callable[[str], str], tmp_path: Path) -> Iterator[str]:
    """A private X display (Xvfb, 1366x768 like a small laptop), on a free display number Xvfb picks itself."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [tool("Xvfb"), "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def with_case(qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch) -> Controller:
    create_vault(qtbot, controller)

    def fake_exec(dialog: NewCaseDialog) -> int:
        dialog.check("arbeid.beoordeling")
        dialog.pseudonym.setText("Zilverreiger")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCaseDialog, "exec", fake_exec)
    desk_of(controller).new_case()  # a vault with one case open (Zilverreiger)
    return controller
