"""The cases the lifecycle agenda names today, selected in SQL: at 100,000 cases, reading every case into Python to
test it there held a worker on the GIL for most of a second, and the UI thread with it (decision 240).

The four conditions are `domain.retention._for_case`'s, on the dates of a `Horizon`; a property test keeps the two
equal (tests/store/test_agenda_store.py). Each selected case is read whole (`CaseDates`), and the domain makes its
reminders from it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vpdesk.domain.retention import CaseDates, Horizon
from vpdesk.store.connection import Connection
from vpdesk.store.rows import to_date

# one row per case with what the rules need, and how many reminders each condition gives it (0 or 1)
_DUE = """
WITH dates AS (
  SELECT c.id, c.closed, c.destroy_on, c.hold_review, c.hold_reason IS NOT NULL AS held,
         max(c.opened,
             coalesce((SELECT max(substr(at, 1, 10)) FROM conversation v WHERE v.case_id = c.id), ''),
             coalesce((SELECT max(on_date) FROM referral r WHERE r.case_id = c.id), '')) AS last_activity,
         c.follow_up_on, c.follow_up_note
  FROM case_file c
), due AS (
  SELECT *,
         coalesce(follow_up_on <= :follow_up, 0) AS follow_up_due,
         coalesce(held AND hold_review <= :hold_review, 0) AS hold_due,
         (NOT held AND closed IS NULL AND last_activity <= :inactive) AS inactive_due,
         coalesce(NOT held AND closed IS NOT NULL AND destroy_on <= :destroy, 0) AS destroy_due
  FROM dates
)
"""
_ANY = "follow_up_due OR hold_due OR inactive_due OR destroy_due"
# which cases the list holds: those with a deadline (a follow-up, a hold's review, a destruction), the soonest first,
# then those only inactive, the longest quiet first; '9999' sorts after every date. By the first reminder alone,
# more inactive cases than the list holds (their dates lie in the past) pushed every deadline out of it (review 5).
_FIRST = (
    "min(CASE WHEN follow_up_due THEN follow_up_on ELSE '9999' END, CASE WHEN hold_due THEN hold_review ELSE '9999'"
    " END, CASE WHEN destroy_due THEN destroy_on ELSE '9999' END), last_activity"
)


class AgendaStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def due(self, h: Horizon, limit: int) -> tuple[list[CaseDates], int]:
        """The ``limit`` cases with a reminder due by ``h`` that come first (a deadline before inactivity, soonest
        first), and how many reminders are due in all: one pass over the cases (the total is a window over every due
        case, taken before the limit)."""
        rows = self._conn.execute(
            f"{_DUE} SELECT id, closed, destroy_on, hold_review, held, last_activity, follow_up_on, follow_up_note,"
            f" sum(follow_up_due + hold_due + inactive_due + destroy_due) OVER () FROM due WHERE {_ANY}"
            f" ORDER BY {_FIRST}, id LIMIT :limit",
            {**_params(h), "limit": limit},
        ).fetchall()
        return [_case_dates(r) for r in rows], int(rows[0][8]) if rows else 0

    def count(self, h: Horizon) -> int:
        """How many reminders are due by ``h`` (a case can have two: its follow-up and one other)."""
        row = self._conn.execute(
            f"{_DUE} SELECT coalesce(sum(follow_up_due + hold_due + inactive_due + destroy_due), 0) FROM due",
            _params(h),
        ).fetchone()
        return int(row[0])


def _params(h: Horizon) -> dict[str, str]:
    return {
        "follow_up": h.follow_up.isoformat(),
        "hold_review": h.hold_review.isoformat(),
        "inactive": h.inactive.isoformat(),
        "destroy": h.destroy.isoformat(),
    }


def _case_dates(r: Any) -> CaseDates:
    return CaseDates(
        case_id=r[0],
        closed=to_date(r[1]),
        destroy_on=to_date(r[2]),
        hold_review=to_date(r[3]),
        held=bool(r[4]),
        last_activity=date.fromisoformat(r[5]),
        follow_up_on=to_date(r[6]),
        follow_up_note=r[7],
    )
