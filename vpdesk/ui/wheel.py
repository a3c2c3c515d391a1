"""The mouse wheel scrolls a form; it never turns a drop-down or a number the pointer happens to pass over.

A combo box or spin box inside a scroll area takes the wheel only when it has the keyboard focus (a click or Tab
gives it): otherwise the wheel scrolls the area around it. Without this, scrolling the wegwijzer's questions
changed answers the adviser never gave (trial4 F4). `guard_wheel(root)` applies it to every such widget under
`root`; call it again after adding widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

__all__ = ["guard_wheel"]


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is None:
            return False
        QCoreApplication.sendEvent(area.viewport(), event)  # the area scrolls as if the pointer were beside it
        return True


_GUARD = _WheelGuard()


def guard_wheel(root: QWidget) -> None:
    """Every combo box and spin box under `root` that lives in a scroll area: wheel only when focused."""
    widgets: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for widget in widgets:
        if _scroll_area_of(widget) is None:
            continue
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel alone gives no focus
        widget.removeEventFilter(_GUARD)  # once, also when called again
        widget.installEventFilter(_GUARD)
