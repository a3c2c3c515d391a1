"""One face, one behaviour: the same use case through the command line and through the app's controller leaves
the same vault (or the same file) behind. Before services/ held the use cases, these three had drifted."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.cli.conftest import PASSPHRASE, Runner
from vpdesk.app import build
from vpdesk.domain.model import ContactKind
from vpdesk.domain.rooms import AMSTERDAM, Slot
from vpdesk.rooms.local import LocalPool
from vpdesk.services import cases, stats
from vpdesk.services.session import load_settings
from vpdesk.store.vault import Vault
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.rooms_controller import RoomsController
from vpdesk.ui.stats_controller import StatsController

TODAY = date.today()
OVERRIDE = Path(__file__).resolve().parents[2] / "resources" / "overrides" / "example-jenv.toml"


def _init(cli: Runner, home: Path) -> None:
    assert cli("init", "--home", str(home), secrets=[PASSPHRASE, PASSPHRASE]).code == 0


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[list[Controller]]:
    made: list[Controller] = []
    yield made
    for c in made:
        c.tasks.wait()
        c.session.lock()


def _open_app(qtbot: QtBot, made: list[Controller], home: Path) -> Controller:
    """The real composition (app.build) on ``home``, unlocked through the unlock screen."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    c = build(qapp, home, load_settings(home))
    made.append(c)
    qtbot.addWidget(c.window)
    c.start()
    c.unlock.field.setText(PASSPHRASE)
    c.unlock.unlock_button.click()
    desk = c.page("desk")
    assert isinstance(desk, DeskController)
    qtbot.waitUntil(lambda: c.session.is_open and not desk.model.loading, timeout=10_000)
    return c


def test_first_and_follow_up_conversation(cli: Runner, qtbot: QtBot, app: list[Controller], tmp_path: Path) -> None:
    by_cli, by_app = tmp_path / "cli", tmp_path / "app"
    for home in (by_cli, by_app):
        _init(cli, home)
        assert cli("case", "add", "--home", str(home), "--category", "oo.pesten", secrets=[PASSPHRASE]).out == "1\n"
    for _ in range(2):
        assert cli("note", "add", "1", "--home", str(by_cli), secrets=[PASSPHRASE], stdin="notitie").code == 0
    c = _open_app(qtbot, app, by_app)
    desk = c.page("desk")
    assert isinstance(desk, DeskController)
    desk.open_case(1, select_in_list=True)
    desk.new_conversation()
    desk.page.case_view.editor.notes.setPlainText("notitie")  # an empty one would be reused (issue 12)
    desk.new_conversation()
    desk.page.case_view.editor.notes.setPlainText("notitie")
    c.lock()
    kinds = {}
    for home in (by_cli, by_app):
        with Vault.unlock(home, PASSPHRASE) as vault:
            kinds[home] = [conv.kind for conv in cases.detail(vault, 1).conversations]
    assert kinds[by_cli] == kinds[by_app] == [ContactKind.FIRST, ContactKind.FOLLOW_UP]


def test_booking_a_room_for_a_case(cli: Runner, qtbot: QtBot, app: list[Controller], tmp_path: Path) -> None:
    """Both faces book under the code the vault's key gives and keep the case link in the vault only."""
    by_cli, by_app = tmp_path / "cli", tmp_path / "app"
    start = datetime(TODAY.year + 1, 1, 4, 10, tzinfo=AMSTERDAM)
    for home in (by_cli, by_app):
        _init(cli, home)
        assert cli("case", "add", "--home", str(home), "--category", "oo.pesten", secrets=[PASSPHRASE]).code == 0
    r = cli(
        "rooms",
        "book",
        "rijnstraat-4-12",
        start.strftime("%Y-%m-%dT%H:%M"),
        "--case",
        "1",
        "--home",
        str(by_cli),
        secrets=[PASSPHRASE],
    )
    assert r.code == 0, r.err
    c = _open_app(qtbot, app, by_app)
    rooms = c.page("rooms")
    assert isinstance(rooms, RoomsController)
    qtbot.waitUntil(lambda: rooms.page.room.count() > 0, timeout=5000)
    rooms.plan_for_case(1, "M-0001")
    room = next(r for r in rooms.rooms if r.id == "rijnstraat-4-12")
    rooms.book(Slot(room, start, start.replace(hour=11)))
    qtbot.waitUntil(lambda: "Gereserveerd" in rooms.page.status.text(), timeout=5000)
    c.lock()
    found = {}
    for home in (by_cli, by_app):
        with Vault.unlock(home, PASSPHRASE) as vault:
            links = vault.bookings.for_case(1)
            code = "VP-" + stats.identity(vault, datetime.now().astimezone()).fingerprint[:4]
        on_pool = {b.uid: b.vp_code for b in LocalPool(home / "rooms.json").mine(code, start.replace(hour=0))}
        found[home] = [(link.room_id, link.start, link.case_id, on_pool.get(link.uid) == code) for link in links]
    assert found[by_cli] == [("rijnstraat-4-12", start, 1, True)]
    assert found[by_app] == [("rijnstraat-4-12", start, 1, True)]


def test_the_report_honours_the_organisations_override(
    cli: Runner, qtbot: QtBot, app: list[Controller], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A referral on a route the organisation's override adds is named in the report, by both faces, alike."""
    home = tmp_path / "vault"
    policy = tmp_path / "policy.toml"
    policy.write_text(f'organisation = "JenV"\n[settings]\nguide_override = "{OVERRIDE}"\n', encoding="utf-8")
    monkeypatch.setenv("VPDESK_DEV_POLICY", str(policy))
    _init(cli, home)
    with Vault.unlock(home, PASSPHRASE) as vault:
        case = cases.add_case(vault, ["misstand"], TODAY, "DGOO")
        cases.start_conversation(vault, case.id or 0, datetime.now(), duration_min=30)
        cases.record_referral(vault, case.id or 0, "integriteitscommissie_jenv", TODAY, "jenv-2026.2")
    by_cli = tmp_path / "cli.pdf"
    r = cli("report", "--year", str(TODAY.year), "--pdf", str(by_cli), "--home", str(home), secrets=[PASSPHRASE])
    assert r.code == 0, r.err
    c = _open_app(qtbot, app, home)
    page = c.page("stats")
    assert isinstance(page, StatsController)
    page.page.year.setValue(TODAY.year)
    by_app = tmp_path / "app.pdf"
    page.own_report(by_app)
    qtbot.waitUntil(lambda: by_app.exists() and "PDF" in page.page.status.text(), timeout=20_000)
    texts = [_pdf_text(p) for p in (by_cli, by_app)]
    assert "Integriteitscommissie JenV" in texts[0]
    assert texts[0] == texts[1]


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
