"""Migration NOTE_INDEX_ROWIDS: the note index rebuilt without word positions (FTS5 detail=none, decision 245). The
same notes are found, with the same snippets, the vocabulary and the term table are unchanged, the triggers and
FTS5's secure-delete still hold, and the index is smaller."""

from __future__ import annotations

import os
import random
from pathlib import Path

from vpdesk.store import migrations
from vpdesk.store.connection import Connection, connect
from vpdesk.store.search import IndexMaintenance, NoteSearch

WORDS = [
    "melding",
    "pesten",
    "afdeling",
    "leidinggevende",
    "geïsoleerd",
    "integriteit",
    "vertrouwenspersoon",
    "gesprek",
    "café",
    "ÉÉN",
]
QUERIES = ["pest", "melding afdeling", "geisoleerd", "CAFE", "vertrouw ges", "een", "leiding integ", "zzz"]
INSERT = "INSERT INTO conversation(id, case_id, at, channel, kind, notes) VALUES (?, 1, ?, 'phone', 'first', ?)"


def _vault_at_18(tmp_path: Path) -> Connection:
    conn = connect(tmp_path / "v.db", os.urandom(32))
    migrations.migrate(conn, migrations.NOTE_INDEX_ROWIDS - 1)
    conn.execute("INSERT INTO case_file(id, opened) VALUES (1, '2026-01-01')")
    rng = random.Random(19)
    for n in range(1, 301):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40))) + f" uniek{n}."
        conn.execute(INSERT, (n, f"2026-02-{1 + n % 28:02d}", text))
    conn.execute("UPDATE conversation SET notes = 'herzien verslag zonder melding' WHERE id = 7")
    conn.execute("DELETE FROM conversation WHERE id = 8")
    return conn


def _picture(conn: Connection) -> tuple[object, ...]:
    search = NoteSearch(conn)
    hits = [[(h.conversation_id, h.snippet) for h in search.notes(q, limit=20)] for q in QUERIES]
    vocab = conn.execute("SELECT term, doc FROM note_vocab ORDER BY term").fetchall()
    terms = conn.execute("SELECT term, docs FROM note_term ORDER BY term").fetchall()
    return hits, vocab, terms


def _index_bytes(conn: Connection) -> int:
    return int(conn.execute("SELECT sum(length(block)) FROM note_fts_data").fetchone()[0])


def test_the_same_notes_are_found_with_the_same_snippets_from_a_smaller_index(tmp_path: Path) -> None:
    conn = _vault_at_18(tmp_path)
    before, size_before = _picture(conn), _index_bytes(conn)
    assert migrations.migrate(conn) == [migrations.NOTE_INDEX_ROWIDS]
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'note_fts'").fetchone()[0]
    assert "detail = none" in sql
    assert _picture(conn) == before
    hits = before[0]
    assert isinstance(hits, list) and all(hits[:-1]) and not hits[-1]  # every query but "zzz" finds notes
    assert "[pesten]" in str(hits[0]) or "[pest" in str(hits[0])  # snippets still mark the words
    assert _index_bytes(conn) < size_before * 0.7
    conn.execute("INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)")  # index equal to the notes
    conn.close()


def test_the_triggers_and_secure_delete_keep_the_new_index(tmp_path: Path) -> None:
    conn = _vault_at_18(tmp_path)
    migrations.migrate(conn)
    search = NoteSearch(conn)
    conn.execute(INSERT, (500, "2026-03-01", "een nieuw woord: zeldzaamheid"))
    assert [h.conversation_id for h in search.notes("zeldzaam")] == [500]
    conn.execute("UPDATE conversation SET notes = 'anders verwoord' WHERE id = 500")
    assert search.notes("zeldzaam") == [] and [h.conversation_id for h in search.notes("verwoord")] == [500]
    conn.execute("DELETE FROM conversation WHERE id = 500")
    assert conn.execute("SELECT count(*) FROM note_vocab WHERE term IN ('verwoord', 'zeldzaamheid')").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM note_term WHERE term = 'verwoord'").fetchone()[0] == 0
    IndexMaintenance(conn).optimise()  # a destruction's upkeep runs on the new form
    conn.execute("INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)")
    assert conn.execute("SELECT v FROM note_fts_config WHERE k = 'secure-delete'").fetchone()[0] == 1
    conn.close()
