"""The kept term table (migration NOTE_TERMS): the tokenizer equal to the index's on every kind of text, the migration
filling it from the notes already there, and prefix expansion through it."""

from __future__ import annotations

import os
import random
from pathlib import Path

import sqlcipher3

from vpdesk.store import migrations
from vpdesk.store.connection import connect
from vpdesk.store.search import MAX_EXPANSION, NoteSearch
from vpdesk.store.terms import TOKENIZER, Tokenizer
from vpdesk.store.vault import Vault

ODD = [
    "Ça ÉTÉ naïve Ærøskøbing ǅemal ﬁne straße İstanbul Ωmega ΣΊΣΥΦΟΣ",
    "x\u0301y e\u0301e\u0301 a\u0308b",  # combining marks after the letter
    "日本語テキスト 中文 한국어 ١٢٣ ½ ² ⅷ ① 🙂🙂a🙂 a\u200bb a\u00adb",
    "don't e-mail i.d. 3,5 v.d. 'quoted' \"dq\" tab\there new\nline a_b_c",
    "woord" * 60,  # a very long token
    "\u0130\u0131 ﬀ ǈ ẞ ŉ Ǆ ǉ ỳ Ỳ ḱ",
]
INSERT = (
    "INSERT INTO conversation(id, case_id, at, channel, kind, notes) VALUES (1, 1, '2026-02-01', 'phone', 'first', ?)"
)


def _fts_terms(texts: list[str]) -> set[str]:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
    conn.executemany("INSERT INTO t(x) VALUES (?)", [(t,) for t in texts])
    return {str(r[0]) for r in conn.execute("SELECT term FROM v")}


def test_the_tokenizer_makes_the_terms_the_index_makes() -> None:
    rng = random.Random(5)
    # random text over wide ranges of code points too: letters, marks, digits, symbols, separators of many scripts
    pool = [chr(c) for c in range(0x20, 0x3000) if not 0xD800 <= c < 0xE000] + ["🙂", "𝔸", "𠀀"]
    texts = ODD + ["".join(rng.choice(pool) for _ in range(300)) for _ in range(40)]
    tokenizer = Tokenizer()
    for text in texts:
        assert tokenizer.terms(text) == _fts_terms([text]), text
    assert tokenizer.tokens("Geïsoleerd MELDER geisoleerd") == ["geisoleerd", "melder", "geisoleerd"]


def test_the_migration_fills_the_table_from_the_notes_already_there(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db", os.urandom(32))
    number = migrations.NOTE_TERMS
    migrations.migrate(conn, number - 1)
    conn.execute("INSERT INTO case_file(id, opened) VALUES (1, '2026-01-01')")
    insert = INSERT.replace("(1, 1,", "(?, 1,")
    conn.execute(insert, (1, "Melding over pesten"))
    conn.execute(insert, (2, "Pesten op de afdeling"))
    migrations.migrate(conn, number)
    table = "SELECT term, docs FROM note_term ORDER BY term"
    assert conn.execute(table).fetchall() == [
        ("afdeling", 1),
        ("de", 1),
        ("melding", 1),
        ("op", 1),
        ("over", 1),
        ("pesten", 2),
    ]
    conn.execute(insert, (3, "Pesten, pesten!"))  # counted once per note
    assert dict(conn.execute(table).fetchall())["pesten"] == 3
    conn.close()


def test_a_prefix_expands_to_its_terms_or_to_none_when_too_many(tmp_path: Path) -> None:
    conn = connect(tmp_path / "e.db", os.urandom(32))
    migrations.migrate(conn)
    conn.execute("INSERT INTO case_file(id, opened) VALUES (1, '2026-01-01')")
    words = " ".join(f"veel{n:04d}" for n in range(MAX_EXPANSION + 1))
    conn.execute(
        INSERT,
        (f"melden melding meldpunt {words}",),
    )
    search = NoteSearch(conn)
    assert search.expand("meld") == ["melden", "melding", "meldpunt"]
    assert search.expand("meldi") == ["melding"] and search.expand("mez") == []
    assert search.expand("veel") is None  # more than MAX_EXPANSION: left to FTS5 as a prefix
    assert search.notes("veel0") and search.notes("veel") and search.notes("meldp")
    conn.close()


def test_has_term_folds_a_word_as_the_index_does(vault: Vault) -> None:
    """Review finding: has_term lower-cased only, so a diacritic word was "absent" while the index held it, and a
    destruction test with such a word would have proved nothing."""
    from datetime import date, datetime

    from vpdesk.domain.model import Case, Conversation

    case = vault.cases.add(Case(categories=("oo.pesten",), opened=date(2026, 3, 1)), pseudonym="Reiger")
    vault.conversations.add(
        Conversation(
            case_id=case.id or 0, when=datetime(2026, 3, 2, 10), duration_min=30, notes="voelt zich geïsoleerd"
        )
    )
    assert vault.index.has_term("Geïsoleerd") and vault.index.has_term("GEISOLEERD")
    assert not vault.index.has_term("geïsoleerde")
