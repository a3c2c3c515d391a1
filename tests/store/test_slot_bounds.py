"""Issue 15 point 6 (slot parameters are bounded on read) and point 9 (a non-ASCII recovery code)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from vpdesk.errors import KnownError
from vpdesk.store.backup import MAGIC, backup, restore
from vpdesk.store.keyslots import Argon2Params, SlotFile
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
FAST = Argon2Params(8192, 1, 1)


@pytest.mark.parametrize(
    "tamper",
    [
        {"iterations": 10**9},  # hangs for ever
        {"lanes": 0},  # crashes the derivation
        {"memory_kib": 4 * 1024**3},  # 4 TiB
        {"memory_kib": 1024},  # below what Argon2id accepts for its lanes
        {"iterations": "2"},  # a string where a number belongs
        {"lanes": True},
    ],
)
def test_tampered_argon2_parameters_read_as_damaged_at_once(tmp_path: Path, tamper: dict[str, Any]) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    vault.close()
    doc = json.loads(vault.paths.keys.read_bytes())
    doc["slots"]["passphrase"].update(tamper)
    vault.paths.keys.write_text(json.dumps(doc))
    start = time.monotonic()
    with pytest.raises(KnownError, match="key-slot file is damaged") as err:
        Vault.unlock(tmp_path / "v", PASSPHRASE)
    assert time.monotonic() - start < 2
    assert "restore" in str(err.value)


def test_a_backup_header_with_hostile_parameters_is_refused_before_deriving(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    backup(vault, tmp_path / "b.vpbackup", datetime(2026, 3, 1, tzinfo=UTC))
    vault.close()
    raw = (tmp_path / "b.vpbackup").read_bytes()
    start = len(MAGIC) + 4
    length = int.from_bytes(raw[len(MAGIC) : start], "big")
    header = json.loads(raw[start : start + length])
    header["slots"]["slots"]["passphrase"]["iterations"] = 10**9
    blob = json.dumps(header, sort_keys=True).encode()
    (tmp_path / "b.vpbackup").write_bytes(MAGIC + len(blob).to_bytes(4, "big") + blob + raw[start + length :])
    with pytest.raises(KnownError, match="backup's key-slot data is damaged"):
        restore(tmp_path / "v", tmp_path / "b.vpbackup", PASSPHRASE)


@pytest.mark.parametrize("code", ["ÄBCD-" * 7 + "ABCD", "АВСD-" * 7 + "ABCD", "ABCD-" * 7 + "ABCé"])
def test_a_recovery_code_with_a_non_ascii_letter_gets_one_clear_sentence(tmp_path: Path, code: str) -> None:
    slots, *_ = SlotFile.create(PASSPHRASE, FAST)
    with pytest.raises(KnownError, match="only the letters A-Z"):
        slots.unlock_recovery(code)
    Vault.create(tmp_path / "v", PASSPHRASE)[0].close()
    with pytest.raises(KnownError, match="only the letters A-Z"):
        Vault.recover(tmp_path / "v", code, "another long passphrase here")
