"""Vault work off the UI thread: a lane is one thread that owns one connection of its own and runs jobs in order.

The app reads the case list, its pages, sorts and search through a read-only lane, so the UI thread never waits
for SQL; jobs that write (exports, imports) open a connection of their own with `job()`. No connection is ever
shared between threads. Qt-free: results come back as concurrent.futures.Future objects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from vpdesk.store.repositories import Repositories, WorkerConnection
from vpdesk.store.vault import Vault

log = logging.getLogger(__name__)
T = TypeVar("T")


class Lane:
    def __init__(self, open_connection: Callable[[], WorkerConnection], name: str) -> None:
        self._open = open_connection
        self._conn: WorkerConnection | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def submit(self, job: Callable[[Repositories], T]) -> Future[T]:
        return self._executor.submit(self._run, job)

    def _run(self, job: Callable[[Repositories], T]) -> T:
        if self._conn is None:
            self._conn = self._open()  # on the lane's own thread, the first time it is needed
        return job(self._conn)

    def close(self) -> None:
        """Finish the jobs already submitted, then close the connection on the lane's thread. Safe to call twice."""
        try:
            self._executor.submit(self._close_connection)
        except RuntimeError:  # already shut down
            return
        self._executor.shutdown(wait=True, cancel_futures=False)

    def _close_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def job(vault: Vault, work: Callable[[Repositories], T], *, readonly: bool = False) -> Callable[[], T]:
    """``work`` as a function for a worker thread: it opens a connection of its own to the open ``vault``, runs
    ``work`` on it and closes it. Writes on it wait for the UI's (busy timeout) instead of interleaving with them."""
    opener = vault.worker_connection

    def run() -> T:
        with opener(readonly=readonly) as conn:
            return work(conn)

    return run
