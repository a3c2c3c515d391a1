"""Search as you type over every note: the query and the snippets of the hits shown. Qt-free; the app runs it on
the read lane.

A typed prefix is expanded into the terms it stands for through the vault's kept term table (store/search.py
`NoteSearch.expand`, migration NOTE_TERMS), which every note write keeps in its own transaction: quick from the
first keystroke after unlocking and right after a note changed, with nothing held in memory between searches.
"""

from __future__ import annotations

from dataclasses import dataclass

from vpdesk.domain.model import SearchHit
from vpdesk.store.repositories import Repositories

SHOWN = 12  # hits that get a snippet at once: what the result list shows before it scrolls


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[SearchHit]
    pseudonyms: dict[int, str]  # case id -> pseudonym, for each hit's case


def search(
    vault: Repositories,
    text: str,
    *,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
    snippets: int | None = SHOWN,
    expand: bool = True,
) -> SearchResult:
    """The newest ``limit`` notes with every word of ``text`` (as a prefix); the first ``snippets`` with theirs.
    ``expand`` False leaves prefixes to FTS5 (the same hits; for comparison in tests and the benchmark)."""
    hits = vault.search.notes(text, limit=limit, mark=mark, expand=expand, snippets=snippets)
    return SearchResult(hits, vault.clients.pseudonyms({h.case_id for h in hits}))


def snippets(vault: Repositories, text: str, conversation_ids: list[int], *, mark: tuple[str, str]) -> dict[int, str]:
    """The snippets of hits scrolled into view."""
    return vault.search.snippets(text, conversation_ids, mark)
