"""The pool's login: checked, then kept in the OS keyring, or in the vault where there is none; never taken from
the environment or the address. And what the command line says while someone else is booking the slot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from tests.cli.conftest import PASSPHRASE, Runner
from vpdesk.domain.rooms import AMSTERDAM
from vpdesk.rooms import login
from vpdesk.rooms.caldav_pool import LOCKS, CalDavPool, _stamp
from vpdesk.rooms.local import DEMO_ROOMS


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def rooms_on(secured: str, monkeypatch: pytest.MonkeyPatch) -> str:
    admin = CalDavPool(secured, "pool-admin", "admin-secret")
    admin.ensure_pool()
    for room in DEMO_ROOMS[:3]:
        admin.create_room(room)
    admin.ensure_locks()
    monkeypatch.setenv("VPDESK_POOL_USER", "pool-admin")  # the old way: must be ignored now
    monkeypatch.setenv("VPDESK_POOL_PASSWORD", "admin-secret")
    return secured


@pytest.fixture
def vault(cli: Runner) -> list[str]:
    assert cli("init", secrets=[PASSPHRASE, PASSPHRASE]).code == 0
    return [PASSPHRASE]


def test_the_login_is_checked_and_kept_in_the_keyring(
    cli: Runner, vault: list[str], rooms_on: str, memory_keyring: MemoryKeyring
) -> None:
    r = cli("rooms", "list", "--pool", rooms_on)
    assert r.code == 1 and "refused the login" in r.err  # the environment's admin login is not used
    r = cli("rooms", "login", "--user", "vp-07", "--pool", rooms_on, secrets=[*vault, "adviser-secret"])
    assert r.code == 0 and "kept in the system keyring" in r.out, r.err
    assert login.Login.from_json(memory_keyring.kept[(login.SERVICE, login.address(rooms_on))]) == login.Login(
        "vp-07", "adviser-secret"
    )
    assert "adviser-secret" not in repr(login.from_keyring(rooms_on))
    r = cli("rooms", "list", "--pool", rooms_on)
    assert r.code == 0 and "Spreekkamer 4.12" in r.out
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T10:00", "--pool", rooms_on, secrets=vault)
    assert r.code == 0, r.err


def test_a_wrong_password_is_refused_and_not_kept(
    cli: Runner, vault: list[str], rooms_on: str, memory_keyring: MemoryKeyring
) -> None:
    r = cli("rooms", "login", "--user", "vp-07", "--pool", rooms_on, secrets=[*vault, "wrong"])
    assert r.code == 1 and "refused the login" in r.err and "wrong" not in r.err
    assert memory_keyring.kept == {}


def test_without_a_keyring_the_login_is_kept_in_the_vault(
    cli: Runner, vault: list[str], rooms_on: str, no_keyring: None
) -> None:
    r = cli("rooms", "login", "--user", "vp-07", "--pool", rooms_on, secrets=[*vault, "adviser-secret"])
    assert r.code == 0 and "kept in the vault" in r.out, r.err
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T10:00", "--pool", rooms_on, secrets=vault)
    assert r.code == 0, r.err  # the vault's login, asked once
    r = cli("rooms", "list", "--pool", rooms_on)
    assert r.code == 1 and "refused the login" in r.err  # without the vault open there is no login


def test_someone_booking_now_is_told_with_the_time_it_frees_up(
    cli: Runner, vault: list[str], rooms_on: str, memory_keyring: MemoryKeyring
) -> None:
    """A client died mid-booking (a laptop closed): the next adviser is not told "already booked"."""
    cli("rooms", "login", "--user", "vp-07", "--pool", rooms_on, secrets=[*vault, "adviser-secret"])
    start = datetime(2030, 3, 4, 11, 0, tzinfo=AMSTERDAM)
    expires = datetime.now(AMSTERDAM) + timedelta(minutes=2)
    dying = CalDavPool(rooms_on, "vp-07", "adviser-secret")
    dying._take(f"{LOCKS}/turfmarkt-bmw-{_stamp(start)}.ics", "turfmarkt-bmw", start, "dead", expires)
    r = cli("rooms", "book", "turfmarkt-bmw", "2030-03-04T11:00", "--pool", rooms_on, secrets=vault)
    at = f"{expires:%H:%M}"
    assert r.code == 1
    assert r.err == (
        f"vpdesk: Someone is booking this room at that time right now; it frees up at {at} if they do not finish. "
        f"Nothing was booked. Try again at {at}.\n"
    )
    assert "already booked" not in r.err
    r = cli("rooms", "free", "--pool", rooms_on, "--from", "2030-03-04", "--days", "1", "--json", "--limit", "40")
    assert '"start": "2030-03-04T11:00:00+01:00"' in r.out  # and `free` agrees: nothing is booked there
