"""Child process of test_real_window: the whole app on a real X display (Xvfb, platform xcb, not offscreen),
driven through real key presses and clicks: first start, a case, a note, lock and unlock. Saves a screenshot of
each step (the window and the X screen) to argv[2] and prints one line per step; "done" at the end."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from vpdesk.app import build
from vpdesk.policy import Settings
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog

PASSPHRASE = "paard batterij niet vandaag"
NOTE = "Melder vertelt over de vergadering van dinsdag"


def wait(app: QApplication, ready: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    home, shots = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    print("platform", app.platformName(), flush=True)
    controller = build(app, home, Settings())
    desk = controller.page("desk")
    assert isinstance(desk, DeskController)
    window = controller.window
    controller.start()
    window.resize(1093, 614)
    window.show()
    assert QTest.qWaitForWindowExposed(window, 10_000), "the window never appeared on the display"
    window.activateWindow()
    step = 0

    def shot(name: str) -> None:
        nonlocal step
        step += 1
        app.processEvents()
        window.grab().save(str(shots / f"{step}-{name}.png"))
        app.primaryScreen().grabWindow(0).save(str(shots / f"{step}-{name}-screen.png"))  # what X shows
        print("step", name, flush=True)

    # first start: a passphrase typed key by key, the code typed back
    shot("welkom")
    setup = controller.setup
    QTest.keyClicks(setup.passphrase.first, PASSPHRASE)
    QTest.keyClicks(setup.passphrase.repeat, PASSPHRASE)
    QTest.mouseClick(setup.next_button, Qt.MouseButton.LeftButton)
    groups = setup.code.split("-")
    shot("herstelcode")
    QTest.mouseClick(setup.saved_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(setup.group_a, groups[setup.groups[0]])
    QTest.keyClicks(setup.group_b, groups[setup.groups[1]])
    QTest.keyClick(setup.group_b, Qt.Key.Key_Return)
    wait(app, lambda: controller.session.is_open and window.current_page() == "work", "the new vault")
    shot("kluis")

    # a case through Ctrl+N and its dialog (answered when it is up: exec() runs its own loop)
    def answer() -> None:
        dialog = app.activeModalWidget()
        if not isinstance(dialog, NewCaseDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.check("oo")
        QTest.keyClicks(dialog.pseudonym, "Zilverreiger")
        dialog.grab().save(str(shots / "nieuwe-zaak.png"))
        dialog.accept()

    QTimer.singleShot(50, answer)
    assert QTest.qWaitForWindowActive(window, 10_000), "the window did not become active"
    QTest.keyClick(app.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait(app, lambda: desk.page.case_view.case_id is not None, "the new case")
    notes = desk.page.case_view.editor.notes
    wait(app, lambda: notes.isEnabled(), "the new conversation")
    notes.setFocus()
    QTest.keyClicks(notes, NOTE)
    shot("aantekening")

    # lock with Ctrl+L: the note is saved, the screen shows nothing of the case
    window.activateWindow()  # no window manager on Xvfb gives the focus back after a dialog
    assert QTest.qWaitForWindowActive(window, 10_000), "the window did not become active"
    QTest.keyClick(app.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait(app, lambda: window.current_page() == "unlock", "the lock")
    assert not controller.session.is_open and NOTE not in notes.toPlainText()
    shot("vergrendeld")

    QTest.keyClicks(controller.unlock.field, PASSPHRASE)
    QTest.keyClick(controller.unlock.field, Qt.Key.Key_Return)
    wait(app, lambda: controller.session.is_open and window.current_page() == "work", "the unlock")
    wait(app, lambda: NOTE in notes.toPlainText(), "the note back in its place")
    shot("ontgrendeld")
    controller.tasks.wait()
    window.close()
    print("done", flush=True)


if __name__ == "__main__":
    assert os.environ.get("QT_QPA_PLATFORM") == "xcb", "run on a real X display"
    main()
