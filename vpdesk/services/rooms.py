"""Use cases of the room pool: find, book for a case, cancel, the adviser's own bookings and their .ics.

The pool (local file or a CalDAV server) knows only the room, the time and the adviser's code; the link to the
case lives in the vault. Both faces book through `book` here, so both store that link the same way.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from vpdesk.domain.rooms import (
    AMSTERDAM,
    Criteria,
    Hours,
    Room,
    RoomBooking,
    Slot,
    check_fits,
    check_length,
    check_period,
    check_search,
    check_within_workday,
    rooms_by_id,
)
from vpdesk.errors import KnownError
from vpdesk.policy import Settings, refuse_override
from vpdesk.rooms import login
from vpdesk.rooms.caldav_pool import LoginRefused
from vpdesk.rooms.ics import booking_ics
from vpdesk.rooms.login import Login
from vpdesk.rooms.open import is_local, open_pool
from vpdesk.rooms.pool import RoomPool, SlotBeingBooked, free_slots
from vpdesk.services import stats
from vpdesk.store.bookings import BookingLink
from vpdesk.store.repositories import Repositories

__all__ = [
    "BookingLink",
    "Criteria",
    "Hours",
    "LoginRefused",
    "Repositories",
    "Room",
    "RoomBooking",
    "RoomPool",
    "Slot",
    "SlotBeingBooked",
]


def pool_for(settings: Settings, home: Path, spec: str | None = None, vault: Repositories | None = None) -> RoomPool:
    """The configured pool (policy `room_pool`), or ``spec`` ("local" or an https:// URL) when given; its login
    from the OS keyring, else from ``vault`` when given (`remember_login`). ``spec`` may not replace a pool IT set."""
    refuse_override(settings, "room_pool", spec, "--pool")
    chosen = spec if spec is not None else settings.room_pool
    kept = None if vault is None or is_local(chosen) else Login.from_json(vault.settings.get(login.vault_key(chosen)))
    return open_pool(chosen, home, kept)


def remember_login(
    vault: Repositories, settings: Settings, home: Path, spec: str | None, user: str, password: str
) -> str:
    """Check a pool login against the pool, then keep it: in the OS keyring, or in the vault where this computer
    has none. Returns where it went ("keyring" or "vault")."""
    chosen, given = check_login(settings, home, spec, user, password)
    if login.to_keyring(chosen, given):
        return "keyring"
    keep_login_in_vault(vault, chosen, given)
    return "vault"


def check_login(settings: Settings, home: Path, spec: str | None, user: str, password: str) -> tuple[str, Login]:
    """The pool's address and the login, once the pool has accepted it (the network: slow). LoginRefused if not."""
    chosen = spec if spec is not None else settings.room_pool
    if is_local(chosen):
        raise KnownError("The room pool on this computer needs no login.")
    given = Login(user, password)
    open_pool(chosen, home, given=given).rooms()
    return chosen, given


def keep_login_in_keyring(url: str, given: Login) -> bool:
    """False when this computer has no usable keyring (then `keep_login_in_vault`)."""
    return login.to_keyring(url, given)


def keep_login_in_vault(vault: Repositories, url: str, given: Login) -> None:
    vault.settings.set(login.vault_key(url), given.to_json())


def vp_code(vault: Repositories, settings: Settings, now: datetime) -> str:
    """The adviser's code on the pool: the policy's `vp_code`, or one derived from this vault's signing key."""
    if settings.vp_code:
        return settings.vp_code
    return "VP-" + stats.identity(vault, now).fingerprint[:4]


def free(
    pool: RoomPool,
    criteria: Criteria,
    first: date,
    days: int,
    minutes: int,
    limit: int,
    now: datetime,
    hours: Hours = Hours(),  # noqa: B008 (frozen: one shared default is safe)
) -> list[Slot]:
    """The first free slots from ``first`` (today or later) on, over ``days`` days, within ``hours`` of each day,
    never before ``now``. A length that is not whole quarters of an hour, a day in the past, or criteria no room of
    the pool meets on any day are a KnownError, never an empty answer."""
    check_length(minutes)
    check_search(first, days, limit, now.astimezone(AMSTERDAM).date())
    found = free_slots(pool, criteria, first, days, timedelta(minutes=minutes), limit, not_before=now, hours=hours)
    if not found:
        check_fits(pool.rooms(), criteria)
    return found


def week(pool: RoomPool, room_id: str, monday: date) -> list[RoomBooking]:
    start = datetime.combine(monday, datetime.min.time(), AMSTERDAM)
    return pool.bookings(room_id, start, start + timedelta(days=7))


def book(
    vault: Repositories,
    pool: RoomPool,
    code: str,
    room: Room,
    start: datetime,
    end: datetime,
    now: datetime,
    case_id: int | None = None,
) -> BookingLink:
    """Book ``room`` on the pool under ``code`` and keep the booking, with its case, in the vault."""
    if case_id is not None:
        vault.cases.get(case_id)  # "there is no case N" before the pool is asked
    return keep_booking(vault, pool.name, room, book_on_pool(pool, code, room, start, end, now), case_id)


def book_on_pool(pool: RoomPool, code: str, room: Room, start: datetime, end: datetime, now: datetime) -> RoomBooking:
    """The pool's half of a booking (the network, slow): nothing is written to the vault."""
    if start < now:
        raise KnownError("A booking cannot start in the past.")
    check_period(start, end)
    check_within_workday(start, end)
    return pool.book(room.id, start, end, code)


def keep_booking(
    vault: Repositories, pool_name: str, room: Room, booking: RoomBooking, case_id: int | None
) -> BookingLink:
    """The vault's half: the booking and the case it is for, kept in the vault only (a short write)."""
    if case_id is not None:
        vault.cases.get(case_id)  # "there is no case N", not the foreign key's failure read as "damaged"
    link = BookingLink(booking.uid, pool_name, booking.room_id, room.name, booking.start, booking.end, case_id)
    vault.bookings.save(link)
    return link


def find_room(pool: RoomPool, room_id: str) -> Room:
    room = rooms_by_id(pool.rooms()).get(room_id)
    if room is None:
        raise KnownError("There is no room '{room}' in the pool.", room=room_id)
    return room


def cancel(vault: Repositories, pool: RoomPool, code: str, uid: str) -> None:
    """Cancel one of this adviser's bookings, on the pool and in the vault."""
    link = booking(vault, uid)
    pool.cancel(link.uid, code)
    forget_booking(vault, link.uid)


def forget_booking(vault: Repositories, uid: str) -> None:
    """The vault's half of a cancellation, after the pool's (`RoomPool.cancel`)."""
    vault.bookings.cancel(uid)


def booking(vault: Repositories, uid: str) -> BookingLink:
    link = vault.bookings.get(uid)
    if link is None or link.cancelled:
        raise KnownError("There is no such booking of yours.")
    return link


def mine(vault: Repositories, now: datetime) -> list[BookingLink]:
    """The adviser's bookings from an hour ago on, from the vault: also when the pool cannot be reached."""
    return vault.bookings.upcoming(now.astimezone(AMSTERDAM) - timedelta(hours=1))


def mine_with_cases(vault: Repositories, now: datetime) -> tuple[list[BookingLink], dict[int, str]]:
    """`mine`, with the pseudonym of each booking's case: read from the vault, never sent to the pool."""
    links = mine(vault, now)
    return links, vault.clients.pseudonyms({link.case_id for link in links if link.case_id is not None})


def for_case(vault: Repositories, case_id: int) -> list[BookingLink]:
    return [link for link in vault.bookings.for_case(case_id) if not link.cancelled]


def ics(link: BookingLink, rooms: list[Room]) -> bytes:
    """The booking as an .ics for the adviser's own calendar: room and time, nothing of the case."""
    room = next((r for r in rooms if r.id == link.room_id), Room(link.room_id, link.room_name))
    return booking_ics(RoomBooking(link.uid, link.room_id, link.start, link.end), room)
