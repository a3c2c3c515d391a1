"""The app process killed (SIGKILL) after the autosave delay keeps the note."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from vpdesk.store.vault import Vault

DRIVER = Path(__file__).with_name("app_driver.py")


def test_killed_app_keeps_the_note_typed_before_the_autosave_delay(tmp_path: Path) -> None:
    home = tmp_path / "vault"
    marker = "EMUMARKER-55"
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(home), marker],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    _out, err = proc.communicate(timeout=30)
    assert line.strip() == "ready", err[-2000:]
    with Vault.unlock(home, "paard batterij niet vandaag") as vault:
        assert [h.case_id for h in vault.search.notes(marker)] == [1]
        assert vault.check() == []
