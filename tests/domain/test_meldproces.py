"""Meldproces deadlines: calendar arithmetic, Dutch dates, the agenda across cases, and date checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import TypedDict, Unpack

import pytest

from vpdesk.domain.meldproces import (
    EVALUATION_WEEKS,
    Deadline,
    DeadlineKind,
    DueStatus,
    FormalReport,
    Phase,
    ReportKind,
    add_months,
    deadlines,
    due_items,
    local_date,
    phase_of,
    validate_report,
)
from vpdesk.errors import KnownError

ACK, FEEDBACK, EVAL = DeadlineKind.ACKNOWLEDGE, DeadlineKind.FEEDBACK, DeadlineKind.EVALUATION


class ReportDates(TypedDict, total=False):
    """The dates of a FormalReport a test may set."""

    reported_on: date
    acknowledged_on: date
    feedback_on: date
    decided_on: date
    evaluated_on: date


def misstand(**dates: Unpack[ReportDates]) -> FormalReport:
    return FormalReport(case_id=1, kind=ReportKind.MISSTAND, **dates)


def due(report: FormalReport) -> list[tuple[DeadlineKind, date, date | None]]:
    return [(d.kind, d.due, d.done) for d in deadlines(report)]


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 3, date(2026, 4, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # clamped to the month's end
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2027, 11, 29), 3, date(2028, 2, 29)),
        (date(2028, 2, 29), 3, date(2028, 5, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2026, 10, 31), 1, date(2026, 11, 30)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2026, 12, 15), 3, date(2027, 3, 15)),  # across the year
        (date(2099, 11, 30), 3, date(2100, 2, 28)),  # 2100 is not a leap year
        (date(2099, 11, 30), 15, date(2101, 2, 28)),
    ],
)
def test_calendar_months_clamp_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 3, 9, 23, 30, tzinfo=UTC), date(2026, 3, 10)),  # CET, UTC+1
        (datetime(2026, 7, 9, 22, 30, tzinfo=UTC), date(2026, 7, 10)),  # CEST, UTC+2
        (datetime(2026, 7, 9, 21, 30, tzinfo=UTC), date(2026, 7, 9)),
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), date(2026, 3, 29)),  # the night summer time starts
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), date(2026, 10, 25)),  # the night it ends (still CEST)
        (datetime(2026, 10, 25, 22, 59, tzinfo=UTC), date(2026, 10, 25)),  # after it ended: UTC+1
        (datetime(2026, 7, 10, 1, 0, tzinfo=timezone(timedelta(hours=5))), date(2026, 7, 9)),
        (datetime(2026, 7, 9, 23, 59), date(2026, 7, 9)),  # naive: already Dutch local time
    ],
)
def test_a_moment_becomes_its_amsterdam_date(moment: datetime, expected: date) -> None:
    assert local_date(moment) == expected


def test_an_acknowledgement_at_2330_utc_counts_from_the_next_amsterdam_date() -> None:
    report = misstand(reported_on=date(2026, 3, 9), acknowledged_on=datetime(2026, 3, 14, 23, 30, tzinfo=UTC))
    assert due(report) == [
        (ACK, date(2026, 3, 16), date(2026, 3, 15)),  # done on Sunday 15 March in Amsterdam
        (FEEDBACK, date(2026, 6, 15), None),  # 3 months from 15 March, not from 14 March
    ]
    late = misstand(reported_on=datetime(2026, 3, 1, 23, 30, tzinfo=UTC))  # 2 March in Amsterdam
    assert deadlines(late)[0].due == date(2026, 3, 9)


def test_misstand_deadlines_acknowledgement_then_feedback() -> None:
    assert due(misstand(reported_on=date(2026, 11, 23), acknowledged_on=date(2026, 11, 30))) == [
        (ACK, date(2026, 11, 30), date(2026, 11, 30)),
        (FEEDBACK, date(2027, 2, 28), None),  # 30 Nov + 3 months, clamped
    ]
    assert due(misstand(reported_on=date(2027, 11, 23), acknowledged_on=date(2027, 11, 30))) == [
        (ACK, date(2027, 11, 30), date(2027, 11, 30)),
        (FEEDBACK, date(2028, 2, 29), None),  # leap year
    ]


def test_without_an_acknowledgement_feedback_runs_from_the_end_of_the_seven_days() -> None:
    assert due(misstand(reported_on=date(2026, 11, 23))) == [
        (ACK, date(2026, 11, 30), None),
        (FEEDBACK, date(2027, 2, 28), None),
    ]


def test_a_late_acknowledgement_is_marked_and_moves_the_feedback_deadline() -> None:
    ack, feedback = deadlines(
        misstand(reported_on=date(2026, 1, 1), acknowledged_on=date(2026, 1, 20), feedback_on=date(2026, 4, 1))
    )
    assert ack.late and ack.due == date(2026, 1, 8)
    assert feedback == Deadline(FEEDBACK, date(2026, 4, 20), date(2026, 4, 1)) and not feedback.late


def test_integrity_report_has_no_whistleblower_deadlines_but_an_evaluation() -> None:
    report = FormalReport(case_id=2, kind=ReportKind.INTEGRITEIT, reported_on=date(2026, 1, 5))
    assert deadlines(report) == []
    decided = FormalReport(case_id=2, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 6, 1))
    assert EVALUATION_WEEKS == 6
    assert due(decided) == [(EVAL, date(2026, 7, 13), None)]


def test_a_misstand_that_is_decided_also_gets_its_evaluation() -> None:
    report = misstand(reported_on=date(2026, 1, 1), acknowledged_on=date(2026, 1, 2), decided_on=date(2026, 3, 2))
    assert [d.kind for d in deadlines(report)] == [ACK, FEEDBACK, EVAL]


TODAY = date(2026, 11, 28)
REPORTS = [
    misstand(reported_on=date(2026, 11, 10)),  # ack due 17-11: overdue
    FormalReport(case_id=2, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 25)),  # ack due 02-12
    FormalReport(case_id=3, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 1), acknowledged_on=date(2026, 11, 5)),
    FormalReport(case_id=4, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 1, 1), evaluated_on=date(2026, 2, 1)),
    FormalReport(case_id=5, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 10, 17)),  # eval due 28-11: today
    FormalReport(case_id=6, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 11, 1)),  # eval due 13-12: in 15
]


def test_agenda_lists_due_and_overdue_items_across_cases_most_urgent_first() -> None:
    items = due_items(REPORTS, today=TODAY)
    assert [(i.case_id, i.deadline.kind, i.status, i.days_left) for i in items] == [
        (1, ACK, DueStatus.OVERDUE, -11),
        (5, EVAL, DueStatus.DUE, 0),  # due today is not yet overdue
        (2, ACK, DueStatus.DUE, 4),
    ]  # case 3's feedback (5 Feb) and case 6's evaluation (in 15 days) are not due yet; case 4 was evaluated
    assert [i.overdue for i in items] == [True, False, False]


def test_the_agenda_horizon() -> None:
    assert [i.case_id for i in due_items(REPORTS, TODAY, soon_days=15)] == [1, 5, 2, 6]
    assert [i.case_id for i in due_items(REPORTS, TODAY, soon_days=0)] == [1, 5]
    everything = due_items(REPORTS, TODAY, soon_days=None)
    assert [(i.case_id, i.deadline.kind) for i in everything] == [
        (1, ACK),
        (5, EVAL),
        (2, ACK),
        (6, EVAL),
        (3, FEEDBACK),  # 5 Feb 2027
        (1, FEEDBACK),  # 17 Feb 2027
        (2, FEEDBACK),  # 2 Mar 2027
    ]


def test_the_agenda_takes_today_as_a_moment_in_amsterdam() -> None:
    report = FormalReport(case_id=5, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 10, 17))  # due 28-11
    assert due_items([report], datetime(2026, 11, 28, 23, 30, tzinfo=UTC))[0].status == DueStatus.OVERDUE
    assert due_items([report], datetime(2026, 11, 28, 22, 30, tzinfo=UTC))[0].status == DueStatus.DUE


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ({"reported_on": date(2026, 5, 2), "acknowledged_on": date(2026, 5, 1)}, "acknowledgement date lies before"),
        ({"acknowledged_on": date(2026, 5, 3), "feedback_on": date(2026, 5, 2)}, "feedback date lies before the ack"),
        ({"reported_on": date(2026, 5, 3), "feedback_on": date(2026, 5, 2)}, "feedback date lies before the report"),
        ({"reported_on": date(2026, 5, 3), "decided_on": date(2026, 5, 2)}, "decision date lies before the report"),
        ({"decided_on": date(2026, 5, 3), "evaluated_on": date(2026, 5, 2)}, "evaluation date lies before"),
        ({"reported_on": date(2026, 11, 29)}, "in the future"),
    ],
)
def test_impossible_dates_are_refused(dates: ReportDates, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        validate_report(misstand(**dates), today=TODAY)


def test_sound_dates_pass() -> None:
    validate_report(
        misstand(
            reported_on=date(2026, 5, 1),
            acknowledged_on=date(2026, 5, 1),
            feedback_on=date(2026, 7, 1),
            decided_on=date(2026, 8, 1),
            evaluated_on=TODAY,
        ),
        today=TODAY,
    )
    validate_report(misstand(reported_on=date(2026, 11, 29)))  # without today, the future is not judged


@pytest.mark.parametrize(
    ("report", "phase"),
    [
        (misstand(), Phase.VOORFASE),
        (misstand(reported_on=date(2026, 1, 1)), Phase.MELDING),
        (FormalReport(1, ReportKind.MISSTAND, Phase.ONDERZOEK, reported_on=date(2026, 1, 1)), Phase.ONDERZOEK),
        (misstand(reported_on=date(2026, 1, 1), decided_on=date(2026, 2, 1)), Phase.BESLUIT),
        (FormalReport(1, ReportKind.MISSTAND, Phase.MELDING, decided_on=date(2026, 2, 1)), Phase.BESLUIT),
        (misstand(decided_on=date(2026, 2, 1), evaluated_on=date(2026, 3, 1)), Phase.EVALUATIE),
    ],
)
def test_the_phase_follows_the_dates_unless_the_report_is_further_along(report: FormalReport, phase: Phase) -> None:
    assert phase_of(report) == phase
