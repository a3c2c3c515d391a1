"""The CalDAV room pool's wire: constants, the sentences for what servers answer, and the iCalendar and WebDAV XML
it reads and writes (no network here)."""

from __future__ import annotations

import random
import time
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import icalendar

from vpdesk.domain.rooms import RoomBooking
from vpdesk.errors import KnownError
from vpdesk.rooms.http import host_of

NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav"}
SUMMARY = "Gereserveerd"
VOID = "X-VPDESK-VOID"
MKCALENDAR = (
    '<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
)
PROPFIND_TYPE = (
    b'<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)
LOCKS = "_locks"
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
