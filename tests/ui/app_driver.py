"""Child process for the kill test: the real controller offscreen; types a note and waits out the autosave.

Prints "ready" once the autosave delay has passed (without any explicit save), then idles until killed.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from vpdesk.app import build
from vpdesk.domain.model import Case
from vpdesk.policy import Settings
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.desk_controller import DeskController


def main() -> None:
    home, marker = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    controller = build(app, home, Settings())  # production settings: autosave after 2 s
    desk = controller.page("desk")
    assert isinstance(desk, DeskController)
    controller.start()
    controller.window.show()
    controller.session.create("paard batterij niet vandaag", "AAAA-" * 7 + "AAAA", params=Argon2Params(8192, 1, 1))
    controller._opened()
    case = controller.session.vault.cases.add(Case(categories=("oo",), opened=date.today()))
    desk.model.reload()
    desk.open_case(case.id or 0, select_in_list=True)
    desk.new_conversation()
    QTest.keyClicks(desk.page.case_view.editor.notes, f"getypt in de app {marker}")  # real keystrokes, no save
    delay = int(controller.settings.autosave_seconds * 1000) + 700
    QTimer.singleShot(delay, lambda: print("ready", flush=True))
    app.exec()


if __name__ == "__main__":
    main()
