"""The app asks for the pool's login when the pool refuses, checks it, keeps it (keyring, else vault) and loads
the rooms; and says "someone is booking this room now" in Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from tests.rooms.test_pool_login import MemoryKeyring
from vpdesk.domain.rooms import AMSTERDAM
from vpdesk.policy import Settings
from vpdesk.rooms import login
from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.rooms.local import DEMO_ROOMS
from vpdesk.rooms.pool import SlotBeingBooked
from vpdesk.services.session import Session
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.dialogs.pool_login_dialog import PoolLoginDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.rooms_controller import RoomsController
from vpdesk.ui.tasks import Tasks

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=AMSTERDAM)


@pytest.fixture
def pool_url(secured: str) -> str:
    admin = CalDavPool(secured, "pool-admin", "admin-secret")
    admin.ensure_pool()
    for room in DEMO_ROOMS[:3]:
        admin.create_room(room)
    admin.ensure_locks()
    return secured


@pytest.fixture
def ring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    before = keyring.get_keyring()
    chosen = MemoryKeyring() if request.param else keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]
    keyring.set_keyring(chosen)
    try:
        yield chosen if isinstance(chosen, MemoryKeyring) else None
    finally:
        keyring.set_keyring(before)


@pytest.mark.parametrize("ring", [True, False], ids=["keyring", "no-keyring"], indirect=True)
def test_the_app_asks_for_the_login_once_and_keeps_it(
    qtbot: QtBot, home: Path, pool_url: str, ring: MemoryKeyring | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session(home)
    session.create("een lange wachtwoordzin hier", "A" * 32, params=Argon2Params(8192, 1, 1))
    asked: list[int] = []

    def answer(dialog: PoolLoginDialog) -> int:
        asked.append(1)
        dialog.user.setText("vp-07")
        dialog.password.setText("adviser-secret")
        return PoolLoginDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PoolLoginDialog, "exec", answer)
    rooms = RoomsController(session, Settings(vp_code="VP-07", room_pool=pool_url), Tasks(), lambda: NOW)
    qtbot.addWidget(rooms.page)
    rooms.opened()
    qtbot.waitUntil(lambda: rooms.page.room.count() == 3, timeout=10000)
    assert asked == [1]
    kept_in_vault = session.vault.settings.get(login.vault_key(pool_url))
    if ring is not None:
        assert (login.SERVICE, login.address(pool_url)) in ring.kept and kept_in_vault is None
    else:
        assert login.Login.from_json(kept_in_vault) == login.Login("vp-07", "adviser-secret")
    rooms.locked()
    rooms.opened()  # the next opening: no question
    qtbot.waitUntil(lambda: rooms.page.room.count() == 3, timeout=10000)
    assert asked == [1]
    session.lock()


def test_someone_booking_now_reads_in_dutch(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    root = Path(__file__).resolve().parents[2]
    assert translator.load(str(root / "resources" / "i18n" / "vpdesk_nl.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = describe(SlotBeingBooked(datetime(2026, 11, 30, 10, 2, tzinfo=AMSTERDAM) + timedelta(seconds=5)))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert text == (
        "Iemand is deze ruimte voor dat tijdstip nu aan het reserveren; als dat niet wordt afgerond, komt ze om "
        "10:02 vrij. Er is niets gereserveerd. Probeer het om 10:02 opnieuw."
    )
