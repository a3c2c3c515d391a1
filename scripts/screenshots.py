"""`make screenshots`: render the app from a demo vault to PNG, at 1280x800 (docs/screenshots) and at 1093x614, a
1366x768 screen at 125% (the manual's pictures, resources/help/img, shown by F1 and docs/handleiding.md)."""

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

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
MANUAL = ROOT / "resources" / "help" / "img"
TODAY = date(2026, 11, 28)
# the same pictures under the manual's names
FULL = {n: n for n in ("unlock", "case-list", "case-view", "wegwijzer", "search", "rooms", "jaarcijfers")}
SMALL = {
    "unlock": "ontgrendelen",
    "case-list": "zaken",
    "case-view": "zaak",
    "wegwijzer": "wegwijzer",
    "search": "zoeken",
    "rooms": "ruimtes",
    "jaarcijfers": "jaarcijfers",
}


def settle(app: QApplication, ready: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let background work (the read lane, tasks) land before a picture is taken."""
    end = time.monotonic() + timeout
    while not ready() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    install_translation(app, "nl")  # as the app does: Dutch words and Dutch day names
    shoot(app, (1280, 800), OUT, FULL)
    shoot(app, (1093, 614), MANUAL, SMALL)
    first_start(app, (1093, 614), MANUAL)
    coordinator(app, (1093, 614), MANUAL)
    print(f"screenshots written to {OUT} and {MANUAL}")
    return 0


def first_start(app: QApplication, size: tuple[int, int], out: Path) -> None:
    controller = build(app, Path(tempfile.mkdtemp(prefix="vpdesk-shots-")), Settings())
    controller.window.resize(*size)
    controller.start()
    controller.window.show()
    app.processEvents()
    controller.window.grab().save(str(out / "welkom.png"))
    controller.window.close()


def coordinator(app: QApplication, size: tuple[int, int], out: Path) -> None:
    from vpdesk.services.vault_admin import create

    home = Path(tempfile.mkdtemp(prefix="vpdesk-shots-"))
    create(home, "demo passphrase for screenshots", datetime(2026, 11, 28, 14, 5), coordinator=True)
    controller = build(app, home, Settings(), now=lambda: datetime(2026, 11, 28, 14, 5))
    controller.window.resize(*size)
    controller.start()
    controller.window.show()
    controller.session.unlock("demo passphrase for screenshots")
    controller._opened()
    controller.tasks.wait()
    app.processEvents()
    controller.window.grab().save(str(out / "coordinator.png"))
    controller.lock()
    controller.window.close()


def shoot(app: QApplication, size: tuple[int, int], out: Path, names: dict[str, str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="vpdesk-shots-"))
    controller = build(app, home, Settings(), now=lambda: datetime(2026, 11, 28, 14, 5))
    desk = controller.page("desk")
    window = controller.window
    window.resize(*size)
    # a demo vault: made-up cases only (the fast key parameters are fine for throwaway screenshots)
    controller.session.create("demo passphrase for screenshots", "A" * 32, params=Argon2Params(8192, 1, 1))
    populate(controller.session.vault, n_cases=240, conversations_per_case=3, seed=7, today=TODAY)
    controller.session.lock()
    controller.start()
    window.show()
    app.processEvents()
    window.grab().save(str(out / (names["unlock"] + ".png")))
    controller.session.unlock("demo passphrase for screenshots")
    controller._opened()
    settle(app, lambda: not desk.model.loading and desk.model.rowCount() > 0)  # the list is read on its lane
    window.grab().save(str(out / (names["case-list"] + ".png")))
    first = desk.model.case_id(2)
    assert first is not None
    desk.page.cases.select_case(first)
    app.processEvents()
    window.grab().save(str(out / (names["case-view"] + ".png")))
    view = desk.page.case_view
    view.tabs.setCurrentWidget(view.guide)
    view.guide.set_answer("labour_dispute", True)
    view.guide.set_answer("labour_topic", "overig")
    view.guide.set_answer("health_strain", True)
    for _ in range(3):  # the cards ask for their wrapped height once laid out: a second pass places them
        app.processEvents()
    window.grab().save(str(out / (names["wegwijzer"] + ".png")))
    desk.page.search.setText("dienstauto")
    desk.run_search()
    settle(app, lambda: desk.page.cases.stack.currentIndex() == 1)
    window.grab().save(str(out / (names["search"] + ".png")))
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
    window.grab().save(str(out / (names["rooms"] + ".png")))
    stats = controller.page("stats")
    window.show_work("stats")
    stats.page.year.setValue(2026)  # type: ignore[attr-defined]
    stats.preview()  # type: ignore[attr-defined]
    settle(app, lambda: bool(stats.page.preview.toPlainText()))  # type: ignore[attr-defined]
    window.grab().save(str(out / (names["jaarcijfers"] + ".png")))
    controller.lock()
    window.close()


if __name__ == "__main__":
    sys.exit(main())
