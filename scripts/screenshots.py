"""`make screenshots`: render the unlock screen, the case list and a case view from a demo vault to PNG."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from vpdesk.app import build
from vpdesk.policy import Settings
from vpdesk.services.demo import populate
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.application import install_translation

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
TODAY = date(2026, 11, 28)
SMALL = (1093, 614)  # 1366x768 at a scale factor of 1.25, in logical pixels


def settle(app: QApplication, ready: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let background work (the read lane, tasks) land before a picture is taken."""
    end = time.monotonic() + timeout
    while not ready() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translation(app, "nl")  # as the app does: Dutch words and Dutch day names
    home = Path(tempfile.mkdtemp(prefix="vpdesk-shots-"))
    controller = build(app, home, Settings(), now=lambda: datetime(2026, 11, 28, 14, 5))
    desk = controller.page("desk")
    window = controller.window
    window.resize(1280, 800)
    # a demo vault: made-up cases only (the fast key parameters are fine for throwaway screenshots)
    controller.session.create("demo passphrase for screenshots", "A" * 32, params=Argon2Params(8192, 1, 1))
    populate(controller.session.vault, n_cases=240, conversations_per_case=3, seed=7, today=TODAY)
    controller.session.lock()
    controller.start()
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "unlock.png"))
    controller.session.unlock("demo passphrase for screenshots")
    controller._opened()
    settle(app, lambda: not desk.model.loading and desk.model.rowCount() > 0)  # the list is read on its lane
    window.grab().save(str(OUT / "case-list.png"))
    first = desk.model.case_id(2)
    assert first is not None
    desk.page.cases.select_case(first)
    app.processEvents()
    window.grab().save(str(OUT / "case-view.png"))
    view = desk.page.case_view
    view.tabs.setCurrentWidget(view.guide)
    view.guide.set_answer("labour_dispute", True)
    view.guide.set_answer("labour_topic", "overig")
    view.guide.set_answer("health_strain", True)
    app.processEvents()
    window.grab().save(str(OUT / "wegwijzer.png"))
    desk.page.search.setText("dienstauto")
    desk.run_search()
    settle(app, lambda: desk.page.cases.stack.currentIndex() == 1)
    window.grab().save(str(OUT / "search.png"))
    desk.page.search.setText("")
    rooms = controller.page("rooms")
    window.show_work("rooms")
    controller.tasks.wait()
    app.processEvents()
    rooms.plan_for_case(first, "M-00221")  # type: ignore[attr-defined]
    rooms.page.features["soundproof"].setChecked(True)  # type: ignore[attr-defined]
    rooms.find()  # type: ignore[attr-defined]
    for _ in range(50):
        controller.tasks.wait()
        app.processEvents()
    window.grab().save(str(OUT / "rooms.png"))
    stats = controller.page("stats")
    window.show_work("stats")
    stats.page.year.setValue(2026)  # type: ignore[attr-defined]
    stats.preview()  # type: ignore[attr-defined]
    settle(app, lambda: bool(stats.page.preview.toPlainText()))  # type: ignore[attr-defined]
    window.grab().save(str(OUT / "jaarcijfers.png"))
    window.resize(*SMALL)  # a 1366x768 laptop at 125%: every page must still work
    for key in ("desk", "rooms", "stats"):
        window.show_work(key)
        settle(app, lambda: not controller.tasks.busy)
        window.grab().save(str(OUT / f"klein-{key}.png"))
    controller.lock()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
