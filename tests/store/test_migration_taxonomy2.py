"""The taxonomy-2 migration: a vault's case categories and annual-report counts move to the new codes, exactly as
the domain's mapping says (vpdesk/domain/taxonomy.py)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from vpdesk import resources
from vpdesk.domain.taxonomy import STEPS, upgrade_code
from vpdesk.store import migrations
from vpdesk.store.connection import Connection, connect

# the migration's number, found by its content: the lead may renumber it at merge
TAXONOMY2 = next(n for n, script in migrations.MIGRATIONS.items() if "Taxonomy 2" in script)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    c = connect(tmp_path / "m.db", os.urandom(32))
    yield c
    c.close()


def test_the_migration_maps_exactly_the_domain_step() -> None:
    pairs = dict(re.findall(r"SET code = '([^']+)' WHERE code = '([^']+)'", migrations.MIGRATIONS[TAXONOMY2]))
    assert {old: new for new, old in pairs.items()} == dict(STEPS[0][1])


def test_existing_case_categories_and_counts_move_to_taxonomy_2(conn: Connection) -> None:
    migrations.migrate(conn, TAXONOMY2 - 1)
    cases = {1: ["int.omgang"], 2: ["oo", "int.omgang"], 3: ["int.misstand", "int.financieel"], 4: ["oo.pesten"]}
    for case_id, codes in cases.items():
        conn.execute("INSERT INTO case_file(id, opened) VALUES (?, '2026-01-01')", (case_id,))
        for code in codes:
            conn.execute("INSERT INTO case_category(case_id, code) VALUES (?, ?)", (case_id, code))
    stats = ["int.omgang int.financieel", "oo int.omgang", "int.misstand", "xint.omgang", "oo.pesten"]
    for i, categories in enumerate(stats, 1):
        conn.execute(
            "INSERT INTO contact_stat(conversation_id, month, categories, channel, kind)"
            " VALUES (?, '2026-01', ?, 'p', 'e')",
            (i, categories),
        )
    migrations.migrate(conn, TAXONOMY2)
    after: dict[int, set[str]] = {}
    for case_id, code in conn.execute("SELECT case_id, code FROM case_category"):
        after.setdefault(case_id, set()).add(code)
    assert after == {1: {"oo"}, 2: {"oo"}, 3: {"misstand", "int.financieel"}, 4: {"oo.pesten"}}
    rows = [r[0] for r in conn.execute("SELECT categories FROM contact_stat ORDER BY conversation_id")]
    assert rows == ["oo int.financieel", "oo oo", "misstand", "xint.omgang", "oo.pesten"]  # whole codes only
    for codes in cases.values():  # the same answer as the domain's mapping
        assert {upgrade_code(c, "2026.1") for c in codes} == after[list(cases.values()).index(codes) + 1]
    taxonomy = resources.taxonomy()
    assert all(code in taxonomy for codes in after.values() for code in codes)
