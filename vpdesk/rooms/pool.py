"""The room pool interface and the free-slot search that works on any backend.

Times are timezone-aware datetimes. Bookings are whole quanta of 15 minutes: the CalDAV backend locks each
quantum with a conditional write, which is what makes double booking impossible (docs/admin-rooms.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from vpdesk.errors import KnownError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
QUANTUM = timedelta(minutes=15)
WORKDAY = (time(8, 0), time(18, 0))
FEATURES = ("soundproof", "out_of_sight", "accessible", "near_exit")
OWNER_TYPES = ("own", "bedrijfsarts", "bedrijfsmaatschappelijk_werk", "lent", "rented")


@dataclass(frozen=True, slots=True)
class Room:
    id: str
    name: str
    location: str = ""
    building: str = ""
    capacity: int = 2
    features: frozenset[str] = frozenset()
    owner_type: str = "own"


@dataclass(frozen=True, slots=True)
class RoomBooking:
    uid: str
    room_id: str
    start: datetime
    end: datetime
    vp_code: str = ""  # others' bookings show only "Gereserveerd"; the code tells an adviser which are theirs


@dataclass(frozen=True, slots=True)
class Criteria:
    min_capacity: int = 1
    features: frozenset[str] = field(default_factory=frozenset)
    owner_types: frozenset[str] = field(default_factory=frozenset)  # empty = any

    def matches(self, room: Room) -> bool:
        return (
            room.capacity >= self.min_capacity
            and self.features <= room.features
            and (not self.owner_types or room.owner_type in self.owner_types)
        )


@dataclass(frozen=True, slots=True)
class Slot:
    room: Room
    start: datetime
    end: datetime


class SlotTaken(KnownError):
    def __init__(self) -> None:
        super().__init__("That room is already booked at that time.")


class RoomPool(Protocol):
    name: str

    def rooms(self) -> list[Room]: ...

    def bookings(self, room_id: str, start: datetime, end: datetime) -> list[RoomBooking]: ...

    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking: ...

    def cancel(self, uid: str, vp_code: str) -> None: ...

    def mine(self, vp_code: str, since: datetime) -> list[RoomBooking]: ...


def check_period(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise KnownError("Booking times need a time zone.")
    if end <= start:
        raise KnownError("A booking must end after it starts.")
    if end - start > timedelta(hours=10):
        raise KnownError("A booking can last at most ten hours.")
    epoch = datetime(2000, 1, 1, tzinfo=start.tzinfo)
    if (start - epoch) % QUANTUM or (end - epoch) % QUANTUM:
        raise KnownError("Bookings start and end on a quarter of an hour.")


def quanta(start: datetime, end: datetime) -> list[datetime]:
    out, at = [], start
    while at < end:
        out.append(at)
        at += QUANTUM
    return out


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def free_slots(
    pool: RoomPool,
    criteria: Criteria,
    first_day: date,
    days: int,
    length: timedelta,
    limit: int = 10,
    not_before: datetime | None = None,
) -> list[Slot]:
    """The first ``limit`` free slots of ``length`` in working hours (Amsterdam), earliest first."""
    found: list[Slot] = []
    rooms = [r for r in pool.rooms() if criteria.matches(r)]
    period_start = datetime.combine(first_day, WORKDAY[0], AMSTERDAM)
    period_end = datetime.combine(first_day + timedelta(days=days), WORKDAY[1], AMSTERDAM)
    busy = {room.id: pool.bookings(room.id, period_start, period_end) for room in rooms}
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        at = datetime.combine(day, WORKDAY[0], AMSTERDAM)
        close = datetime.combine(day, WORKDAY[1], AMSTERDAM)
        while at + length <= close:
            if not_before is None or at >= not_before:
                for room in rooms:
                    if not any(overlaps(at, at + length, b.start, b.end) for b in busy[room.id]):
                        found.append(Slot(room, at, at + length))
                        if len(found) >= limit:
                            return found
            at += QUANTUM
    return found


def rooms_by_id(rooms: Iterable[Room]) -> dict[str, Room]:
    return {r.id: r for r in rooms}
