"""One app window per vault folder (trial F21): a second start on the same home brings the first to the front.

The first instance holds an exclusive `FileLock` on ``<home>/app.lock`` for its lifetime (separate from the vault's
own lock, which stays shared so the CLI can read beside the app) and listens on a `QLocalServer` whose name is
derived from the home path. A second start that finds the lock taken asks that server to raise its window and, once
answered, exits; the system drops the lock when a process dies, so a crashed first instance never blocks a start.
A holder that does not answer within `ANSWER_SECONDS` (hung) does not keep the adviser out: the second starts.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from vpdesk.files import FileLock

log = logging.getLogger(__name__)
LOCK_NAME = "app.lock"
RAISE = b"raise\n"
ANSWER = b"ok\n"
PID = b"pid "  # the first instance's greeting, "pid <n>\n": the one process the second hands the foreground to
# an instance that sends no greeting (one of before decision 220) is asked to raise after this long all the same: the
# whole answer time spent waiting left none for its answer, and a second instance started beside it
GREETING_SECONDS = 1.0
ANSWER_SECONDS = 3.0  # a first instance still starting (two quick clicks) needs a moment before it listens


SOCKET_NAME = "app.sock"
MAX_SOCKET_PATH = 100  # a Unix socket's path is at most 104-108 bytes (macOS, Linux)


def server_name(home: Path) -> str:
    """The local socket of this vault folder, the same however the folder is reached (a symlink, another case of
    letters on Windows and macOS): on Unix a socket inside the folder itself, which only its owner can reach or
    squat (it is 0700); on Windows, or where that path is too long for a socket, a name from the folder's real path."""
    real = os.path.normcase(os.path.realpath(home))
    if os.name == "posix" and len(os.fsencode(os.path.join(real, SOCKET_NAME))) <= MAX_SOCKET_PATH:
        return os.path.join(real, SOCKET_NAME)
    digest = hashlib.sha256(real.encode("utf-8")).hexdigest()[:24]
    return f"vpdesk-{digest}"


class SingleInstance(QObject):
    """The running instance's claim on ``home``; `on_raise` is called when another start asks for the window.
    `holds` says whether this process has the lock (False only beside a hung holder)."""

    def __init__(self, home: Path, lock: FileLock | None, on_raise: Callable[[], None]) -> None:
        """``lock`` None: started beside a holder that did not answer; that holder keeps the name."""
        super().__init__()
        self._lock = lock
        self._on_raise = on_raise
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if lock is None:
            return
        name = server_name(home)
        QLocalServer.removeServer(name)  # a socket file left by a crashed instance (we hold the lock: it is stale)
        if not self.server.listen(name):
            log.warning("single instance: cannot listen (%s)", self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.write(PID + str(os.getpid()).encode("ascii") + b"\n")
            socket.flush()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            socket.write(ANSWER)
            socket.flush()
            self._on_raise()

    @property
    def holds(self) -> bool:
        return self._lock is not None

    def release(self) -> None:
        self.server.close()
        if self._lock is not None:
            self._lock.release()


def claim(home: Path, on_raise: Callable[[], None], answer_seconds: float = ANSWER_SECONDS) -> SingleInstance | None:
    """The claim on ``home`` for this process, or None when another instance has it and raised its window (then
    this process should exit). A QCoreApplication must exist."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FileLock(home / LOCK_NAME)
    try:
        lock.acquire(exclusive=True, wait=False)
    except BlockingIOError:
        lock.release()
        if ask_to_raise(server_name(home), answer_seconds):
            return None
        log.warning("single instance: the running instance does not answer; starting anyway")
        return SingleInstance(home, None, on_raise)
    return SingleInstance(home, lock, on_raise)


def ask_to_raise(name: str, answer_seconds: float) -> bool:
    """True when the instance listening on ``name`` answered our request to raise its window. It greets with its
    process id first; only that process is allowed to take the foreground (Windows), before we ask it to."""
    deadline = time.monotonic() + answer_seconds
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(200):
            line = _read_line(socket, min(deadline, time.monotonic() + GREETING_SECONDS))
            allowed = _allow_greeted(line, None)
            socket.write(RAISE)
            socket.waitForBytesWritten(500)
            while not line.startswith(ANSWER.strip()):  # a greeting that came late, then the answer
                line = _read_line(socket, deadline)
                if not line:
                    break
                allowed = _allow_greeted(line, allowed)
            socket.disconnectFromServer()
            return line.startswith(ANSWER.strip())
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def _read_line(socket: QLocalSocket, deadline: float) -> bytes:
    """The next line the other side sent (b"" when it sent none before ``deadline``)."""
    while not socket.canReadLine():
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0 or not socket.waitForReadyRead(left):
            return b""
    return bytes(socket.readLine().data())


def _allow_greeted(line: bytes, allowed: int | None) -> int | None:
    """Hand the foreground to the process a greeting names (once); the process allowed so far."""
    pid = _greeting_pid(line)
    if pid is None or allowed is not None:
        return allowed
    _allow_foreground(pid)
    return pid


def _greeting_pid(line: bytes) -> int | None:
    """The process id in a "pid <n>" greeting; None for anything else (an older instance sends no greeting)."""
    if not line.startswith(PID):
        return None
    digits = line[len(PID) :].strip()
    return int(digits) if digits.isdigit() and int(digits) > 0 else None


def _user32() -> Any:
    """Windows' user32 (None elsewhere); a test puts a fake here."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        return ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]
    return None


def _allow_foreground(pid: int) -> None:
    """Windows lets only the process the adviser just started take the foreground; it hands that right on, to the
    running instance alone (never ASFW_ANY, which would let any process steal the foreground)."""
    user32 = _user32()
    if user32 is not None and not user32.AllowSetForegroundWindow(pid):
        log.info("single instance: AllowSetForegroundWindow refused")


def bring_to_front(window: QWidget | None) -> None:
    """The window shown again over the others (restored when minimised), as a second click on the icon asks."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
