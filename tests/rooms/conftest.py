"""A real Radicale server on 127.0.0.1 for the room-pool tests, started and stopped by the tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.rooms.local import DEMO_ROOMS

CONFIG = """
[server]
hosts = 127.0.0.1:{port}
[auth]
type = none
[rights]
type = from_file
file = {rights}
[storage]
filesystem_folder = {folder}
[logging]
level = error
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    config = tmp_path / "radicale.conf"
    rights = tmp_path / "rights"
    rights.write_text("[all]\nuser: .*\ncollection: .*\npermissions: RrWw\n")
    config.write_text(CONFIG.format(port=port, folder=tmp_path / "collections", rights=rights))
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/pool/"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                proc.kill()
                raise RuntimeError(f"Radicale did not start: {err[-500:]}") from None
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


@pytest.fixture
def pool(radicale: str) -> CalDavPool:
    pool = CalDavPool(radicale)
    urllib.request.urlopen(urllib.request.Request(radicale, method="MKCOL"), timeout=5).close()
    for room in DEMO_ROOMS[:3]:
        pool.create_room(room)
    pool.ensure_locks()
    return pool
