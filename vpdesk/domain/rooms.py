"""Rooms, bookings and the rules of a booking: pure values, no pool, no network.

Times are timezone-aware datetimes. Bookings are whole quanta of 15 minutes: the CalDAV backend locks each
quantum with a conditional write, which is what makes double booking impossible (docs/admin-rooms.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from vpdesk.errors import KnownError

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
QUANTUM = timedelta(minutes=15)
QUANTUM_MINUTES = QUANTUM // timedelta(minutes=1)
LONGEST = timedelta(hours=10)
SEARCH_DAYS = 366  # a search looks at most a year ahead (a CalDAV pool is asked for every room's bookings in it)
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

    def __post_init__(self) -> None:
        features, owners = sorted(self.features - set(FEATURES)), sorted(self.owner_types - set(OWNER_TYPES))
        if features:
            raise KnownError(
                "There is no room feature '{feature}'; the known ones are {known}.",
                feature=features[0],
                known=", ".join(FEATURES),
            )
        if owners:
            raise KnownError(
                "There is no kind of room '{owner}'; the known ones are {known}.",
                owner=owners[0],
                known=", ".join(OWNER_TYPES),
            )
        if self.min_capacity < 1:
            raise KnownError("A room is for at least one person, not {capacity}.", capacity=self.min_capacity)

    def matches(self, room: Room) -> bool:
        return (
            room.capacity >= self.min_capacity
            and self.features <= room.features
            and (not self.owner_types or room.owner_type in self.owner_types)
        )


@dataclass(frozen=True, slots=True)
class Hours:
    """The part of each day a search for free rooms looks in (Amsterdam time): the whole working day by default.

    Whole quarters of an hour inside the working day, so every slot found can be booked."""

    start: time = WORKDAY[0]
    end: time = WORKDAY[1]

    def __post_init__(self) -> None:
        for moment in (self.start, self.end):
            if moment.minute % 15 or moment.second or moment.microsecond:
                raise KnownError("A time window starts and ends on a quarter of an hour.")
        if not WORKDAY[0] <= self.start < self.end <= WORKDAY[1]:
            raise KnownError(
                "A time window ends after it starts, between {first} and {last}.",
                first=f"{WORKDAY[0]:%H:%M}",
                last=f"{WORKDAY[1]:%H:%M}",
            )

    @classmethod
    def parse(cls, text: str) -> Hours:
        """``"10:00-12:30"``, as typed on the command line."""
        found = re.fullmatch(r"\s*(\d{1,2}):(\d\d)\s*-\s*(\d{1,2}):(\d\d)\s*", text)
        try:
            if found is None:
                raise ValueError(text)
            h1, m1, h2, m2 = (int(part) for part in found.groups())
            return cls(time(h1, m1), time(h2, m2))
        except ValueError:
            raise KnownError("Give a time window as HH:MM-HH:MM, for example 10:00-12:30.") from None


@dataclass(frozen=True, slots=True)
class Slot:
    room: Room
    start: datetime
    end: datetime


class SlotTaken(KnownError):
    def __init__(self) -> None:
        super().__init__("That room is already booked at that time.")


def check_length(minutes: int) -> None:
    """The length asked for a free room: whole quanta (the pool books in 15-minute steps), at most ten hours."""
    if minutes <= 0:
        raise KnownError("A booking must end after it starts.")
    if minutes % QUANTUM_MINUTES:
        raise KnownError(
            "Rooms are booked in whole quarters of an hour (15, 30, 45, 60 ... minutes), not for {minutes} minutes.",
            minutes=minutes,
        )
    if timedelta(minutes=minutes) > LONGEST:
        raise KnownError("A booking can last at most ten hours.")


def check_search(first: date, days: int, limit: int, today: date) -> None:
    """A search for free rooms: from today or later, over 1 to SEARCH_DAYS days with a weekday among them, for at
    least one slot."""
    if first < today:
        raise KnownError(
            "A search for a free room cannot start in the past ({first}); today is {today}.", first=first, today=today
        )
    if not 1 <= days <= SEARCH_DAYS:
        raise KnownError(
            "A search for a free room looks 1 to {most} days ahead, not {days}.", most=SEARCH_DAYS, days=days
        )
    if limit < 1:
        raise KnownError("Ask for at least one free slot, not {limit}.", limit=limit)
    if all((first + timedelta(days=n)).weekday() >= 5 for n in range(min(days, 7))):
        if days == 1:
            raise KnownError("{first} is a weekend day; rooms are booked on weekdays.", first=first)
        raise KnownError(
            "From {first} to {last} there are only weekend days; rooms are booked on weekdays.",
            first=first,
            last=first + timedelta(days=days - 1),
        )


def check_fits(rooms: Iterable[Room], criteria: Criteria) -> None:
    """No free slot was found: say so when no room of the pool fits at all, on any day."""
    if any(criteria.matches(room) for room in rooms):
        return
    if criteria.features:
        raise KnownError(
            "No room in the pool has at least {capacity} places and all of: {features}.",
            capacity=criteria.min_capacity,
            features=", ".join(sorted(criteria.features)),
        )
    raise KnownError("No room in the pool has at least {capacity} places.", capacity=criteria.min_capacity)


def check_period(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise KnownError("Booking times need a time zone.")
    if end <= start:
        raise KnownError("A booking must end after it starts.")
    if end - start > LONGEST:
        raise KnownError("A booking can last at most ten hours.")
    epoch = datetime(2000, 1, 1, tzinfo=start.tzinfo)
    if (start - epoch) % QUANTUM or (end - epoch) % QUANTUM:
        raise KnownError("Bookings start and end on a quarter of an hour.")


def check_within_workday(start: datetime, end: datetime) -> None:
    """A booking lies on one weekday inside the working day (Amsterdam time), as the app's search and week view
    offer it: the one rule for the app and the command line."""
    first, last = start.astimezone(AMSTERDAM), end.astimezone(AMSTERDAM)
    if first.weekday() >= 5:
        raise KnownError("{day} is a weekend day; rooms are booked on weekdays.", day=f"{first:%Y-%m-%d}")
    day_end = datetime.combine(first.date(), WORKDAY[1], AMSTERDAM)
    if first.time() < WORKDAY[0] or last > day_end:
        raise KnownError(
            "Rooms are booked between {first} and {last} on one day.",
            first=f"{WORKDAY[0]:%H:%M}",
            last=f"{WORKDAY[1]:%H:%M}",
        )


def quanta(start: datetime, end: datetime) -> list[datetime]:
    out, at = [], start
    while at < end:
        out.append(at)
        at += QUANTUM
    return out


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def rooms_by_id(rooms: Iterable[Room]) -> dict[str, Room]:
    return {r.id: r for r in rooms}
