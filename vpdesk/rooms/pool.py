"""The room pool interface and the free-slot search that works on any backend (the values are in domain/rooms.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol

from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, Criteria, Hours, Room, RoomBooking, Slot, overlaps


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
