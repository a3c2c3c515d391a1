"""The lifecycle migration (migrations.LIFECYCLE): lifecycle columns, the audit hash, FTS5 secure-delete with a
rebuild that takes out words deleted before it, and the vocabulary table."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from vpdesk.store import migrations
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, connect
from vpdesk.store.search import IndexMaintenance

BEFORE = migrations.LIFECYCLE - 1


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    c = connect(tmp_path / "m.db", os.urandom(32))
    yield c
    c.close()


def _in_index(conn: Connection, word: str) -> bool:
    """Whether any raw block of the index still holds ``word`` (the vocabulary only counts live entries)."""
    return any(word.encode() in bytes(r[0]) for r in conn.execute("SELECT block FROM note_fts_data"))


def test_the_lifecycle_migration(conn: Connection) -> None:
    migrations.migrate(conn, BEFORE)
    conn.execute("INSERT INTO case_file(opened) VALUES ('2026-01-01')")
    conn.execute(
        "INSERT INTO conversation(case_id, at, channel, kind, notes) VALUES (1, '2026-01-02', 'p', 'f', "
        "'oudwoord blijft')"
    )
    conn.execute("UPDATE conversation SET notes = 'blijft' WHERE id = 1")  # without secure-delete
    assert _in_index(conn, "oudwoord")  # the old word still sits in the index's pages before the migration
    for n in range(3):
        conn.execute(
            "INSERT INTO audit_log(at, actor, action, object, result)"
            " VALUES ('2026-01-01T00:00:00', 'vp', 'x', ?, 'ok')",
            (f"case:{n}",),
        )
    assert migrations.migrate(conn) == list(range(migrations.LIFECYCLE, migrations.LATEST + 1))
    assert not _in_index(conn, "oudwoord") and _in_index(conn, "blijft")
    index = IndexMaintenance(conn)
    assert not index.has_term("oudwoord") and index.has_term("Blijft")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(case_file)")}
    assert {"destroy_on", "hold_reason", "hold_review", "follow_up_on", "follow_up_note"} <= columns
    assert "at" in {r[1] for r in conn.execute("PRAGMA table_info(referral)")}
    log = AuditLog(conn, lambda: datetime(2026, 2, 1))
    assert log.verify() == []  # rows from before the chain
    log.record("update", "case:1")
    assert log.verify() == []
    conn.execute("UPDATE conversation SET notes = 'anders' WHERE id = 1")  # from now on: gone at once
    assert not _in_index(conn, "blijft") and _in_index(conn, "anders")
