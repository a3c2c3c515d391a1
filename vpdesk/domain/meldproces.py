"""The meldproces tracker: a formal report's phases, its procesbegeleider, and the deadlines that follow.

Deadlines (DOMAIN.md):
- a *misstand* report under the Wet bescherming klokkenluiders gets an acknowledgement within 7 days of the
  report, and feedback on the assessment within 3 calendar months of the acknowledgement. When no
  acknowledgement was sent, the 3 months run from the end of the 7-day period (EU directive 2019/1937,
  art. 9(1)(f)), so the feedback deadline never disappears because the acknowledgement was forgotten;
- every report, once decided, gets an evaluation conversation with the melder (the letter: "het doorlopen proces
  wordt standaard nabesproken met de melder in de evaluatiefase"). No law sets a term; EVALUATION_WEEKS is our
  choice: six weeks keeps the process fresh in memory while leaving the melder time to take the decision in.

A statutory term (the two Wbk deadlines, not our own evaluation term) that ends on a Saturday, Sunday or public
holiday runs on to the next working day (Algemene termijnenwet, Stb. 1964, 314, art. 1 and 3): `Deadline.due` is
the calendar date, `Deadline.last_day` the day the term really ends, and a deadline counts as missed only after
`last_day`. Holidays are computed (`dutch_holidays`), including the days the three-yearly royal decrees equate with
them (art. 3 lid 3), so a deadline is never shown as missed before it is; at worst a day later.

Pure code: `today` is passed in. Dates are Dutch calendar dates: a datetime with a time zone is first converted
to its Europe/Amsterdam date, a naive datetime is taken as Dutch local time.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from vpdesk.errors import KnownError, known_sentence

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
ACKNOWLEDGE_DAYS = 7  # Wet bescherming klokkenluiders; EU directive 2019/1937 art. 9(1)(b)
FEEDBACK_MONTHS = 3  # idem, art. 9(1)(f)
EVALUATION_WEEKS = 6  # our choice, see the module docstring
SOON_DAYS = 14  # the agenda shows open deadlines due within two weeks, and every overdue one


class Phase(StrEnum):
    VOORFASE = "voorfase"
    MELDING = "melding"
    ONDERZOEK = "onderzoek"  # BIPO applies to an investigation of a person
    BESLUIT = "besluit"
    EVALUATIE = "evaluatie"  # evaluatie en nazorg


PHASES = tuple(Phase)  # in the order a process runs


class ReportKind(StrEnum):
    INTEGRITEIT = "integriteitsschending"
    MISSTAND = "misstand"


class DeadlineKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    FEEDBACK = "feedback"
    EVALUATION = "evaluation"


class DueStatus(StrEnum):
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True, slots=True)
class FormalReport:
    case_id: int
    kind: ReportKind
    phase: Phase = Phase.VOORFASE
    reported_on: date | None = None  # the formal report (start of phase melding)
    acknowledged_on: date | None = None  # acknowledgement of receipt sent
    feedback_on: date | None = None  # feedback on the assessment given
    decided_on: date | None = None  # the decision (phase besluit)
    evaluated_on: date | None = None  # the evaluation conversation held
    procesbegeleider: str = ""  # a role name, e.g. "P&O-adviseur"; never a person's name is required
    id: int | None = None


STATUTORY = frozenset({DeadlineKind.ACKNOWLEDGE, DeadlineKind.FEEDBACK})  # set by the Wbk; evaluation is ours


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due: date  # the calendar date
    done: date | None

    @property
    def last_day(self) -> date:
        """The day the term really ends: for a statutory term the next working day when the calendar date is a
        Saturday, Sunday or public holiday (Algemene termijnenwet art. 1), else the calendar date."""
        return next_working_day(self.due) if self.kind in STATUTORY else self.due

    @property
    def moved(self) -> bool:
        """Whether the Algemene termijnenwet moves the deadline past its calendar date."""
        return self.last_day != self.due

    @property
    def late(self) -> bool:
        """Done after the deadline (an open deadline is judged by due_items against today)."""
        return self.done is not None and self.done > self.last_day

    def overdue(self, today: date) -> bool:
        """Open and past its last day: never before the term has really ended."""
        return self.done is None and as_date(today) > self.last_day

    def text(self) -> str:
        """'27-02-2027', or '27-02-2027 → 01-03-2027 (Atw)' when the term runs on to the next working day."""
        calendar_date = self.due.strftime("%d-%m-%Y")
        return f"{calendar_date} → {self.last_day.strftime('%d-%m-%Y')} (Atw)" if self.moved else calendar_date


@dataclass(frozen=True, slots=True)
class DueItem:
    case_id: int
    deadline: Deadline
    overdue: bool
    days_left: int  # negative when overdue

    @property
    def status(self) -> DueStatus:
        return DueStatus.OVERDUE if self.overdue else DueStatus.DUE


def easter(year: int) -> date:
    """Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def dutch_holidays(year: int) -> frozenset[date]:
    """The algemeen erkende feestdagen of the Algemene termijnenwet (art. 3 lid 1 and 2) in ``year``: New Year's
    Day, Good Friday, Easter and Whit Monday (and their Sundays), Ascension Day, the King's birthday (27 April, or
    26 April when the 27th is a Sunday), 5 May and both Christmas days; plus the days the three-yearly royal
    decrees (art. 3 lid 3) equate with them: the Friday after Ascension Day, the Monday before a holiday on a
    Tuesday and the Friday after one on a Thursday (New Year, King's Day, 5 May, Christmas)."""
    e = easter(year)
    kings = date(year, 4, 27)
    if kings.weekday() == 6:
        kings = date(year, 4, 26)
    fixed = [date(year, 1, 1), kings, date(year, 5, 5), date(year, 12, 25), date(year, 12, 26)]
    days = {*fixed, e - timedelta(days=2), e, e + timedelta(days=1), e + timedelta(days=39)}
    days |= {e + timedelta(days=49), e + timedelta(days=50), e + timedelta(days=40)}  # Whitsun; Friday after Ascension
    # the bridge days the decrees equate; New Year's Day of the next year bridges back to 31 December of this one
    for day in (*fixed[1:4], date(year + 1, 1, 1)):
        if day.weekday() == 1:
            days.add(day - timedelta(days=1))
    for day in (fixed[0], fixed[1], fixed[2], fixed[4]):
        if day.weekday() == 3:
            days.add(day + timedelta(days=1))
    return frozenset(days)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in dutch_holidays(day.year)


def next_working_day(day: date) -> date:
    """The day itself when it is a working day, else the first working day after it (Algemene termijnenwet)."""
    day = as_date(day)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 30 Nov + 3 months = 28 or 29 Feb."""
    day = as_date(day)
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_date(moment: datetime) -> date:
    """The Dutch calendar date of a moment; a naive datetime is taken as Dutch local time already."""
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(AMSTERDAM).date()


def as_date(value: date) -> date:
    """A plain date; a datetime (a subclass of date) becomes its Dutch calendar date."""
    return local_date(value) if isinstance(value, datetime) else value


def _opt(value: date | None) -> date | None:
    return None if value is None else as_date(value)


def deadlines(report: FormalReport) -> list[Deadline]:
    """The deadlines of one report, in the order they arise; each says whether and when it was met."""
    out: list[Deadline] = []
    reported, acknowledged = _opt(report.reported_on), _opt(report.acknowledged_on)
    if report.kind == ReportKind.MISSTAND and reported is not None:
        ack = Deadline(DeadlineKind.ACKNOWLEDGE, reported + timedelta(days=ACKNOWLEDGE_DAYS), acknowledged)
        out.append(ack)
        feedback_from = acknowledged if acknowledged is not None else ack.last_day  # the 7 days really ended
        out.append(
            Deadline(DeadlineKind.FEEDBACK, add_months(feedback_from, FEEDBACK_MONTHS), _opt(report.feedback_on))
        )
    decided = _opt(report.decided_on)
    if decided is not None:
        out.append(
            Deadline(DeadlineKind.EVALUATION, decided + timedelta(weeks=EVALUATION_WEEKS), _opt(report.evaluated_on))
        )
    return out


def due_items(reports: Iterable[FormalReport], today: date, soon_days: int | None = SOON_DAYS) -> list[DueItem]:
    """Open deadlines across all reports that are overdue or due within ``soon_days`` (None: every open one),
    most urgent first."""
    today = as_date(today)
    items = []
    for report in reports:
        for deadline in deadlines(report):
            if deadline.done is not None:
                continue
            days_left = (deadline.last_day - today).days  # missed only once the term has really ended
            if soon_days is None or days_left <= soon_days:
                items.append(DueItem(report.case_id, deadline, deadline.overdue(today), days_left))
    return sorted(items, key=lambda i: (i.deadline.last_day, i.case_id, list(DeadlineKind).index(i.deadline.kind)))


# (field, the field it cannot come before, the sentence when it does)
_ORDER = (
    ("acknowledged_on", "reported_on", known_sentence("The acknowledgement date lies before the report date.")),
    ("feedback_on", "reported_on", known_sentence("The feedback date lies before the report date.")),
    ("feedback_on", "acknowledged_on", known_sentence("The feedback date lies before the acknowledgement date.")),
    ("decided_on", "reported_on", known_sentence("The decision date lies before the report date.")),
    ("evaluated_on", "decided_on", known_sentence("The evaluation date lies before the decision date.")),
)


def validate_report(report: FormalReport, today: date | None = None) -> None:
    """Raise KnownError for a report whose dates cannot be right: a step before the step it follows, or (given
    ``today``) a date in the future."""
    for name, before, sentence in _ORDER:
        value, earlier = _opt(getattr(report, name)), _opt(getattr(report, before))
        if value is not None and earlier is not None and value < earlier:
            raise KnownError(sentence)
    if today is not None:
        limit = as_date(today)
        for name in ("reported_on", "acknowledged_on", "feedback_on", "decided_on", "evaluated_on"):
            value = _opt(getattr(report, name))
            if value is not None and value > limit:
                raise KnownError("A date of the meldproces lies in the future.")


def phase_of(report: FormalReport) -> Phase:
    """The phase the dates point to; the report's own phase wins when it is further along (e.g. onderzoek,
    which has no date of its own)."""
    by_dates = (
        Phase.EVALUATIE
        if report.evaluated_on
        else Phase.BESLUIT
        if report.decided_on
        else Phase.MELDING
        if report.reported_on
        else Phase.VOORFASE
    )
    return max(by_dates, report.phase, key=PHASES.index)
