"""The Qt binding itself: PySide6 6.12.0's `SignalInstance.emit()` drops a reference to `True` on every call.

After a few thousand emits (a morning of typing, or one scroll through 10,000 cases), `True` is deallocated and
the interpreter aborts ("bool_dealloc: deallocating True or False"). 6.11.3 does not; the lock file pins it, and
this test fails on a binding that has the bug, so an upgrade cannot bring it back unnoticed (decisions 40).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_a_signal_leaves_the_reference_count_of_true_alone(qapp: QApplication) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.fired.emit(i)
    lost = before - sys.getrefcount(True)
    assert len(received) == 2000
    assert lost < 100, f"each emit() dropped a reference to True ({lost} lost over 2000 emits)"
