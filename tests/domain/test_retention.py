"""Retention rules with the date passed in: destruction dates over month ends and leap years, the agenda's
warnings on the right days, legal holds, inactivity and follow-up reminders."""

from __future__ import annotations

from datetime import date

import pytest

from vpdesk.domain.retention import CaseDates, ReminderKind, add_months, destruction_date, reminders


@pytest.mark.parametrize(
    ("closed", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2027, 1, 31), 13, date(2028, 2, 29)),  # into a leap year's February
        (date(2028, 2, 29), 12, date(2029, 2, 28)),  # from the leap day
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 12, 15), 12, date(2027, 12, 15)),
        (date(2026, 11, 30), 2, date(2027, 1, 30)),
    ],
)
def test_destruction_date_over_month_ends_and_leap_years(closed: date, months: int, expected: date) -> None:
    assert destruction_date(closed, months) == expected


def test_add_months_backwards() -> None:
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def _closed(destroy_on: date, held: bool = False, review: date | None = None) -> CaseDates:
    return CaseDates(1, date(2025, 1, 1), destroy_on, review, held, date(2025, 1, 1))


@pytest.mark.parametrize(
    ("today", "kind", "urgent"),
    [
        (date(2028, 1, 29), None, False),  # 31 days before the leap day: nothing yet
        (date(2028, 1, 30), ReminderKind.DESTROY_SOON, False),  # 30 days: the first warning
        (date(2028, 2, 21), ReminderKind.DESTROY_SOON, False),  # 8 days
        (date(2028, 2, 22), ReminderKind.DESTROY_SOON, True),  # 7 days: the second warning
        (date(2028, 2, 28), ReminderKind.DESTROY_SOON, True),
        (date(2028, 2, 29), ReminderKind.DESTROY_DUE, True),  # the day itself
        (date(2028, 3, 15), ReminderKind.DESTROY_DUE, True),  # and after it, until destroyed
    ],
)
def test_warnings_on_the_right_days(today: date, kind: ReminderKind | None, urgent: bool) -> None:
    found = reminders([_closed(date(2028, 2, 29))], today, 6)
    assert [r.kind for r in found] == ([kind] if kind else [])
    if kind:
        assert found[0].urgent is urgent and found[0].days_left == (date(2028, 2, 29) - today).days


def test_warnings_over_a_month_end() -> None:
    destroy_on = destruction_date(date(2026, 1, 31), 1)  # 28 February 2026
    assert reminders([_closed(destroy_on)], date(2026, 1, 28), 6) == []  # 31 days before
    assert [r.days_left for r in reminders([_closed(destroy_on)], date(2026, 1, 29), 6)] == [30]
    assert [r.urgent for r in reminders([_closed(destroy_on)], date(2026, 2, 21), 6)] == [True]


def test_a_legal_hold_suspends_every_destruction_reminder() -> None:
    held = _closed(date(2026, 2, 1), held=True, review=date(2026, 6, 1))
    assert reminders([held], date(2026, 3, 1), 6) == []  # past the destruction date, and nothing
    found = reminders([held], date(2026, 5, 20), 6)
    assert [(r.kind, r.on) for r in found] == [(ReminderKind.HOLD_REVIEW, date(2026, 6, 1))]


def test_inactive_open_cases_after_m_months() -> None:
    quiet = CaseDates(4, None, None, None, False, date(2026, 1, 31))
    assert reminders([quiet], date(2026, 7, 29), 6) == []
    assert [r.kind for r in reminders([quiet], date(2026, 7, 31), 6)] == [ReminderKind.INACTIVE]
    assert reminders([quiet], date(2026, 7, 31), 7) == []


def test_follow_up_shows_from_a_week_before() -> None:
    case = CaseDates(5, None, None, None, False, date(2026, 11, 1), date(2026, 12, 10), "terugbellen")
    assert reminders([case], date(2026, 12, 2), 6) == []
    found = reminders([case], date(2026, 12, 3), 6)
    assert [(r.kind, r.note, r.days_left) for r in found] == [(ReminderKind.FOLLOW_UP, "terugbellen", 7)]
    assert reminders([case], date(2026, 12, 12), 6)[0].days_left == -2  # overdue stays
