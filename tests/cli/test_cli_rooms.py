from __future__ import annotations

import json
from pathlib import Path

from vpdesk.rooms.caldav_pool import CalDavPool


def test_local_pool_works_with_zero_configuration(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VPDESK_VP_CODE", "VP-07")
    r = cli("rooms", "list")
    assert r.code == 0 and "Spreekkamer 4.12" in r.out and len(r.out.splitlines()) == 6
    r = cli("rooms", "free", "--from", "2030-03-04", "--days", "1", "--feature", "soundproof", "--limit", "3", "--json")
    slots = json.loads(r.out)
    assert len(slots) == 3 and slots[0]["start"].startswith("2030-03-04T08:00")
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:00", "--minutes", "45")
    assert r.code == 0
    uid = r.out.strip()
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:30")
    assert r.code == 1 and r.err == "vpdesk: That room is already booked at that time.\n"
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:10")
    assert r.code == 1 and "quarter of an hour" in r.err
    assert uid in cli("rooms", "mine").out
    target = tmp_path / "afspraak.ics"
    assert cli("rooms", "ics", uid, str(target)).code == 0
    ics = target.read_text()
    assert "SUMMARY:Gereserveerd" in ics and "LOCATION:Spreekkamer 4.12" in ics and "DESCRIPTION" not in ics
    assert cli("rooms", "cancel", uid, "--vp-code", "VP-99").err.endswith("not yours to cancel.\n")
    assert cli("rooms", "cancel", uid).code == 0
    assert uid not in cli("rooms", "mine").out


def test_caldav_pool_from_the_command_line(cli, pool: CalDavPool) -> None:  # type: ignore[no-untyped-def]
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T09:00", "--pool", pool.url, "--vp-code", "VP-1", "--json")
    assert r.code == 0, r.err
    assert json.loads(r.out)["room"] == "turfmarkt-bmw"
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T09:30", "--pool", pool.url, "--vp-code", "VP-2")
    assert r.code == 1 and "already booked" in r.err


def test_unreachable_pool_and_plain_http_elsewhere(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("rooms", "list", "--pool", "http://192.0.2.1/pool/")
    assert r.code == 1 and "https" in r.err
    r = cli("rooms", "list", "--pool", "http://127.0.0.1:9/pool/")
    assert r.code == 1 and "cannot be reached" in r.err


def test_a_booking_in_the_past_is_refused(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VPDESK_VP_CODE", "VP-42")
    r = cli("rooms", "book", "rijnstraat-4-12", "2020-01-06T10:00")
    assert r.code == 1 and r.err == "vpdesk: A booking cannot start in the past.\n"


def test_no_free_room_says_so(cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VPDESK_VP_CODE", "VP-42")
    r = cli("rooms", "free", "--from", "2030-03-04", "--days", "1", "--feature", "helipad")
    assert r.code == 1 and r.out == "" and "no room is free" in r.err
