"""A shared room pool on any CalDAV server (RFC 4791): one calendar per room, plus one `_locks` calendar.

On the server a booking says only "Gereserveerd" and the adviser's code; the link to the case stays in the vault.

Booking protocol (no double booking, whatever the timing):
1. for each 15-minute quantum of the booking, in time order, create `_locks/<room>-<quantum>.ics` with
   `If-None-Match: *`. The server creates a resource at most once, so exactly one client holds a quantum.
   A lock names its booking and an expiry. On 412 the client reads the lock: if its booking was never
   committed and the lock has expired (its writer died), it deletes it (`If-Match: <etag>`) and tries again;
   otherwise the slot is taken: it deletes the locks it made and reports "taken".
2. with every quantum held (and well within the expiry), it writes the booking event in the room's calendar,
   at the address its locks name, with `If-None-Match: *`. That write is the commit. Locks of a committed
   booking stay, as the booking's claim on its quanta.
A client killed during step 1 leaves locks without a booking; they expire and the next client clears them. But
"expired" is judged by the clearing client's clock, and the holder may only be slow (a laptop that slept
mid-booking, a clock minutes behind). So before clearing, the clearer writes a *void* event at the dead
booking's address, also with `If-None-Match: *`: exactly one of the two writes to that address succeeds. If the
void wins, the slow holder's commit is refused (412) and it reports that nothing was booked; if the commit won,
the lock is a committed booking's after all. Voids are cancelled events without a code; readers skip them.
Cancelling deletes the booking event, then its locks.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar

from vpdesk.domain.rooms import QUANTUM, Room, RoomBooking, SlotTaken, check_period, quanta
from vpdesk.errors import KnownError

TIMEOUT = 5.0
LOCKS = "_locks"
NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav"}
SUMMARY = "Gereserveerd"
VOID = "X-VPDESK-VOID"
MKCALENDAR = (
    '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
)


class Unreachable(KnownError):
    def __init__(self, url: str) -> None:
        super().__init__(
            "The room pool server at {host} cannot be reached.",
            hint="Your own bookings are shown read-only; nothing was booked or cancelled.",
            host=urllib.parse.urlsplit(url).netloc,
        )


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        pass
    elif parts.scheme == "http":
        host = parts.hostname or ""
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise KnownError("A room pool server must use https (plain http only on this computer, 127.0.0.1).")
    else:
        raise KnownError("A room pool address starts with https://.")
    return url if url.endswith("/") else url + "/"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


class CalDavPool:
    name = "caldav"

    def __init__(
        self,
        url: str,
        user: str = "",
        password: str = "",
        lock_expiry: timedelta = timedelta(minutes=2),
        clock: Any = None,
        wait_for_holder: float = 3.0,
    ) -> None:
        self.url = check_url(url)
        self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode() if user else ""
        self.lock_expiry = lock_expiry
        self.wait_for_holder = wait_for_holder
        self._now = clock or (lambda: datetime.now(UTC))

    # --- HTTP -------------------------------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (200, 201, 204, 207),
    ) -> tuple[int, bytes, dict[str, str]]:
        request = urllib.request.Request(self.url + path, data=body, method=method, headers=dict(headers or {}))
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.status, response.read(), dict(response.headers)
        except urllib.error.HTTPError as exc:
            status = exc.code
            data = exc.read()
            exc.close()
            if status in ok or status in (404, 412):
                return status, data, dict(exc.headers)
            if status in (401, 403):
                raise KnownError("The room pool refused the login: check the user name and password.") from None
            raise KnownError(
                "The room pool server answered {status} to {method}.", status=status, method=method
            ) from None
        except (TimeoutError, urllib.error.URLError, ConnectionError, OSError):
            raise Unreachable(self.url) from None

    def _put(self, path: str, calendar: icalendar.Calendar, **headers: str) -> int:
        status, _, _ = self._request("PUT", path, calendar.to_ical(), {"Content-Type": "text/calendar", **headers})
        return status

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
        body = MKCALENDAR + "<d:set><d:prop><d:displayname>vpdesk locks</d:displayname></d:prop></d:set></c:mkcalendar>"
        self._request("MKCALENDAR", f"{LOCKS}/", body.encode(), {"Content-Type": "application/xml"}, ok=(201, 405))

    def rooms(self) -> list[Room]:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
            "<d:prop><d:displayname/><c:calendar-description/><d:resourcetype/></d:prop></d:propfind>"
        )
        _, data, _ = self._request("PROPFIND", "", body.encode(), {"Depth": "1", "Content-Type": "application/xml"})
        rooms = []
        for response in ET.fromstring(data).findall("d:response", NS):
            href = urllib.parse.unquote(response.findtext("d:href", "", NS)).rstrip("/")
            room_id = href.rsplit("/", 1)[-1]
            prop = response.find("d:propstat/d:prop", NS)
            if prop is None or prop.find("d:resourcetype/c:calendar", NS) is None or room_id == LOCKS:
                continue
            try:
                meta = json.loads(prop.findtext("c:calendar-description", "", NS) or "{}")
            except ValueError:
                meta = {}
            rooms.append(
                Room(
                    room_id,
                    prop.findtext("d:displayname", room_id, NS) or room_id,
                    str(meta.get("location", "")),
                    str(meta.get("building", "")),
                    int(meta.get("capacity", 2)),
                    frozenset(meta.get("features", [])),
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
            "REPORT", f"{collection}/", body.encode(), {"Depth": "1", "Content-Type": "application/xml"}
        )
        if status == 404:
            raise KnownError("There is no room '{room}' in the pool.", room=collection)
        out = []
        for response in ET.fromstring(data).findall("d:response", NS):
            text = response.findtext("d:propstat/d:prop/c:calendar-data", "", NS)
            if not text:
                continue
            for event in icalendar.Calendar.from_ical(text).walk("VEVENT"):
                out.append((response.findtext("d:href", "", NS), event))
        return out

    def bookings(self, room_id: str, start: datetime, end: datetime) -> list[RoomBooking]:
        events = (e for _, e in self._events(room_id, start, end) if VOID not in e)
        return sorted((_booking(room_id, e) for e in events), key=lambda b: b.start)

    def mine(self, vp_code: str, since: datetime) -> list[RoomBooking]:
        until = since + timedelta(days=366)
        return sorted(
            (b for room in self.rooms() for b in self.bookings(room.id, since, until) if b.vp_code == vp_code),
            key=lambda b: b.start,
        )

    # --- booking ----------------------------------------------------------------------------------------------
    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking:
        check_period(start, end)
        uid = uuid.uuid4().hex
        began = self._now()
        expires = began + self.lock_expiry
        held: list[str] = []
        try:
            for moment in quanta(start, end):
                name = f"{LOCKS}/{room_id}-{_stamp(moment)}.ics"
                if not self._take(name, room_id, moment, uid, expires):
                    raise SlotTaken()
                held.append(name)
            if self._now() > began + self.lock_expiry / 2:
                raise KnownError("Booking took too long; nothing was booked. Try again.")
            booking = RoomBooking(uid, room_id, start, end, vp_code)
            status = self._put(
                f"{room_id}/{uid}.ics", _calendar(_event(uid, start, end, SUMMARY, vp_code)), **{"If-None-Match": "*"}
            )
            if status == 404:
                raise KnownError("There is no room '{room}' in the pool.", room=room_id)
            if status == 412:  # another client judged our locks expired and voided this booking: we were too slow
                raise KnownError("Booking took too long; nothing was booked. Try again.")
            if status not in (200, 201, 204):
                raise KnownError("The room pool server answered {status} to the booking.", status=status)
            held = []  # committed: the locks stay as the booking's claim
            return booking
        finally:
            for name in reversed(held):
                self._request("DELETE", name, ok=(200, 204, 404))

    def _take(self, name: str, room_id: str, moment: datetime, uid: str, expires: datetime) -> bool:
        """Create the quantum's lock. False only when a committed booking holds it (or a holder stays in flight
        longer than ``wait_for_holder``): a client that is told "taken" is told the truth."""
        lock = _event(f"{room_id}-{_stamp(moment)}", moment, moment + QUANTUM, "vpdesk lock", "")
        lock.add("X-VPDESK-BOOKING", uid)
        lock.add("X-VPDESK-EXPIRES", _stamp(expires))
        give_up = time.monotonic() + self.wait_for_holder
        while True:
            status = self._put(name, _calendar(lock), **{"If-None-Match": "*"})
            if status in (200, 201, 204):
                return True
            if status == 404:
                self.ensure_locks()
                continue
            if status != 412:
                return False
            state = self._holder(name, room_id)
            if state == "committed":
                return False
            if state == "in-flight":
                if time.monotonic() > give_up:
                    return False
                time.sleep(0.03)  # another client is booking right now: wait for its outcome
            # "gone" or "stale": the lock was released or cleared; try again

    def _holder(self, name: str, room_id: str) -> str:
        """The state of an existing lock: committed, in-flight, stale (now removed) or gone."""
        status, data, headers = self._request("GET", name, ok=(200,))
        if status == 404:
            return "gone"
        event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")), None)
        if event is None:
            return "committed"  # not ours to judge: treat as taken
        booking = str(event.get("X-VPDESK-BOOKING", ""))
        committed, data, _ = self._request("GET", f"{room_id}/{booking}.ics", ok=(200,))
        if committed == 200 and not _is_void(data):
            return "committed"
        expires = datetime.strptime(str(event.get("X-VPDESK-EXPIRES", "20000101T000000Z")), "%Y%m%dT%H%M%SZ")
        if committed != 200 and self._now() < expires.replace(tzinfo=UTC):
            return "in-flight"
        if committed != 200 and not self._void(room_id, booking, event.decoded("DTSTART")):
            return "committed"  # the holder committed just now, before our void
        etag = headers.get("ETag") or headers.get("Etag") or "*"
        self._request("DELETE", name, headers={"If-Match": etag}, ok=(200, 204, 404, 412))
        return "stale"

    def _void(self, room_id: str, booking: str, moment: datetime) -> bool:
        """Claim the address of a booking whose locks expired, so its slow holder can never commit there.
        True when the address is void now; False when the holder's commit got there first."""
        void = _event(booking, moment, moment + QUANTUM, "vpdesk void", "")
        void.add("STATUS", "CANCELLED")
        void.add(VOID, "1")
        status = self._put(f"{room_id}/{booking}.ics", _calendar(void), **{"If-None-Match": "*"})
        if status in (200, 201, 204):
            return True
        _, data, _ = self._request("GET", f"{room_id}/{booking}.ics", ok=(200,))
        return _is_void(data)

    def cancel(self, uid: str, vp_code: str) -> None:
        for room in self.rooms():
            status, data, _ = self._request("GET", f"{room.id}/{uid}.ics", ok=(200,))
            if status != 200:
                continue
            event = next(iter(icalendar.Calendar.from_ical(data).walk("VEVENT")))
            if VOID in event:
                continue
            booking = _booking(room.id, event)
            if booking.vp_code != vp_code:
                raise KnownError("That booking is not yours to cancel.")
            self._request("DELETE", f"{room.id}/{uid}.ics", ok=(200, 204, 404))
            for moment in quanta(booking.start, booking.end):
                self._request("DELETE", f"{LOCKS}/{room.id}-{_stamp(moment)}.ics", ok=(200, 204, 404))
            return
        raise KnownError("There is no such booking.")

    def all_bookings(self, start: datetime, end: datetime) -> list[RoomBooking]:
        return [b for room in self.rooms() for b in self.bookings(room.id, start, end)]


def _is_void(data: bytes) -> bool:
    try:
        return any(VOID in e for e in icalendar.Calendar.from_ical(data).walk("VEVENT"))
    except ValueError:
        return False


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _event(uid: str, start: datetime, end: datetime, summary: str, vp_code: str) -> icalendar.Event:
    event = icalendar.Event()
    event.add("UID", uid)
    event.add("DTSTAMP", datetime.now(UTC))
    event.add("DTSTART", start.astimezone(UTC))
    event.add("DTEND", end.astimezone(UTC))
    event.add("SUMMARY", summary)
    if vp_code:
        event.add("X-VPDESK-VP", vp_code)
    return event


def _calendar(event: icalendar.Event) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//vpdesk//room pool//NL")
    calendar.add("VERSION", "2.0")
    calendar.add_component(event)
    return calendar


def _booking(room_id: str, event: icalendar.cal.Component) -> RoomBooking:
    return RoomBooking(
        str(event.get("UID")),
        room_id,
        event.decoded("DTSTART"),
        event.decoded("DTEND"),
        str(event.get("X-VPDESK-VP", "")),
    )
