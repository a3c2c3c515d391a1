"""Leftovers of the coordinator's page found by a new-user trial: the delivery overview fills its width, and
publishing the report shows counted progress."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vpdesk.exchange.identity import fingerprint, new_signing_key
from vpdesk.policy import Settings
from vpdesk.services import stats
from vpdesk.services.guide import GuideRules
from vpdesk.services.session import Session
from vpdesk.store.vault import Vault
from vpdesk.ui.clipboard import ClipboardGuard
from vpdesk.ui.controller import Controller
from vpdesk.ui.idle import IdleWatcher
from vpdesk.ui.stats_controller import StatsController
from vpdesk.ui.tasks import Tasks

NOW = datetime(2027, 1, 10, 9, tzinfo=UTC)
PASS = "een lange wachtwoordzin voor de test"


def _unlocked(qtbot: QtBot, home: Path) -> tuple[Controller, StatsController]:
    """The app on the coordinator vault in ``home``, unlocked, its Jaarcijfers page opened."""
    session, tasks, settings = Session(home), Tasks(), Settings()
    page = StatsController(session, settings, tasks, GuideRules().load().rules, lambda: NOW)
    c = Controller(session, settings, tasks, IdleWatcher(300), ClipboardGuard(30), [page], lambda: NOW)
    qtbot.addWidget(c.window)
    c.start()
    c.unlock.field.setText(PASS)
    c.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: bool(page.page.identity.text()), timeout=10_000)
    return c, page


def _coordinator(qtbot: QtBot, home: Path, advisers: int = 3) -> tuple[Controller, StatsController]:
    vault, _ = Vault.create(home, PASS)
    with vault:
        stats.make_coordinator(vault, NOW)
        for n in range(advisers):
            _, public = new_signing_key()
            stats.trust(vault, public, f"VP {n + 1}", fingerprint(public), NOW)
    c, page = _unlocked(qtbot, home)
    return c, page


def test_the_delivery_overview_fills_its_width(qtbot: QtBot, tmp_path: Path) -> None:
    c, page = _coordinator(qtbot, tmp_path / "coordinator")
    c.window.resize(1100, 760)
    c.window.show()
    qtbot.waitExposed(c.window)
    page.page.year.setValue(2026)
    QApplication.processEvents()
    c.window.grab().save(str(tmp_path / "coordinator.png"))
    table = page.page.trusted
    assert table.rowCount() == 3
    header = table.horizontalHeader()
    used = sum(header.sectionSize(i) for i in range(header.count()))
    assert abs(used - table.viewport().width()) <= 2, (used, table.viewport().width())
    # the name column is not squeezed to its text: it gets a fair share of the room
    assert header.sectionSize(0) >= table.viewport().width() // 5
    assert not page.page.quarter.isVisibleTo(page.page)  # a coordinator reports whole years: no greyed choice
    c.tasks.wait()
    c.session.lock()


def test_publishing_shows_counted_progress_off_the_ui_thread(qtbot: QtBot, tmp_path: Path) -> None:
    import threading

    from tests.services.test_publish_progress import imported

    home = tmp_path / "coordinator"
    vault, _ = Vault.create(home, PASS)
    with vault:
        imported(vault, 4)
    c, page = _unlocked(qtbot, home)
    page.page.year.setValue(2026)
    seen: list[tuple[int, int, int]] = []  # (done, total, bar maximum) as the page shows them
    threads: set[int] = set()  # where the steps are counted
    page.progress.step.connect(lambda d, t: threads.add(threading.get_ident()), Qt.ConnectionType.DirectConnection)
    page.progress.step.connect(lambda d, t: seen.append((d, t, page.page.busy.maximum())))
    out = tmp_path / "report"
    out.mkdir()
    page.report(out)
    qtbot.waitUntil(lambda: "Jaarverslag" in page.page.status.text(), timeout=30_000)
    assert seen and seen[-1][0] == seen[-1][1] > 10  # steps counted up to the total
    assert all(maximum == total for _, total, maximum in seen)  # a counted bar, not only "busy"
    assert threading.get_ident() not in threads  # the work ran in the background
    assert (out / "jaarverslag-2026.pdf").exists()
    c.tasks.wait()
    c.session.lock()
