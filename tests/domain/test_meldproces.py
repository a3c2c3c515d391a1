from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from vpdesk.domain.meldproces import (
    DeadlineKind,
    FormalReport,
    ReportKind,
    add_months,
    deadlines,
    due_items,
    local_date,
)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 3, date(2026, 4, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # clamped to the month's end
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2026, 10, 31), 1, date(2026, 11, 30)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
    ],
)
def test_calendar_months_clamp_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_a_moment_late_in_the_evening_utc_is_the_next_day_in_amsterdam() -> None:
    assert local_date(datetime(2026, 3, 9, 23, 30, tzinfo=UTC)) == date(2026, 3, 10)  # CET, +1
    assert local_date(datetime(2026, 7, 9, 22, 30, tzinfo=UTC)) == date(2026, 7, 10)  # CEST, +2
    assert local_date(datetime(2026, 7, 9, 21, 30, tzinfo=UTC)) == date(2026, 7, 9)
    assert local_date(datetime(2026, 7, 9, 23, 59)) == date(2026, 7, 9)  # naive: already local


def test_misstand_deadlines_acknowledgement_then_feedback() -> None:
    report = FormalReport(case_id=1, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 23))
    assert [(d.kind, d.due) for d in deadlines(report)] == [(DeadlineKind.ACKNOWLEDGE, date(2026, 11, 30))]
    acknowledged = FormalReport(
        case_id=1, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 23), acknowledged_on=date(2026, 11, 30)
    )
    assert [(d.kind, d.due) for d in deadlines(acknowledged)] == [
        (DeadlineKind.ACKNOWLEDGE, date(2026, 11, 30)),
        (DeadlineKind.FEEDBACK, date(2027, 2, 28)),
    ]


def test_integrity_report_has_no_whistleblower_deadlines_but_an_evaluation() -> None:
    report = FormalReport(case_id=2, kind=ReportKind.INTEGRITEIT, reported_on=date(2026, 1, 5))
    assert deadlines(report) == []
    decided = FormalReport(case_id=2, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 6, 1))
    assert [(d.kind, d.due) for d in deadlines(decided)] == [(DeadlineKind.EVALUATION, date(2026, 7, 13))]


def test_agenda_lists_due_and_overdue_items_most_urgent_first() -> None:
    reports = [
        FormalReport(case_id=1, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 10)),  # ack due 17-11: overdue
        FormalReport(case_id=2, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 25)),  # ack due 02-12: soon
        FormalReport(
            case_id=3, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 1), acknowledged_on=date(2026, 11, 5)
        ),
        FormalReport(
            case_id=4, kind=ReportKind.INTEGRITEIT, decided_on=date(2026, 1, 1), evaluated_on=date(2026, 2, 1)
        ),
    ]
    items = due_items(reports, today=date(2026, 11, 28))
    assert [(i.case_id, i.deadline.kind, i.overdue, i.days_left) for i in items] == [
        (1, DeadlineKind.ACKNOWLEDGE, True, -11),
        (2, DeadlineKind.ACKNOWLEDGE, False, 4),
    ]  # case 3's feedback (5 Feb) is not due yet; case 4 was evaluated
