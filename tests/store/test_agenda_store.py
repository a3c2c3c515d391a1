"""The agenda's selection in SQL (store/agenda.py) names exactly the cases, and counts exactly the reminders, that the
domain's rules (domain/retention.py) find when they read every case: for random cases around random days, including
month ends, legal holds, follow-ups and activity from conversations and referrals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vpdesk.domain.retention import CaseDates, ReminderKind, add_months, horizon, reminders
from vpdesk.store.connection import transaction
from vpdesk.store.vault import Vault

# days that end months (the clamping of add_months) and a leap day among them
TODAYS = st.sampled_from(
    [date(2026, 8, 31), date(2026, 2, 28), date(2024, 2, 29), date(2026, 3, 31), date(2026, 5, 15)]
)
MONTHS = st.sampled_from([1, 6, 13])


@st.composite
def a_day(draw: st.DrawFn, today: date, months: int) -> date:
    """Mostly a day on or next to an edge of a window (follow-up 7, review 14, warning 30 days ahead, the day of the
    inactivity rule), else any day in the 15 months around ``today``."""
    quiet = add_months(today, -months)
    edges = [today + timedelta(days=n) for n in (-1, 0, 1, 7, 8, 14, 15, 30, 31)]
    edges += [quiet + timedelta(days=n) for n in range(-1, 5)]
    anyday = st.integers(min_value=-460, max_value=60).map(lambda n: today + timedelta(days=n))
    on_edge = st.sampled_from(edges)
    return draw(st.one_of(on_edge, on_edge, on_edge, anyday))


@dataclass(frozen=True)
class Drawn:
    opened: date
    closed: date | None
    destroy_on: date | None
    held: bool
    hold_review: date | None
    follow_up_on: date | None
    talks: list[date]
    referrals: list[date]


@st.composite
def a_case(draw: st.DrawFn, today: date, months: int) -> Drawn:
    day = a_day(today, months)
    maybe_day = st.none() | day
    closed = draw(maybe_day)
    return Drawn(
        opened=draw(day),
        closed=closed,
        destroy_on=draw(maybe_day) if closed else None,
        held=draw(st.booleans()),
        hold_review=draw(maybe_day),
        follow_up_on=draw(maybe_day),
        talks=draw(st.lists(day, max_size=3)),
        referrals=draw(st.lists(day, max_size=2)),
    )


@st.composite
def a_day_and_cases(draw: st.DrawFn) -> tuple[date, int, list[Drawn]]:
    today, months = draw(TODAYS), draw(MONTHS)
    return today, months, draw(st.lists(a_case(today, months), max_size=10))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _store(vault: Vault, cases: list[Drawn]) -> list[CaseDates]:
    """Writes ``cases`` as the app's tables hold them; returns what the rules should read of each."""
    conn = vault.connection
    expected = []
    with transaction(conn):
        for table in ("referral", "conversation", "case_file"):
            conn.execute(f"DELETE FROM {table}")
        for case_id, c in enumerate(cases, start=1):
            conn.execute(
                "INSERT INTO case_file(id, opened, closed, status, destroy_on, hold_reason, hold_review, follow_up_on,"
                " follow_up_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'n')",
                (case_id, c.opened.isoformat(), _iso(c.closed), "closed" if c.closed else "open", _iso(c.destroy_on),
                 "procedure" if c.held else None, _iso(c.hold_review), _iso(c.follow_up_on)),
            )  # fmt: skip
            for day in c.talks:
                conn.execute(
                    "INSERT INTO conversation(case_id, at, channel, kind) VALUES (?, ?, 'phone', 'intake')",
                    (case_id, f"{day.isoformat()}T10:00:00"),
                )
            for day in c.referrals:
                conn.execute(
                    "INSERT INTO referral(case_id, route, on_date) VALUES (?, 'raba', ?)", (case_id, day.isoformat())
                )
            last = max([c.opened, *c.talks, *c.referrals])
            dates = CaseDates(case_id, c.closed, c.destroy_on, c.hold_review, c.held, last, c.follow_up_on, "n")
            expected.append(dates)
    return expected


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=a_day_and_cases())
def test_the_sql_selection_is_the_domain_rule(vault: Vault, drawn: tuple[date, int, list[Drawn]]) -> None:
    today, months, cases = drawn
    every = _store(vault, cases)
    h = horizon(today, months)
    expected = reminders(every, today, months)
    listed, total = vault.agenda.due(h, 100)
    assert reminders(listed, today, months) == expected
    assert vault.agenda.count(h) == total == len(expected)
    assert vault.agenda.due(h, 1)[1] == len(expected)  # the total counts past the limit
    # a shorter list keeps the cases with a deadline, soonest first, then those only inactive, longest quiet first
    first: dict[int, tuple[date, date]] = {}
    for r in expected:
        deadline = date.max if r.kind is ReminderKind.INACTIVE else r.on
        quiet = every[r.case_id - 1].last_activity
        first[r.case_id] = min(first.get(r.case_id, (date.max, quiet)), (deadline, quiet))
    ranked = sorted(first, key=lambda case_id: (*first[case_id], case_id))
    assert [c.case_id for c in vault.agenda.due(h, 2)[0]] == ranked[:2]


@given(
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)) | TODAYS,
    months=st.integers(1, 120),
    delta=st.integers(-3, 5),
)
def test_the_inactivity_date_is_the_months_rule(today: date, months: int, delta: int) -> None:
    last = add_months(today, -months) + timedelta(days=delta)  # around the edge, where a month's end clamps
    assert (last <= horizon(today, months).inactive) == (add_months(last, months) <= today)


def test_deadlines_are_listed_before_cases_that_are_only_inactive(vault: Vault) -> None:
    """An adviser with more inactive open cases than the list holds still sees a destruction that has come, and a
    follow-up: inactivity dates lie in the past and sort first, and must not push every deadline out of the list."""
    today, months = date(2026, 11, 30), 6
    quiet = Drawn(date(2024, 1, 5), None, None, False, None, None, [], [])  # inactive for almost two years
    due_today = Drawn(date(2025, 1, 2), date(2025, 11, 30), today, False, None, None, [], [])
    call_back = Drawn(date(2026, 11, 2), None, None, False, None, today + timedelta(days=3), [], [])
    _store(vault, [quiet, quiet, quiet, due_today, call_back])
    listed, total = vault.agenda.due(horizon(today, months), 2)
    assert total == 5
    assert sorted(c.case_id for c in listed) == [4, 5]
