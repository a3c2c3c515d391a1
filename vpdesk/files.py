"""Files every layer below the services may need: atomic writes and advisory file locks.

Neutral like `errors`: it imports nothing of ours, so `store/` and `rooms/` share it without depending on each
other. The lock is `fcntl.flock` on POSIX; on Windows it does nothing yet (issue 17 brings a real one).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temp file in the same directory, fsync, rename, fsync the directory: the old or the new file, never half.

    The temp file comes from `mkstemp` (an unpredictable name, created with O_EXCL, so a link planted beside the
    target is never followed) with ``mode`` set before any byte is written. The rename replaces ``path`` itself:
    a symbolic link there is replaced, its target is never written."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), mode)  # mkstemp made it 0600; a wider mode only when asked
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def private_temp_dir(parent: Path) -> Path:
    """A folder of our own in ``parent`` (mode 0700, unpredictable name) for a scratch file made beside a target."""
    return Path(tempfile.mkdtemp(dir=parent, prefix=".vpdesk-"))


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileLock:
    """An advisory lock on ``path``: shared or exclusive, waiting or not. `acquire` raises BlockingIOError when
    ``wait`` is False and another process holds a conflicting lock."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self, *, exclusive: bool = False, wait: bool = True) -> None:
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:
            return
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        fcntl.flock(self._fd, flags if wait else flags | fcntl.LOCK_NB)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    @contextlib.contextmanager
    def held(self, *, exclusive: bool = True) -> Iterator[None]:
        self.acquire(exclusive=exclusive)
        try:
            yield
        finally:
            self.release()
