"""One app window per vault folder (trial F21): a second start raises the first and exits 0, touching nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vpdesk.files import FileLock
from vpdesk.ui import single_instance
from vpdesk.ui.single_instance import LOCK_NAME, SOCKET_NAME, claim, server_name

HOLD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from vpdesk.ui.single_instance import claim
instance = claim(Path(sys.argv[1]), lambda: None)
print("held" if instance is not None and instance.holds else "not held", flush=True)
time.sleep(60)
"""

SERVE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
from vpdesk.ui.single_instance import claim
instance = claim(Path(sys.argv[1]), lambda: print("raised", flush=True))
print("held" if instance is not None and instance.holds else "not held", flush=True)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "VPDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def _run_spinning(args: list[str], env: dict[str, str], seconds: float = 60) -> subprocess.CompletedProcess[str]:
    """Run a process while this one keeps its event loop turning (so our own server can answer it)."""
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + seconds
    while proc.poll() is None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if proc.poll() is None:
        proc.kill()
    out, err = proc.communicate()
    return subprocess.CompletedProcess(args, proc.returncode, out, err)


def test_second_start_raises_the_first_and_exits_0_without_opening_anything(qapp: QApplication, tmp_path: Path) -> None:
    home = tmp_path / "home"
    raised: list[bool] = []
    first = claim(home, lambda: raised.append(True))
    assert first is not None and first.holds
    before = sorted(p.name for p in home.iterdir())
    try:
        second = _run_spinning([sys.executable, "-c", "import sys; from vpdesk.app import main; sys.exit(main())"],
                               _env(home))  # fmt: skip
    finally:
        first.release()
    assert second.returncode == 0, second.stderr
    assert raised == [True]
    socket = [SOCKET_NAME] if os.path.isabs(server_name(home)) else []  # on Unix the socket lives in the folder
    assert before == sorted([LOCK_NAME, *socket])  # no vault, no settings: nothing else
    assert sorted(p.name for p in home.iterdir()) == [LOCK_NAME]  # the second start added nothing; the socket went


def test_the_same_folder_reached_through_a_symlink_is_the_same_instance(qapp: QApplication, tmp_path: Path) -> None:
    """Review finding: the socket name came from the path as written, so a second start through a symlink waited,
    took the first for hung and opened a second window on the same vault."""
    home = tmp_path / "home"
    raised: list[bool] = []
    first = claim(home, lambda: raised.append(True))
    assert first is not None and first.holds
    (tmp_path / "link").symlink_to(home, target_is_directory=True)
    assert server_name(tmp_path / "link") == server_name(home)
    try:
        second = _run_spinning([sys.executable, "-c", "import sys; from vpdesk.app import main; sys.exit(main())"],
                               _env(tmp_path / "link"))  # fmt: skip
    finally:
        first.release()
    assert second.returncode == 0, second.stderr
    assert raised == [True]


def test_the_socket_is_private_to_the_vault_folder(tmp_path: Path) -> None:
    """Review finding: a name in /tmp could be taken first by another local user; inside the 0700 folder it cannot."""
    name = server_name(tmp_path / "home")
    if os.name == "posix":
        assert name == os.path.join(os.path.realpath(tmp_path / "home"), SOCKET_NAME)
    deep = tmp_path / ("x" * 120)
    assert not os.path.isabs(server_name(deep)) and server_name(deep).startswith("vpdesk-")  # too long: a name


def test_a_crashed_first_instance_does_not_block_the_next_start(qapp: QApplication, tmp_path: Path) -> None:
    home = tmp_path / "home"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(home)], env=_env(home), stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        holder.send_signal(signal.SIGKILL)  # a crash: no clean-up, the socket file stays behind
        holder.wait(10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(10)
        assert holder.stdout is not None
        holder.stdout.close()
    again = claim(home, lambda: None, answer_seconds=0.5)
    assert again is not None and again.holds  # the system dropped the lock; the stale socket name is reused
    assert again.server.isListening()
    again.release()


def test_a_holder_that_does_not_answer_lets_the_second_start(qapp: QApplication, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    hung = FileLock(home / LOCK_NAME)  # holds the lock but never listens, like a hung instance
    hung.acquire(exclusive=True, wait=False)
    try:
        started = time.monotonic()
        second = claim(home, lambda: None, answer_seconds=0.5)
        assert second is not None and not second.holds
        assert time.monotonic() - started < 5
    finally:
        hung.release()


class _FakeUser32:
    """Windows' user32 as far as the single instance uses it: records whom the foreground was handed to."""

    def __init__(self) -> None:
        self.allowed: list[int] = []

    def AllowSetForegroundWindow(self, pid: int) -> int:
        self.allowed.append(pid)
        return 1


def test_the_foreground_goes_to_the_running_instance_only(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review finding: AllowSetForegroundWindow(-1) (ASFW_ANY) let any process take the foreground. The second start
    learns the first's process id from its greeting and allows that one, before asking it to raise its window."""
    user32 = _FakeUser32()
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)
    home = tmp_path / "home"
    holder = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(home)], env=_env(home), stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert single_instance.ask_to_raise(server_name(home), 10.0)
        assert holder.stdout.readline().strip() == "raised"
    finally:
        holder.kill()
        holder.wait(10)
        assert holder.stdout is not None
        holder.stdout.close()
    assert user32.allowed == [holder.pid]


def test_a_greeting_without_a_process_id_allows_nobody() -> None:
    assert single_instance._greeting_pid(b"pid 4242\n") == 4242
    for line in (b"", b"ok\n", b"pid -1\n", b"pid 0\n", b"pid x\n", b"pid \n"):
        assert single_instance._greeting_pid(line) is None, line


OLD_SERVE = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtNetwork import QLocalServer
app = QCoreApplication([])
server = QLocalServer()
listening = server.listen(sys.argv[1])
def accept():  # an instance of before decision 220: no greeting, "ok" to a raise
    socket = server.nextPendingConnection()
    def read():
        if bytes(socket.readAll().data()).startswith(b"raise"):
            socket.write(b"ok\\n")
            socket.flush()
            print("raised", flush=True)
    socket.readyRead.connect(read)
server.newConnection.connect(accept)
print("listening" if listening else server.errorString(), flush=True)
QTimer.singleShot(60_000, app.quit)
app.exec()
"""


def test_an_instance_that_does_not_greet_is_still_asked_and_answers_in_time(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An instance started before an upgrade sends no greeting. The second start must not spend the whole answer time
    waiting for one: then the raise's "ok" found no time left, and it started a second instance beside the first."""
    user32 = _FakeUser32()
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)
    home = tmp_path / "home"
    home.mkdir()
    name = server_name(home)
    old = subprocess.Popen([sys.executable, "-c", OLD_SERVE, name], stdout=subprocess.PIPE, text=True)
    try:
        assert old.stdout is not None and old.stdout.readline().strip() == "listening"
        assert single_instance.ask_to_raise(name, 3.0)
        assert old.stdout.readline().strip() == "raised"
    finally:
        old.kill()
        old.wait(10)
        assert old.stdout is not None
        old.stdout.close()
    assert user32.allowed == []  # no process id: the foreground is handed to nobody
