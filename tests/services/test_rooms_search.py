"""Finding a room on a chosen day within a time window, and the adviser's own bookings named by their case."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from vpdesk.domain.rooms import AMSTERDAM, Criteria, Hours
from vpdesk.errors import KnownError
from vpdesk.rooms.local import LocalPool
from vpdesk.services import rooms
from vpdesk.services.session import Session

DAY = date(2030, 3, 5)  # a Tuesday
BEFORE = datetime(2030, 3, 1, 9, tzinfo=AMSTERDAM)


def test_a_window_on_a_day_finds_every_room_at_every_quarter_inside_it(tmp_path: Path) -> None:
    pool = LocalPool(tmp_path / "rooms.json")
    soundproof = Criteria(features=frozenset({"soundproof"}))
    found = rooms.free(pool, soundproof, DAY, 1, 60, 500, BEFORE, Hours(time(10), time(12)))
    starts = sorted({s.start.astimezone(AMSTERDAM).time() for s in found})
    assert starts == [time(10), time(10, 15), time(10, 30), time(10, 45), time(11)]
    assert {s.start.date() for s in found} == {DAY}
    assert all(s.end.astimezone(AMSTERDAM).time() <= time(12) for s in found)
    assert all("soundproof" in s.room.features for s in found)
    room = found[0].room
    pool.book(room.id, datetime.combine(DAY, time(10, 30), AMSTERDAM), datetime.combine(DAY, time(11), AMSTERDAM), "X")
    again = rooms.free(pool, soundproof, DAY, 1, 60, 500, BEFORE, Hours(time(10), time(12)))
    assert [s.start.astimezone(AMSTERDAM).time() for s in again if s.room == room] == [time(11)]  # after 10:30-11


def test_a_window_shorter_than_the_conversation_finds_nothing(tmp_path: Path) -> None:
    found = rooms.free(LocalPool(tmp_path / "r.json"), Criteria(), DAY, 1, 90, 50, BEFORE, Hours(time(9), time(10)))
    assert found == []


def test_no_time_is_free_before_now_on_the_chosen_day(tmp_path: Path) -> None:
    now = datetime.combine(DAY, time(11, 5), AMSTERDAM)
    found = rooms.free(LocalPool(tmp_path / "r.json"), Criteria(), DAY, 1, 30, 500, now, Hours(time(10), time(12)))
    assert {s.start.astimezone(AMSTERDAM).time() for s in found} == {time(11, 15), time(11, 30)}


def test_a_conversation_without_length_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="end after it starts"):
        rooms.free(LocalPool(tmp_path / "r.json"), Criteria(), DAY, 1, 0, 5, BEFORE)


def test_own_bookings_carry_the_pseudonym_of_their_case_from_the_vault(session: Session, tmp_path: Path) -> None:
    pool = LocalPool(tmp_path / "rooms.json")
    room = pool.rooms()[0]
    start = datetime.combine(DAY, time(9), AMSTERDAM)
    rooms.book(session.vault, pool, "VP-1", room, start, start.replace(hour=10), BEFORE, case_id=2)
    rooms.book(session.vault, pool, "VP-1", room, start.replace(hour=11), start.replace(hour=12), BEFORE)
    links, names = rooms.mine_with_cases(session.vault, BEFORE)
    assert [link.case_id for link in links] == [2, None]
    assert names == {2: "Melder-1"}
    assert all("Melder" not in str(b) for b in pool.bookings(room.id, start, start.replace(hour=13)))
