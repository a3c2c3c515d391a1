"""Full-text search over every note (FTS5 in the encrypted database)."""

from __future__ import annotations

import bisect
import re
import unicodedata

from vpdesk.domain.model import SearchHit
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.rows import to_datetime

_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits: what the tokenizer keeps
MAX_WORDS = 16
MAX_EXPANSION = 200  # a prefix standing for more terms than this is left to FTS5 as a prefix


class Vocabulary:
    """Every term in the note index, sorted, with the index's state when it was read (`NoteSearch.index_state`).

    FTS5 answers a prefix ("meld"*) by merging the whole document list of every term it stands for before it
    returns the first row: at 1,000,000 notes a common prefix costs 100-400 ms however few hits are asked for.
    The same prefix written as the terms it stands for ("meld" OR "melden" OR "melding") is read lazily, newest
    first, and stops at the limit: a few milliseconds (docs/decisions.md). The vocabulary holds words of the
    notes, so it lives only as long as the connection it was made for (the read lane's, closed at a lock).
    """

    def __init__(self, terms: list[str], state: bytes) -> None:
        self.terms = terms
        self.state = state

    def expand(self, prefix: str) -> list[str] | None:
        """The terms that start with ``prefix`` (an index term: lower case, diacritics removed); None if more
        than MAX_EXPANSION do."""
        start = bisect.bisect_left(self.terms, prefix)
        end = bisect.bisect_left(self.terms, prefix + "\U0010ffff", start)
        return None if end - start > MAX_EXPANSION else self.terms[start:end]


def fts_query(text: str, vocabulary: Vocabulary | None = None) -> str:
    """A safe FTS5 MATCH expression: each word a prefix, all required.

    With a ``vocabulary`` each word is written as the exact terms it is a prefix of; without one, as an FTS5
    prefix query. "" when there is nothing to ask (no word, or a word no term starts with)."""
    parts = []
    for word in _WORD.findall(text)[:MAX_WORDS]:
        terms = vocabulary.expand(_index_form(word)) if vocabulary is not None else None
        if terms is None:
            parts.append(f'"{word}"*')
        elif not terms:
            return ""  # no note has a word that starts so: nothing to ask
        else:
            parts.append("(" + " OR ".join(f'"{t}"' for t in terms) + ")")
    # FTS5 takes words side by side as AND, but not a bracketed group: that needs the AND written out
    return (" AND " if any(p.startswith("(") for p in parts) else " ").join(parts)


def _index_form(word: str) -> str:
    """How the note index's tokenizer (unicode61 remove_diacritics 2) stores ``word``."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class NoteSearch:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def notes(
        self,
        query: str,
        limit: int = 50,
        mark: tuple[str, str] = ("[", "]"),
        *,
        vocabulary: Vocabulary | None = None,
        snippets: int | None = None,
    ) -> list[SearchHit]:
        """Every word of ``query`` must match (as a prefix); the newest ``limit`` notes, newest first.

        Newest first: FTS5 walks its index in rowid order and stops at ``limit``, where ranking by bm25 would
        score every match (docs/decisions.md). Only the first ``snippets`` hits (all when None) carry a
        snippet: the rest get theirs from `snippets` when they are shown."""
        match = fts_query(query, vocabulary)
        if not match:
            return []
        rows = self._conn.execute(
            "SELECT v.case_id, v.id, v.at FROM note_fts JOIN conversation v ON v.id = note_fts.rowid"
            " WHERE note_fts MATCH ? ORDER BY note_fts.rowid DESC LIMIT ?",
            (match, limit),
        ).fetchall()
        wanted = [r[1] for r in rows[: len(rows) if snippets is None else snippets]]
        texts = self._snippets(match, wanted, mark)
        return [
            SearchHit(case_id=r[0], conversation_id=r[1], when=to_datetime(r[2]), snippet=texts.get(r[1], ""))
            for r in rows
        ]

    def snippets(
        self,
        query: str,
        conversation_ids: list[int],
        mark: tuple[str, str] = ("[", "]"),
        *,
        vocabulary: Vocabulary | None = None,
    ) -> dict[int, str]:
        """The snippets of ``query`` in these conversations (for hits scrolled into view)."""
        match = fts_query(query, vocabulary)
        return self._snippets(match, conversation_ids, mark) if match else {}

    def _snippets(self, match: str, ids: list[int], mark: tuple[str, str]) -> dict[int, str]:
        if not ids:
            return {}
        rows = self._conn.execute(
            "SELECT rowid, snippet(note_fts, 0, ?, ?, '…', 12) FROM note_fts"
            " WHERE note_fts MATCH ? AND rowid BETWEEN ? AND ?",
            (mark[0], mark[1], match, min(ids), max(ids)),
        )
        wanted = set(ids)
        return {r[0]: r[1] for r in rows if r[0] in wanted}

    def index_state(self) -> bytes:
        """FTS5's structure record of the note index: it changes with every note written, changed or deleted
        (each commit that touches the index writes a segment), and with nothing else. A vocabulary read while
        it had this value still holds every term."""
        row = self._conn.execute("SELECT block FROM note_fts_data WHERE id = 10").fetchone()
        return bytes(row[0]) if row else b""

    def vocabulary(self) -> Vocabulary:
        """Every term of the note index and its state, read in one transaction (seconds at 1,000,000 notes: made
        on a worker's connection, see services/search.py)."""
        self._conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_terms USING fts5vocab(main, note_fts, 'row')")
        self._conn.execute("BEGIN")
        try:
            state = self.index_state()
            terms = [r[0] for r in self._conn.execute("SELECT term FROM temp.note_terms")]
        finally:
            self._conn.execute("COMMIT")
        return Vocabulary(terms, state)


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
