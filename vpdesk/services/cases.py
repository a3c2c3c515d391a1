"""Use cases of the desk: cases, conversations, referrals and search. The app and the command line both call these.

Every function takes the open vault's repositories (a `Vault`, or a worker's own connection) and the time it
should act on; none keeps state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from vpdesk import resources
from vpdesk.domain.model import (
    Case,
    CaseFilter,
    CaseSummary,
    Channel,
    ContactKind,
    Conversation,
    Outcome,
    Referral,
)
from vpdesk.errors import KnownError
from vpdesk.services import search as search_notes
from vpdesk.services.search import SearchResult as SearchResult
from vpdesk.store.repositories import Repositories


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """One case as the case view and `vpdesk case show` present it."""

    case: Case
    pseudonym: str
    conversations: list[Conversation]
    referrals: list[Referral]


def add_case(
    vault: Repositories, categories: Sequence[str], opened: date, org_unit: str = "", pseudonym: str | None = None
) -> Case:
    """A new case; every category must be a code of the taxonomy (KnownError names the unknown one)."""
    resources.taxonomy().check_codes(categories)
    return vault.cases.add(
        Case(categories=tuple(categories), opened=opened, org_unit=org_unit.strip()), pseudonym=pseudonym or None
    )


def close_case(vault: Repositories, case_id: int, outcome: Outcome, on: date) -> Case:
    return vault.cases.close(case_id, outcome, on)


def detail(vault: Repositories, case_id: int) -> CaseDetail:
    case = vault.cases.get(case_id)
    client = vault.clients.get(case.client_id) if case.client_id else None
    return CaseDetail(
        case,
        client.pseudonym if client else "",
        vault.conversations.for_case(case_id),
        vault.referrals.for_case(case_id),
    )


def summary(vault: Repositories, case_id: int) -> CaseSummary:
    return vault.cases.summary(case_id)


def count(vault: Repositories, flt: CaseFilter) -> int:
    return vault.cases.count(flt)


def page(
    vault: Repositories,
    flt: CaseFilter,
    offset: int,
    limit: int,
    sort: str = "opened",
    descending: bool = True,
    after: CaseSummary | None = None,
) -> list[CaseSummary]:
    """A page of the list; ``after`` (the last row the list holds) pages by key, which costs the same at any depth."""
    return vault.cases.page(flt, offset=offset, limit=limit, sort=sort, descending=descending, after=after)


def conversation(vault: Repositories, conversation_id: int) -> Conversation:
    return vault.conversations.get(conversation_id)


def next_kind(vault: Repositories, case_id: int) -> ContactKind:
    """The one rule for a new conversation: a case's first is the first contact, every later one a follow-up."""
    return ContactKind.FOLLOW_UP if vault.conversations.any_for_case(case_id) else ContactKind.FIRST


def start_conversation(
    vault: Repositories,
    case_id: int,
    when: datetime,
    *,
    duration_min: int = 0,
    channel: Channel = Channel.IN_PERSON,
    notes: str = "",
    kind: ContactKind | None = None,
) -> Conversation:
    """Log a conversation on a case; ``kind`` defaults to the first/follow-up rule (next_kind)."""
    if duration_min < 0:
        raise KnownError("A duration cannot be negative.")
    vault.cases.get(case_id)  # a clear "there is no case N" before anything is written
    return vault.conversations.add(
        Conversation(
            case_id=case_id,
            when=when.replace(second=0, microsecond=0),
            duration_min=duration_min,
            channel=channel,
            kind=kind or next_kind(vault, case_id),
            notes=notes,
        )
    )


def save_conversation(vault: Repositories, edited: Conversation) -> Conversation | None:
    """Write ``edited`` if it differs from the stored conversation; returns the stored version it replaced, or
    None when there was nothing to write."""
    stored = vault.conversations.get(edited.id or 0)
    if stored == edited:
        return None
    vault.conversations.update(edited)
    return stored


def record_referral(vault: Repositories, case_id: int, route: str, on: date, guide_version: str) -> Referral:
    return vault.referrals.add(Referral(case_id=case_id, route=route, on=on, guide_version=guide_version))


def search(
    vault: Repositories,
    text: str,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
    *,
    terms: search_notes.Terms | None = None,
    snippets: int | None = None,
) -> SearchResult:
    """The newest ``limit`` notes with every word of ``text``; each with a snippet unless ``snippets`` says how
    many get one (the app: those shown). ``terms``: the app's vocabulary (services/search.py)."""
    return search_notes.search(vault, text, terms, limit=limit, mark=mark, snippets=snippets)


def pseudonyms(vault: Repositories, case_ids: set[int]) -> dict[int, str]:
    return vault.clients.pseudonyms(case_ids)
