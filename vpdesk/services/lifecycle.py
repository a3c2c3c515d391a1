"""The case lifecycle: correct, reopen, keep (legal hold), follow up, destroy; and the agenda's reminders.

Destruction removes everything the vault holds about a case (and its client, when no other case has it), takes
its words out of the full-text index, merges the index and checkpoints the WAL, so that no page of any of the
vault's files still holds it. The anonymous counts of the year stay (contact_stat): the year's figures and
export are the same before and after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from vpdesk import resources
from vpdesk.domain.model import Case, Gender, MelderPosition
from vpdesk.domain.retention import Reminder, horizon, reminders
from vpdesk.errors import KnownError
from vpdesk.services import formal_reports
from vpdesk.services.cases import require_open
from vpdesk.store.repositories import Repositories

MAX_REASON = 200
DESTRUCTION_DATES_FILLED = "lifecycle.destruction_dates_filled"  # vault setting: the one-off step ran


@dataclass(frozen=True, slots=True)
class CaseEdit:
    """The fields of a correction; None leaves a field as it is (``clear_*`` empties position or gender)."""

    pseudonym: str | None = None
    categories: Sequence[str] | None = None
    org_unit: str | None = None
    position: MelderPosition | None = None
    gender: Gender | None = None
    clear_position: bool = False
    clear_gender: bool = False


def edit_case(vault: Repositories, case_id: int, edit: CaseEdit) -> Case:
    """Correct a case: pseudonym (of its client), categories, org unit, the melder's position and gender."""
    case = require_open(vault, case_id)
    if edit.categories is not None:
        if not edit.categories:
            raise KnownError("A case needs at least one category.")
        resources.taxonomy().check_codes(edit.categories)
    if edit.pseudonym is not None:
        name = edit.pseudonym.strip()
        if not name:
            raise KnownError("A pseudonym cannot be empty.")
        if case.client_id is not None and vault.clients.get(case.client_id).pseudonym != name:
            vault.clients.rename(case.client_id, name)
    changed = replace(
        case,
        categories=tuple(edit.categories) if edit.categories is not None else case.categories,
        org_unit=edit.org_unit.strip() if edit.org_unit is not None else case.org_unit,
        position=None if edit.clear_position else (edit.position or case.position),
        gender=None if edit.clear_gender else (edit.gender or case.gender),
    )
    return vault.cases.update(changed) if changed != case else case


def reopen(vault: Repositories, case_id: int) -> Case:
    case = vault.cases.get(case_id)
    if not case.is_closed:
        raise KnownError("Case {case} is already open.", case=case_id)
    return vault.cases.reopen(case_id)


def hold(vault: Repositories, case_id: int, reason: str, review: date, today: date) -> Case:
    """A legal hold ("lopende procedure"): no destruction until it is released; its review date is in the agenda."""
    reason = " ".join(reason.split())
    if not reason:
        raise KnownError("A legal hold needs a reason.")
    if len(reason) > MAX_REASON:
        raise KnownError("The reason is too long (at most {n} characters).", n=MAX_REASON)
    if review <= today:
        raise KnownError("The review date must lie in the future.")
    vault.cases.set_hold(case_id, reason, review)
    return vault.cases.get(case_id)


def release(vault: Repositories, case_id: int) -> Case:
    if not vault.cases.get(case_id).held:
        raise KnownError("Case {case} has no legal hold.", case=case_id)
    vault.cases.set_hold(case_id, None, None)
    return vault.cases.get(case_id)


def follow_up(vault: Repositories, case_id: int, on: date | None, note: str = "") -> Case:
    """Set (or with None, clear) the case's follow-up reminder ("terugbellen op ..."), shown in the agenda."""
    require_open(vault, case_id)
    vault.cases.set_follow_up(case_id, on, " ".join(note.split())[:MAX_REASON])
    return vault.cases.get(case_id)


def fill_destruction_dates(vault: Repositories, retention_months: int) -> int:
    """Once per vault, at unlock: cases closed before the lifecycle migration (10) have no destruction date and
    would never come up for destruction; they get closure + ``retention_months`` (the policy's number now). The
    vault's settings record that it was done (and with which number); how many cases got a date."""
    if vault.settings.get(DESTRUCTION_DATES_FILLED) is not None:
        return 0
    filled = vault.cases.fill_destruction_dates(retention_months)
    vault.settings.set(DESTRUCTION_DATES_FILLED, str(retention_months))
    return filled


@dataclass(frozen=True, slots=True)
class Destroyed:
    case_id: int
    checkpointed: bool  # False: another connection kept the WAL from being truncated (it is at the next lock)


def check_destroyable(vault: Repositories, case_id: int) -> Case:
    """The case, when it may be destroyed: closed (counted) and not under a legal hold."""
    case = vault.cases.get(case_id)
    if case.held:
        raise KnownError("Case {case} is under a legal hold; release it before destroying it.", case=case_id)
    if not case.is_closed:
        raise KnownError("Case {case} is still open; close it before destroying it.", case=case_id)
    return case


def destroy(vault: Repositories, case_id: int, org_unit_level: int = 1) -> Destroyed:
    """Destroy a closed case whole, on the melder's request or at its destruction date. Older backups still hold
    it (the app says so before asking). Its count rows stay, no longer tied to it: a new random key, and the org
    unit cut to ``org_unit_level`` (the policy's export level), so the year's export stays the same."""
    check_destroyable(vault, case_id)
    vault.cases.destroy(case_id, org_unit_level)
    index = vault.index
    index.optimise()
    return Destroyed(case_id, index.checkpoint())


@dataclass(frozen=True, slots=True)
class LifecycleAgenda:
    reminders: list[Reminder]  # of the AGENDA_CASES cases listed: deadlines first, then inactive cases
    pseudonyms: dict[int, str]
    total: int  # every reminder due today, also those of cases not listed


AGENDA_CASES = 200  # a longer list helps nobody; the count says how many more there are (decision 240)


def attention_count(vault: Repositories, today: date, inactivity_months: int) -> int:
    """How many things the agenda lists today: meldproces deadlines and lifecycle reminders (the agenda button's
    count)."""
    return len(formal_reports.agenda(vault, today).items) + vault.agenda.count(horizon(today, inactivity_months))


def agenda(vault: Repositories, today: date, inactivity_months: int, cases: int = AGENDA_CASES) -> LifecycleAgenda:
    """Destruction warnings (30 and 7 days before), destructions due, legal-hold reviews, inactive open cases and
    follow-up reminders, soonest first: those of ``cases`` cases (those with a deadline before those only inactive,
    store/agenda.py), and how many there are in all. Selected in SQL, so a vault of 100,000 cases costs the
    worker's Python nothing."""
    h = horizon(today, inactivity_months)
    listed, total = vault.agenda.due(h, cases)
    found = reminders(listed, today, inactivity_months)
    return LifecycleAgenda(found, vault.clients.pseudonyms({r.case_id for r in found}), total)
