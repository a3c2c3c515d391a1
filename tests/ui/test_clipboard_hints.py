"""Issue 15 point 8: case text on the clipboard carries the hints that keep it out of clipboard histories."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from vpdesk.ui.clipboard import ClipboardGuard

HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': None,
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\x00\x00\x00\x00",
}


def _assert_marked_secret(text: str) -> None:
    mime = QApplication.clipboard().mimeData()
    assert mime is not None and mime.text() == text
    for fmt, value in HINTS.items():
        assert mime.hasFormat(fmt), fmt
        if value is not None:
            assert bytes(mime.data(fmt).data()) == value, fmt


@pytest.fixture
def guard(qtbot: QtBot) -> ClipboardGuard:
    QApplication.clipboard().clear()
    return ClipboardGuard(30)


def test_a_copy_through_the_guard_is_marked_secret(guard: ClipboardGuard) -> None:
    guard.copy("vertrouwelijke tekst")
    _assert_marked_secret("vertrouwelijke tekst")
    guard.clear()
    assert QApplication.clipboard().text() == ""


def test_a_widgets_own_ctrl_c_is_marked_secret_too(qtbot: QtBot, guard: ClipboardGuard) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None, timeout=2000)
    editor.setPlainText("een notitie over een melder")
    editor.selectAll()
    editor.copy()
    qtbot.waitUntil(
        lambda: (m := QApplication.clipboard().mimeData()) is not None and m.hasFormat("x-kde-passwordManagerHint"),
        timeout=2000,
    )
    _assert_marked_secret("een notitie over een melder")
