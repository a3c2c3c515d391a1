"""Use cases of the desk: cases, conversations, referrals and search. The app and the command line both call these.

Every function takes the open vault's repositories (a `Vault`, or a worker's own connection) and the time it
should act on; none keeps state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import TypeVar

from vpdesk import resources
from vpdesk.domain.model import (
    Case,
    CaseFilter,
    CaseSummary,
    Channel,
    ContactKind,
    Conversation,
    Gender,
    MelderPosition,
    Outcome,
    Referral,
)
from vpdesk.domain.retention import destruction_date
from vpdesk.errors import KnownError
from vpdesk.services import rooms
from vpdesk.services import search as search_notes
from vpdesk.services.search import SearchResult as SearchResult
from vpdesk.store.bookings import BookingLink
from vpdesk.store.repositories import Repositories


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """One case as the case view and `vpdesk case show` present it."""

    case: Case
    pseudonym: str
    conversations: list[Conversation]
    referrals: list[Referral]
    bookings: list[BookingLink] = field(default_factory=list)

    def timeline(self) -> list[TimelineEntry]:
        """Conversations, referrals and room bookings in the order they happened (a referral from before times
        were kept sorts at the end of its day)."""
        entries = [TimelineEntry("conversation", c.when, c.id or 0, c, first_line(c.notes)) for c in self.conversations]
        entries += [
            TimelineEntry("referral", r.at or datetime.combine(r.on, time(23, 59)), r.id or 0, r, first_line(r.note))
            for r in self.referrals
        ]
        entries += [TimelineEntry("booking", _local(b.start), 0, b, "") for b in self.bookings]
        return sorted(entries, key=lambda e: (e.when, e.kind != "booking", e.id))


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    kind: str  # "conversation", "referral" or "booking"
    when: datetime
    id: int  # conversation or referral id (0 for a booking)
    item: Conversation | Referral | BookingLink
    first_line: str  # of the notes: the timeline shows it


def _local(when: datetime) -> datetime:
    """A booking's time (with its zone) as the adviser's wall-clock time, like the notes' times."""
    return when.astimezone().replace(tzinfo=None) if when.tzinfo is not None else when


def first_line(text: str, width: int = 80) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


NOT_A_REFERRAL = frozenset({"vp"})  # the adviser's own support: the route the melder is already on


def add_case(
    vault: Repositories,
    categories: Sequence[str],
    opened: date,
    org_unit: str = "",
    pseudonym: str | None = None,
    position: MelderPosition | None = None,
    gender: Gender | None = None,
) -> Case:
    """A new case; every category must be a code of the taxonomy (KnownError names the unknown one)."""
    resources.taxonomy().check_codes(categories)
    case = Case(
        categories=tuple(categories), opened=opened, org_unit=org_unit.strip(), position=position, gender=gender
    )
    return vault.cases.add(case, pseudonym=pseudonym or None)


def close_case(
    vault: Repositories, case_id: int, outcome: Outcome, on: date, retention_months: int = 12, *, today: date
) -> Case:
    """Close a case on ``on`` (from its opening date up to ``today``); it gets its destruction date (closure +
    ``retention_months``, the policy's number)."""
    case = require_open(vault, case_id)
    check_closing_date(case.opened, on, today)
    return vault.cases.close(case_id, outcome, on, destruction_date(on, retention_months))


def check_closing_date(opened: date, on: date, today: date) -> None:
    """A case closes on a day from its opening up to today: an earlier date would make it due for destruction at
    once, a later one is not known yet."""
    if on < opened:
        raise KnownError("A case cannot be closed before the day it was opened ({opened}).", opened=opened.isoformat())
    if on > today:
        raise KnownError("A case cannot be closed on a day still to come ({on}).", on=on.isoformat())


def get_case(vault: Repositories, case_id: int) -> Case:
    """One case (KnownError when there is none)."""
    return vault.cases.get(case_id)


def require_open(vault: Repositories, case_id: int) -> Case:
    """The case, if it may be changed: a closed case is read-only until it is reopened."""
    case = vault.cases.get(case_id)
    if case.is_closed:
        raise KnownError("Case {case} is closed; reopen it to change it.", case=case_id)
    return case


def detail(vault: Repositories, case_id: int) -> CaseDetail:
    case = vault.cases.get(case_id)
    client = vault.clients.get(case.client_id) if case.client_id else None
    return CaseDetail(
        case,
        client.pseudonym if client else "",
        vault.conversations.for_case(case_id),
        vault.referrals.for_case(case_id),
        rooms.for_case(vault, case_id),
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
    require_open(vault, case_id)  # a clear "there is no case N" before anything is written
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


_T = TypeVar("_T")
CONFLICT_MARKER = "----- Above: saved elsewhere meanwhile. Below: the text of this window -----"


@dataclass(frozen=True, slots=True)
class Saved:
    """A conversation save: the stored version it met, what the vault holds now, and whether both had changed the
    notes since the editor loaded them (then both texts are kept, decision 200)."""

    before: Conversation
    after: Conversation
    merged: bool = False
    kept_as_new: bool = False  # it had been deleted meanwhile: the editor's version was added as a new one


def save_conversation(
    vault: Repositories, edited: Conversation, base: Conversation | None = None, marker: str = CONFLICT_MARKER
) -> Saved | None:
    """Write ``edited``, the editor's version of the conversation it loaded as ``base`` (decision 200). None when
    nothing changed since ``base`` (a quit right after a save writes nothing, trial F21). When the stored version is
    no longer ``base`` (another window, or `vpdesk note` from the command line, wrote it), nothing is overwritten:
    see merge_conversation. ``base`` None: the caller read the stored version just now (last write wins).
    Deleted meanwhile while its case is still open: the editor's version is kept as a new conversation on the case
    (decision 223); a case closed or destroyed meanwhile takes nothing (KnownError)."""
    if base is not None and edited == base:
        return None
    require_open(vault, edited.case_id)
    found: list[Conversation] = []

    def make(stored: Conversation) -> Conversation:
        found.append(stored)
        return merge_conversation(stored if base is None else base, stored, edited, marker)

    def if_gone() -> Conversation:
        return replace(edited, id=None)

    after = vault.conversations.update_if(edited, make, if_gone)
    if not found:
        return Saved(base or edited, after, kept_as_new=True)
    before = found[0]
    merged = base is not None and before.notes not in (base.notes, edited.notes) and edited.notes != base.notes
    return Saved(before, after, merged)


def _pick(mine: _T, theirs: _T, was: _T) -> _T:
    return mine if mine != was else theirs


def merge_conversation(base: Conversation, stored: Conversation, edited: Conversation, marker: str) -> Conversation:
    """Three-way: each field the editor changed since ``base`` takes the editor's value, every other field keeps the
    stored one. Notes changed on both sides are kept both, the stored text first, then ``marker`` on a line of its
    own, then the editor's text: nothing is lost and the adviser sees where to tidy up (decision 200)."""

    if edited.notes == base.notes or edited.notes == stored.notes:
        notes = stored.notes
    elif stored.notes == base.notes:
        notes = edited.notes
    else:
        notes = f"{stored.notes.rstrip()}\n\n{marker}\n{edited.notes}"
    return replace(
        stored,
        when=_pick(edited.when, stored.when, base.when),
        duration_min=_pick(edited.duration_min, stored.duration_min, base.duration_min),
        channel=_pick(edited.channel, stored.channel, base.channel),
        kind=_pick(edited.kind, stored.kind, base.kind),
        notes=notes,
    )


def new_conversation(vault: Repositories, case_id: int, when: datetime, duration_min: int) -> Conversation:
    """The adviser's "new conversation": the case's newest one when that is still empty (no notes yet), so a
    second press makes no second conversation (the same day); otherwise a new one of ``duration_min`` minutes."""
    existing = vault.conversations.for_case(case_id)
    if existing and is_empty(existing[-1], strict=False) and existing[-1].when.date() == when.date():
        require_open(vault, case_id)
        return existing[-1]
    return start_conversation(vault, case_id, when, duration_min=duration_min)


def is_empty(conv: Conversation, strict: bool = True, default_minutes: int = 0) -> bool:
    """No notes; ``strict``: and blank too, still as a new conversation starts (decision 109): 0 minutes or
    ``default_minutes`` (the policy's conversation_minutes), in person. A call logged without notes still counts."""
    if conv.notes.strip():
        return False
    return not strict or (conv.duration_min in (0, default_minutes) and conv.channel == Channel.IN_PERSON)


def log_conversation(
    vault: Repositories,
    case_id: int,
    when: datetime,
    *,
    default_minutes: int,
    duration_min: int,
    channel: Channel = Channel.IN_PERSON,
    notes: str = "",
    kind: ContactKind | None = None,
) -> Conversation:
    """A conversation logged in one go (``vpdesk note add``): a blank one (no notes, the default minutes or 0, in
    person) is refused, as the app drops it: it is not a contact and is not counted."""
    probe = Conversation(case_id=case_id, when=when, duration_min=duration_min, channel=channel, notes=notes)
    if is_empty(probe, default_minutes=default_minutes):
        raise KnownError(
            "A conversation without notes is counted only with its real length or channel; write a note or give them."
        )
    return start_conversation(vault, case_id, when, duration_min=duration_min, channel=channel, notes=notes, kind=kind)


def drop_if_empty(vault: Repositories, conversation_id: int, default_minutes: int = 0) -> bool:
    """Remove a conversation left blank (no text, and the minutes and channel it started with, see is_empty): it
    is not a contact and is not counted."""
    try:
        conv = vault.conversations.get(conversation_id)
    except KnownError:
        return False
    if not is_empty(conv, default_minutes=default_minutes) or vault.cases.get(conv.case_id).is_closed:
        return False
    vault.conversations.delete(conversation_id)
    return True


def delete_conversation(vault: Repositories, conversation_id: int) -> Conversation:
    """Remove a conversation (with its words in the index and its count); returns it for an undo."""
    require_open(vault, vault.conversations.get(conversation_id).case_id)
    return vault.conversations.delete(conversation_id)


def restore_conversation(vault: Repositories, conv: Conversation) -> Conversation:
    """Undo a deletion: the conversation back, under its own id."""
    require_open(vault, conv.case_id)
    return vault.conversations.add(conv)


def record_referral(
    vault: Repositories,
    case_id: int,
    route: str,
    on: date,
    guide_version: str,
    at: datetime | None = None,
    answers: dict[str, bool | str] | None = None,
) -> Referral:
    """A referral, with the wegwijzer answers it rested on (kept with it, so the timeline can show them)."""
    if route in NOT_A_REFERRAL:
        raise KnownError("The adviser's own support is not a referral.")
    require_open(vault, case_id)
    ref = Referral(case_id=case_id, route=route, on=on, guide_version=guide_version, at=at, answers=dict(answers or {}))
    return vault.referrals.add(ref)


def edit_referral(
    vault: Repositories, referral_id: int, *, route: str | None = None, on: date | None = None, note: str | None = None
) -> Referral:
    stored = vault.referrals.get(referral_id)
    require_open(vault, stored.case_id)
    if route in NOT_A_REFERRAL:
        raise KnownError("The adviser's own support is not a referral.")
    edited = replace(
        stored,
        route=route if route is not None else stored.route,
        on=on or stored.on,
        note=note if note is not None else stored.note,
    )
    return vault.referrals.update(edited)


def delete_referral(vault: Repositories, referral_id: int) -> Referral:
    require_open(vault, vault.referrals.get(referral_id).case_id)
    return vault.referrals.delete(referral_id)


def restore_referral(vault: Repositories, ref: Referral) -> Referral:
    require_open(vault, ref.case_id)
    return vault.referrals.add(ref)


def search(
    vault: Repositories,
    text: str,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
    *,
    snippets: int | None = None,
) -> SearchResult:
    """The newest ``limit`` notes with every word of ``text``; each with a snippet unless ``snippets`` says how
    many get one (the app: those shown)."""
    return search_notes.search(vault, text, limit=limit, mark=mark, snippets=snippets)


def pseudonyms(vault: Repositories, case_ids: set[int]) -> dict[int, str]:
    return vault.clients.pseudonyms(case_ids)
