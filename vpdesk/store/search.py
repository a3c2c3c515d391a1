"""Full-text search over every note (FTS5 in the encrypted database)."""

from __future__ import annotations

import re

from vpdesk.domain.model import SearchHit
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.rows import to_datetime

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 MATCH expression: each word quoted, as a prefix, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words[:16])


class NoteSearch:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def notes(self, query: str, limit: int = 50, mark: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """Every word of ``query`` must match (as a prefix).

        Newest notes first: FTS5 walks its index in rowid order and stops at ``limit``, so a common prefix
        costs milliseconds at 100,000 notes, where ranking by bm25 would score every match (docs/decisions.md).
        """
        match = fts_query(query)
        if not match:
            return []
        rows = self._conn.execute(
            "SELECT v.case_id, v.id, v.at, snippet(note_fts, 0, ?, ?, '…', 12)"
            " FROM note_fts JOIN conversation v ON v.id = note_fts.rowid"
            " WHERE note_fts MATCH ? ORDER BY note_fts.rowid DESC LIMIT ?",
            (mark[0], mark[1], match, limit),
        ).fetchall()
        return [SearchHit(case_id=r[0], conversation_id=r[1], when=to_datetime(r[2]), snippet=r[3]) for r in rows]


class IndexMaintenance:
    """The index's upkeep (kept apart from the query side). Since migration 9 the index runs with FTS5's
    'secure-delete': a deleted or edited note's old words leave the index in the same transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def optimise(self) -> None:
        """Merge every segment into one: nothing deleted is left in any b-tree page of the index."""
        with transaction(self._conn):
            self._conn.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")

    def rebuild(self) -> None:
        with transaction(self._conn):
            self._conn.execute("INSERT INTO note_fts(note_fts) VALUES ('rebuild')")

    def has_term(self, word: str) -> bool:
        """Whether the index's vocabulary holds ``word`` (as the tokenizer folds it) in any note."""
        folded = _WORD.findall(word.lower())
        if not folded:
            return False
        row = self._conn.execute("SELECT 1 FROM note_vocab WHERE term = ? LIMIT 1", (folded[0],)).fetchone()
        return row is not None

    def checkpoint(self) -> bool:
        """Fold the WAL into the database and truncate it: no old page stays in the -wal file. False when
        another connection's read kept it from finishing."""
        row = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return row is not None and int(row[0]) == 0
