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
import contextlib
import json
import random
import threading
import time
import urllib.parse
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar

from vpdesk.domain.rooms import QUANTUM, Room, RoomBooking, SlotTaken, check_period, overlaps, quanta
from vpdesk.errors import KnownError
from vpdesk.rooms import http
from vpdesk.rooms.http import TIMEOUT, ServerError, Unreachable, check_url, host_of
from vpdesk.rooms.pool import ServerBusy, SlotBeingBooked

__all__ = ["TIMEOUT", "CalDavPool", "ServerError", "Unreachable", "check_url"]

LOCKS = "_locks"
NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav"}
SUMMARY = "Gereserveerd"
VOID = "X-VPDESK-VOID"
MKCALENDAR = (
    '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
)
PROPFIND_TYPE = (
    b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)
DEADLINE = 30.0  # seconds for a whole booking; well inside half the lock expiry (the commit's own bound)
RETRIES = 6  # contention answers (5xx, a lock gone between 412 and GET) per lock before "busy"
OK = (200, 201, 204, 207)
GONE = (404, 409, 405)  # what servers answer for a missing collection: 404 (Radicale), 409 (Xandikos), 405 (DAViCal)


class NoSuchRoom(KnownError):
    def __init__(self, room: str) -> None:
        super().__init__("There is no room '{room}' in the pool.", room=room)


class NoSuchPool(KnownError):
    def __init__(self, url: str, forbidden: bool = False) -> None:
        super().__init__(
            "There is no room pool at {address}, or your login may not read it."
            if forbidden
            else "There is no room pool at {address}: the server knows no such address.",
            hint="Check the pool address (policy setting room_pool) with IT.",
            address=host_of(url) + urllib.parse.urlsplit(url).path,
        )


class NotAllowed(KnownError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "The room pool does not give your login access to '{what}'.",
            hint="Ask the pool's admin for the rights the admin guide lists for advisers.",
            what=path.rstrip("/") or "/",
        )


class LocksMissing(KnownError):
    def __init__(self) -> None:
        super().__init__(
            "The room pool has no '_locks' calendar and your login may not create it; nothing was booked.",
            hint="Ask the pool's admin to create it (installer/pool/create_rooms.py does).",
        )


class LoginRefused(KnownError):
    def __init__(self) -> None:
        super().__init__("The room pool refused the login: check the user name and password.")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _jitter(attempt: int) -> None:
    """Back off after a contention answer: 10-40 ms, doubling, at most ~0.6 s."""
    time.sleep(random.uniform(0.01, 0.04) * (2 ** min(attempt, 4)))


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

    # --- booking ----------------------------------------------------------------------------------------------
    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking:
        check_period(start, end)
        self._booking.give_up = time.monotonic() + self.deadline
        try:
            return self._book(room_id, start, end, vp_code)
        finally:
            self._booking.give_up = float("inf")

    def _book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking:
        if not self._exists(f"{room_id}/"):  # before any lock: no lock events for a room that does not exist
            raise NoSuchRoom(room_id)
        uid = uuid.uuid4().hex
        began = self._now()
        expires = began + self.lock_expiry
        held: list[str] = []
        try:
            for moment in quanta(start, end):
                name = f"{LOCKS}/{room_id}-{_stamp(moment)}.ics"
                self._take(name, room_id, moment, uid, expires)
                held.append(name)
            if self._now() > began + self.lock_expiry / 2:
                raise KnownError("Booking took too long; nothing was booked. Try again.")
            self._commit(room_id, uid, start, end, vp_code)
            held = []  # committed: the locks stay as the booking's claim
            return RoomBooking(uid, room_id, start, end, vp_code)
        finally:
            self._booking.give_up = float("inf")  # the cleanup gets its own per-request time, also after "busy"
            for name in reversed(held):
                self._delete_quietly(name)

    def _commit(self, room_id: str, uid: str, start: datetime, end: datetime, vp_code: str) -> None:
        path = f"{room_id}/{uid}.ics"
        for attempt in range(RETRIES):
            try:
                status = self._put(
                    path,
                    _calendar(_event(uid, start, end, SUMMARY, vp_code)),
                    ok=(*OK, *GONE),
                    **{"If-None-Match": "*"},
                )
            except ServerError as exc:
                if exc.status < 500:
                    raise
                status = exc.status
            if status in (200, 201, 204):
                return
            if status in GONE:
                raise NoSuchRoom(room_id)
            # 412 (or a 5xx, which may hide "exists"): whatever now sits at our address decides
            answer, data, _ = self._request("GET", path, ok=(200,))
            if answer == 200:
                if _is_void(data):  # another client judged our locks expired and voided this booking
                    raise KnownError("Booking took too long; nothing was booked. Try again.")
                if _uid_of(data) == uid:
                    return  # ours: the write landed although the server said otherwise
            _jitter(attempt)
        raise ServerBusy()

    def _take(self, name: str, room_id: str, moment: datetime, uid: str, expires: datetime) -> None:
        """Create the quantum's lock. SlotTaken only when a committed booking holds it: a client that is told
        "taken" is told the truth. SlotBeingBooked when another client holds it longer than ``wait_for_holder``
        without committing; ServerBusy when the server keeps answering with contention."""
        lock = _event(f"{room_id}-{_stamp(moment)}", moment, moment + QUANTUM, "vpdesk lock", "")
        lock.add("X-VPDESK-BOOKING", uid)
        lock.add("X-VPDESK-EXPIRES", _stamp(expires))
        wait_until = time.monotonic() + self.wait_for_holder
        odd = 0  # contention answers: a 5xx, a lock gone between our 412 and our GET
        repaired = False
        while True:
            self._time_left()
            try:
                status = self._put(name, _calendar(lock), ok=(*OK, *GONE), **{"If-None-Match": "*"})
            except ServerError as exc:
                if exc.status < 500:
                    raise
                status = exc.status
            if status in (200, 201, 204):
                return
            if status in GONE and not repaired and not self._exists(f"{LOCKS}/"):
                self.ensure_locks()  # LocksMissing when this login may not
                repaired = True
                continue
            # 412, a 5xx or a 409 while `_locks` exists: someone else's lock (most likely) sits there
            state, frees_at = self._holder(name, room_id)
            if state == "committed":
                raise SlotTaken()
            if state == "in-flight":
                if time.monotonic() > wait_until:
                    raise SlotBeingBooked(frees_at)
                time.sleep(0.03)  # another client is booking right now: wait for its outcome
                continue
            if state == "gone" or status >= 500 or status in GONE:
                odd += 1
                if odd > RETRIES:
                    raise ServerBusy()
                _jitter(odd)
            # "stale" (cleared by us) or "gone": try again

    def _holder(self, name: str, room_id: str) -> tuple[str, datetime]:
        """The state of an existing lock: committed, in-flight (with its expiry), stale (now removed) or gone."""
        status, data, headers = self._request("GET", name, ok=(200,))
        never = datetime.min.replace(tzinfo=UTC)
        if status != 200:
            return "gone", never
        event = next(iter(_walk(data)), None)
        if event is None:
            return "committed", never  # not ours to judge: treat as taken
        booking = str(event.get("X-VPDESK-BOOKING", ""))
        committed, data, _ = self._request("GET", f"{room_id}/{booking}.ics", ok=(200,))
        if committed == 200 and not _is_void(data):
            return "committed", never
        try:
            expires = datetime.strptime(str(event.get("X-VPDESK-EXPIRES", "")), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        except ValueError:
            expires = never
        if committed != 200 and self._now() < expires:
            return "in-flight", expires
        if committed != 200 and not self._void(room_id, booking, event.decoded("DTSTART")):
            return "committed", never  # the holder committed just now, before our void
        etag = next((v for k, v in headers.items() if k.lower() == "etag"), "*")
        self._delete_quietly(name, {"If-Match": etag})  # a 5xx here: another client cleared it at the same time
        return "stale", never

    def _void(self, room_id: str, booking: str, moment: datetime) -> bool:
        """Claim the address of a booking whose locks expired, so its slow holder can never commit there.
        True when the address is void now; False when the holder's commit got there first."""
        void = _event(booking, moment, moment + QUANTUM, "vpdesk void", "")
        void.add("STATUS", "CANCELLED")
        void.add(VOID, "1")
        path = f"{room_id}/{booking}.ics"
        for attempt in range(RETRIES):
            try:
                status = self._put(path, _calendar(void), ok=(*OK, *GONE), **{"If-None-Match": "*"})
            except ServerError as exc:
                if exc.status < 500:
                    raise
                status = exc.status
            if status in (200, 201, 204):
                return True
            if status in GONE:
                raise NoSuchRoom(room_id)
            found, data, _ = self._request("GET", path, ok=(200,))
            if found == 200:
                return _is_void(data)
            _jitter(attempt)  # refused, yet nothing there: contention, try again
        raise ServerBusy()

    def _delete_quietly(self, path: str, headers: dict[str, str] | None = None) -> None:
        """Remove a lock; a failure (a 5xx, a timeout) leaves it to expire and does not stop the rest."""
        with contextlib.suppress(KnownError):
            self._request("DELETE", path, headers=headers, ok=(200, 204, 404, 412, 409))

    def cancel(self, uid: str, vp_code: str) -> None:
        for room in self.rooms():
            status, data, _ = self._request("GET", f"{room.id}/{uid}.ics", ok=(200,))
            if status != 200:
                continue
            event = next(iter(_walk(data)), None)
            if event is None or VOID in event:
                continue
            booking = _booking(room.id, event)
            if booking.vp_code != vp_code:
                raise KnownError("That booking is not yours to cancel.")
            self._request("DELETE", f"{room.id}/{uid}.ics", ok=(200, 204, 404))
            for moment in quanta(booking.start, booking.end):
                self._delete_quietly(f"{LOCKS}/{room.id}-{_stamp(moment)}.ics")
            return
        raise KnownError("There is no such booking.")

    def all_bookings(self, start: datetime, end: datetime) -> list[RoomBooking]:
        return [b for room in self.rooms() for b in self.bookings(room.id, start, end)]


def _responses(data: bytes) -> list[ET.Element]:
    try:
        return ET.fromstring(data).findall("d:response", NS)
    except ET.ParseError:
        raise KnownError("The room pool server sent an answer vpdesk cannot read.") from None


def _all_missing(data: bytes) -> bool:
    """A 207 whose every response says 404: DAViCal's way to say "no such collection"."""
    responses = _responses(data) if data.strip() else []
    if not responses:
        return False
    statuses = [
        s.text or "" for r in responses for s in (r.findall("d:status", NS) + r.findall("d:propstat/d:status", NS))
    ]
    return bool(statuses) and all(" 404" in s for s in statuses)


def _text(response: ET.Element, prop: str) -> str:
    """A property's text from the propstat that found it (2xx), whichever order the server lists them in."""
    for propstat in response.findall("d:propstat", NS):
        if " 2" in (propstat.findtext("d:status", "", NS) or " 200"):
            found = propstat.find(f"d:prop/{prop}", NS)
            if found is not None and found.text:
                return found.text
    return ""


def _last_segment(href: str) -> str:
    """The last path segment of an href, whether the server sends a full URL or an absolute path."""
    return urllib.parse.unquote(urllib.parse.urlsplit(href).path).rstrip("/").rsplit("/", 1)[-1]


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload,no-any-return]
    except (TypeError, ValueError):
        return 2


def _walk(data: bytes) -> list[icalendar.cal.Component]:
    try:
        return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    except ValueError:
        return []


def _uid_of(data: bytes) -> str:
    return next((str(e.get("UID", "")) for e in _walk(data)), "")


def _is_void(data: bytes) -> bool:
    return any(VOID in e for e in _walk(data))


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
