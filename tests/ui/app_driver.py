"""Child process for the kill tests: the real controller offscreen; types into a case and waits out the autosave.

`app_driver.py HOME MARKER [note|meldproces]`: types MARKER as a note of a new conversation, or as the
procesbegeleider in the meldproces tracker of a case with a formal report (real keystrokes, no save button). Prints
"ready" once the autosave delay has passed (without any explicit save), then idles until killed.
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
from vpdesk.domain.meldproces import FormalReport, ReportKind
from vpdesk.domain.model import Case
from vpdesk.policy import Settings
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.desk_controller import DeskController


def main() -> None:
    home, marker = Path(sys.argv[1]), sys.argv[2]
    field = sys.argv[3] if len(sys.argv) > 3 else "note"
    app = QApplication([])
    controller = build(app, home, Settings())  # production settings: autosave after 2 s
    desk = controller.page("desk")
    assert isinstance(desk, DeskController)
    controller.start()
    controller.window.show()
    controller.session.create("paard batterij niet vandaag", "AAAA-" * 7 + "AAAA", params=Argon2Params(8192, 1, 1))
    controller._opened()
    vault = controller.session.vault
    case = vault.cases.add(Case(categories=("oo",), opened=date.today()))
    if field == "meldproces":
        vault.formal_reports.save(FormalReport(case.id or 0, ReportKind.INTEGRITEIT))
    desk.model.reload()
    desk.open_case(case.id or 0, select_in_list=True)
    view = desk.page.case_view
    if field == "meldproces":
        view.tabs.setCurrentWidget(view.meldproces)
        QTest.keyClicks(view.meldproces.procesbegeleider, marker)
    else:
        desk.new_conversation()
        QTest.keyClicks(view.editor.notes, f"getypt in de app {marker}")  # real keystrokes, no save
    delay = int(controller.settings.autosave_seconds * 1000) + 700
    QTimer.singleShot(delay, lambda: print("ready", flush=True))
    app.exec()


if __name__ == "__main__":
    main()
