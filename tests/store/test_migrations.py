"""One test per migration: the schema before, the migration, the schema and the data after."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from vpdesk.store import migrations
from vpdesk.store.connection import Connection, connect


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    c = connect(tmp_path / "m.db", os.urandom(32))
    yield c
    c.close()


def _objects(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_migrations_are_numbered_without_gaps() -> None:
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.LATEST + 1))


def test_a_fresh_database_migrates_to_the_latest_and_a_second_run_does_nothing(conn: Connection) -> None:
    assert migrations.current_version(conn) == 0
    assert migrations.migrate(conn) == list(range(1, migrations.LATEST + 1))
    assert migrations.migrate(conn) == []
    assert migrations.current_version(conn) == migrations.LATEST


def test_migration_1_core_tables(conn: Connection) -> None:
    migrations.migrate(conn, 1)
    assert {"client", "case_file", "case_category", "conversation", "referral"} <= _objects(conn)
    conn.execute("INSERT INTO case_file(opened) VALUES ('2026-01-01')")
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO case_file(opened, status) VALUES ('2026-01-01', 'limbo')")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute("INSERT INTO conversation(case_id, at, channel, kind) VALUES (99, 'x', 'phone', 'first')")


def test_migration_2_indexes_existing_notes_and_keeps_fts_in_sync(conn: Connection) -> None:
    migrations.migrate(conn, 1)
    conn.execute("INSERT INTO case_file(opened) VALUES ('2026-01-01')")
    conn.execute(
        "INSERT INTO conversation(case_id, at, channel, kind, notes) VALUES (1, 'x', 'phone', 'first', 'oude notitie')"
    )
    migrations.migrate(conn, 2)
    assert conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH 'oude'").fetchall() == [(1,)]
    conn.execute("UPDATE conversation SET notes = 'nieuwe tekst' WHERE id = 1")
    assert conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH 'oude'").fetchall() == []
    assert conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH 'nieuwe'").fetchall() == [(1,)]
    conn.execute("DELETE FROM conversation WHERE id = 1")
    assert conn.execute("SELECT rowid FROM note_fts WHERE note_fts MATCH 'nieuwe'").fetchall() == []


def test_migration_3_audit_log(conn: Connection) -> None:
    migrations.migrate(conn, 2)
    assert "audit_log" not in _objects(conn)
    migrations.migrate(conn, 3)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(audit_log)")]
    assert cols == ["id", "at", "actor", "action", "object", "result"]


def test_migration_4_contact_stat_has_no_free_text_column(conn: Connection) -> None:
    migrations.migrate(conn, 3)
    migrations.migrate(conn, 4)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(contact_stat)")}
    assert "month" in cols and not cols & {"notes", "pseudonym", "name", "at", "note"}


def test_migration_5_settings(conn: Connection) -> None:
    migrations.migrate(conn, 4)
    migrations.migrate(conn, 5)
    conn.execute("INSERT INTO setting(key, value) VALUES ('vp_code', 'VP-07')")
    assert conn.execute("SELECT value FROM setting").fetchone() == ("VP-07",)


def test_a_failing_migration_leaves_the_previous_version(conn: Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    migrations.migrate(conn, 1)
    monkeypatch.setitem(migrations.MIGRATIONS, 2, "CREATE TABLE half(x); THIS IS NOT SQL;")
    with pytest.raises(Exception):  # noqa: B017 - any database error
        migrations.migrate(conn, 2)
    assert migrations.current_version(conn) == 1
    assert "half" not in _objects(conn)


def test_migration_6_identity_trust_and_imports(conn: Connection) -> None:
    migrations.migrate(conn, 5)
    migrations.migrate(conn, 6)
    conn.execute("INSERT INTO identity VALUES ('signing', x'00', 'pub', '2026-01-01')")
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO identity VALUES ('other', x'00', 'pub', '2026-01-01')")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute("INSERT INTO stats_import VALUES ('unknown', 2026, 0, '{}', 'h', '2026-01-01')")
    conn.execute("INSERT INTO trusted_adviser VALUES ('FP', 'KEY', 'VP 1', '2026-01-01')")
    conn.execute("INSERT INTO stats_import VALUES ('FP', 2026, 0, '{}', 'h', '2026-01-01')")
    with pytest.raises(Exception, match="UNIQUE"):
        conn.execute("INSERT INTO stats_import VALUES ('FP', 2026, 0, '{}', 'h2', '2026-01-02')")


def test_migration_7_room_booking_link_survives_case_deletion(conn: Connection) -> None:
    migrations.migrate(conn, 6)
    migrations.migrate(conn, 7)
    conn.execute("INSERT INTO case_file(opened) VALUES ('2026-01-01')")
    conn.execute(
        "INSERT INTO room_booking(uid, pool, room_id, start, end, case_id) VALUES ('u', 'local', 'r', 's', 'e', 1)"
    )
    conn.execute("DELETE FROM case_file")
    assert conn.execute("SELECT uid, case_id FROM room_booking").fetchall() == [("u", None)]


def test_migration_8_formal_reports_follow_their_case(conn: Connection) -> None:
    migrations.migrate(conn, 7)
    migrations.migrate(conn, 8)
    conn.execute("INSERT INTO case_file(opened) VALUES ('2026-01-01')")
    conn.execute("INSERT INTO formal_report(case_id, kind, phase) VALUES (1, 'misstand', 'melding')")
    conn.execute("DELETE FROM case_file")
    assert conn.execute("SELECT count(*) FROM formal_report").fetchone() == (0,)


STATS_ORDER = 11  # the migration that orders a coordinator's imports


def test_migration_stats_order_keeps_existing_imports(conn: Connection) -> None:
    migrations.migrate(conn, STATS_ORDER - 1)
    conn.execute("INSERT INTO trusted_adviser(fingerprint, public_key, label, added) VALUES ('F', 'K', '', 'x')")
    conn.execute(
        "INSERT INTO stats_import(adviser, year, quarter, tables, file_sha256, imported)"
        " VALUES ('F', 2026, 0, '{}', 'h', '2027-01-02T10:00:00')"
    )
    migrations.migrate(conn, STATS_ORDER)
    row = conn.execute("SELECT created, sequence, first_imported, imported FROM stats_import").fetchone()
    assert tuple(row) == ("", 0, "", "2027-01-02T10:00:00")  # an old import is older than any new one


def test_a_vault_from_a_newer_version_is_refused_untouched(conn: Connection) -> None:
    """A rollback to an older vpdesk (the admin guide's tested downgrade) must not run over a newer vault's form."""
    from vpdesk.errors import KnownError

    migrations.migrate(conn)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    before = _objects(conn)
    with pytest.raises(KnownError, match="written by a newer version of vpdesk") as refused:
        migrations.migrate(conn)
    assert str(migrations.LATEST + 1) in str(refused.value) and str(migrations.LATEST) in str(refused.value)
    assert _objects(conn) == before
    assert migrations.current_version(conn) == migrations.LATEST + 1
