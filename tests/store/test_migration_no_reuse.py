"""The no-reuse migration (migrations.NO_REUSE): an existing vault keeps its data, and the ids it gave out before
(rows still there, ids named in the audit trail, ids of the count rows of destroyed conversations) are never
given out again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from vpdesk.store import migrations
from vpdesk.store.connection import Connection, connect
from vpdesk.store.ids import next_id

BEFORE = migrations.NO_REUSE - 1


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    c = connect(tmp_path / "m.db", os.urandom(32))
    yield c
    c.close()


def _old_vault(conn: Connection) -> None:
    """Cases 1-2 live; case 3, client 2, conversations 3-4 (counted), referral 2 and report 1 were destroyed."""
    migrations.migrate(conn, BEFORE)
    conn.execute("INSERT INTO client(id, pseudonym) VALUES (1, 'M-0001')")
    for case_id in (1, 2):
        conn.execute("INSERT INTO case_file(id, client_id, opened) VALUES (?, 1, '2026-01-01')", (case_id,))
    for conv_id in (1, 2):
        conn.execute(
            "INSERT INTO conversation(id, case_id, at, channel, kind, notes) VALUES (?, 1, '2026-01-02', 'video',"
            " 'first', 'blijft staan')",
            (conv_id,),
        )
    conn.execute("INSERT INTO referral(id, case_id, route, on_date) VALUES (1, 1, 'io', '2026-01-03')")
    for obj in ("client:2", "case:3", "referral:2", "formal_report:1", "conversation:3"):
        conn.execute(
            "INSERT INTO audit_log(at, actor, action, object, result) VALUES ('2026-02-01T00:00:00', 'vp', 'destroy',"
            " ?, 'ok')",
            (obj,),
        )
    for conv_id in (3, 4):  # conversation 4 is known only by its count row
        conn.execute(
            "INSERT INTO contact_stat(conversation_id, month, categories, channel, kind, case_key)"
            " VALUES (?, '2026-01', 'oo', 'video', 'first', '3')",
            (conv_id,),
        )


def test_the_no_reuse_migration_keeps_the_data_and_every_id_given_out(conn: Connection) -> None:
    _old_vault(conn)
    assert migrations.migrate(conn) == list(range(migrations.NO_REUSE, migrations.LATEST + 1))
    assert conn.execute("SELECT count(*) FROM conversation").fetchone()[0] == 2
    assert conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH 'blijft'").fetchall() == [(1,), (2,)]
    assert conn.execute("SELECT count(*) FROM contact_stat").fetchone()[0] == 2
    expected = {"client": 3, "case_file": 4, "conversation": 5, "referral": 3, "formal_report": 2}
    assert {table: next_id(conn, table) for table in expected} == expected


def test_after_the_migration_a_deleted_newest_row_keeps_its_id(conn: Connection) -> None:
    migrations.migrate(conn)
    conn.execute("INSERT INTO case_file(id, opened) VALUES (?, '2026-01-01')", (next_id(conn, "case_file"),))
    conn.execute("INSERT INTO case_file(id, opened) VALUES (?, '2026-01-01')", (next_id(conn, "case_file"),))
    conn.execute("DELETE FROM case_file WHERE id = 2")
    assert next_id(conn, "case_file") == 3
    with pytest.raises(ValueError, match="audit_log"):
        next_id(conn, "audit_log")
