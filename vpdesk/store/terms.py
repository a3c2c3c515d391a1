"""The terms of a text exactly as the note index's tokenizer makes them, for the kept term table (migration
NOTE_TERMS, docs/decisions.md 131).

FTS5's unicode61 tokenizer (remove_diacritics 2) decides character by character: a code point either separates
tokens or belongs to one, folded to lower case without its diacritic (possibly to nothing). So a table from code
point to what it becomes reproduces it exactly, and the table is asked of SQLite's own tokenizer: the first time a
character is seen it goes through a private in-memory FTS5 table with the same tokenizer ("q" + character + "q"
tells which). No guessing of Unicode versions; nothing is written to disk.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any

import sqlcipher3

TOKENIZER = "unicode61 remove_diacritics 2"  # the note index's (migration 2); one place
FUNCTION = "vpdesk_note_terms"  # the SQL function the note triggers call (migration NOTE_TERMS)
_SEPARATOR = " "


class Tokenizer:
    """Thread-safe: the table only grows, and the probe connection is used under a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._table: dict[int, str] = {}
        self._known: set[str] = set()
        self._probe = sqlcipher3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self._probe.execute(f"CREATE VIRTUAL TABLE probe USING fts5(x, tokenize = '{TOKENIZER}')")
        self._probe.execute("CREATE VIRTUAL TABLE probe_terms USING fts5vocab(probe, 'instance')")
        self._learn([chr(c) for c in range(1, 0x250)])  # ASCII and Latin at once; the rest when first seen

    def terms(self, text: str) -> set[str]:
        """The distinct index terms of ``text``."""
        return set(self.tokens(text))

    def tokens(self, text: str) -> list[str]:
        """The index terms of ``text`` in order (repeats kept)."""
        new = set(text) - self._known
        if new:
            self._learn(new)
        return text.translate(self._table).split()

    def _learn(self, chars: Iterable[str]) -> None:
        with self._lock:
            todo = sorted(c for c in set(chars) if c not in self._known)
            if not todo:
                return
            found: dict[int, str] = {}
            probe = [(ord(c), f"q{c}q") for c in todo if not 0xD800 <= ord(c) < 0xE000 and c != "\x00"]
            self._probe.execute("BEGIN")
            try:
                self._probe.executemany("INSERT INTO probe(rowid, x) VALUES (?, ?)", probe)
                # a separator leaves "q" twice; a token character one term "q" + its folding + "q"
                for term, doc in self._probe.execute("SELECT term, doc FROM probe_terms WHERE term != 'q'"):
                    found[int(doc)] = str(term)[1:-1]
            finally:
                self._probe.execute("ROLLBACK")
            for c in todo:
                self._table[ord(c)] = found.get(ord(c), _SEPARATOR)
            self._known.update(todo)


_TOKENIZER: Tokenizer | None = None
_MADE = threading.Lock()


def tokenizer() -> Tokenizer:
    global _TOKENIZER
    with _MADE:
        if _TOKENIZER is None:
            _TOKENIZER = Tokenizer()
        return _TOKENIZER


def note_terms_json(text: Any) -> str:
    """The SQL function: the distinct terms of a note as a JSON array (read by json_each in the triggers)."""
    if not isinstance(text, str) or not text:
        return "[]"
    return json.dumps(list(tokenizer().terms(text)), ensure_ascii=False)


def register(conn: Any) -> None:
    """Give a connection the function the note triggers call (every connection that may write a note)."""
    conn.create_function(FUNCTION, 1, note_terms_json, deterministic=True)
