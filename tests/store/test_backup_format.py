"""A backup file that is not well formed (its header length, its JSON, its format name, a restore over a vault
that is missing) is refused before anything is decrypted, and the current vault stays as it was."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vpdesk.errors import KnownError
from vpdesk.store.backup import MAGIC, MAX_HEADER, backup, restore
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _split(raw: bytes) -> tuple[dict[str, object], bytes]:
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    return json.loads(raw[start : start + length]), raw[start + length :]


def _join(header: bytes, data: bytes, length: int | None = None) -> bytes:
    return MAGIC + struct.pack(">I", len(header) if length is None else length) + header + data


def _with_header(change: Callable[[dict[str, object]], object]) -> Callable[[bytes], bytes]:
    def rewrite(raw: bytes) -> bytes:
        header, data = _split(raw)
        changed = change(header)
        return _join(json.dumps(header if changed is None else changed).encode(), data)

    return rewrite


MALFORMED: dict[str, Callable[[bytes], bytes]] = {
    "only the magic": lambda raw: MAGIC,
    "a header longer than the file": lambda raw: _join(b"{}", b"", length=len(raw)),
    "a header over the limit": lambda raw: _join(b"{}", b"x" * 16, length=MAX_HEADER + 1),
    "a header that is no JSON": lambda raw: _join(b"{not json", _split(raw)[1]),
    "a header that is a list": _with_header(lambda h: [h]),
    "another format": _with_header(lambda h: h.update(format="vpdesk-backup/2")),
    "a snapshot size that is off": _with_header(lambda h: h.update(snapshot_size=int(str(h["snapshot_size"])) + 1)),
    "no snapshot hash": _with_header(lambda h: h.pop("snapshot_sha256")),
}


@pytest.mark.parametrize("how", MALFORMED)
def test_a_malformed_backup_is_refused_and_the_vault_untouched(vault: Vault, tmp_path: Path, how: str) -> None:
    target = tmp_path / "b.vpbackup"
    backup(vault, target, NOW)
    vault.close()
    before = vault.paths.db.read_bytes(), vault.paths.keys.read_bytes()
    target.write_bytes(MALFORMED[how](target.read_bytes()))
    with pytest.raises(KnownError, match=r"b\.vpbackup is damaged or not a vpdesk backup"):
        restore(vault.paths.home, target, PASSPHRASE)
    assert (vault.paths.db.read_bytes(), vault.paths.keys.read_bytes()) == before
    assert sorted(p.name for p in vault.paths.home.iterdir() if p.name.startswith(("replaced-", ".restore"))) == []


def test_restoring_where_no_vault_exists_yet_creates_it(vault: Vault, tmp_path: Path) -> None:
    """A new laptop: the backup is all there is. Nothing to keep aside, and the vault opens as it was saved."""
    target = tmp_path / "b.vpbackup"
    backup(vault, target, NOW)
    vault.close()
    info = restore(tmp_path / "new-laptop", target, PASSPHRASE)
    assert info.kept is None
    with Vault.unlock(tmp_path / "new-laptop", PASSPHRASE) as v:
        assert v.check() == []
