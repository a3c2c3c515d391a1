"""The one background helper: run a function on the QThreadPool, deliver its result or error on the main thread.

Every outcome reaches the main thread through one relay object that lives as long as the process and is never
deleted. A worker's emit() on a relay is still running inside Qt (QMetaObject::activate walks the relay's
connections) after it has queued the call, and under full CPU load the main thread can run that call before the
worker returns. The relay per task this replaced was deleted (deleteLater) as soon as its callback ran: now and
then while the worker was still inside its emit(), a SIGSEGV in QtCore (seen in the UI benchmark under load,
decision 246). Qt forbids deleting a sender while another thread emits from it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a call from any thread to the thread it lives in (the main thread), queued."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._run, Qt.ConnectionType.QueuedConnection)  # connected once, never changed

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


_RELAY: list[_Relay] = []  # the process's one relay: made on the main thread by the first Tasks, never deleted


def _relay() -> _Relay:
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


def _post(call: Callable[[], None]) -> None:
    """``call`` on the main thread, later (from any thread, also the main one: never inside its caller)."""
    try:
        _relay().arrived.emit(call)
    except RuntimeError:  # the application is gone while we ran: nobody is waiting
        log.info("a background task finished after the app quit")


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Any], None]) -> None:
        super().__init__()
        self._func = func
        self._done = done
        self._failed = failed

    @Slot()
    def run(self) -> None:
        try:
            result = self._func()
        except BaseException as exc:  # delivered to the main thread, which decides
            self._failed(exc)
        else:
            self._done(result)


class Tasks(QObject):
    """`tasks.run(func, on_done, on_error)`; callbacks run on the main thread. `busy` tells how many run."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._pool = pool or QThreadPool.globalInstance()
        self._pending: set[object] = set()
        _relay()  # made here, on the main thread, before any worker needs it

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._pool.start(_Job(func, *self._deliverers(on_done, on_error)))

    def follow(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Deliver the outcome of work already running elsewhere (a vault lane) on the main thread."""
        done, failed = self._deliverers(on_done, on_error)

        def deliver(finished: Future[Any]) -> None:
            exc = finished.exception()
            if exc is not None:
                failed(exc)
            else:
                done(finished.result())

        future.add_done_callback(deliver)

    def _deliverers(
        self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None
    ) -> tuple[Callable[[Any], None], Callable[[BaseException], None]]:
        """Two functions for a worker: each queues its half of the outcome to the main thread."""
        token = object()
        self._pending.add(token)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._pending.discard(token)
            if not self._pending:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)

        return (lambda result: _post(partial(done, result))), (lambda exc: _post(partial(failed, exc)))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
