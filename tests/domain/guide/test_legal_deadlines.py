"""Meldproces deadlines on Dutch holidays (Algemene termijnenwet, Stb. 1964, 314; checked 2026-11-30).

Art. 1: a statutory term ending on a Saturday, Sunday or algemeen erkende feestdag runs on to the next day that is
none of these; art. 3 lid 1 and 2 name the days (Good Friday by lid 2); lid 3 lets three-yearly decrees equate more
days (the Monday before a holiday on a Tuesday, the Friday after one on a Thursday, the Friday after Ascension).
"""

from __future__ import annotations

from datetime import date

from vpdesk.domain.meldproces import DeadlineKind, FormalReport, ReportKind, deadlines, is_working_day


def _ack(reported: date) -> tuple[date, date]:
    ack = deadlines(FormalReport(case_id=1, kind=ReportKind.MISSTAND, reported_on=reported))[0]
    assert ack.kind == DeadlineKind.ACKNOWLEDGE
    return ack.due, ack.last_day


def test_acknowledgement_due_on_kings_day_runs_to_the_next_working_day() -> None:
    assert _ack(date(2026, 4, 20)) == (date(2026, 4, 27), date(2026, 4, 28))  # Koningsdag 2026 is a Monday


def test_acknowledgement_due_on_christmas_runs_past_the_weekend() -> None:
    assert _ack(date(2026, 12, 18)) == (date(2026, 12, 25), date(2026, 12, 28))


def test_good_friday_is_a_holiday_by_art_3_lid_2() -> None:
    assert not is_working_day(date(2027, 3, 26))  # Good Friday 2027


def test_the_monday_before_new_year_on_a_tuesday_is_equated_across_the_year_end() -> None:
    """1 January 2030 is a Tuesday: Monday 31 December 2029 is the bridge day, though it lies in the year before."""
    assert date(2030, 1, 1).weekday() == 1
    assert not is_working_day(date(2029, 12, 31))
    assert _ack(date(2029, 12, 24)) == (date(2029, 12, 31), date(2030, 1, 2))


def test_an_ordinary_day_is_not_moved() -> None:
    assert _ack(date(2026, 11, 23)) == (date(2026, 11, 30), date(2026, 11, 30))
