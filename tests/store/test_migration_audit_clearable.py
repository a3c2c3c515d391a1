"""Migration AUDIT_CLEARABLE: the old chain is verified and its outcome kept, every row is salted and chained
anew, and the lines of cases destroyed before it are cleared (decision 170)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from vpdesk.store import migrations
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, connect

OLD = migrations.AUDIT_CLEARABLE - 1


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    c = connect(tmp_path / "old.db", os.urandom(32))
    migrations.migrate(c, OLD)
    yield c
    c.close()


def _old_trail(conn: Connection) -> AuditLog:
    """Case 1 lives (one conversation, and one deleted on its own); case 2 was destroyed with its conversation."""
    conn.execute("INSERT INTO case_file(id, opened) VALUES (1, '2026-01-01')")
    conn.execute(
        "INSERT INTO conversation(id, case_id, at, channel, kind, notes) VALUES (1, 1, '2026-01-02', 'p', 'f', '')"
    )
    log = AuditLog(conn, lambda: datetime(2026, 1, 3, 9, 15, 42))
    for action, obj in (
        ("create", "case:1"),
        ("create", "conversation:1"),
        ("create", "conversation:3"),
        ("delete", "conversation:3"),
        ("create", "case:2"),
        ("create", "conversation:2"),
        ("export", "access:client:7"),
        ("destroy", "client:7"),
        ("destroy", "case:2"),
        ("export", "audit"),
    ):
        log.record(action, obj)
    assert log.verify() == []
    return log


def test_the_migration_clears_what_destroyed_cases_left_and_the_chain_verifies(conn: Connection) -> None:
    log = _old_trail(conn)
    assert migrations.migrate(conn) == list(range(migrations.AUDIT_CLEARABLE, migrations.LATEST + 1))
    assert log.verify() == []
    left = [(e.action, e.object) for e in reversed(log.entries())]
    assert left == [
        ("create", "case:1"),
        ("create", "conversation:1"),
        ("create", "conversation:3"),
        ("delete", "conversation:3"),
        ("destroy", "client:7"),
        ("destroy", "case:2"),
        ("export", "audit"),
        ("reform", "audit"),
    ]
    cleared = conn.execute("SELECT id, at, object, salt, digest, hash FROM audit_log WHERE salt IS NULL").fetchall()
    assert [r[0] for r in cleared] == [5, 6, 7] and all(r[1] == r[2] == "" and r[4] and r[5] for r in cleared)
    scopes = dict(conn.execute("SELECT object, scope FROM audit_log WHERE salt IS NOT NULL").fetchall())
    assert scopes["conversation:1"] == "case:1" and scopes["case:1"] == "case:1"
    log.record("update", "case:1")  # and it goes on in the new form
    assert log.verify() == []


def test_a_broken_old_chain_stays_reported_after_the_migration(conn: Connection) -> None:
    _old_trail(conn)
    conn.execute("UPDATE audit_log SET object = 'case:9' WHERE id = 2")
    migrations.migrate(conn)
    log = AuditLog(conn, lambda: datetime(2026, 2, 1))
    problems = log.verify()
    assert problems == [
        "before the audit trail was made clearable: audit row 2 was changed, or a row before it removed"
    ]
    conn.execute("DELETE FROM setting WHERE key = 'audit_reform'")
    assert "before the audit trail was made clearable: the record of its check was removed" in log.verify()


def test_an_empty_trail_migrates_to_an_empty_chain(conn: Connection) -> None:
    migrations.migrate(conn)
    log = AuditLog(conn, lambda: datetime(2026, 2, 1))
    assert log.verify() == [] and log.entries() == []
    log.record("create", "vault")
    assert log.verify() == []
