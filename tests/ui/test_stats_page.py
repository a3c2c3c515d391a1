"""Jaarcijfers in the app: the adviser previews and exports; the coordinator enrols, imports and reports."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vpdesk.domain.model import Case, Conversation
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


def _cell(page: StatsController, row: int, column: int) -> str:
    item = page.page.trusted.item(row, column)
    return "" if item is None else item.text()


PASS = "een lange wachtwoordzin voor de test"


def _app(qtbot: QtBot, home: Path) -> Controller:
    settings = Settings()
    session, tasks = Session(home), Tasks()
    page = StatsController(session, settings, tasks, GuideRules().load().rules, lambda: NOW)
    controller = Controller(session, settings, tasks, IdleWatcher(300), ClipboardGuard(30), [page], lambda: NOW)
    qtbot.addWidget(controller.window)
    controller.start()
    return controller


def _unlock(qtbot: QtBot, c: Controller) -> StatsController:
    c.unlock.field.setText(PASS)
    c.unlock.unlock_button.click()
    page = c.page("stats")
    assert isinstance(page, StatsController)
    qtbot.waitUntil(lambda: bool(page.page.identity.text()), timeout=10_000)  # opened() has run
    return page


@pytest.fixture
def homes(tmp_path: Path) -> tuple[Path, Path, str]:
    adviser, _ = Vault.create(tmp_path / "adviser", PASS)
    with adviser:
        for i in range(6):
            case = adviser.cases.add(Case(categories=("oo.pesten",), opened=date(2026, 3, 1)), pseudonym=f"Reiger{i}")
            adviser.conversations.add(
                Conversation(
                    case_id=case.id or 0, when=datetime(2026, 3, 2, 10), duration_min=30, notes="vertrouwelijke inhoud"
                )
            )
    coordinator, _ = Vault.create(tmp_path / "coordinator", PASS)
    with coordinator:
        recipient = stats.make_coordinator(coordinator, NOW)
    return tmp_path / "adviser", tmp_path / "coordinator", recipient


def test_adviser_preview_export_and_coordinator_import_and_report(
    qtbot: QtBot, homes: tuple[Path, Path, str], tmp_path: Path
) -> None:
    adviser_home, coordinator_home, recipient = homes
    a = _app(qtbot, adviser_home)
    page = _unlock(qtbot, a)
    page.page.year.setValue(2026)
    page.page.preview_button.click()  # counting runs in the background
    qtbot.waitUntil(lambda: "Precies zo" in page.page.preview.toPlainText(), timeout=10_000)
    text = page.page.preview.toPlainText()
    readable, exact = text.split("Precies zo, technisch (JSON):\n")
    assert "Gesprekken: 6" in readable and "Uren: 3,0" in readable  # labelled, in Dutch
    assert "Pesten" in readable and "oo.pesten" not in readable  # category names, not codes
    shown = json.loads(exact)  # and the payload itself, exactly as it is signed
    assert shown["tables"]["totals"] == {"conversations": 6, "minutes": 180, "cases": 6}
    assert "Reiger" not in page.page.preview.toPlainText() and "vertrouwelijk" not in page.page.preview.toPlainText()
    shown = page.page
    assert shown.intro.isVisibleTo(shown) and "coördinator" in shown.intro.text()
    assert "Sleutel" not in shown.intro.text() and "ed25519" not in shown.intro.text()  # plain words first
    assert not shown.identity.isVisibleTo(shown)  # the keys are folded away, under their heading
    assert shown.details.text() == "Gegevens voor de coördinator"
    shown.details.click()
    assert shown.identity.isVisibleTo(shown) and "vpdesk-ed25519:" in shown.identity.text()
    key_line = page.page.identity.text()
    public = key_line.split("Sleutel: ")[1].split("\n")[0]
    fingerprint = key_line.split(": ")[-1]
    page.page.recipient.setText(recipient)
    target = tmp_path / "vp.vpstats"
    page.export(target)
    qtbot.waitUntil(lambda: "Export geschreven" in page.page.status.text(), timeout=10_000)
    assert page.page.preview.toPlainText() == text  # what left is on screen: the same figures, counted once
    a.lock()
    assert page.page.preview.toPlainText() == ""
    assert not shown.details.isChecked() and not shown.identity.isVisibleTo(shown)  # folded again for the next

    c = _app(qtbot, coordinator_home)
    coord = _unlock(qtbot, c)
    assert coord.page.modes.currentIndex() == 1
    coord.trust(public, "wrong-fingerprint", "VP Zuid")
    assert "does not match" in coord.page.status.text()
    coord.trust(public, fingerprint, "VP Zuid")
    coord.page.year.setValue(2026)
    assert coord.page.trusted.rowCount() == 1 and _cell(coord, 0, 2) == "ontbreekt"
    junk = tmp_path / "junk.vpstats"
    junk.write_bytes(b"not an export")
    coord.import_files([str(target), str(junk)])  # decrypting and verifying run in the background
    qtbot.waitUntil(lambda: coord.page.results.count() == 2, timeout=10_000)
    rows = [coord.page.results.item(i).text() for i in range(coord.page.results.count())]
    assert rows[0].startswith("✔  vp.vpstats: VP Zuid, 2026") and rows[1].startswith("✘  junk.vpstats")
    assert _cell(coord, 0, 2) == "10-01-2027"  # delivered on (the test clock's day), as a Dutch reader writes it
    coord.import_files([str(target)])  # results accumulate over the session
    qtbot.waitUntil(lambda: coord.page.results.count() == 3, timeout=10_000)
    assert "already imported" in coord.page.results.item(2).text()
    coord.page.trusted.selectRow(0)
    coord.remove(fingerprint, keep=True)
    assert "stay in the reports" in coord.page.status.text()
    assert "verwijderd, cijfers behouden" in _cell(coord, 0, 0)
    coord.write_age_key(tmp_path / "age.txt")
    assert (tmp_path / "age.txt").stat().st_mode & 0o777 == 0o600 and "age.txt" in coord.page.status.text()
    out = tmp_path / "report"
    out.mkdir()
    coord.report(out)
    qtbot.waitUntil(lambda: "Jaarverslag" in coord.page.status.text(), timeout=20_000)
    # one adviser's six conversations: most figures are hidden, and the coordinator is told so without opening it
    assert "zijn afgeschermd" in coord.page.status.text() and "meer vertrouwenspersonen" in coord.page.status.text()
    assert (out / "jaarverslag-2026.pdf").exists() and (out / "jaarverslag-2026.ods").exists()
    c.lock()
    assert coord.page.trusted.rowCount() == 0 and coord.page.results.count() == 0
    QApplication.processEvents()


def test_a_coordinator_starts_on_the_figures_and_an_adviser_on_the_cases(
    qtbot: QtBot, homes: tuple[Path, Path, str]
) -> None:
    from PySide6.QtWidgets import QApplication

    from vpdesk.app import build

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for home, first in ((homes[1], "stats"), (homes[0], "desk")):
        c = build(app, home, Settings())
        c.start()
        c.unlock.field.setText(PASS)
        c.unlock.unlock_button.click()

        def at_work(c: Controller = c) -> bool:
            return c.session.is_open and c.window.current_page() == "work"

        qtbot.waitUntil(at_work, timeout=10_000)
        assert c.window.current_work() == first
        shown = {key for key in c.window.work_keys if c.window.work_visible(key)}
        if first == "stats":  # a coordinator's vault shows only what a coordinator uses
            assert shown == {"stats"}
            c.window.grab().save(str(home.parent / "coordinator.png"))
        else:
            assert {"desk", "stats"} <= shown
        c.quit()


def test_work_cut_off_by_the_lock_leaves_no_message_behind(
    qtbot: QtBot, homes: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A preview still counting when the vault locks ends with VaultLocked; the locked (cleared) page must not
    show that failure, which would greet the adviser after the next unlock."""
    import threading

    adviser, _, _ = homes
    c = _app(qtbot, adviser)
    page = _unlock(qtbot, c)
    counting, go_on = threading.Event(), threading.Event()
    real = stats.preview_text

    def slow_preview(*args: object, **kwargs: object) -> str:
        counting.set()
        go_on.wait(5)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stats, "preview_text", slow_preview)
    page.preview()
    assert counting.wait(5)
    threading.Timer(0.1, go_on.set).start()
    c.lock()
    qtbot.waitUntil(lambda: not c.tasks.busy, timeout=5000)
    assert page.page.status.text() == ""


def test_the_welcome_page_makes_a_coordinator_vault_without_a_terminal(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui.conftest import create_vault

    session, tasks, settings = Session(tmp_path / "new-coordinator"), Tasks(), Settings()
    page = StatsController(session, settings, tasks, GuideRules().load().rules, lambda: NOW)
    c = Controller(session, settings, tasks, IdleWatcher(300), ClipboardGuard(30), [page], lambda: NOW)
    qtbot.addWidget(c.window)
    c.start()
    c.setup.coordinator.setChecked(True)  # "Ik ben coördinator" on the welcome page
    create_vault(qtbot, c)
    assert stats.is_coordinator(session.vault) and page.page.modes.currentIndex() == 1
    qtbot.waitUntil(lambda: "age1" in page.page.identity.text())  # made on the write lane (decision 244)
    assert "coördinator" in page.page.intro.text()
    assert page.page.details.text() == "Gegevens voor de vertrouwenspersonen"
    c.tasks.wait()
    session.lock()


def test_the_coordinators_key_is_kept_with_its_fingerprint_and_each_export_counts_up(
    qtbot: QtBot, homes: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """Trial 4, F17: the key typed once (from an e-mail) is there at the next export, with its fingerprint to check."""
    from vpdesk.exchange.identity import fingerprint

    adviser_home, _, recipient = homes
    a = _app(qtbot, adviser_home)
    page = _unlock(qtbot, a)
    page.page.year.setValue(2026)
    page.page.recipient.setText(recipient[:-3])  # half typed: no fingerprint yet
    assert page.page.recipient_fingerprint.text() == ""
    page.page.recipient.setText(recipient)
    assert fingerprint(recipient) in page.page.recipient_fingerprint.text()
    for n in (1, 2):
        page.export(tmp_path / f"vp{n}.vpstats")
        qtbot.waitUntil(lambda n=n: f"vp{n}.vpstats" in page.page.status.text(), timeout=10_000)  # type: ignore[misc]
    a.lock()
    assert page.page.recipient.text() == "" and page.page.recipient_fingerprint.text() == ""
    page = _unlock(qtbot, a)
    assert page.page.recipient.text() == recipient
    assert fingerprint(recipient) in page.page.recipient_fingerprint.text()
    vault = a.session.vault
    assert stats.last_recipient(vault) == recipient
    assert vault.settings.get(stats.SEQUENCE_KEY) == "2"  # the app's exports count up, as the CLI's do
    a.lock()
