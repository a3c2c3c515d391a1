"""The case list's sorts and pages: the migration that indexes every sortable column, keyset paging equal to offset
paging for every sort in both directions (ties, empty values, a filter), and the query plans that use the indexes."""

from __future__ import annotations

import os
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from vpdesk.domain.model import Case, CaseFilter, CaseStatus, Channel, ContactKind, Conversation, Outcome
from vpdesk.store import migrations
from vpdesk.store.cases import SORT_COLUMNS
from vpdesk.store.connection import DEFAULT_CACHE_MIB, Connection, connect
from vpdesk.store.vault import Vault

N = 57  # not a multiple of the page size, so the last page is short


def _fill(vault: Vault) -> None:
    rng = random.Random(7)
    for i in range(N):
        # few distinct values: many ties, so the id must break them the same way in both kinds of paging
        case = vault.cases.add(
            Case(
                categories=(rng.choice(("oo.pesten", "int.misstand")),),
                opened=date(2026, 1, 1) + timedelta(days=rng.randrange(5)),
                org_unit=rng.choice(("DGOO", "BZK", "")),
            ),
            rng.choice((None, f"P-{rng.randrange(30):02d}-{i}")),
        )
        assert case.id is not None
        if i % 4 == 0:
            vault.cases.close(case.id, Outcome.ADVISED, date(2026, 3, 1))
        for _ in range(rng.choice((0, 1, 3))):  # a case without a conversation has no last contact
            vault.conversations.add(
                Conversation(
                    case_id=case.id,
                    when=datetime(2026, 2, 1, 9) + timedelta(hours=rng.randrange(6)),
                    duration_min=30,
                    channel=Channel.PHONE,
                    kind=ContactKind.FOLLOW_UP,
                    notes="",
                )
            )
    # a case whose client is gone has no pseudonym
    vault.connection.execute("UPDATE case_file SET client_id = NULL WHERE id = 3")


def test_keyset_paging_equals_offset_paging_for_every_sort_direction_and_filter(vault: Vault) -> None:
    _fill(vault)
    for sort in sorted(SORT_COLUMNS):
        for descending in (True, False):
            for flt in (CaseFilter(), CaseFilter(status=CaseStatus.OPEN)):
                whole = vault.cases.page(flt, limit=1000, sort=sort, descending=descending)
                assert len(whole) == vault.cases.count(flt) > 10
                by_keyset, after = [], None
                while page := vault.cases.page(flt, limit=10, sort=sort, descending=descending, after=after):
                    by_keyset += page
                    after = page[-1]
                pages = [
                    vault.cases.page(flt, offset=o, limit=10, sort=sort, descending=descending) for o in range(0, N, 10)
                ]
                assert [s.id for s in by_keyset] == [s.id for s in whole], (sort, descending, flt)
                assert [s.id for p in pages for s in p] == [s.id for s in whole], (sort, descending, flt)


def test_last_contact_sort_is_the_newest_conversation(vault: Vault) -> None:
    _fill(vault)
    rows = vault.cases.page(limit=1000, sort="last_contact", descending=True)
    contacts = [s.last_contact for s in rows]
    present = [c for c in contacts if c is not None]
    assert present == sorted(present, reverse=True) and contacts[len(present) :] == [None] * (len(rows) - len(present))


def _plan(conn: Connection, sql: str) -> str:
    return " | ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_every_sort_starts_its_next_page_by_two_index_seeks(vault: Vault) -> None:
    source = "SELECT c.id FROM case_file c"
    for sort in sorted(set(SORT_COLUMNS) - {"id"}):
        order = SORT_COLUMNS[sort]
        for direction, op in (("DESC", "<"), ("ASC", ">")):
            same = _plan(vault.connection, f"{source} WHERE {order} = 'x' AND c.id {op} 1 ORDER BY c.id {direction}")
            later = _plan(
                vault.connection, f"{source} WHERE {order} {op} 'x' ORDER BY {order} {direction}, c.id {direction}"
            )
            assert "=? AND id" in same and "TEMP B-TREE" not in same, (sort, same)
            assert "INDEX" in later and "TEMP B-TREE" not in later, (sort, later)
            first = _plan(vault.connection, f"{source} ORDER BY {order} {direction}, c.id {direction} LIMIT 100")
            assert "INDEX" in first and "TEMP B-TREE" not in first, (sort, first)


def test_the_pseudonym_on_the_case_follows_its_client(tmp_path: Path) -> None:
    conn = connect(tmp_path / "p.db", os.urandom(32))
    number = migrations.CASE_PSEUDONYM
    migrations.migrate(conn, number - 1)
    conn.execute("INSERT INTO client(id, pseudonym) VALUES (1, 'M-1'), (2, 'M-2')")
    conn.execute("INSERT INTO case_file(id, client_id, opened) VALUES (1, 1, '2026-01-01'), (2, NULL, '2026-01-02')")
    migrations.migrate(conn, number)
    rows = "SELECT id, pseudonym FROM case_file ORDER BY id"
    assert conn.execute(rows).fetchall() == [(1, "M-1"), (2, "")]  # existing cases get theirs
    conn.execute("INSERT INTO case_file(id, client_id, opened) VALUES (3, 2, '2026-01-03')")
    conn.execute("UPDATE case_file SET client_id = 1 WHERE id = 2")
    assert conn.execute(rows).fetchall() == [(1, "M-1"), (2, "M-1"), (3, "M-2")]
    conn.execute("UPDATE client SET pseudonym = 'Anna' WHERE id = 1")  # renamed: every case of the client
    assert conn.execute(rows).fetchall() == [(1, "Anna"), (2, "Anna"), (3, "M-2")]
    conn.execute("DELETE FROM client WHERE id = 2")  # gone (the case keeps no client): no pseudonym
    assert conn.execute(rows).fetchall() == [(1, "Anna"), (2, "Anna"), (3, "")]
    conn.close()


def test_migration_keeps_the_last_contact_of_existing_and_new_conversations(tmp_path: Path) -> None:
    conn = connect(tmp_path / "m.db", os.urandom(32))
    number = migrations.CASE_LIST_INDEXES
    migrations.migrate(conn, number - 1)
    conn.execute("INSERT INTO case_file(id, opened) VALUES (1, '2026-01-01'), (2, '2026-01-02')")
    insert = "INSERT INTO conversation(id, case_id, at, channel, kind) VALUES (?, ?, ?, 'phone', 'first')"
    conn.execute(insert, (1, 1, "2026-02-01T09:00:00"))
    conn.execute(insert, (2, 1, "2026-03-01T09:00:00"))
    migrations.migrate(conn, number)
    last = "SELECT id, last_contact FROM case_file ORDER BY id"
    assert conn.execute(last).fetchall() == [(1, "2026-03-01T09:00:00"), (2, None)]
    conn.execute(insert, (3, 2, "2026-04-01T09:00:00"))
    conn.execute(insert, (4, 1, "2026-01-15T09:00:00"))  # older than the last: it stays
    assert conn.execute(last).fetchall() == [(1, "2026-03-01T09:00:00"), (2, "2026-04-01T09:00:00")]
    conn.execute("UPDATE conversation SET case_id = 2, at = '2026-05-01T09:00:00' WHERE id = 2")
    assert conn.execute(last).fetchall() == [(1, "2026-02-01T09:00:00"), (2, "2026-05-01T09:00:00")]
    conn.execute("DELETE FROM conversation WHERE case_id = 2")
    assert conn.execute(last).fetchall() == [(1, "2026-02-01T09:00:00"), (2, None)]
    conn.close()


def test_the_cache_bound_applies_to_the_vault_and_its_worker_connections(vault: Vault) -> None:
    assert vault.connection.execute("PRAGMA cache_size").fetchone() == (-1024 * DEFAULT_CACHE_MIB,)
    vault.set_cache_mib(8)
    assert vault.connection.execute("PRAGMA cache_size").fetchone() == (-8 * 1024,)
    with vault.worker_connection(readonly=True) as worker:
        assert worker.connection.execute("PRAGMA cache_size").fetchone() == (-8 * 1024,)
