"""The rules of a search for free rooms live in the use case, so the app meets them as the command line does
(new-user trial, finding 11): a wrong value is a sentence, never an empty list of slots."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from vpdesk.domain.rooms import AMSTERDAM, Criteria, Hours
from vpdesk.errors import KnownError
from vpdesk.rooms.local import LocalPool
from vpdesk.services import rooms

DAY = date(2030, 3, 5)  # a Tuesday
NOW = datetime(2030, 3, 4, 9, tzinfo=AMSTERDAM)


ANY, WORKDAY = Criteria(), Hours()


def _free(tmp_path: Path, criteria: Criteria = ANY, first: date = DAY, days: int = 1, minutes: int = 60,
          limit: int = 5, hours: Hours = WORKDAY) -> list[rooms.Slot]:  # fmt: skip
    return rooms.free(LocalPool(tmp_path / "rooms.json"), criteria, first, days, minutes, limit, NOW, hours)


@pytest.mark.parametrize("minutes", [7, 20, 50, 61])
def test_a_length_that_is_not_whole_quarters_is_refused(tmp_path: Path, minutes: int) -> None:
    with pytest.raises(KnownError, match=f"whole quarters of an hour .* not for {minutes} minutes"):
        _free(tmp_path, minutes=minutes)


def test_whole_quarters_give_slots_of_that_length(tmp_path: Path) -> None:
    found = _free(tmp_path, minutes=45)
    assert found and all((s.end - s.start).total_seconds() == 45 * 60 for s in found)


@pytest.mark.parametrize("days", [0, -3, 367])
def test_the_number_of_days_is_one_to_a_year(tmp_path: Path, days: int) -> None:
    with pytest.raises(KnownError, match=f"1 to 366 days ahead, not {days}"):
        _free(tmp_path, days=days)


def test_a_search_cannot_start_before_today(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"cannot start in the past \(2030-03-03\); today is 2030-03-04"):
        _free(tmp_path, first=date(2030, 3, 3))
    assert _free(tmp_path, first=NOW.date())  # today itself is fine


def test_a_limit_below_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="at least one free slot, not 0"):
        _free(tmp_path, limit=0)


def test_unknown_features_and_room_kinds_are_named() -> None:
    with pytest.raises(KnownError, match="no room feature 'jacuzzi'; the known ones are soundproof, out_of_sight"):
        Criteria(features=frozenset({"jacuzzi", "soundproof"}))
    with pytest.raises(KnownError, match="no kind of room 'castle'; the known ones are own, bedrijfsarts"):
        Criteria(owner_types=frozenset({"castle"}))
    with pytest.raises(KnownError, match="at least one person, not 0"):
        Criteria(min_capacity=0)


def test_criteria_no_room_meets_are_said_not_answered_with_nothing(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"No room in the pool has at least 40 places\."):
        _free(tmp_path, Criteria(min_capacity=40))
    # a window too short for the length is no fault of the criteria: the app says "nothing free on that day"
    assert _free(tmp_path, minutes=90, hours=Hours(time(9), time(10))) == []


def test_a_weekend_alone_is_refused(tmp_path: Path) -> None:
    saturday = date(2030, 3, 9)
    with pytest.raises(KnownError, match="From 2030-03-09 to 2030-03-10 there are only weekend days"):
        _free(tmp_path, first=saturday, days=2)
    with pytest.raises(KnownError, match="2030-03-10 is a weekend day; rooms are booked on weekdays"):
        _free(tmp_path, first=date(2030, 3, 10))
    assert _free(tmp_path, first=saturday, days=3)[0].start.date() == date(2030, 3, 11)  # the Monday after
