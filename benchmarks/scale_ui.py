"""`make bench-scale`, the app at 100,000 cases: `make bench`'s UI protocol (benchmarks/ui_bench.py: three fresh
processes on an idle machine, three with every core busy; unlock to a filled list, scrolling every case, every sort,
search as you type) on the scale tier's vault of 100,000 cases and 1,000,000 notes, with the longest stall of the UI
thread and the UI thread's own CPU time within it, and the machine's load beside each run."""

from __future__ import annotations

from typing import Any

from benchmarks import ui_bench
from benchmarks.scale_cache import build, paths

TARGETS = {
    "ui_stall_idle_max_ms": (ui_bench.IDLE_TARGET_MS, "longest UI-thread stall at 100,000 cases, idle, every run (ms)"),
    "ui_stall_load_max_ms": (ui_bench.LOAD_TARGET_MS, "longest UI-thread stall at 100,000 cases, loaded, every run"),
    "unlock_to_filled_list_ms": (300.0, "unlock to a filled list at 100,000 cases, in the app (ms)"),
}
RUNS_DETAIL: dict[str, Any] = {}


def run() -> dict[str, float]:
    build("1m")
    figures = ui_bench.run(paths("1m")[0])
    RUNS_DETAIL.clear()
    RUNS_DETAIL.update(ui_bench.RUNS_DETAIL)
    return figures
