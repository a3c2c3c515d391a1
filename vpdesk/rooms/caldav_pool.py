"""A shared room pool on any CalDAV server (RFC 4791): one calendar per room, plus one `_locks` calendar.

On the server a booking says only "Gereserveerd" and the adviser's code; the link to the case stays in the vault.
The booking protocol (quantum locks, voids, the commit) is in caldav_booking.py; what goes over the wire (XML,
iCalendar, the sentences for servers' answers) in caldav_wire.py.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar

from vpdesk.domain.rooms import Room, RoomBooking, overlaps
from vpdesk.rooms import http
from vpdesk.rooms.caldav_booking import BookingProtocol
from vpdesk.rooms.caldav_wire import (
    DEADLINE,
    GONE,
    LOCKS,
    MKCALENDAR,
    NS,
    OK,
    PROPFIND_TYPE,
    SUMMARY,
    VOID,
    LocksMissing,
    LoginRefused,
    NoSuchPool,
    NoSuchRoom,
    NotAllowed,
    _all_missing,
    _booking,
    _calendar,
    _event,
    _int,
    _jitter,
    _last_segment,
    _responses,
    _stamp,
    _text,
    _xml,
)
from vpdesk.rooms.http import TIMEOUT, ServerError, check_url, host_of
from vpdesk.rooms.pool import ServerBusy

__all__ = [
    "LOCKS",
    "SUMMARY",
    "TIMEOUT",
    "CalDavPool",
    "LocksMissing",
    "LoginRefused",
    "NoSuchPool",
    "NoSuchRoom",
    "NotAllowed",
    "ServerError",
    "_calendar",
    "_event",
    "_stamp",
    "check_url",
]


class CalDavPool(BookingProtocol):
    name = "caldav"

    def __init__(
        self,
        url: str,
        user: str = "",
        password: str = "",
        lock_expiry: timedelta = timedelta(minutes=2),
        clock: Any = None,
        wait_for_holder: float = 3.0,
        deadline: float = DEADLINE,
        timeout: float = TIMEOUT,
    ) -> None:
        self.url = check_url(url)
        self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode() if user else ""
        self.lock_expiry = lock_expiry
        self.wait_for_holder = wait_for_holder
        self.deadline = deadline
        self.timeout = timeout
        self._now = clock or (lambda: datetime.now(UTC))
        self._booking = threading.local()  # the deadline of the booking this thread is making, if any

    def __repr__(self) -> str:  # never the login
        return f"CalDavPool({host_of(self.url)!r})"

    # --- HTTP -------------------------------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = OK,
    ) -> tuple[int, bytes, dict[str, str]]:
        """One request; a status in ``ok`` (or 404, 412) is returned, 401/403 is "login refused", any other
        raises ServerError. Reads (GET, PROPFIND, REPORT) that meet a 5xx are tried again, a bounded number
        of times."""
        sent = dict(headers or {})
        if self._auth:
            sent["Authorization"] = self._auth
        for attempt in range(3):
            timeout = self._time_left()
            try:
                answer = http.request(self.url + path, method, body, sent, timeout=timeout)
            except http.TooSlow:
                if timeout < self.timeout:  # cut short by the booking's own deadline
                    raise ServerBusy() from None
                raise
            if answer.status >= 500 and method in ("GET", "PROPFIND", "REPORT") and attempt < 2:
                _jitter(attempt)
                continue
            break
        if answer.status in ok or answer.status in (404, 412):
            return answer.status, answer.body, answer.headers
        if answer.status == 401:
            raise LoginRefused()
        if answer.status == 403:
            raise NotAllowed(path)
        raise ServerError(answer.status, method)

    def _time_left(self) -> float:
        left = getattr(self._booking, "give_up", float("inf")) - time.monotonic()
        if left <= 0:
            raise ServerBusy()
        return min(self.timeout, left)

    def _put(self, path: str, calendar: icalendar.Calendar, ok: tuple[int, ...] = OK, **headers: str) -> int:
        status, _, _ = self._request(
            "PUT", path, calendar.to_ical(), {"Content-Type": "text/calendar", **headers}, ok=ok
        )
        return status

    def _exists(self, collection: str) -> bool:
        """Whether ``collection`` exists on the server (PROPFIND depth 0; a 404 inside a 207 counts as missing)."""
        body = PROPFIND_TYPE
        status, data, _ = self._request(
            "PROPFIND", collection, body, {"Depth": "0", "Content-Type": "application/xml"}, ok=(207, 200, *GONE)
        )
        return status in (200, 207) and not _all_missing(data)

    # --- rooms ------------------------------------------------------------------------------------------------
    def create_room(self, room: Room) -> None:
        """Admin: a calendar for the room, with its description as JSON (installer/pool/create_rooms.py)."""
        meta = json.dumps(
            {
                "location": room.location,
                "building": room.building,
                "capacity": room.capacity,
                "features": sorted(room.features),
                "owner_type": room.owner_type,
            }
        )
        body = (
            MKCALENDAR + f"<d:set><d:prop><d:displayname>{_xml(room.name)}</d:displayname>"
            f"<c:calendar-description>{_xml(meta)}</c:calendar-description></d:prop></d:set></c:mkcalendar>"
        )
        self._request("MKCALENDAR", f"{room.id}/", body.encode(), {"Content-Type": "application/xml"}, ok=(201, 405))

    def ensure_pool(self) -> None:
        """Admin: the pool's own collection (exists already: fine)."""
        self._request("MKCOL", "", ok=(201, 405))

    def ensure_locks(self) -> None:
        """The `_locks` calendar, created when missing; LocksMissing when this login may not create it."""
        body = MKCALENDAR + "<d:set><d:prop><d:displayname>vpdesk locks</d:displayname></d:prop></d:set></c:mkcalendar>"
        try:
            status, _, _ = self._request(
                "MKCALENDAR", f"{LOCKS}/", body.encode(), {"Content-Type": "application/xml"}, ok=(201, *GONE)
            )
        except NotAllowed:
            raise LocksMissing() from None
        if status != 201 and not self._exists(f"{LOCKS}/"):
            raise LocksMissing()

    def rooms(self) -> list[Room]:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
            "<d:prop><d:displayname/><c:calendar-description/><d:resourcetype/></d:prop></d:propfind>"
        )
        try:
            status, data, _ = self._request(
                "PROPFIND", "", body.encode(), {"Depth": "1", "Content-Type": "application/xml"}, ok=(207, 200, *GONE)
            )
        except NotAllowed:
            raise NoSuchPool(self.url, forbidden=True) from None
        if status not in (200, 207) or _all_missing(data):
            raise NoSuchPool(self.url)
        rooms = []
        for response in _responses(data):
            room_id = _last_segment(response.findtext("d:href", "", NS))
            prop = next(
                (
                    ps.find("d:prop", NS)
                    for ps in response.findall("d:propstat", NS)
                    if ps.find("d:prop/d:resourcetype/c:calendar", NS) is not None
                ),
                None,
            )
            if prop is None or room_id == LOCKS:
                continue
            try:
                meta = json.loads(_text(response, "c:calendar-description") or "{}")
            except ValueError:
                meta = {}
            if not isinstance(meta, dict):
                meta = {}
            rooms.append(
                Room(
                    room_id,
                    _text(response, "d:displayname") or room_id,
                    str(meta.get("location", "")),
                    str(meta.get("building", "")),
                    _int(meta.get("capacity", 2)),
                    frozenset(str(f) for f in meta.get("features", []) if isinstance(f, str)),
                    str(meta.get("owner_type", "own")),
                )
            )
        return sorted(rooms, key=lambda r: r.id)

    # --- reading bookings -------------------------------------------------------------------------------------
    def _events(self, collection: str, start: datetime, end: datetime) -> list[tuple[str, icalendar.cal.Component]]:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><c:calendar-query xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>'
            '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
            f'<c:time-range start="{_stamp(start)}" end="{_stamp(end)}"/>'
            "</c:comp-filter></c:comp-filter></c:filter></c:calendar-query>"
        )
        status, data, _ = self._request(
            "REPORT",
            f"{collection}/",
            body.encode(),
            {"Depth": "1", "Content-Type": "application/xml"},
            ok=(207, *GONE),
        )
        if status != 207 or _all_missing(data):
            raise NoSuchRoom(collection)
        out = []
        for response in _responses(data):
            text = _text(response, "c:calendar-data")
            if not text:
                continue
            for event in icalendar.Calendar.from_ical(text).walk("VEVENT"):
                out.append((response.findtext("d:href", "", NS), event))
        return out

    def bookings(self, room_id: str, start: datetime, end: datetime) -> list[RoomBooking]:
        """Bookings overlapping [start, end). The overlap is checked here too: some servers' time ranges are
        inclusive at both ends (DAViCal returns a 09:00-10:00 booking for 08:00-09:00)."""
        events = (_booking(room_id, e) for _, e in self._events(room_id, start, end) if VOID not in e)
        return sorted((b for b in events if overlaps(b.start, b.end, start, end)), key=lambda b: b.start)

    def mine(self, vp_code: str, since: datetime) -> list[RoomBooking]:
        until = since + timedelta(days=366)
        return sorted(
            (b for room in self.rooms() for b in self.bookings(room.id, since, until) if b.vp_code == vp_code),
            key=lambda b: b.start,
        )

    def all_bookings(self, start: datetime, end: datetime) -> list[RoomBooking]:
        return [b for room in self.rooms() for b in self.bookings(room.id, start, end)]
