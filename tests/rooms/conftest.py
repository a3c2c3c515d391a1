"""`any_pool`: a CalDAV pool with three demo rooms and `_locks`, on Radicale, Xandikos and DAViCal in turn."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import cli  # noqa: F401 - the `cli` fixture, for the rooms commands
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
        yield request.getfixturevalue("davical").new_pool()  # a fresh pool principal on the shared server


@pytest.fixture(scope="session")
def davical() -> Iterator[servers.Davical]:
    """One DAViCal for the session (its start costs ~5 s); each test gets its own pool principal."""
    why = servers.davical_missing()
    if why:
        pytest.skip(why)
    with servers.davical() as running:
        yield running


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


KIT = Path(__file__).resolve().parents[2] / "installer" / "pool"


@pytest.fixture
def secured(tmp_path: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    users = tmp_path / "users"
    users.write_text("pool-admin:admin-secret\nvp-07:adviser-secret\n")
    config = tmp_path / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n"
        f"htpasswd_encryption = plain\ndelay = 0\n[rights]\ntype = from_file\nfile = {KIT / 'rights'}\n"
        "permit_delete_collection = False\n"
        f"[storage]\nfilesystem_folder = {tmp_path / 'data'}\n[logging]\nlevel = error\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
            break
        except urllib.error.HTTPError:
            break  # answering, with a login demand
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "Radicale did not start"
            time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}/pool/"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
