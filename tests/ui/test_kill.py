"""The app process killed (SIGKILL) after the autosave delay keeps the note, and the meldproces tracker's edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from vpdesk.store.vault import Vault

DRIVER = Path(__file__).with_name("app_driver.py")
PASSPHRASE = "paard batterij niet vandaag"  # the driver's


def _type_then_kill(home: Path, marker: str, field: str) -> None:
    """Run the app in a child, let it type ``marker`` into ``field`` and pass the autosave delay, then SIGKILL it."""
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(home), marker, field],
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


def test_killed_app_keeps_the_note_typed_before_the_autosave_delay(tmp_path: Path) -> None:
    home = tmp_path / "vault"
    marker = "EMUMARKER-55"
    _type_then_kill(home, marker, "note")
    with Vault.unlock(home, PASSPHRASE) as vault:
        assert [h.case_id for h in vault.search.notes(marker)] == [1]
        assert vault.check() == []


def test_killed_app_keeps_the_tracker_edit(tmp_path: Path) -> None:
    home = tmp_path / "vault"
    marker = "Trackermarker"
    _type_then_kill(home, marker, "meldproces")
    with Vault.unlock(home, PASSPHRASE) as vault:
        assert vault.formal_reports.for_case(1)[0].procesbegeleider == marker
