"""Key derivation in seconds: what calibration picks on this machine, and how long a wrong passphrase, a
passphrase change and a wrong passphrase in a real `vpdesk` process take. The tests check the behaviour behind
these figures (floors, one derivation per attempt, a rewrap without a rekey); the seconds live here, because a
busy machine can stretch any of them."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vpdesk.errors import WrongPassphrase
from vpdesk.store.keyslots import Argon2Params, calibrate_argon2, derive_argon2
from vpdesk.store.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
WRONG = "not the passphrase at all"
LOW, HIGH = 0.5, 1.0  # the calibration window (docs/decisions.md, 1)


def _median_s(fn: object, repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _wrong_unlock(home: Path) -> None:
    try:
        Vault.unlock(home, WRONG)
    except WrongPassphrase:
        return
    raise AssertionError("a wrong passphrase opened the vault")


def _cli_wrong(home: Path) -> None:
    read_fd, write_fd = os.pipe()
    os.write(write_fd, (WRONG + "\n").encode())
    os.close(write_fd)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "vpdesk", "case", "list", "--passphrase-fd", str(read_fd)],
            capture_output=True,
            pass_fds=(read_fd,),
            env={**os.environ, "VPDESK_HOME": str(home)},
            timeout=120,
        )
    finally:
        os.close(read_fd)
    assert done.returncode == 1, done.stderr


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    start = time.perf_counter()
    params = calibrate_argon2()
    figures["calibration_s"] = time.perf_counter() - start
    figures["calibrated_memory_mib"] = params.memory_kib / 1024
    figures["calibrated_iterations"] = params.iterations
    figures["calibrated_derive_s"] = _median_s(lambda: derive_argon2(b"x", b"0123456789abcdef", params))
    figures["calibrated_derive_below_window_s"] = max(0.0, LOW - figures["calibrated_derive_s"])
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "vault"
        Vault.create(home, PASSPHRASE, params=params)[0].close()
        figures["wrong_passphrase_s"] = _median_s(lambda: _wrong_unlock(home))
        figures["wrong_passphrase_process_s"] = _median_s(lambda: _cli_wrong(home))
        vault = Vault.unlock(home, PASSPHRASE)
        fast = Argon2Params(8192, 1, 1)  # the rewrap itself, without the derivation it starts with
        figures["change_passphrase_fast_kdf_ms"] = 1000 * _median_s(lambda: vault.change_passphrase("x y z", fast))
        vault.close()
    return figures


TARGETS = {
    "calibrated_derive_s": (HIGH, "calibrated Argon2id derivation (s)"),
    "calibrated_derive_below_window_s": (0.0, "calibrated derivation short of the 0.5 s floor (s)"),
    "wrong_passphrase_s": (2.0, "a wrong passphrase is refused (s)"),
    "wrong_passphrase_process_s": (2.0, "a wrong passphrase in a real vpdesk process (s)"),
    "change_passphrase_fast_kdf_ms": (500.0, "passphrase change, rewrap only (ms)"),
}


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
