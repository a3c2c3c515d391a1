"""The booking protocol of the CalDAV room pool (no double booking, whatever the timing):

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

import contextlib
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import icalendar

from vpdesk.domain.rooms import QUANTUM, Room, RoomBooking, SlotTaken, check_period, quanta
from vpdesk.errors import KnownError
from vpdesk.rooms.caldav_wire import (
    GONE,
    LOCKS,
    OK,
    RETRIES,
    SUMMARY,
    VOID,
    NoSuchRoom,
    _booking,
    _calendar,
    _event,
    _is_void,
    _jitter,
    _stamp,
    _uid_of,
    _walk,
)
from vpdesk.rooms.http import ServerError
from vpdesk.rooms.pool import ServerBusy, SlotBeingBooked


class BookingProtocol:
    """Book and cancel with quantum locks; CalDavPool (caldav_pool.py) gives it the requests and the rooms."""

    lock_expiry: timedelta
    wait_for_holder: float
    deadline: float
    _now: Callable[[], datetime]
    _booking: threading.local

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = OK,
    ) -> tuple[int, bytes, dict[str, str]]:
        raise NotImplementedError

    def _time_left(self) -> float:
        raise NotImplementedError

    def _put(self, path: str, calendar: icalendar.Calendar, ok: tuple[int, ...] = OK, **headers: str) -> int:
        raise NotImplementedError

    def _exists(self, collection: str) -> bool:
        raise NotImplementedError

    def ensure_locks(self) -> None:
        raise NotImplementedError

    def rooms(self) -> list[Room]:
        raise NotImplementedError

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
