"""Algemene termijnenwet: a statutory meldproces term that ends on a weekend or public holiday runs on to the next
working day; the calendar date is shown too, and a deadline is never missed before the term has really ended."""

from __future__ import annotations

from datetime import date

import pytest

from vpdesk.domain.meldproces import (
    Deadline,
    DeadlineKind,
    FormalReport,
    ReportKind,
    deadlines,
    due_items,
    dutch_holidays,
    easter,
    next_working_day,
)

ACK, FEEDBACK, EVAL = DeadlineKind.ACKNOWLEDGE, DeadlineKind.FEEDBACK, DeadlineKind.EVALUATION


def misstand(reported: date, acknowledged: date | None = None) -> FormalReport:
    return FormalReport(case_id=7, kind=ReportKind.MISSTAND, reported_on=reported, acknowledged_on=acknowledged)


@pytest.mark.parametrize(
    ("year", "sunday"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)),
     (2038, date(2038, 4, 25)), (2285, date(2285, 3, 22))],
)  # fmt: skip
def test_easter_is_computed(year: int, sunday: date) -> None:
    assert easter(year) == sunday


def test_the_holidays_of_the_algemene_termijnenwet_are_computed() -> None:
    h2026 = dutch_holidays(2026)
    named = {
        date(2026, 1, 1),  # Nieuwjaarsdag
        date(2026, 4, 3),  # Goede Vrijdag (art. 3 lid 2)
        date(2026, 4, 6),  # tweede Paasdag
        date(2026, 4, 27),  # Koningsdag
        date(2026, 5, 5),  # Bevrijdingsdag
        date(2026, 5, 14),  # Hemelvaartsdag
        date(2026, 5, 25),  # tweede Pinksterdag
        date(2026, 12, 25),
        date(2026, 12, 26),
    }
    assert named <= h2026
    assert date(2026, 5, 15) in h2026  # the Friday after Ascension, equated by decree
    assert date(2026, 1, 2) in h2026 and date(2026, 5, 4) in h2026  # bridge days: Friday after Thu, Monday before Tue
    assert date(2026, 6, 1) not in h2026 and date(2026, 12, 31) not in h2026
    assert date(2025, 4, 26) in dutch_holidays(2025) and date(2025, 4, 27) not in dutch_holidays(2025)  # 27th: Sunday


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 12, 2), date(2026, 12, 2)),  # a Wednesday stays
        (date(2026, 12, 5), date(2026, 12, 7)),  # Saturday -> Monday
        (date(2026, 12, 25), date(2026, 12, 28)),  # Christmas (Friday), Saturday, Sunday -> Monday
        (date(2026, 4, 3), date(2026, 4, 7)),  # Good Friday, Easter weekend, Easter Monday -> Tuesday
        (date(2026, 5, 14), date(2026, 5, 18)),  # Ascension, the Friday after, the weekend -> Monday
    ],
)
def test_next_working_day(day: date, working: date) -> None:
    assert next_working_day(day) == working


def test_an_acknowledgement_term_ending_on_good_friday_runs_to_tuesday_and_is_not_missed_before() -> None:
    ack, feedback = deadlines(misstand(date(2026, 3, 27)))
    assert (ack.due, ack.last_day, ack.moved) == (date(2026, 4, 3), date(2026, 4, 7), True)
    assert ack.text() == "03-04-2026 → 07-04-2026 (Atw)"
    for today in (date(2026, 4, 3), date(2026, 4, 6), date(2026, 4, 7)):
        assert not ack.overdue(today)
        item = due_items([misstand(date(2026, 3, 27))], today)[0]
        assert item.deadline.kind == ACK and not item.overdue and item.days_left >= 0
    assert ack.overdue(date(2026, 4, 8))
    # the 3 months run from the end of the 7 days, as the law extends it
    assert feedback.due == date(2026, 7, 7)


def test_a_feedback_term_ending_on_a_sunday_runs_to_monday() -> None:
    feedback = deadlines(misstand(date(2026, 3, 1), acknowledged=date(2026, 3, 6)))[1]
    assert (feedback.kind, feedback.due, feedback.last_day) == (FEEDBACK, date(2026, 6, 6), date(2026, 6, 8))
    assert not feedback.overdue(date(2026, 6, 8)) and feedback.overdue(date(2026, 6, 9))
    done_monday = Deadline(FEEDBACK, date(2026, 6, 6), date(2026, 6, 8))
    assert not done_monday.late  # met on the last day of the term


def test_a_working_day_deadline_is_shown_as_the_calendar_date_only() -> None:
    ack = deadlines(misstand(date(2026, 11, 25)))[0]
    assert (ack.due, ack.last_day, ack.moved, ack.text()) == (date(2026, 12, 2), date(2026, 12, 2), False, "02-12-2026")
    assert ack.overdue(date(2026, 12, 3)) and not ack.overdue(date(2026, 12, 2))


def test_our_own_evaluation_term_is_not_statutory_and_not_moved() -> None:
    evaluation = Deadline(EVAL, date(2026, 12, 5), None)  # a Saturday
    assert evaluation.last_day == date(2026, 12, 5) and not evaluation.moved
