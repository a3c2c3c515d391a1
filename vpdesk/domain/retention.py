"""Retention of closed cases and the lifecycle reminders of the agenda. Pure rules: the date is passed in.

A closed case gets a destruction date (closure + N months, IT's policy). The agenda warns 30 and 7 days before
it; on the date the case is due for destruction. A legal hold ("lopende procedure") suspends all of that until
it is released; its review date shows in the agenda instead. An open case without activity for M months shows
as inactive, and a follow-up reminder ("terugbellen op ...") shows from a week before its date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
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


@dataclass(frozen=True, slots=True)
class Horizon:
    """The last date of each kind that makes a reminder due ``today``: the agenda's windows as four dates, so the
    store can select the cases that have a reminder (in SQL, at any size) by the same rule `reminders` applies."""

    today: date
    follow_up: date  # a follow-up on or before this date shows
    hold_review: date  # a held case's review date on or before this date shows
    destroy: date  # a destruction date on or before this date shows (warned, or due)
    inactive: date  # an open case whose last activity is on or before this date is inactive


def horizon(today: date, inactivity_months: int) -> Horizon:
    return Horizon(
        today=today,
        follow_up=today + timedelta(days=FOLLOW_UP_LEAD_DAYS),
        hold_review=today + timedelta(days=HOLD_REVIEW_LEAD_DAYS),
        destroy=today + timedelta(days=max(WARN_DAYS)),
        inactive=_quiet_since(today, inactivity_months),
    )


def _quiet_since(today: date, months: int) -> date:
    """The last day of activity that makes an open case inactive today: the latest ``day`` with ``add_months(day,
    months) <= today``. ``add_months`` never decreases as ``day`` grows, so those days run up to this one; a month's
    end clamps (31 August + 6 months is 28 February), so up to three days past ``add_months(today, -months)``."""
    day = add_months(today, -months)
    while add_months(day + timedelta(days=1), months) <= today:
        day += timedelta(days=1)
    return day


def reminders(cases: list[CaseDates], today: date, inactivity_months: int) -> list[Reminder]:
    """Every lifecycle reminder due ``today``, soonest first."""
    h = horizon(today, inactivity_months)
    found: list[Reminder] = []
    for case in cases:
        found += _for_case(case, h)
    return sorted(found, key=lambda r: (r.on, r.case_id, r.kind.value))


def _for_case(case: CaseDates, h: Horizon) -> list[Reminder]:
    """The same four conditions as the store's selection (store/agenda.py), kept equal by a property test."""
    today, out = h.today, []
    if case.follow_up_on is not None and case.follow_up_on <= h.follow_up:
        out.append(_reminder(case, ReminderKind.FOLLOW_UP, case.follow_up_on, today, case.follow_up_note))
    if case.held:
        if case.hold_review is not None and case.hold_review <= h.hold_review:
            out.append(_reminder(case, ReminderKind.HOLD_REVIEW, case.hold_review, today))
        return out  # a legal hold suspends destruction and its warnings
    if case.closed is None:
        if case.last_activity <= h.inactive:
            out.append(_reminder(case, ReminderKind.INACTIVE, case.last_activity, today))
        return out
    if case.destroy_on is not None and case.destroy_on <= h.destroy:
        kind = ReminderKind.DESTROY_DUE if case.destroy_on <= today else ReminderKind.DESTROY_SOON
        out.append(_reminder(case, kind, case.destroy_on, today))
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
