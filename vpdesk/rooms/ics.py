"""One booking as an .ics file for the adviser's own calendar: the room and the time, no case detail."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar

from vpdesk.domain.rooms import Room, RoomBooking


def booking_ics(booking: RoomBooking, room: Room | None) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//vpdesk//room booking//NL")
    calendar.add("VERSION", "2.0")
    event = icalendar.Event()
    event.add("UID", f"{booking.uid}@vpdesk")
    event.add("DTSTAMP", datetime.now(UTC))
    event.add("DTSTART", booking.start.astimezone(UTC))
    event.add("DTEND", booking.end.astimezone(UTC))
    event.add("SUMMARY", "Gereserveerd")
    if room is not None:
        event.add("LOCATION", ", ".join(p for p in (room.name, room.building, room.location) if p))
    calendar.add_component(event)
    return bytes(calendar.to_ical())
