"""Disk full: a clear error, and every commit made before it is intact."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
CHILD = Path(__file__).with_name("diskfull_proc.py")


def _cap_file_size() -> None:  # runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = 1_500_000
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_disk_full_gives_a_clear_error_and_keeps_committed_data(tmp_path: Path) -> None:
    home = tmp_path / "vault"
    Vault.create(home, PASSPHRASE)[0].close()
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(home)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        preexec_fn=_cap_file_size,
        timeout=120,
    )
    lines = proc.stdout.splitlines()
    acks = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    errors = [line for line in lines if line.startswith("error ")]
    assert acks and len(acks) < 100_000
    assert errors, proc.stderr[-2000:]
    assert "disk" in errors[0].lower() and "not saved" in errors[0]
    assert "Traceback" not in proc.stderr
    with Vault.unlock(home, PASSPHRASE) as vault:
        assert vault.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {
            int(r[0].split()[0].split("-")[1]) for r in vault.connection.execute("SELECT notes FROM conversation")
        }
        assert set(acks) <= stored
