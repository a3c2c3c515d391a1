"""Choosing the backend: "local" (or nothing) is the embedded pool in the data folder, a URL is a CalDAV pool."""

from __future__ import annotations

import os
from pathlib import Path

from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.rooms.local import LocalPool
from vpdesk.rooms.pool import RoomPool


def open_pool(spec: str, home: Path) -> RoomPool:
    if not spec or spec == "local":
        return LocalPool(home / "rooms.json")
    return CalDavPool(spec, os.environ.get("VPDESK_POOL_USER", ""), os.environ.get("VPDESK_POOL_PASSWORD", ""))
