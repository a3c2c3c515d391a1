"""Case text copied from the app is cleared after a timeout, and at lock or quit, if it is still ours.

Every copy of ours carries the "secret" hints that clipboard managers honour, so case text stays out of their
history: KDE Klipper (`x-kde-passwordManagerHint`), Windows' clipboard history and cloud clipboard
(`ExcludeClipboardContentFromMonitorProcessing`, `CanIncludeInClipboardHistory` = 0,
`CanUploadToCloudClipboard` = 0; Qt hands `application/x-qt-windows-mime;value="NAME"` to Windows as the
registered format NAME), and the nspasteboard.org convention on macOS (`org.nspasteboard.ConcealedType`).
A copy a text widget made itself (Ctrl+C) is re-offered with the hints at once.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication


def _windows(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


DWORD_ZERO = (0).to_bytes(4, "little")
SECRET_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    _windows("ExcludeClipboardContentFromMonitorProcessing"): DWORD_ZERO,
    _windows("CanIncludeInClipboardHistory"): DWORD_ZERO,
    _windows("CanUploadToCloudClipboard"): DWORD_ZERO,
    "org.nspasteboard.ConcealedType": b"",
}


def secret_mime(text: str) -> QMimeData:
    """``text`` as clipboard data marked secret for clipboard managers."""
    mime = QMimeData()
    mime.setText(text)
    for fmt, data in SECRET_HINTS.items():
        mime.setData(fmt, QByteArray(data))
    return mime


class ClipboardGuard(QObject):
    """Watches the clipboard and, where the system has one (X11, Wayland), the primary selection: on X11 merely
    selecting text offers it to every other window by middle click, so the selection is guarded like a copy."""

    def __init__(self, clear_after_s: int = 30) -> None:
        super().__init__()
        self._ours: dict[QClipboard.Mode, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_s * 1000)
        self._timer.timeout.connect(self.clear)
        board = self._clipboard()
        board.dataChanged.connect(lambda: self._changed(QClipboard.Mode.Clipboard))
        if board.supportsSelection():
            board.selectionChanged.connect(lambda: self._changed(QClipboard.Mode.Selection))

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def _changed(self, mode: QClipboard.Mode) -> None:
        board = self._clipboard()
        text = board.text(mode)
        # a copy or selection while our window has focus came from one of our text widgets: treat it as case text
        if text and text != self._ours.get(mode) and self._app_has_focus():
            self._ours[mode] = text
            self._timer.start()
            mime = board.mimeData(mode)
            if mime is None or not mime.hasFormat("x-kde-passwordManagerHint"):
                board.setMimeData(secret_mime(text), mode)  # the same text, now marked secret

    @staticmethod
    def _app_has_focus() -> bool:
        return (
            QGuiApplication.focusWindow() is not None
            or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )

    def copy(self, text: str) -> None:
        self._ours[QClipboard.Mode.Clipboard] = text
        self._clipboard().setMimeData(secret_mime(text))
        self._timer.start()

    def clear(self) -> None:
        """Empties the clipboard and the selection where they still hold text of ours (timeout, lock, quit)."""
        self._timer.stop()
        board = self._clipboard()
        for mode, text in self._ours.items():
            if board.text(mode) == text:
                board.clear(mode)
        self._ours.clear()
