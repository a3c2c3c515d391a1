"""Choosing the backend: "local" (or nothing) is the embedded pool in the data folder, a URL is a CalDAV pool.

A CalDAV pool's login comes from the OS keyring, else from ``kept`` (the login the vault keeps); never from the
environment."""

from __future__ import annotations

from pathlib import Path

from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.rooms.local import LocalPool
from vpdesk.rooms.login import Login, from_keyring
from vpdesk.rooms.pool import RoomPool


def is_local(spec: str) -> bool:
    return not spec or spec == "local"


def open_pool(spec: str, home: Path, kept: Login | None = None, given: Login | None = None) -> RoomPool:
    """The pool at ``spec``; a CalDAV pool with the ``given`` login (one being checked), else the keyring's, else
    ``kept``."""
    if is_local(spec):
        return LocalPool(home / "rooms.json")
    login = given or from_keyring(spec) or kept
    return CalDavPool(spec, login.user, login.password) if login else CalDavPool(spec)
