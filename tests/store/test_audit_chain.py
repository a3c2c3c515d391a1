"""The audit trail's hash chain detects a removed, changed or inserted row and a cut-off tail."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from tests.store.conftest import PASSPHRASE
from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.services import vault_admin
from vpdesk.store import migrations
from vpdesk.store.audit import AuditLog
from vpdesk.store.backup import backup, restore
from vpdesk.store.connection import Connection, connect
from vpdesk.store.vault import Vault


def _some_rows(vault: Vault) -> None:
    for n in range(6):
        vault.audit.record("update", f"case:{n}")


def test_a_whole_chain_verifies(vault: Vault) -> None:
    _some_rows(vault)
    assert vault.audit.verify() == []
    vault_admin.check(vault)


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        ("DELETE FROM audit_log WHERE id = 3", "missing"),
        ("UPDATE audit_log SET object = 'case:99' WHERE id = 4", "row 4 was changed"),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00' WHERE id = 2", "row 2 was changed"),
        ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)", "newest audit rows were removed"),
        ("UPDATE audit_log SET hash = NULL WHERE id = 5", "row 5 has no hash"),
    ],
)
def test_tampering_breaks_the_chain(vault: Vault, tamper: str, problem: str) -> None:
    _some_rows(vault)
    vault.connection.execute(tamper)
    assert any(problem in p for p in vault.audit.verify())
    with pytest.raises(KnownError, match="hash chain is broken"):
        vault_admin.check(vault)


def test_a_removed_row_with_its_successor_rehashed_is_still_found(vault: Vault) -> None:
    """Removing a row and renumbering the rest leaves every later hash wrong."""
    _some_rows(vault)
    conn = vault.connection
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.execute("UPDATE audit_log SET id = id - 1 WHERE id > 3")
    assert vault.audit.verify()


def test_failed_unlocks_are_recorded_at_the_next_unlock(vault: Vault) -> None:
    home = vault.paths.home
    vault.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(home, "wrong passphrase")
    with Vault.unlock(home, PASSPHRASE) as v:
        rows = [(e.action, e.result) for e in v.audit.entries()][:3]
        assert rows == [("unlock", "ok"), ("unlock", "failed"), ("unlock", "failed")]
        assert v.audit.verify() == []
    assert not (Path(home) / "failed-unlocks.txt").exists()


def test_backup_and_restore_are_recorded(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b.vpbackup", datetime(2026, 3, 1))
    home = vault.paths.home
    vault.close()
    restore(home, tmp_path / "b.vpbackup", PASSPHRASE)
    with Vault.unlock(home, PASSPHRASE) as v:
        actions = [e.action for e in v.audit.entries()]
        assert actions[:2] == ["unlock", "restore"] and "backup" not in actions  # the backup holds the state before
        assert v.audit.verify() == []


def test_blanking_every_hash_and_removing_the_head_is_found(vault: Vault) -> None:
    """Review point 6 (audit_chain.py): a row removed, every hash blanked and the head removed looked like a log
    from before the chain, and verify said nothing."""
    _some_rows(vault)
    conn = vault.connection
    conn.execute("DELETE FROM audit_log WHERE id = 3")
    conn.execute("UPDATE audit_log SET hash = NULL")
    conn.execute("DELETE FROM setting WHERE key = 'audit_head'")
    problems = vault.audit.verify()
    assert "audit row 1 has no hash" in problems and "the newest audit rows were removed" in problems
    with pytest.raises(KnownError, match="hash chain is broken"):
        vault_admin.check(vault)


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        ("DELETE FROM setting WHERE key = 'audit_chain_from'", "start of the audit chain was removed"),
        ("UPDATE setting SET value = '5' WHERE key = 'audit_chain_from'", "row 1 lies before the recorded start"),
        ("UPDATE setting SET value = 'x' WHERE key = 'audit_chain_from'", "start of the audit chain was changed"),
        ("DELETE FROM audit_log WHERE id = 1", "audit rows 1-1 are missing"),
    ],
)
def test_the_recorded_start_of_the_chain_cannot_be_moved_unseen(vault: Vault, tamper: str, problem: str) -> None:
    _some_rows(vault)
    vault.connection.execute(tamper)
    assert any(problem in p for p in vault.audit.verify())


def _old_log(tmp_path: Path, chained: bool) -> Connection:
    """A database as the version before the recorded start left it: two rows from before the chain (no hash),
    then (``chained``) two chained rows."""
    conn = connect(tmp_path / "old.db", os.urandom(32))
    migrations.migrate(conn, migrations.AUDIT_CHAIN_START - 1)
    for n in range(2):
        conn.execute(
            "INSERT INTO audit_log(at, actor, action, object, result) VALUES ('2025-01-01T00:00:00', 'vp', 'x', ?, "
            "'ok')",
            (f"case:{n}",),
        )
    if chained:
        for n in range(2):
            AuditLog(conn, lambda: datetime(2026, 1, 1)).record("update", f"case:{n}")
    return conn


@pytest.mark.parametrize("chained", [True, False], ids=["with-chained-rows", "only-older-rows"])
def test_the_migration_records_where_an_existing_chain_starts(tmp_path: Path, chained: bool) -> None:
    conn = _old_log(tmp_path, chained)
    try:
        log = AuditLog(conn, lambda: datetime(2026, 2, 1))
        assert migrations.migrate(conn, migrations.AUDIT_CHAIN_START) == [migrations.AUDIT_CHAIN_START]
        start = conn.execute("SELECT value FROM setting WHERE key = 'audit_chain_from'").fetchone()[0]
        assert start == "3" and log.verify() == []  # the older rows still pass; the chain starts after them
        log.record("unlock", "vault")
        assert log.verify() == []
        conn.execute("UPDATE audit_log SET hash = NULL")
        conn.execute("DELETE FROM setting WHERE key = 'audit_head'")
        assert "audit row 3 has no hash" in log.verify()
    finally:
        conn.close()
