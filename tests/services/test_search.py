"""Search as you type: the hit order, prefixes through the vocabulary equal to FTS5's own prefixes, a vocabulary
out of date is never used, snippets only for the hits shown, and a stale query cancelled on the read lane."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

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


def _terms(db: Repositories) -> search.Terms:
    terms = search.Terms()
    terms.adopt(search.make_terms(db))
    return terms


def test_prefixes_through_the_vocabulary_find_what_fts5_prefixes_find_newest_first(session: Session) -> None:
    _add_notes(session)
    db = session.vault
    terms = _terms(db)
    assert terms.valid(db) is not None
    for query in QUERIES:
        plain = search.search(db, query, None, limit=50, snippets=None)
        expanded = search.search(db, query, terms, limit=50, snippets=None)
        assert not expanded.terms_stale
        assert expanded.hits == plain.hits, query
        ids = [h.conversation_id for h in plain.hits]
        assert ids == sorted(ids, reverse=True), query  # the newest note first
    assert [h.conversation_id for h in search.search(db, "melding", terms).hits] != []
    assert search.search(db, "zz", terms).hits == [] and fts_query("zz", terms.valid(db)) == ""
    assert '"melding"' in fts_query("melding", terms.valid(db))


def test_a_vocabulary_read_before_a_note_changed_is_not_used_and_other_writes_keep_it(session: Session) -> None:
    ids = _add_notes(session)
    reader = session.reader
    terms = reader.submit(_terms).result()
    assert reader.submit(lambda db: search.search(db, "mel", terms)).result().terms_stale is False
    session.write(lambda db: db.settings.set("theme", "dark"))  # no note changed: the vocabulary holds
    cases.add_case(session.vault, ["oo.pesten"], NOW.date(), "", "Zonder gesprek")
    assert reader.submit(lambda db: search.search(db, "mel", terms)).result().terms_stale is False
    case = cases.add_case(session.vault, ["oo.pesten"], NOW.date(), "", "Nieuw")
    assert case.id is not None
    cases.start_conversation(session.vault, case.id, NOW + timedelta(days=30), notes="Kwartiermaker gesproken.")
    found = reader.submit(lambda db: search.search(db, "kwartier", terms)).result()
    assert found.terms_stale and [h.case_id for h in found.hits] == [case.id]  # found all the same, by FTS5
    terms = reader.submit(_terms).result()
    stored = session.vault.conversations.get(ids[0])
    session.vault.conversations.update(replace(stored, notes="Quokka"))  # an edited note changes the index too
    assert reader.submit(lambda db: search.search(db, "quo", terms)).result().terms_stale


def test_only_the_hits_shown_get_a_snippet_and_the_rest_get_theirs_when_asked(session: Session) -> None:
    ids = _add_notes(session)
    db = session.vault
    found = search.search(db, "mel", None, snippets=2, mark=("<", ">"))
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
