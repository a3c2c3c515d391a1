"""Retention of closed cases and the lifecycle reminders of the agenda. Pure rules: the date is passed in.

A closed case gets a destruction date (closure + N months, IT's policy). The agenda warns 30 and 7 days before
it; on the date the case is due for destruction. A legal hold ("lopende procedure") suspends all of that until
it is released; its review date shows in the agenda instead. An open case without activity for M months shows
as inactive, and a follow-up reminder ("terugbellen op ...") shows from a week before its date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

WARN_DAYS = (30, 7)  # the agenda's two warnings before a destruction date
FOLLOW_UP_LEAD_DAYS = 7  # a follow-up reminder shows from a week before its date
HOLD_REVIEW_LEAD_DAYS = 14


class ReminderKind(StrEnum):
    DESTROY_DUE = "destroy_due"  # the destruction date has come
    DESTROY_SOON = "destroy_soon"  # within 30 days (urgent within 7)
    HOLD_REVIEW = "hold_review"  # a legal hold's review date is near or past
    INACTIVE = "inactive"  # an open case without activity for M months
    FOLLOW_UP = "follow_up"  # the adviser's own reminder on the case


@dataclass(frozen=True, slots=True)
class CaseDates:
    """What the lifecycle rules need of one case (the store reads it in one query)."""

    case_id: int
    closed: date | None
    destroy_on: date | None
    hold_review: date | None
    held: bool
    last_activity: date
    follow_up_on: date | None = None
    follow_up_note: str = ""


@dataclass(frozen=True, slots=True)
class Reminder:
    case_id: int
    kind: ReminderKind
    on: date  # the date the reminder is about
    days_left: int  # negative: past
    note: str = ""  # the follow-up's own words (shown in the vault's agenda only)

    @property
    def urgent(self) -> bool:
        return self.days_left <= min(WARN_DAYS)


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months; the 31st becomes the month's last day (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def destruction_date(closed: date, months: int) -> date:
    return add_months(closed, months)


def reminders(cases: list[CaseDates], today: date, inactivity_months: int) -> list[Reminder]:
    """Every lifecycle reminder due ``today``, soonest first."""
    found: list[Reminder] = []
    for case in cases:
        found += _for_case(case, today, inactivity_months)
    return sorted(found, key=lambda r: (r.on, r.case_id, r.kind.value))


def _for_case(case: CaseDates, today: date, inactivity_months: int) -> list[Reminder]:
    out: list[Reminder] = []
    if case.follow_up_on is not None and (case.follow_up_on - today).days <= FOLLOW_UP_LEAD_DAYS:
        out.append(_reminder(case, ReminderKind.FOLLOW_UP, case.follow_up_on, today, case.follow_up_note))
    if case.held:
        if case.hold_review is not None and (case.hold_review - today).days <= HOLD_REVIEW_LEAD_DAYS:
            out.append(_reminder(case, ReminderKind.HOLD_REVIEW, case.hold_review, today))
        return out  # a legal hold suspends destruction and its warnings
    if case.closed is None:
        quiet_until = add_months(case.last_activity, inactivity_months)
        if quiet_until <= today:
            out.append(_reminder(case, ReminderKind.INACTIVE, case.last_activity, today))
        return out
    if case.destroy_on is not None:
        left = (case.destroy_on - today).days
        if left <= 0:
            out.append(_reminder(case, ReminderKind.DESTROY_DUE, case.destroy_on, today))
        elif left <= max(WARN_DAYS):
            out.append(_reminder(case, ReminderKind.DESTROY_SOON, case.destroy_on, today))
    return out


def _reminder(case: CaseDates, kind: ReminderKind, on: date, today: date, note: str = "") -> Reminder:
    return Reminder(case.case_id, kind, on, (on - today).days, note)


def may_destroy(closed: date | None, held: bool) -> str | None:
    """Why a case cannot be destroyed (an English sentence key), or None when it can."""
    if held:
        return "held"
    if closed is None:
        return "open"
    return None
