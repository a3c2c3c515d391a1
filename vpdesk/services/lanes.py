"""Vault work in lanes: a lane is one thread that owns one connection of its own and runs jobs in order.

The session has two. The read lane (read-only connection) serves the case list, its pages, sorts and search, so
the UI thread never waits for that SQL. The write lane is the one way anything is written to an open vault: short
jobs, one after the other, from the UI thread (an autosave) and from workers (an import's results) alike. Slow
work (counting a year, decrypting exports, the room pool) runs in a worker on a read-only connection of its own
(`job()`) and hands only its short write to the write lane. No connection is ever shared between threads.
Qt-free: results come back as concurrent.futures.Future objects, or directly from `run()`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from vpdesk.errors import VaultLocked
from vpdesk.store.repositories import Repositories, WorkerConnection
from vpdesk.store.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")
# A job's connection lives for one job, which reads each page about once (the agenda, an export, a backup, the
# audit's check): a small page cache loses it ~10% and spares the allocations of a 64 MiB one, which, under full
# CPU load, stalled the UI thread 60-130 ms while the agenda ran at 100,000 cases (decision 242).
JOB_CACHE_MIB = 4
PROGRESS_STEPS = 10_000  # SQLite instructions between two looks at whether a slot's job was replaced (~0.1 ms)


class Superseded(Exception):
    """A job replaced by a newer one of its slot before it could finish (`Lane.submit_latest`)."""


class Lane:
    def __init__(self, open_connection: Callable[[], WorkerConnection], name: str) -> None:
        self._open = open_connection
        self._conn: WorkerConnection | None = None
        self._thread: int | None = None
        self._closed = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._slots: dict[str, object] = {}  # slot -> the token of its latest job
        self._slot_lock = threading.Lock()

    def submit(self, job: Callable[[Repositories], T]) -> Future[T]:
        """``job`` in turn; VaultLocked once the lane is closing (the vault is being locked)."""
        if self._closed:
            raise VaultLocked()
        try:
            return self._executor.submit(self._run, job)
        except RuntimeError:  # shut down between the check and the submit
            raise VaultLocked() from None

    def submit_latest(self, slot: str, job: Callable[[Repositories], T]) -> Future[T]:
        """``job`` in turn, replacing the one ``slot`` had: search as you type, where each keystroke makes the
        query before it useless. The replaced job, if waiting, never runs; if running, SQLite stops its
        statement (a progress handler that sees the newer job); its future fails with Superseded."""
        token = object()
        with self._slot_lock:
            self._slots[slot] = token

        def stale() -> bool:
            return self._slots.get(slot) is not token

        def latest(conn: Repositories) -> T:
            if stale():
                raise Superseded()
            sql = conn.connection
            sql.set_progress_handler(stale, PROGRESS_STEPS)
            try:
                result = job(conn)
            except Exception:
                if stale():
                    raise Superseded() from None
                raise
            finally:
                sql.set_progress_handler(None, 0)
            if stale():
                raise Superseded()
            return result

        return self.submit(latest)

    def run(self, job: Callable[[Repositories], T]) -> T:
        """``job`` on the lane, waiting for its result (or its exception) here; from the lane itself, at once."""
        if threading.get_ident() == self._thread:
            return self._run(job)
        return self.submit(job).result()

    def _run(self, job: Callable[[Repositories], T]) -> T:
        if self._conn is None:
            self._thread = threading.get_ident()
            self._conn = self._open()  # on the lane's own thread, the first time it is needed
        return job(self._conn)

    def close(self) -> None:
        """Finish the jobs already submitted, then close the connection on the lane's thread. Safe to call twice."""
        self._closed = True
        try:
            self._executor.submit(self._close_connection)
        except RuntimeError:  # already shut down
            return
        self._executor.shutdown(wait=True, cancel_futures=False)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class Jobs:
    """The workers' own read-only connections to one open vault, so that locking can end them (DESIGN 3: locking
    closes every connection). A job still running at the lock reads nothing more and fails with VaultLocked."""

    def __init__(self) -> None:
        self._open: set[WorkerConnection] = set()
        self._changed = threading.Condition()
        self._closed = False

    def job(self, vault: Vault, work: Callable[[Repositories], T], readonly: bool = True) -> Callable[[], T]:
        """``work`` as a function for a worker thread: it opens a read-only connection of its own to the open
        ``vault``, runs ``work`` on it and closes it. What the work has to write goes to the write lane (a backup,
        which writes the snapshot into a file it attaches, asks for a writable connection)."""

        def run() -> T:
            conn = vault.worker_connection(readonly=readonly, cache_mib=JOB_CACHE_MIB)
            try:
                with self._changed:
                    if self._closed:
                        raise VaultLocked()
                    self._open.add(conn)
                try:
                    return work(conn)
                except Exception:
                    if conn.revoked:  # interrupted by the lock, whatever the statement made of that
                        raise VaultLocked() from None
                    raise
            finally:
                with self._changed:  # never while close() interrupts it
                    self._open.discard(conn)
                    conn.close()
                    self._changed.notify_all()

        return run

    def close(self, grace: float) -> None:
        """Stop every job's statement in progress, refuse its further reads, and wait up to ``grace`` seconds
        for the jobs to close their connections."""
        with self._changed:
            self._closed = True
            for conn in self._open:
                conn.revoke()
            if not self._changed.wait_for(lambda: not self._open, timeout=grace):
                log.warning("%d background job(s) still hold a connection after the lock", len(self._open))
