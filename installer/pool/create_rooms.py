"""Create the rooms of a vpdesk pool on a CalDAV server from a CSV file (see rooms.example.csv).

    VPDESK_POOL_USER=pool-admin VPDESK_POOL_PASSWORD=... \
        python create_rooms.py https://kamers.example.nl/pool/ rooms.csv

Columns: id, name, location, building, capacity, features (separated by ;), owner_type. Existing rooms are
left as they are. Needs vpdesk installed (it uses vpdesk.rooms.caldav_pool).
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

from vpdesk.domain.rooms import FEATURES, OWNER_TYPES, Room
from vpdesk.errors import KnownError
from vpdesk.rooms.caldav_pool import CalDavPool


def read_rooms(path: Path) -> list[Room]:
    rooms = []
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            features = frozenset(f for f in (row.get("features") or "").split(";") if f)
            if not row.get("id") or not row.get("name"):
                raise KnownError(f"{path.name}, line {line}: a room needs an id and a name.")
            if features - set(FEATURES) or row.get("owner_type", "own") not in OWNER_TYPES:
                raise KnownError(f"{path.name}, line {line}: unknown feature or owner type.")
            rooms.append(
                Room(
                    row["id"],
                    row["name"],
                    row.get("location", ""),
                    row.get("building", ""),
                    int(row.get("capacity") or 2),
                    features,
                    row.get("owner_type") or "own",
                )
            )
    return rooms


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    url, csv_path = argv
    pool = CalDavPool(url, os.environ.get("VPDESK_POOL_USER", ""), os.environ.get("VPDESK_POOL_PASSWORD", ""))
    try:
        rooms = read_rooms(Path(csv_path))
        pool.ensure_pool()
        for room in rooms:
            pool.create_room(room)
            print(f"room {room.id}: ok")
        pool.ensure_locks()
    except KnownError as exc:
        print(f"create_rooms: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
