"""Walking a window with the keyboard: what Tab reaches, and what could be reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


def reachable(window: QWidget) -> set[QWidget]:
    """Every control a user sees and could reach with Tab (inner parts of a spin box or combo box are the box)."""
    found = set()
    for w in window.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.window() is window):
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue
        if isinstance(w.parent(), QAbstractSpinBox | QComboBox):
            continue
        found.add(w)
    return found


def walk(start: QWidget, presses: int, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) ``presses`` times from ``start``; the widget with the focus after each press."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(presses):
        here = QApplication.focusWidget()
        assert here is not None, "the focus left the window"
        if backwards:
            QTest.keyClick(here, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(here, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, "the focus left the window"
        seen.append(now)
    return seen


def name(w: QWidget) -> str:
    text = w.accessibleName() or getattr(w, "text", lambda: "")() or w.objectName()
    return f"{type(w).__name__}({text!r})"
