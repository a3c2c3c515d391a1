"""The one background helper: run a function on the QThreadPool, deliver its result or error on the main thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._func = func
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._func()
        except BaseException as exc:  # delivered to the main thread, which decides
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app quit while we ran and took the relay with it: nobody is waiting
            log.info("a background task finished after the app quit")


class Tasks(QObject):
    """`tasks.run(func, on_done, on_error)`; callbacks run on the main thread. `busy` tells how many run."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(
        self,
        func: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._pool.start(_Job(func, self._relay(on_done, on_error)))

    def follow(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Deliver the outcome of work already running elsewhere (a vault lane) on the main thread."""
        relay = self._relay(on_done, on_error)

        def deliver(done: Future[Any]) -> None:
            exc = done.exception()
            if exc is not None:
                _Job._deliver(relay.failed, exc)
            else:
                _Job._deliver(relay.done, done.result())

        future.add_done_callback(deliver)

    def _relay(self, on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None) -> _Relay:
        relay = _Relay()  # lives in the main thread; queued signals carry the result back here
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
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

        # queued, also when the work finished before follow() was called: a callback never runs inside its caller
        relay.done.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        return relay

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
