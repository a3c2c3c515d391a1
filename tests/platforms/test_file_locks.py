"""Issue 17 point 1: the vault and pool lock, one contract run against this machine's own backend (real flock
here; real LockFileEx when the Windows runner runs these tests) and the Windows backend driven by a fake kernel32
that keeps the lock table Windows keeps."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vpdesk import files
from vpdesk.files import FileLock, LockBackend, PosixLocks, WindowsLocks


class FakeKernel32:
    """LockFileEx/UnlockFileEx over a table {file: {handle: exclusive}}: an exclusive lock conflicts with every
    other lock on the file, a shared one with an exclusive one. A second lock on the same handle conflicts too, as it
    does on Windows for an exclusive range, so the backend must release before it changes mode. Waiting on a
    conflicting lock would hang a real test; the fake fails loudly instead."""

    def __init__(self) -> None:
        self.table: dict[tuple[int, int], dict[int, bool]] = {}
        self.calls: list[tuple[str, int, int]] = []
        self._error = 0

    @staticmethod
    def _file(handle: int) -> tuple[int, int]:
        st = os.fstat(handle)
        return st.st_dev, st.st_ino

    def new_overlapped(self) -> object:
        return object()

    def get_last_error(self) -> int:
        return self._error

    def LockFileEx(self, handle: int, flags: int, reserved: int, lo: int, hi: int, _ov: object) -> int:
        assert reserved == 0 and (lo, hi) == (files.WHOLE_FILE, files.WHOLE_FILE)
        self.calls.append(("lock", handle, flags))
        holders = self.table.setdefault(self._file(handle), {})
        exclusive = bool(flags & files.LOCKFILE_EXCLUSIVE_LOCK)
        conflict = handle in holders or any(ex or exclusive for ex in holders.values())
        if conflict:
            if not flags & files.LOCKFILE_FAIL_IMMEDIATELY:
                raise AssertionError("a real LockFileEx would wait here for ever")
            self._error = files.ERROR_LOCK_VIOLATION
            return 0
        holders[handle] = exclusive
        return 1

    def UnlockFileEx(self, handle: int, reserved: int, lo: int, hi: int, _ov: object) -> int:
        self.calls.append(("unlock", handle, 0))
        holders = self.table.get(self._file(handle), {})
        if handle not in holders:
            self._error = 158  # ERROR_NOT_LOCKED
            return 0
        del holders[handle]
        return 1


@pytest.fixture(params=["native", "windows-fake"])
def make(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], FileLock]:
    """Each FileLock as a separate process would hold it: its own descriptor (and, on Windows, its own handle and
    its own backend), one lock table per test."""
    kernel = FakeKernel32()

    def backend() -> LockBackend:
        if request.param == "native":
            return files.default_backend()
        return WindowsLocks(kernel, lambda fd: fd)  # the fake's handle is the descriptor itself

    return lambda: FileLock(tmp_path / "vault.lock", backend())


def test_two_readers_share_the_lock(make: Callable[[], FileLock]) -> None:
    a, b = make(), make()
    a.acquire(exclusive=False, wait=False)
    b.acquire(exclusive=False, wait=False)
    a.release()
    b.release()


def test_an_exclusive_lock_keeps_out_readers_and_writers(make: Callable[[], FileLock]) -> None:
    a, b = make(), make()
    a.acquire(exclusive=True, wait=False)
    with pytest.raises(BlockingIOError):
        b.acquire(exclusive=False, wait=False)
    with pytest.raises(BlockingIOError):
        b.acquire(exclusive=True, wait=False)
    a.release()
    b.acquire(exclusive=True, wait=False)  # released means free
    b.release()


def test_a_reader_keeps_out_a_writer(make: Callable[[], FileLock]) -> None:
    a, b = make(), make()
    a.acquire(exclusive=False, wait=False)
    with pytest.raises(BlockingIOError):
        b.acquire(exclusive=True, wait=False)
    a.release()


def test_downgrade_from_exclusive_to_shared_lets_a_reader_in(make: Callable[[], FileLock]) -> None:
    """VaultLock.exclusive(): restore holds it exclusively, then goes back to shared without closing the vault."""
    a, b = make(), make()
    a.acquire(exclusive=False, wait=False)
    a.acquire(exclusive=True, wait=False)  # upgrade: nobody else holds it
    with pytest.raises(BlockingIOError):
        b.acquire(exclusive=False, wait=False)
    a.acquire(exclusive=False)  # downgrade
    b.acquire(exclusive=False, wait=False)
    with pytest.raises(BlockingIOError):
        make().acquire(exclusive=True, wait=False)
    a.release()
    b.release()


def test_held_releases_on_error(make: Callable[[], FileLock]) -> None:
    a = make()
    with pytest.raises(RuntimeError), a.held():
        raise RuntimeError("boom")
    b = make()
    b.acquire(exclusive=True, wait=False)
    b.release()


def test_windows_backend_passes_the_flags_windows_expects(tmp_path: Path) -> None:
    kernel = FakeKernel32()
    lock = FileLock(tmp_path / "pool.lock", WindowsLocks(kernel, lambda fd: fd))
    lock.acquire(exclusive=True, wait=False)
    lock.release()
    lock.acquire(exclusive=False, wait=True)
    lock.release()
    flags = [(op, f) for op, _h, f in kernel.calls]
    ex_nb = files.LOCKFILE_EXCLUSIVE_LOCK | files.LOCKFILE_FAIL_IMMEDIATELY
    assert flags == [("lock", ex_nb), ("unlock", 0), ("lock", 0), ("unlock", 0)]


def test_windows_backend_reports_other_errors_as_oserror(tmp_path: Path) -> None:
    class Broken(FakeKernel32):
        def LockFileEx(self, *args: Any) -> int:
            self._error = 6  # ERROR_INVALID_HANDLE
            return 0

    lock = FileLock(tmp_path / "x.lock", WindowsLocks(Broken(), lambda fd: fd))
    with pytest.raises(OSError) as caught:
        lock.acquire(exclusive=True, wait=False)
    assert not isinstance(caught.value, BlockingIOError) and caught.value.errno == 6
    lock.release()


def test_the_default_backend_is_the_platforms() -> None:
    expected = WindowsLocks if sys.platform == "win32" else PosixLocks
    assert type(files.default_backend()) is expected
