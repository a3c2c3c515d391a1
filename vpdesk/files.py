"""Files every layer below the services may need: atomic writes and advisory file locks.

Neutral like `errors`: it imports nothing of ours, so `store/` and `rooms/` share it without depending on each
other. The lock is `fcntl.flock` on POSIX and `LockFileEx` on Windows (decision 122): both give shared and
exclusive locks, waiting or not, released by the system when the process dies. `msvcrt.locking` has no shared mode
(a second reader would be refused), so the Windows backend calls kernel32 through ctypes; it takes kernel32 as an
argument, and the tests drive it with a fake that keeps the lock table Windows would keep.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol


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


class LockBackend(Protocol):
    """Take or drop an advisory lock on an open file descriptor; `lock` raises BlockingIOError when ``wait`` is
    False and another process holds a conflicting lock."""

    def lock(self, fd: int, *, exclusive: bool, wait: bool) -> None: ...

    def unlock(self, fd: int) -> None: ...


class PosixLocks:
    """`flock`: a new lock on the same descriptor converts the old one (exclusive to shared and back)."""

    def lock(self, fd: int, *, exclusive: bool, wait: bool) -> None:
        import fcntl

        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        fcntl.flock(fd, flags if wait else flags | fcntl.LOCK_NB)

    def unlock(self, fd: int) -> None:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


LOCKFILE_FAIL_IMMEDIATELY = 0x1
LOCKFILE_EXCLUSIVE_LOCK = 0x2
ERROR_LOCK_VIOLATION = 33
ERROR_IO_PENDING = 997
WHOLE_FILE = 0xFFFFFFFF  # lock bytes 0..2**64-2 (low and high dword), as portalocker does: the whole file


class WindowsLocks:
    """`LockFileEx` on the file's handle. Windows does not convert a held lock, so a change of mode releases first
    (the downgrade after restore: for an instant nobody holds it, which only lets another reader in earlier)."""

    def __init__(self, kernel32: Any, get_handle: Callable[[int], int]) -> None:
        self._k = kernel32
        self._handle = get_handle
        self._held: set[int] = set()

    def lock(self, fd: int, *, exclusive: bool, wait: bool) -> None:
        if fd in self._held:
            self.unlock(fd)
        flags = (LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0) | (0 if wait else LOCKFILE_FAIL_IMMEDIATELY)
        overlapped = self._k.new_overlapped()
        if not self._k.LockFileEx(self._handle(fd), flags, 0, WHOLE_FILE, WHOLE_FILE, overlapped):
            error = self._k.get_last_error()
            if error in (ERROR_LOCK_VIOLATION, ERROR_IO_PENDING):
                raise BlockingIOError(error, "the file is locked by another process")
            raise OSError(error, "LockFileEx failed")
        self._held.add(fd)

    def unlock(self, fd: int) -> None:
        if fd in self._held:
            self._held.discard(fd)
            self._k.UnlockFileEx(self._handle(fd), 0, WHOLE_FILE, WHOLE_FILE, self._k.new_overlapped())


def default_backend() -> LockBackend:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        return WindowsLocks(_Kernel32(), msvcrt.get_osfhandle)  # type: ignore[attr-defined,unused-ignore]
    return PosixLocks()


class _Kernel32:  # pragma: no cover - Windows only
    """kernel32 through ctypes, shaped as WindowsLocks calls it (the fakes in the tests have the same shape)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        class Overlapped(ctypes.Structure):
            _fields_ = [
                ("Internal", ctypes.c_void_p),
                ("InternalHigh", ctypes.c_void_p),
                ("Offset", wintypes.DWORD),
                ("OffsetHigh", wintypes.DWORD),
                ("hEvent", wintypes.HANDLE),
            ]

        self._ctypes = ctypes
        self._overlapped = Overlapped
        dll = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        self.LockFileEx = dll.LockFileEx
        self.LockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                                    wintypes.DWORD, ctypes.POINTER(Overlapped)]  # fmt: skip
        self.LockFileEx.restype = wintypes.BOOL
        self.UnlockFileEx = dll.UnlockFileEx
        self.UnlockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                                      ctypes.POINTER(Overlapped)]  # fmt: skip
        self.UnlockFileEx.restype = wintypes.BOOL

    def new_overlapped(self) -> Any:
        return self._ctypes.byref(self._overlapped())

    def get_last_error(self) -> int:
        return int(self._ctypes.get_last_error())  # type: ignore[attr-defined,unused-ignore]


class FileLock:
    """An advisory lock on ``path``: shared or exclusive, waiting or not. `acquire` raises BlockingIOError when
    ``wait`` is False and another process holds a conflicting lock."""

    def __init__(self, path: Path, backend: LockBackend | None = None) -> None:
        self._path = path
        self._fd: int | None = None
        self._backend = backend if backend is not None else default_backend()

    def acquire(self, *, exclusive: bool = False, wait: bool = True) -> None:
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        self._backend.lock(self._fd, exclusive=exclusive, wait=wait)

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self._backend.unlock(self._fd)
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
