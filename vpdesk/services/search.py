"""Search as you type over every note: the query, the snippets of the hits shown, and the terms that make a prefix
cheap at a million notes (store/search.py `Vocabulary`). Qt-free; the app runs it on the read lane.

The vocabulary takes seconds to read at 1,000,000 notes, so it is read on a worker (`make_terms`, through
`session.job`) and handed to a `Terms` the app keeps for the open vault. It holds only while the note index is
unchanged (`NoteSearch.index_state`: other writes leave it be); until a new one is read, search asks FTS5 for
prefixes, which is correct, only slower at that size. Locking drops it with the rest of the vault's data.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from vpdesk.domain.model import SearchHit
from vpdesk.store.repositories import Repositories
from vpdesk.store.search import Vocabulary as Vocabulary  # for the app, which names no store module

SHOWN = 12  # hits that get a snippet at once: what the result list shows before it scrolls


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[SearchHit]
    pseudonyms: dict[int, str]  # case id -> pseudonym, for each hit's case
    terms_stale: bool = False  # the vocabulary was missing or out of date: time to read it again


class Terms:
    """The vocabulary for the read lane's connection, or none. Thread-safe: made on a worker, used on the lane."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._vocabulary: Vocabulary | None = None

    def valid(self, vault: Repositories) -> Vocabulary | None:
        """The vocabulary, if the note index is as it was when it was read."""
        with self._lock:
            found = self._vocabulary
        return found if found is not None and found.state == vault.search.index_state() else None

    def adopt(self, vocabulary: Vocabulary) -> None:
        with self._lock:
            self._vocabulary = vocabulary

    def clear(self) -> None:
        with self._lock:
            self._vocabulary = None


def make_terms(vault: Repositories) -> Vocabulary:
    """On a worker's connection: every term of the note index."""
    return vault.search.vocabulary()


def search(
    vault: Repositories,
    text: str,
    terms: Terms | None = None,
    *,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
    snippets: int | None = SHOWN,
) -> SearchResult:
    """The newest ``limit`` notes with every word of ``text`` (as a prefix); the first ``snippets`` with theirs."""
    vocabulary = terms.valid(vault) if terms is not None else None
    hits = vault.search.notes(text, limit=limit, mark=mark, vocabulary=vocabulary, snippets=snippets)
    stale = terms is not None and vocabulary is None
    return SearchResult(hits, vault.clients.pseudonyms({h.case_id for h in hits}), stale)


def snippets(
    vault: Repositories, text: str, conversation_ids: list[int], terms: Terms | None = None, *, mark: tuple[str, str]
) -> dict[int, str]:
    """The snippets of hits scrolled into view."""
    vocabulary = terms.valid(vault) if terms is not None else None
    return vault.search.snippets(text, conversation_ids, mark, vocabulary=vocabulary)
