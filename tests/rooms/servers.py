"""The CalDAV servers the pool is proven on, each started on 127.0.0.1 in a temp folder and removed after.

- Radicale (the reference; tests/conftest.py starts it), Xandikos (PyPI, a test dependency), and DAViCal (Debian
  packages `davical` and `postgresql`: PHP's built-in server in front of a PostgreSQL cluster of its own). DAViCal
  is skipped, with the reason, where those packages are missing (`scripts/qt-deps.sh` installs them on CI).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DAVICAL = Path("/usr/share/davical")
PG_BIN = Path("/usr/lib/postgresql")


@dataclass(frozen=True)
class Server:
    name: str
    url: str  # the pool collection, ending in '/'
    user: str = ""
    password: str = ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes], what: str, auth: str = "") -> None:
    deadline = time.monotonic() + 30
    while True:
        request = urllib.request.Request(url, method="OPTIONS")
        if auth:
            request.add_header("Authorization", auth)
        try:
            urllib.request.urlopen(request, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # answering
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"{what} did not start") from None
            time.sleep(0.1)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def xandikos(folder: Path) -> Iterator[Server]:
    port = free_port()
    where = ["-d", str(folder / "data"), "--state-dir", str(folder / "st"), "-l", "127.0.0.1", "-p", str(port)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "xandikos", "serve", *where, "--autocreate"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait(f"http://127.0.0.1:{port}/", proc, "Xandikos")
        urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/pool/", method="MKCOL"), timeout=5)
        yield Server("xandikos", f"http://127.0.0.1:{port}/pool/")
    finally:
        _stop(proc)


def davical_missing() -> str:
    """Why DAViCal cannot run here ('' when it can)."""
    if not (DAVICAL / "htdocs" / "caldav.php").exists():
        return "DAViCal is not installed (apt-get install davical postgresql)"
    if shutil.which("php") is None or not list(PG_BIN.glob("*/bin/initdb")):
        return "PHP or PostgreSQL's initdb is missing (apt-get install davical postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: PostgreSQL refuses to run as root"
    return ""


def _run(command: list[str], check: bool = True, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    subprocess.run(command, check=check, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _as_postgres() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@dataclass
class Davical:
    """A running DAViCal; ``new_pool()`` adds a fresh pool principal, so tests can share one server."""

    web: str
    env: dict[str, str]
    made: int = 0

    def new_pool(self) -> Server:
        self.made += 1
        name = f"pool{self.made}"
        sql = (
            "INSERT INTO usr (active, email_ok, updated, username, password, fullname, email) VALUES "
            f"(TRUE, current_date, current_date, '{name}', '**pool-secret', 'Room pool', '{name}@example.net');"
            "INSERT INTO principal (type_id, user_no, displayname, default_privileges) "
            f"SELECT 1, user_no, 'Room pool', 0::BIT(24) FROM usr WHERE username = '{name}';"
        )
        _run(["psql", "-qXAt", "-c", sql, "davical"], env=self.env)
        return Server("davical", f"{self.web}/caldav.php/{name}/", name, "pool-secret")


@contextmanager
def davical() -> Iterator[Davical]:
    """A PostgreSQL cluster in a temp folder on 127.0.0.1 (trust auth, loopback only), DAViCal's schema, and PHP's
    built-in server with four workers; all stopped and removed afterwards. The folder is its own (mode 0700):
    pytest's tmp_path is not reachable for the `postgres` user when the tests run as root."""
    bin_dir = sorted(PG_BIN.glob("*/bin/initdb"))[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="vpdesk-davical-"))
    cluster = folder / "pg"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    pg_port, web_port = free_port(), free_port()
    env = {**os.environ, "PGHOST": "127.0.0.1", "PGPORT": str(pg_port), "PGUSER": "postgres"}
    initdb = [str(bin_dir / "initdb"), "-D", str(cluster), "--auth=trust", "-U", "postgres", "-E", "UTF8"]
    _run([*_as_postgres(), *initdb, "--locale=C.UTF-8"])
    pg_ctl = [*_as_postgres(), str(bin_dir / "pg_ctl"), "-D", str(cluster)]
    opts = f"-h 127.0.0.1 -p {pg_port} -k {folder} -c fsync=off"
    _run([*pg_ctl, "-o", opts, "-l", str(folder / "pg.log"), "-w", "start"])
    web: subprocess.Popen[bytes] | None = None
    try:
        _run(["sh", "create-database.sh", "davical", "admin-secret"], cwd=DAVICAL / "dba", env=env)
        web = subprocess.Popen(
            ["php", "-S", f"127.0.0.1:{web_port}", "-t", str(DAVICAL / "htdocs")],
            cwd=DAVICAL / "htdocs",
            env={**env, "PGUSER": "davical_app", "PHP_CLI_SERVER_WORKERS": "4"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait(f"http://127.0.0.1:{web_port}/caldav.php/", web, "DAViCal")
        yield Davical(f"http://127.0.0.1:{web_port}", env)
    finally:
        if web is not None:
            _stop(web)
        _run([*pg_ctl, "-m", "immediate", "stop"], check=False)
        shutil.rmtree(folder, ignore_errors=True)
