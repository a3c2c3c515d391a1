"""The room pool interface and the free-slot search that works on any backend (the values are in domain/rooms.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol

from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, Criteria, Hours, Room, RoomBooking, Slot, overlaps
from vpdesk.errors import KnownError


class RoomPool(Protocol):
    name: str

    def rooms(self) -> list[Room]: ...

    def bookings(self, room_id: str, start: datetime, end: datetime) -> list[RoomBooking]: ...

    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking: ...

    def cancel(self, uid: str, vp_code: str) -> None: ...

    def mine(self, vp_code: str, since: datetime) -> list[RoomBooking]: ...


def free_slots(
    pool: RoomPool,
    criteria: Criteria,
    first_day: date,
    days: int,
    length: timedelta,
    limit: int = 10,
    not_before: datetime | None = None,
    hours: Hours = Hours(),  # noqa: B008 (frozen: one shared default is safe)
) -> list[Slot]:
    """The first ``limit`` free slots of ``length`` within ``hours`` of each working day (Amsterdam), earliest first."""
    found: list[Slot] = []
    rooms = [r for r in pool.rooms() if criteria.matches(r)]
    period_start = datetime.combine(first_day, hours.start, AMSTERDAM)
    period_end = datetime.combine(first_day + timedelta(days=days), hours.end, AMSTERDAM)
    busy = {room.id: pool.bookings(room.id, period_start, period_end) for room in rooms}
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        at = datetime.combine(day, hours.start, AMSTERDAM)
        close = datetime.combine(day, hours.end, AMSTERDAM)
        while at + length <= close:
            if not_before is None or at >= not_before:
                for room in rooms:
                    if not any(overlaps(at, at + length, b.start, b.end) for b in busy[room.id]):
                        found.append(Slot(room, at, at + length))
                        if len(found) >= limit:
                            return found
            at += QUANTUM
    return found


class SlotBeingBooked(KnownError):
    """Another client holds a lock on the slot and has not committed yet (or died mid-booking: a laptop closed).
    Nothing is booked; the slot frees up at ``frees_at`` if the holder does not finish."""

    def __init__(self, frees_at: datetime) -> None:
        at = f"{frees_at.astimezone(AMSTERDAM):%H:%M}"
        super().__init__(
            "Someone is booking this room at that time right now; it frees up at {time} if they do not finish.",
            hint="Nothing was booked. Try again at {time}.",
            time=at,
        )
        self.frees_at = frees_at


class ServerBusy(KnownError):
    def __init__(self) -> None:
        super().__init__("The room pool server is busy; nothing was booked.", hint="Try again in a moment.")
