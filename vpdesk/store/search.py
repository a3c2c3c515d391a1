"""Full-text search over every note (FTS5 in the encrypted database)."""

from __future__ import annotations

from collections.abc import Callable

from vpdesk.domain.model import SearchHit
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.rows import to_datetime
from vpdesk.store.terms import tokenizer

MAX_WORDS = 16
MAX_EXPANSION = 200  # a prefix standing for more terms than this is left to FTS5 as a prefix

Expand = Callable[[str], "list[str] | None"]


def fts_query(text: str, expand: Expand | None = None) -> str:
    """A safe FTS5 MATCH expression: each word a prefix, all required.

    Each word is folded as the index's tokenizer folds it (store/terms.py). With ``expand`` (the kept term table,
    `NoteSearch.expand`) it is written as the exact terms it is a prefix of, which FTS5 reads lazily, newest first;
    FTS5 answers a prefix ("meld"*) by merging the whole document list of every term it stands for before the
    first row (100-400 ms at 1,000,000 notes). Without, or when a prefix stands for too many terms, as an FTS5
    prefix. "" when there is nothing to ask (no word, or a word no term starts with)."""
    parts = []
    for word in tokenizer().tokens(text)[:MAX_WORDS]:
        terms = expand(word) if expand is not None else None
        if terms is None:
            parts.append(f'"{word}"*')
        elif not terms:
            return ""  # no note has a word that starts so: nothing to ask
        else:
            parts.append("(" + " OR ".join(f'"{t}"' for t in terms) + ")")
    # FTS5 takes words side by side as AND, but not a bracketed group: that needs the AND written out
    return (" AND " if any(p.startswith("(") for p in parts) else " ").join(parts)


class NoteSearch:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def expand(self, prefix: str) -> list[str] | None:
        """The terms of the note index that start with ``prefix`` (an index term), from the kept term table
        (migration NOTE_TERMS: written with each note, so never out of date); None if more than MAX_EXPANSION."""
        rows = self._conn.execute(
            "SELECT term FROM note_term WHERE term >= ? AND term < ? ORDER BY term LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1),
        ).fetchall()
        return None if len(rows) > MAX_EXPANSION else [str(r[0]) for r in rows]

    def notes(
        self,
        query: str,
        limit: int = 50,
        mark: tuple[str, str] = ("[", "]"),
        *,
        expand: bool = True,
        snippets: int | None = None,
    ) -> list[SearchHit]:
        """Every word of ``query`` must match (as a prefix); the newest ``limit`` notes, newest first.

        Newest first: FTS5 walks its index in rowid order and stops at ``limit``, where ranking by bm25 would
        score every match (docs/decisions.md). Only the first ``snippets`` hits (all when None) carry a
        snippet: the rest get theirs from `snippets` when they are shown. ``expand`` False asks FTS5 for the
        prefixes itself (the same hits, slower on a large vault; for comparison)."""
        match = fts_query(query, self.expand if expand else None)
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

    def snippets(self, query: str, conversation_ids: list[int], mark: tuple[str, str] = ("[", "]")) -> dict[int, str]:
        """The snippets of ``query`` in these conversations (for hits scrolled into view)."""
        match = fts_query(query, self.expand)
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


# the b-tree indexes (or a table's) whose keys are note words or pseudonyms (rebuilt at each destruction)
WORD_INDEXES = ("note_term_term", "case_pseudonym", "client")  # client: its pseudonym index


class IndexMaintenance:
    """The index's upkeep (kept apart from the query side). Since migration 9 the index runs with FTS5's
    'secure-delete': a deleted or edited note's old words leave the index in the same transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def optimise(self) -> None:
        """Merge every segment into one: nothing deleted is left in any b-tree page of the index. And rebuild the
        indexes that hold note words or pseudonyms: a deleted key's copy can stay in an interior page of a b-tree
        index (secure_delete clears the row, not the divider above it); a rebuilt index holds only live keys, and
        its old pages are cleared as they are freed."""
        with transaction(self._conn):
            self._conn.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
            for index in WORD_INDEXES:
                self._conn.execute(f"REINDEX {index}")

    def rebuild(self) -> None:
        with transaction(self._conn):
            self._conn.execute("INSERT INTO note_fts(note_fts) VALUES ('rebuild')")

    def has_term(self, word: str) -> bool:
        """Whether the index's vocabulary holds ``word`` (as the tokenizer folds it) in any note."""
        folded = tokenizer().tokens(word)  # as the index folds it: case and diacritics (review finding)
        if not folded:
            return False
        row = self._conn.execute("SELECT 1 FROM note_vocab WHERE term = ? LIMIT 1", (folded[0],)).fetchone()
        return row is not None

    def checkpoint(self) -> bool:
        """Fold the WAL into the database and truncate it: no old page stays in the -wal file. False when
        another connection's read kept it from finishing."""
        row = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return row is not None and int(row[0]) == 0
