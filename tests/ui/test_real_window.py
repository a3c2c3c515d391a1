"""The app in a real window: an X server (Xvfb) and Qt's xcb platform, not the offscreen one the other tests use.
A child process drives first start, a case, a note, lock and unlock with real key presses (real_window_proc.py)
and saves a screenshot of each step, of the window and of the X screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

HERE = Path(__file__).resolve().parent
STEPS = ["welkom", "herstelcode", "kluis", "aantekening", "vergrendeld", "ontgrendeld"]


@pytest.mark.slow
def test_the_app_runs_in_a_real_window(display: str, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "VPDESK_HOME": str(tmp_path / "home")}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(HERE / "real_window_proc.py"), str(tmp_path / "home"), str(shots)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and lines[-1:] == ["done"], done.stdout + done.stderr[-2000:]
    assert lines[0] == "platform xcb"  # a real window system, not offscreen
    assert [line.removeprefix("step ") for line in lines[1:-1]] == STEPS
    for n, name in enumerate(STEPS, 1):
        for suffix in ("", "-screen"):
            image = QImage(str(shots / f"{n}-{name}{suffix}.png"))
            assert not image.isNull() and image.width() >= 1000
            colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
            assert len(colours) > 3, f"{name}{suffix} is blank"  # something was drawn
    assert (shots / "nieuwe-zaak.png").is_file()
    print(f"screenshots in {shots}")
