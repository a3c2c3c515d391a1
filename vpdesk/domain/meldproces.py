"""The meldproces tracker: a formal report's phases, its procesbegeleider, and the deadlines that follow.

Deadlines (DOMAIN.md): for a misstand report under the Wet bescherming klokkenluiders, an acknowledgement
within 7 days of the report and feedback on the assessment within 3 months of the acknowledgement; for every
report, an evaluation conversation with the melder after the decision (EVALUATION_WEEKS, our choice: six weeks
keeps the process fresh in memory while leaving room to plan). Pure code: `today` is passed in.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
ACKNOWLEDGE_DAYS = 7
FEEDBACK_MONTHS = 3
EVALUATION_WEEKS = 6
SOON_DAYS = 14


class Phase(StrEnum):
    VOORFASE = "voorfase"
    MELDING = "melding"
    ONDERZOEK = "onderzoek"  # BIPO applies to an investigation of a person
    BESLUIT = "besluit"
    EVALUATIE = "evaluatie"  # evaluatie en nazorg


class ReportKind(StrEnum):
    INTEGRITEIT = "integriteitsschending"
    MISSTAND = "misstand"


class DeadlineKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    FEEDBACK = "feedback"
    EVALUATION = "evaluation"


@dataclass(frozen=True, slots=True)
class FormalReport:
    case_id: int
    kind: ReportKind
    phase: Phase = Phase.VOORFASE
    reported_on: date | None = None
    acknowledged_on: date | None = None
    feedback_on: date | None = None
    decided_on: date | None = None
    evaluated_on: date | None = None
    procesbegeleider: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due: date
    done: date | None


@dataclass(frozen=True, slots=True)
class DueItem:
    case_id: int
    deadline: Deadline
    overdue: bool
    days_left: int


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 30 Nov + 3 months = 28 or 29 Feb."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_date(moment: datetime) -> date:
    """The Dutch calendar date of a moment; a naive datetime is taken as Dutch local time already."""
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(AMSTERDAM).date()


def deadlines(report: FormalReport) -> list[Deadline]:
    out: list[Deadline] = []
    if report.kind == ReportKind.MISSTAND and report.reported_on is not None:
        out.append(
            Deadline(
                DeadlineKind.ACKNOWLEDGE, report.reported_on + timedelta(days=ACKNOWLEDGE_DAYS), report.acknowledged_on
            )
        )
        if report.acknowledged_on is not None:
            out.append(
                Deadline(DeadlineKind.FEEDBACK, add_months(report.acknowledged_on, FEEDBACK_MONTHS), report.feedback_on)
            )
    if report.decided_on is not None:
        out.append(
            Deadline(
                DeadlineKind.EVALUATION, report.decided_on + timedelta(weeks=EVALUATION_WEEKS), report.evaluated_on
            )
        )
    return out


def due_items(reports: list[FormalReport], today: date, soon_days: int = SOON_DAYS) -> list[DueItem]:
    """Open deadlines across all reports that are overdue or due within ``soon_days``, most urgent first."""
    items = []
    for report in reports:
        for deadline in deadlines(report):
            if deadline.done is not None:
                continue
            days_left = (deadline.due - today).days
            if days_left <= soon_days:
                items.append(DueItem(report.case_id, deadline, days_left < 0, days_left))
    return sorted(items, key=lambda i: (i.deadline.due, i.case_id))
