"""sqlcipher3's own tests do not test encryption; these do: no plaintext anywhere, wrong key, tamper, rekey."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from vpdesk.domain.model import Case, Conversation
from vpdesk.errors import VaultDamaged
from vpdesk.store.connection import connect
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"

MARKER = "ZEBRAQUOKKA-7f3a9c"


def _write_marker(vault: Vault) -> int:
    case = vault.cases.add(Case(categories=("oo.pesten",), opened=datetime(2026, 1, 2).date()))
    assert case.id is not None
    conv = vault.conversations.add(
        Conversation(case_id=case.id, when=datetime(2026, 1, 2, 10), notes=f"De melder zegt {MARKER} twee keer.")
    )
    assert conv.id is not None
    return conv.id


def _files(vault: Vault) -> list[Path]:
    return [p for p in vault.paths.home.iterdir() if p.is_file()]


def test_marker_is_absent_from_database_wal_shm_and_temp_dir(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    _write_marker(vault)
    # while open: the WAL and shm exist and hold the fresh pages
    sidecars = [p for p in vault.paths.sidecars() if p.exists()]
    assert any(p.name.endswith("-wal") and p.stat().st_size > 0 for p in sidecars)
    hits = vault.search.notes(MARKER)
    assert hits and "[ZEBRAQUOKKA]" in hits[0].snippet
    for path in [vault.paths.db, *sidecars, *_files(vault)]:
        data = path.read_bytes()
        assert MARKER.encode() not in data, path.name
        assert MARKER.encode("utf-16-le") not in data, path.name
        assert b"SQLite format 3" not in data[:16]
    assert list(tmpdir.iterdir()) == []
    vault.close()
    for path in _files(vault):
        assert MARKER.encode() not in path.read_bytes(), path.name


def test_plain_sqlite_cannot_read_the_vault(vault: Vault) -> None:
    _write_marker(vault)
    vault.close()
    conn = sqlite3.connect(vault.paths.db)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_a_wrong_raw_key_is_rejected(vault: Vault) -> None:
    vault.close()
    with pytest.raises(VaultDamaged):
        connect(vault.paths.db, os.urandom(32))


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("page", [0, 1, 2, 3, 5, 8])
def test_one_flipped_byte_reads_as_damaged_or_tampered(
    vault: Vault, page: int, capfd: pytest.CaptureFixture[str]
) -> None:
    _write_marker(vault)
    vault.close()
    size = vault.paths.db.stat().st_size
    offset = min(page * 4096 + 100, size - 50)
    _flip(vault.paths.db, offset)
    capfd.readouterr()
    try:
        reopened = Vault.unlock(vault.paths.home, PASSPHRASE)
    except VaultDamaged as exc:
        assert "damaged or has been tampered with" in str(exc)
    else:
        problems = reopened.check()
        reopened.close()
        assert problems, f"a flip at {offset} went unnoticed"
    out, err = capfd.readouterr()
    assert err == "" and out == ""  # nothing from SQLCipher on the terminal


def test_rotate_key_changes_the_database_key_and_keeps_the_data(vault: Vault) -> None:
    _write_marker(vault)
    old_key = vault.slots.database_keys(vault.master_key_for_backup())[0]
    vault.rotate_key()
    new_key = vault.slots.database_keys(vault.master_key_for_backup())[0]
    assert new_key != old_key
    vault.close()
    with pytest.raises(VaultDamaged):
        connect(vault.paths.db, old_key)
    v = Vault.unlock(vault.paths.home, PASSPHRASE)
    assert v.search.notes(MARKER)
    assert v.check() == []
    v.close()


def test_rotation_interrupted_after_the_pending_key_is_written_opens_with_the_old_key(vault: Vault) -> None:
    _write_marker(vault)

    class Killed(Exception):
        pass

    def die() -> None:
        raise Killed

    with pytest.raises(Killed):
        vault.rotate_key(_after_pending=die)
    vault.close()
    assert b"dbkey_pending" in vault.paths.keys.read_bytes()
    v = Vault.unlock(vault.paths.home, PASSPHRASE)
    assert v.search.notes(MARKER)
    v.close()
    assert b"dbkey_pending" not in vault.paths.keys.read_bytes()


def test_rotation_interrupted_after_rekey_opens_with_the_new_key(vault: Vault) -> None:
    _write_marker(vault)
    saved = vault.slots.to_bytes()
    master = vault.master_key_for_backup()
    old_key = vault.slots.database_keys(master)[0]
    vault.rotate_key()
    new_key = vault.slots.database_keys(master)[0]
    vault.close()
    # put the slot file back as it was just before the final write: current = old key, pending = new key
    import json

    doc = json.loads(saved)
    doc["dbkey_pending"] = json.loads(vault.paths.keys.read_bytes())["dbkey"]
    vault.paths.keys.write_text(json.dumps(doc))
    v = Vault.unlock(vault.paths.home, PASSPHRASE)
    assert v.search.notes(MARKER)
    assert v.slots.database_keys(master) == [new_key] != [old_key]
    v.close()


def test_reads_that_meet_a_damaged_page_say_damaged_not_a_traceback(vault: Vault) -> None:
    """Opening checks the first page; a damaged page further on is met by a read. Every read then raises the
    KnownError "damaged", never sqlite's DatabaseError (which the CLI and the UI would report as a bug)."""
    for _ in range(30):
        case = vault.cases.add(Case(categories=("oo",), opened=datetime(2026, 1, 5).date()))
        vault.conversations.add(Conversation(case_id=case.id or 0, when=datetime(2026, 1, 5), notes="x " * 900))
    vault.close()
    pristine = vault.paths.db.read_bytes()
    met = 0
    for page in range(1, len(pristine) // 4096):
        damaged = bytearray(pristine)
        damaged[page * 4096 + 300] ^= 0x01
        vault.paths.db.write_bytes(bytes(damaged))
        try:
            reopened = Vault.unlock(vault.paths.home, PASSPHRASE)
        except VaultDamaged:
            continue
        try:
            reopened.settings.get("practice")
            total = reopened.cases.page(offset=0, limit=100)
            for summary in total:
                reopened.conversations.for_case(summary.id)
            reopened.search.notes("x")
        except VaultDamaged:
            met += 1
        finally:
            reopened.close()
    assert met > 0
