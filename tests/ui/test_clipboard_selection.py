"""Issue 15 point 8, the X11 side (a trial's finding): selecting case text offers it to every window as the PRIMARY
selection (middle click). The guard clears it like a copy: after its timeout and at a lock, read by another X client
on a real display (Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT = "'Melder spreekt over ziekteverzuim'"


def test_a_selection_leaves_primary_after_the_timeout_and_at_a_lock(display: str) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(HERE / "selection_proc.py")], env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "supports True",
        f"selected {TEXT}",  # the other client really reads it while selected
        "after timeout ''",
        "after lock ''",
    ], done.stdout
