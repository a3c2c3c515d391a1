"""Child process of test_clipboard_selection: on a real X display, text selected in a text widget is offered as
the PRIMARY selection. Another X client (a second process) reads PRIMARY before and after the guard's timeout and
after a lock's clear(); prints what it read, one line each."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QProcess, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from vpdesk.ui.clipboard import ClipboardGuard

READER = (
    "from PySide6.QtGui import QClipboard, QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "print(repr(app.clipboard().text(QClipboard.Mode.Selection)))\n"
)


def outside_read(app: QApplication) -> str:
    """PRIMARY as another X client sees it; our event loop keeps running, since the owner must answer."""
    reader = QProcess()
    reader.start(sys.executable, ["-c", READER])
    end = time.monotonic() + 20
    while reader.state() != QProcess.ProcessState.NotRunning and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    return bytes(reader.readAllStandardOutput().data()).decode().strip()


def select_all(app: QApplication, editor: QPlainTextEdit) -> None:
    """Ctrl+A as the adviser types it: a key press sets PRIMARY (a programmatic selectAll() does not)."""
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    end = time.monotonic() + 5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
        if app.clipboard().text(app.clipboard().Mode.Selection):
            return


def main() -> None:
    app = QApplication([])
    print("supports", app.clipboard().supportsSelection(), flush=True)
    guard = ClipboardGuard(clear_after_s=2)
    editor = QPlainTextEdit("Melder spreekt over ziekteverzuim")
    editor.show()
    editor.activateWindow()
    editor.setFocus()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.01)
    select_all(app, editor)
    print("selected", outside_read(app), flush=True)
    end = time.monotonic() + 3
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.05)
    print("after timeout", outside_read(app), flush=True)
    QTest.keyClick(editor, Qt.Key.Key_End)
    select_all(app, editor)  # selected again, then the vault locks
    guard.clear()
    print("after lock", outside_read(app), flush=True)


if __name__ == "__main__":
    main()
