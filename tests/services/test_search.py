"""Search as you type: the hit order, prefixes through the kept term table equal to FTS5's own prefixes, the table
equal to the index's vocabulary after every write (added, edited, deleted, rolled back), snippets only for the hits
shown, and a stale query cancelled on the read lane."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from tests.services.conftest import NOW
from vpdesk.domain.model import CaseFilter
from vpdesk.services import cases, search
from vpdesk.services.lanes import Superseded
from vpdesk.services.session import Session
from vpdesk.store.repositories import Repositories
from vpdesk.store.search import fts_query

NOTES = [
    "Melder spreekt over de melding bij de leidinggevende.",
    "Café-gesprek over represailles na de melding.",
    "Meldpunt gebeld; werkdruk blijft hoog.",
    "Gesprek over pesten door een collega, geen melding.",
    "Collega's zwijgen; melder voelt zich geïsoleerd.",
]
QUERIES = ["mel", "meld", "melding", "cafe", "café", "geisol", "geïsoleerd", "col pest", "werk hoog", "zz", "mel zz"]
QUERIES += ["a_b", "MELD", "Melder", "collega's", "12"]


def _add_notes(session: Session) -> list[int]:
    ids = []
    case = cases.add_case(session.vault, ["oo.pesten"], NOW.date(), "", "Zoeker")
    assert case.id is not None
    for i, text in enumerate(NOTES):
        conv = cases.start_conversation(session.vault, case.id, NOW + timedelta(days=i), notes=text)
        assert conv.id is not None
        ids.append(conv.id)
    return ids


def _table(db: Repositories) -> dict[str, int]:
    return {str(r[0]): int(r[1]) for r in db.connection.execute("SELECT term, docs FROM note_term")}


def _index(db: Repositories) -> dict[str, int]:
    """The note index's own vocabulary (fts5vocab): what the term table must equal at every moment."""
    return {str(r[0]): int(r[1]) for r in db.connection.execute("SELECT term, doc FROM note_vocab")}


def test_prefixes_through_the_term_table_find_what_fts5_prefixes_find_newest_first(session: Session) -> None:
    _add_notes(session)
    db = session.vault
    assert _table(db) == _index(db) and "melding" in _table(db)
    for query in QUERIES:
        plain = search.search(db, query, limit=50, snippets=None, expand=False)
        expanded = search.search(db, query, limit=50, snippets=None)
        assert expanded.hits == plain.hits, query
        ids = [h.conversation_id for h in plain.hits]
        assert ids == sorted(ids, reverse=True), query  # the newest note first
    assert [h.conversation_id for h in search.search(db, "melding").hits] != []
    assert search.search(db, "zz").hits == [] and fts_query("zz", db.search.expand) == ""
    assert '"melding"' in fts_query("melding", db.search.expand)
    assert fts_query("Geïsol", db.search.expand) == '("geisoleerd")'  # folded as the index folds


def test_the_term_table_follows_every_note_write_in_its_transaction(session: Session) -> None:
    ids = _add_notes(session)
    db = session.vault
    case = cases.add_case(db, ["oo.pesten"], NOW.date(), "", "Nieuw")
    assert case.id is not None
    new = cases.start_conversation(db, case.id, NOW + timedelta(days=30), notes="Kwartiermaker gesproken, melding.")
    assert _table(db) == _index(db) and _table(db)["kwartiermaker"] == 1 and _table(db)["melding"] == 4
    assert [h.case_id for h in search.search(db, "kwartier").hits] == [case.id]  # at once: nothing to re-read
    stored = db.conversations.get(ids[0])
    db.conversations.update(replace(stored, notes="Quokka"))  # an edited note: its old words go, its new come
    table = _table(db)
    assert table == _index(db) and table["quokka"] == 1 and "spreekt" not in table and "leidinggevende" not in table
    assert [h.conversation_id for h in search.search(db, "quo").hits] == [ids[0]]
    assert search.search(db, "leidingg").hits == []
    db.connection.execute("BEGIN")  # a write rolled back leaves the table as it was
    db.connection.execute("UPDATE conversation SET notes = 'Zebra' WHERE id = ?", (new.id,))
    assert "zebra" in _table(db)
    db.connection.execute("ROLLBACK")
    assert _table(db) == table and "zebra" not in table
    db.conversations.delete(ids[1])
    assert _table(db) == _index(db) and "represailles" not in _table(db) and "cafe" not in _table(db)
    db.conversations.update(replace(db.conversations.get(ids[2]), notes="Meldpunt gebeld; werkdruk blijft hoog."))
    assert _table(db) == _index(db)  # saved unchanged: nothing counted twice


def test_a_connection_without_the_tokenizer_cannot_write_a_note(session: Session, tmp_path: Path) -> None:
    """The term table never drifts from the index: a note written by anything but the store is refused."""
    import sqlcipher3

    key = session.vault.slots.database_keys(session.vault.master_key_for_backup())[0]
    other = sqlcipher3.connect(str(session.vault.paths.db), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    with pytest.raises(sqlcipher3.OperationalError, match="vpdesk_note_terms"):
        other.execute("UPDATE conversation SET notes = 'stiekem' WHERE id = (SELECT max(id) FROM conversation)")
    other.close()


def test_only_the_hits_shown_get_a_snippet_and_the_rest_get_theirs_when_asked(session: Session) -> None:
    ids = _add_notes(session)
    db = session.vault
    found = search.search(db, "mel", snippets=2, mark=("<", ">"))
    assert [bool(h.snippet) for h in found.hits] == [True, True, False, False, False]
    assert "<Meld" in found.hits[0].snippet or "<mel" in found.hits[0].snippet.lower()
    rest = [h.conversation_id for h in found.hits[2:]]
    filled = search.snippets(db, "mel", rest, mark=("<", ">"))
    assert set(filled) == set(rest) and all("<" in s for s in filled.values())
    assert set(rest) <= set(ids)


def test_a_query_made_stale_by_the_next_keystroke_is_cancelled(session: Session) -> None:
    started = threading.Event()

    def slow(db: Repositories) -> int:
        started.set()  # a query that would take minutes: only an interrupt ends it early
        sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e9) SELECT count(*) FROM n"
        return int(db.connection.execute(sql).fetchone()[0])

    ran: list[str] = []
    first = session.reader.submit_latest("search", slow)
    assert started.wait(10)

    def job(name: str, value: int) -> Callable[[Repositories], int]:
        def run(_db: Repositories) -> int:
            ran.append(name)
            return value

        return run

    queued = session.reader.submit_latest("search", job("second", 2))
    last = session.reader.submit_latest("search", job("third", 3))
    start = time.monotonic()
    with pytest.raises(Superseded):
        first.result(timeout=10)
    assert time.monotonic() - start < 5
    with pytest.raises(Superseded):
        queued.result(timeout=10)
    assert last.result(timeout=10) == 3 and ran == ["third"]  # the waiting one never ran
    # the lane goes on: other work is never interrupted by a later search
    assert session.reader.submit(lambda db: cases.count(db, CaseFilter())).result() == 5
