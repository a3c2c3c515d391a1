from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.conftest import PASSPHRASE, Runner
from vpdesk.rooms.caldav_pool import CalDavPool


@pytest.fixture
def vault(cli: Runner) -> list[str]:
    """An adviser vault in VPDESK_HOME; the value is the secrets a command needs to open it."""
    assert cli("init", secrets=[PASSPHRASE, PASSPHRASE]).code == 0
    return [PASSPHRASE]


def test_local_pool_works_with_zero_configuration(cli: Runner, vault: list[str], tmp_path: Path) -> None:
    r = cli("rooms", "list")
    assert r.code == 0 and "Spreekkamer 4.12" in r.out and len(r.out.splitlines()) == 6
    r = cli("rooms", "free", "--from", "2030-03-04", "--days", "1", "--feature", "soundproof", "--limit", "3", "--json")
    slots = json.loads(r.out)
    assert len(slots) == 3 and slots[0]["start"].startswith("2030-03-04T08:00")
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:00", "--minutes", "45", secrets=vault)
    assert r.code == 0, r.err
    uid = r.out.strip()
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:30", secrets=vault)
    assert r.code == 1 and r.err == "vpdesk: That room is already booked at that time.\n"
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:10", secrets=vault)
    assert r.code == 1 and "quarter of an hour" in r.err
    assert uid in cli("rooms", "mine", secrets=vault).out
    target = tmp_path / "afspraak.ics"
    assert cli("rooms", "ics", uid, str(target), secrets=vault).code == 0
    ics = target.read_text()
    assert "SUMMARY:Gereserveerd" in ics and "LOCATION:Spreekkamer 4.12" in ics and "DESCRIPTION" not in ics
    assert cli("rooms", "cancel", "not-a-booking", secrets=vault).err == "vpdesk: There is no such booking of yours.\n"
    assert cli("rooms", "cancel", uid, secrets=vault).code == 0
    assert uid not in cli("rooms", "mine", secrets=vault).out


def test_the_adviser_code_on_the_pool_is_the_apps(cli: Runner, vault: list[str]) -> None:
    """No --vp-code any more: the pool sees the code the app derives from the vault's key (or the policy's)."""
    fingerprint = next(
        line.split()[-1] for line in cli("identity", secrets=vault).out.splitlines() if line.startswith("fingerprint")
    )
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T10:00", "--json", secrets=vault)
    booking = json.loads(r.out)
    stored = json.loads((Path(os.environ["VPDESK_HOME"]) / "rooms.json").read_text())
    codes = {b["vp_code"] for b in stored["bookings"] if b["uid"] == booking["uid"]}
    assert codes == {"VP-" + fingerprint[:4]}


def test_caldav_pool_from_the_command_line(cli: Runner, vault: list[str], pool: CalDavPool) -> None:
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T09:00", "--pool", pool.url, "--json", secrets=vault)
    assert r.code == 0, r.err
    assert json.loads(r.out)["room"] == "turfmarkt-bmw"
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T09:30", "--pool", pool.url, secrets=vault)
    assert r.code == 1 and "already booked" in r.err


def test_unreachable_pool_and_plain_http_elsewhere(cli: Runner) -> None:
    r = cli("rooms", "list", "--pool", "http://192.0.2.1/pool/")
    assert r.code == 1 and "https" in r.err
    r = cli("rooms", "list", "--pool", "http://127.0.0.1:9/pool/")
    assert r.code == 1 and "cannot be reached" in r.err
    r = cli("rooms", "free", "--pool", "http://127.0.0.1:9/pool/")
    assert r.code == 1 and "cannot be reached" in r.err and "Nothing was booked or cancelled." in r.err
    assert "shown read-only" not in r.err  # the app's sentence (it shows the bookings), not the command line's


def test_a_booking_in_the_past_is_refused(cli: Runner, vault: list[str]) -> None:
    r = cli("rooms", "book", "rijnstraat-4-12", "2020-01-06T10:00", secrets=vault)
    assert r.code == 1 and r.err == "vpdesk: A booking cannot start in the past.\n"


@pytest.mark.parametrize(
    ("start", "minutes", "said"),
    [
        ("2030-03-09T03:00", 60, "vpdesk: 2030-03-09 is a weekend day; rooms are booked on weekdays.\n"),
        ("2030-03-09T10:00", 60, "vpdesk: 2030-03-09 is a weekend day; rooms are booked on weekdays.\n"),
        ("2030-03-04T03:00", 60, "vpdesk: Rooms are booked between 08:00 and 18:00 on one day.\n"),
        ("2030-03-04T17:30", 60, "vpdesk: Rooms are booked between 08:00 and 18:00 on one day.\n"),
    ],
)
def test_the_command_line_books_within_the_apps_day_and_time_window(
    cli: Runner, vault: list[str], start: str, minutes: int, said: str
) -> None:
    r = cli("rooms", "book", "rijnstraat-4-12", start, "--minutes", str(minutes), secrets=vault)
    assert (r.code, r.err) == (1, said)
    assert json.loads(cli("rooms", "mine", "--json", secrets=vault).out) == []  # nothing was booked
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-04T17:00", "--minutes", "60", secrets=vault)
    assert r.code == 0, r.err  # the last hour of the working day can be booked


def test_no_free_room_says_so(cli: Runner) -> None:
    r = cli("rooms", "free", "--from", "2030-03-04", "--days", "1", "--between", "10:00-11:00", "--minutes", "90")
    assert (r.code, r.out) == (1, "")
    assert r.err == (
        "vpdesk: no room that fits is free for 90 minutes between 10:00 and 11:00 on a weekday"
        " from 2030-03-04 to 2030-03-04.\n"
    )


def test_free_within_a_time_window_and_mine_names_the_case(cli: Runner, vault: list[str]) -> None:
    r = cli(
        "rooms", "free", "--from", "2030-03-05", "--days", "1", "--between", "14:00-15:30", "--limit", "99", "--json"
    )
    starts = {slot["start"][11:16] for slot in json.loads(r.out)}
    assert r.code == 0 and starts == {"14:00", "14:15", "14:30"}
    r = cli("rooms", "free", "--between", "half drie")
    assert r.code == 1 and "HH:MM-HH:MM" in r.err
    r = cli("rooms", "free", "--between", "15:00-14:00")
    assert r.code == 1 and "ends after it starts" in r.err and r.out == ""
    case = cli("case", "add", "--category", "oo", "--pseudonym", "Grutto", secrets=vault)
    assert case.code == 0, case.err
    r = cli("rooms", "book", "rijnstraat-4-12", "2030-03-05T14:00", "--case", case.out.split()[0], secrets=vault)
    assert r.code == 0, r.err
    assert "(Grutto)" in cli("rooms", "mine", secrets=vault).out
