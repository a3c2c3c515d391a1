"""`any_pool`: a CalDAV pool with three demo rooms and `_locks`, on Radicale, Xandikos and DAViCal in turn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.rooms import servers
from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.rooms.local import DEMO_ROOMS

SERVERS = ["radicale", "xandikos", "davical"]


@pytest.fixture(params=SERVERS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[servers.Server]:
    name = request.param
    if name == "radicale":
        yield servers.Server("radicale", request.getfixturevalue("radicale"))
    elif name == "xandikos":
        with servers.xandikos(tmp_path / "xandikos") as found:
            yield found
    else:
        why = servers.davical_missing()
        if why:
            pytest.skip(why)
        with servers.davical() as found:
            yield found


def make_pool(server: servers.Server, **options: object) -> CalDavPool:
    return CalDavPool(server.url, server.user, server.password, **options)  # type: ignore[arg-type]


@pytest.fixture
def any_pool(server: servers.Server) -> CalDavPool:
    pool = make_pool(server)
    if server.name == "radicale":
        pool.ensure_pool()
    for room in DEMO_ROOMS[:3]:
        pool.create_room(room)
    pool.ensure_locks()
    return pool
