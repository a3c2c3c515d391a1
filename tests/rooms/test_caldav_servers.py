"""What the adviser sees is the same on every server: DAViCal's time ranges are inclusive at both ends (a
10:00-11:00 booking is returned for 09:00-10:00), which must change neither `free` nor the week view."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.rooms.servers import Server
from vpdesk.domain.rooms import AMSTERDAM, Criteria
from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.services import rooms

MONDAY = date(2030, 3, 4)
T = datetime(2030, 3, 4, 10, 0, tzinfo=AMSTERDAM)


@pytest.mark.slow
def test_free_and_the_week_view_agree_on_every_server(server: Server, any_pool: CalDavPool) -> None:
    mine = any_pool.book("turfmarkt-bmw", T, T + timedelta(hours=1), "VP-1")
    late = any_pool.book("turfmarkt-bmw", T.replace(hour=16), T.replace(hour=18), "VP-1")
    sunday = datetime(2030, 3, 10, 23, 0, tzinfo=AMSTERDAM)  # ends on the next week's first instant
    edge = any_pool.book("turfmarkt-bmw", sunday, sunday + timedelta(hours=1), "VP-1")
    raw = any_pool._events("turfmarkt-bmw", T - timedelta(hours=1), T)  # what the server itself returns
    print(f"\n{server.name}: 09:00-10:00 returns {len(raw)} event(s)")
    assert any_pool.bookings("turfmarkt-bmw", T - timedelta(hours=1), T) == []
    assert any_pool.bookings("turfmarkt-bmw", T + timedelta(hours=1), T + timedelta(hours=2)) == []
    criteria = Criteria()
    slots = rooms.free(any_pool, criteria, MONDAY, 1, 60, 200, T.replace(hour=0))
    starts = {f"{s.start:%H:%M}" for s in slots if s.room.id == "turfmarkt-bmw"}
    assert {"09:00", "11:00", "15:00"} <= starts  # right before and right after a booking: free
    assert not starts & {"09:15", "10:00", "10:45", "15:15", "16:00", "17:00"}
    assert [b.uid for b in rooms.week(any_pool, "turfmarkt-bmw", MONDAY)] == [mine.uid, late.uid, edge.uid]
    assert rooms.week(any_pool, "turfmarkt-bmw", MONDAY + timedelta(days=7)) == []
