"""Case text copied from the app is cleared after a timeout, and at lock or quit, if it is still ours."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


class ClipboardGuard(QObject):
    def __init__(self, clear_after_s: int = 30) -> None:
        super().__init__()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_s * 1000)
        self._timer.timeout.connect(self.clear)
        self._clipboard().dataChanged.connect(self._changed)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def _changed(self) -> None:
        text = self._clipboard().text()
        # a copy while our window has focus came from one of our text widgets: treat it as case text
        if text and text != self._ours and self._app_has_focus():
            self._ours = text
            self._timer.start()

    @staticmethod
    def _app_has_focus() -> bool:
        return (
            QGuiApplication.focusWindow() is not None
            or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )

    def copy(self, text: str) -> None:
        self._ours = text
        self._clipboard().setText(text)
        self._timer.start()

    def clear(self) -> None:
        self._timer.stop()
        if self._ours is not None and self._clipboard().text() == self._ours:
            self._clipboard().clear()
        self._ours = None
