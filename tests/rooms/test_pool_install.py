"""The IT kit in installer/pool/: Radicale with logins and the shipped rights file, rooms created from the CSV."""

from __future__ import annotations

import importlib.util
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from vpdesk.domain.rooms import AMSTERDAM
from vpdesk.errors import KnownError
from vpdesk.rooms.caldav_pool import CalDavPool

KIT = Path(__file__).resolve().parents[2] / "installer" / "pool"


def test_the_shipped_config_keeps_advisers_from_deleting_rooms_and_listens_on_loopback() -> None:
    import configparser

    config = configparser.ConfigParser()
    config.read(KIT / "radicale.conf")
    assert config["rights"]["permit_delete_collection"] == "False"
    assert all(h.strip().startswith(("127.0.0.1", "[::1]")) for h in config["server"]["hosts"].split(","))


def _create_rooms_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("create_rooms", KIT / "create_rooms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_admin_creates_rooms_from_csv_and_advisers_book_with_their_login(
    secured: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VPDESK_POOL_USER", "pool-admin")
    monkeypatch.setenv("VPDESK_POOL_PASSWORD", "admin-secret")
    assert _create_rooms_module().main([secured, str(KIT / "rooms.example.csv")]) == 0
    adviser = CalDavPool(secured, "vp-07", "adviser-secret")
    rooms = adviser.rooms()
    assert len(rooms) == 5 and {r.owner_type for r in rooms} >= {"bedrijfsarts", "lent", "rented"}
    start = datetime(2026, 12, 7, 10, 0, tzinfo=AMSTERDAM)
    booking = adviser.book("turfmarkt-bmw", start, start + timedelta(hours=1), "VP-07")
    assert adviser.mine("VP-07", start - timedelta(days=1))[0].uid == booking.uid
    with pytest.raises(KnownError, match="refused the login"):
        CalDavPool(secured, "vp-07", "wrong").rooms()
    # an adviser may write bookings, but may not delete a room with everyone's bookings in it
    with pytest.raises(KnownError, match="does not give your login access to 'turfmarkt-bmw'"):
        adviser._request("DELETE", "turfmarkt-bmw/")
    assert len(adviser.rooms()) == 5
    admin = CalDavPool(secured, "pool-admin", "admin-secret")
    admin._request("DELETE", "utrecht-extern/")  # the pool admin may
    assert len(adviser.rooms()) == 4


def test_a_bad_csv_line_is_named(tmp_path: Path, secured: str, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "rooms.csv"
    bad.write_text("id,name,location,building,capacity,features,owner_type\nx,Kamer,,,2,teleport,own\n")
    monkeypatch.setenv("VPDESK_POOL_USER", "pool-admin")
    monkeypatch.setenv("VPDESK_POOL_PASSWORD", "admin-secret")
    assert _create_rooms_module().main([secured, str(bad)]) == 1
