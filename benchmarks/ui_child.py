"""One measured UI run, in a process of its own (`python -m benchmarks.ui_child HOME [FAULT_LOG]`): build the app,
unlock the cached vault, drive the desk through every phase and print the figures as one line of JSON. `ui_bench.py`
starts it, idle and under load, and reports; how a stall is measured is in that module's doc.

With FAULT_LOG, a fatal signal (a SIGSEGV in Qt or a binding) writes the Python stack of every thread there
(faulthandler: file names, lines and function names only, no values), so a rare crash says where it happened."""

from __future__ import annotations

import faulthandler
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.synth import PASSPHRASE

SORTS = ((0, "id"), (1, "pseudonym"), (3, "org_unit"), (4, "status"), (6, "last_contact"), (5, "opened"))
PHASES = ("unlock", "scroll", *(f"sort_{name}" for _, name in SORTS), "search")
WORDS = ("leidinggevende", "represailles", "dienstauto", "klachtencommissie", "flexplek")
KEY_PAUSES = (0.09, 0.2)  # alternately: a quick key, then a pause longer than the search's debounce (150 ms)
SETTLE = 0.3  # after each action: late work (a deferred fetch, a paint) still counts for the phase that caused it


class StallProbe:
    """A precise 1 ms timer on the UI thread; per phase, the longest gap between its ticks (wall clock: what the
    adviser waits) and the most CPU time the UI thread itself spent between two ticks (its own work, which on a
    busy or noisy machine is the part the app controls). See the module's doc."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.phase = ""
        self.longest: dict[str, float] = {}
        self.work: dict[str, float] = {}
        self.last = self.last_cpu = 0.0

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest[self.phase] = max(self.longest.get(self.phase, 0.0), now - self.last)
        self.work[self.phase] = max(self.work.get(self.phase, 0.0), cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> None:
        self._tick()  # a stall still going on counts too
        self.timer.stop()


def spin(seconds: float = 0.0, until: Callable[[], bool] | None = None, timeout: float = 30.0) -> None:
    """Run the real event loop for ``seconds``, or until ``until()`` holds (checked every millisecond). The UI
    thread sleeps in its event dispatcher meanwhile, as in the app."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if until is not None and until():
        return
    loop = QEventLoop()
    timed_out: list[bool] = []

    def timer(ms: int, slot: Callable[[], Any], single: bool = True) -> QTimer:
        t = QTimer()
        t.setTimerType(Qt.TimerType.PreciseTimer)
        t.setSingleShot(single)
        t.timeout.connect(slot)
        t.start(ms)
        return t

    def check() -> None:
        if until is not None and until():
            loop.quit()

    def give_up() -> None:
        timed_out.append(True)
        loop.quit()

    if until is None:
        timers = [timer(round(seconds * 1000), loop.quit)]
    else:
        timers = [timer(1, check, single=False), timer(round(timeout * 1000), give_up)]
    loop.exec()
    for t in timers:
        t.stop()
    if timed_out:
        raise TimeoutError(f"waited {timeout} s in vain")


class Desk:
    """The few handles on the desk this benchmark drives: change them here when the UI's structure changes."""

    def __init__(self, controller: Any) -> None:
        desk = controller.page("desk")
        self.controller = controller
        self.model = desk.model  # the case list's model (lazy: rowCount grows as pages arrive; .total is the count)
        self.table = desk.page.cases.table
        self.search = desk.page.search
        self.hits = desk.page.cases.results.model()  # the search results' model

    def loaded(self) -> int:
        return int(self.model.rowCount())

    def total(self) -> int:
        return int(self.model.total)


def child(home: Path) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from vpdesk.app import build
    from vpdesk.policy import Settings

    app = QApplication([])
    controller = build(app, home, Settings())
    controller.start()
    controller.window.show()
    desk = Desk(controller)
    spin(0.5)  # the unlock screen painted: the app's start is not part of this measure
    out: dict[str, Any] = {}
    probe = StallProbe()

    # unlock: key derivation in a worker, then the first page of the list
    probe.start("unlock")
    spin(0.1)
    start = time.perf_counter()
    controller.unlock_vault(PASSPHRASE)
    spin(until=lambda: desk.loaded() > 0, timeout=60)
    out["unlock_to_filled_list_ms"] = (time.perf_counter() - start) * 1000
    spin(SETTLE)
    out["cases_in_list"] = desk.total()

    # scroll through all cases to the last, page by page as the view asks for them, one frame per step
    probe.phase = "scroll"
    start = time.perf_counter()
    while desk.loaded() < desk.total():
        before = desk.loaded()
        desk.table.scrollToBottom()
        spin(0.016)

        def grown(before: int = before) -> bool:
            return desk.loaded() > before

        spin(until=grown, timeout=10)
    out["scroll_all_cases_ms"] = (time.perf_counter() - start) * 1000
    spin(SETTLE)

    # every sort, each way: the header's click, the first page in the new order, its paint
    header = desk.table.horizontalHeader()
    changes = [0]
    for name in ("modelReset", "layoutChanged", "rowsInserted", "dataChanged"):
        getattr(desk.model, name).connect(lambda *_: changes.__setitem__(0, changes[0] + 1))
    for column, name in SORTS:
        probe.phase = f"sort_{name}"
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            changes[0] = 0
            header.setSortIndicator(column, order)
            spin(until=lambda: changes[0] > 0 and desk.loaded() > 0, timeout=30)
            spin(SETTLE)

    # search as you type: keys into the search field; the results of the last key of each word are timed
    probe.phase = "search"
    shown: list[float] = []
    desk.hits.modelReset.connect(lambda: shown.append(time.perf_counter()))
    latencies = []
    for word in WORDS:
        desk.search.setFocus()
        desk.search.clear()
        spin(SETTLE)
        for i, char in enumerate(word[:-1]):
            QTest.keyClicks(desk.search, char)
            spin(KEY_PAUSES[i % 2])
        shown.clear()
        typed = time.perf_counter()
        QTest.keyClicks(desk.search, word[-1])
        spin(until=lambda: bool(shown), timeout=30)
        latencies.append((shown[0] - typed) * 1000)
        spin(SETTLE)  # the results painted, before the next word, as a person would pause
    probe.stop()
    out["search_last_keystroke_to_results_ms"] = max(latencies)
    out["search_last_keystroke_to_results_median_ms"] = statistics.median(latencies)
    out["stall_ms"] = {p: probe.longest.get(p, 0.0) * 1000 for p in PHASES}
    out["work_ms"] = {p: probe.work.get(p, 0.0) * 1000 for p in PHASES}
    out["longest_ms"] = max(out["stall_ms"].values())
    out["most_work_ms"] = max(out["work_ms"].values())

    controller.lock()
    controller.window.close()
    controller.window.deleteLater()
    spin(0.05)
    return out


def main(argv: list[str]) -> None:
    if len(argv) > 1:  # kept open to the process's very end: a crash while Python shuts down is caught too
        faulthandler.enable(open(argv[1], "w"), all_threads=True)  # noqa: SIM115
    print(json.dumps(child(Path(argv[0]))), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
