"""The embedded room pool: a JSON file in the data folder, for one laptop or a demo. Zero configuration.

Every change reads, checks and writes the file under an exclusive file lock, so two processes on one laptop
cannot double-book either. Writes are atomic (temp file, fsync, rename).
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from vpdesk.domain.rooms import Room, RoomBooking, SlotTaken, check_period, overlaps
from vpdesk.errors import KnownError
from vpdesk.files import FileLock, write_atomic

DEMO_ROOMS = (
    Room(
        "rijnstraat-4-12",
        "Spreekkamer 4.12",
        "Den Haag",
        "Rijnstraat 50",
        3,
        frozenset({"soundproof", "out_of_sight", "accessible"}),
        "own",
    ),
    Room(
        "rijnstraat-bedrijfsarts",
        "Kamer bedrijfsarts",
        "Den Haag",
        "Rijnstraat 50",
        2,
        frozenset({"soundproof", "out_of_sight"}),
        "bedrijfsarts",
    ),
    Room(
        "turfmarkt-bmw",
        "Kamer bedrijfsmaatschappelijk werk",
        "Den Haag",
        "Turfmarkt 147",
        2,
        frozenset({"soundproof", "near_exit"}),
        "bedrijfsmaatschappelijk_werk",
    ),
    Room(
        "bezuidenhout-2-07",
        "Overlegruimte 2.07 (uitgeleend door EZK)",
        "Den Haag",
        "Bezuidenhoutseweg 73",
        4,
        frozenset({"out_of_sight", "accessible", "near_exit"}),
        "lent",
    ),
    Room(
        "utrecht-extern",
        "Gehuurde spreekkamer",
        "Utrecht",
        "Croeselaan 15",
        2,
        frozenset({"soundproof", "out_of_sight", "near_exit"}),
        "rented",
    ),
    Room("zwolle-1-03", "Stilteruimte 1.03", "Zwolle", "Eekwal 1", 2, frozenset({"out_of_sight"}), "own"),
)


def _room(raw: dict[str, Any]) -> Room:
    return Room(
        raw["id"],
        raw["name"],
        raw.get("location", ""),
        raw.get("building", ""),
        int(raw.get("capacity", 2)),
        frozenset(raw.get("features", [])),
        raw.get("owner_type", "own"),
    )


class LocalPool:
    name = "local"

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def _locked(self) -> Iterator[dict[str, Any]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(self.path.with_suffix(".lock")).held():
            data = self._read()
            before = json.dumps(data, sort_keys=True)
            yield data
            if json.dumps(data, sort_keys=True) != before:
                write_atomic(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {"rooms": [dict(asdict(r), features=sorted(r.features)) for r in DEMO_ROOMS], "bookings": []}
        except ValueError:
            raise KnownError("The room pool file {path} is damaged.", path=self.path) from None
        return data  # type: ignore[no-any-return]

    def rooms(self) -> list[Room]:
        with self._locked() as data:
            return [_room(r) for r in data["rooms"]]

    def _bookings(self, data: dict[str, Any]) -> list[RoomBooking]:
        return [
            RoomBooking(
                b["uid"],
                b["room_id"],
                datetime.fromisoformat(b["start"]),
                datetime.fromisoformat(b["end"]),
                b.get("vp_code", ""),
            )
            for b in data["bookings"]
        ]

    def bookings(self, room_id: str, start: datetime, end: datetime) -> list[RoomBooking]:
        with self._locked() as data:
            return [b for b in self._bookings(data) if b.room_id == room_id and overlaps(b.start, b.end, start, end)]

    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking:
        check_period(start, end)
        with self._locked() as data:
            if room_id not in {r["id"] for r in data["rooms"]}:
                raise KnownError("There is no room '{room}' in the pool.", room=room_id)
            if any(b.room_id == room_id and overlaps(b.start, b.end, start, end) for b in self._bookings(data)):
                raise SlotTaken()
            booking = RoomBooking(uuid.uuid4().hex, room_id, start, end, vp_code)
            data["bookings"].append(
                {
                    "uid": booking.uid,
                    "room_id": room_id,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "vp_code": vp_code,
                }
            )
        return booking

    def cancel(self, uid: str, vp_code: str) -> None:
        with self._locked() as data:
            mine = [b for b in data["bookings"] if b["uid"] == uid]
            if not mine:
                raise KnownError("There is no such booking.")
            if mine[0].get("vp_code") != vp_code:
                raise KnownError("That booking is not yours to cancel.")
            data["bookings"] = [b for b in data["bookings"] if b["uid"] != uid]

    def mine(self, vp_code: str, since: datetime) -> list[RoomBooking]:
        with self._locked() as data:
            return sorted(
                (b for b in self._bookings(data) if b.vp_code == vp_code and b.end >= since), key=lambda b: b.start
            )
