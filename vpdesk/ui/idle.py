"""Idle auto-lock: any keyboard or mouse input resets the clock; `idle` fires once the timeout passes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_s: float, clock: Callable[[], float] = time.monotonic, poll_ms: int = 1000) -> None:
        super().__init__()
        self._timeout = timeout_s
        self._clock = clock
        self._last = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last = self._clock()
        self._armed = True
        self._timer.start()

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def set_timeout(self, seconds: float) -> None:
        self._timeout = seconds

    def poke(self) -> None:
        self._last = self._clock()

    def check(self) -> None:
        if self._armed and self._clock() - self._last >= self._timeout:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last = self._clock()
        return False
