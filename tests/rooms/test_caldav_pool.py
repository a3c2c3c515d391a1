from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from vpdesk.domain.rooms import AMSTERDAM, SlotTaken
from vpdesk.errors import KnownError
from vpdesk.rooms.caldav_pool import TIMEOUT, CalDavPool, check_url
from vpdesk.rooms.pool import SlotBeingBooked

T = datetime(2026, 12, 1, 10, 0, tzinfo=AMSTERDAM)


def test_rooms_book_cancel_and_mine(pool: CalDavPool) -> None:
    rooms = pool.rooms()
    assert [r.id for r in rooms] == ["rijnstraat-4-12", "rijnstraat-bedrijfsarts", "turfmarkt-bmw"]
    assert rooms[0].name == "Spreekkamer 4.12" and "soundproof" in rooms[0].features
    booking = pool.book("rijnstraat-4-12", T, T + timedelta(hours=1), "VP-07")
    with pytest.raises(SlotTaken):
        pool.book("rijnstraat-4-12", T + timedelta(minutes=45), T + timedelta(hours=2), "VP-09")
    pool.book("rijnstraat-4-12", T + timedelta(hours=1), T + timedelta(hours=2), "VP-09")  # adjacent is fine
    assert [b.uid for b in pool.mine("VP-07", T - timedelta(days=1))] == [booking.uid]
    with pytest.raises(KnownError, match="not yours"):
        pool.cancel(booking.uid, "VP-09")
    pool.cancel(booking.uid, "VP-07")
    assert pool.mine("VP-07", T - timedelta(days=1)) == []
    pool.book("rijnstraat-4-12", T, T + timedelta(minutes=30), "VP-09")  # the freed quanta can be booked again


def test_the_server_sees_only_gereserveerd_and_the_code(pool: CalDavPool, radicale: str) -> None:
    import urllib.request

    booking = pool.book("turfmarkt-bmw", T, T + timedelta(minutes=30), "VP-07")
    data = urllib.request.urlopen(f"{radicale}turfmarkt-bmw/{booking.uid}.ics", timeout=5).read().decode()
    assert "SUMMARY:Gereserveerd" in data and "X-VPDESK-VP:VP-07" in data
    assert "DESCRIPTION" not in data and "ATTENDEE" not in data


def test_plain_http_only_to_this_computer() -> None:
    assert check_url("http://127.0.0.1:5232/pool") == "http://127.0.0.1:5232/pool/"
    assert check_url("https://kamers.example.nl/pool/")
    with pytest.raises(KnownError, match="https"):
        check_url("http://kamers.example.nl/pool/")


def test_unreachable_server_gives_a_clear_message_quickly() -> None:
    import socket
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = time.monotonic()
    with pytest.raises(KnownError, match="cannot be reached"):
        CalDavPool(f"http://127.0.0.1:{port}/pool/").book("x", T, T + timedelta(minutes=15), "VP")
    # a refused connection is told at once, without waiting out the pool's timeout or retrying: milliseconds,
    # also on a busy machine, against a bound of TIMEOUT (5 s)
    assert time.monotonic() - start < TIMEOUT


def test_a_dead_clients_locks_expire(pool: CalDavPool) -> None:
    now = [datetime(2026, 11, 30, 9, tzinfo=AMSTERDAM)]
    dying = CalDavPool(pool.url, lock_expiry=timedelta(seconds=60), clock=lambda: now[0])
    # a client that took the first lock and died before committing
    from vpdesk.rooms.caldav_pool import LOCKS, _stamp

    dying._take(f"{LOCKS}/turfmarkt-bmw-{_stamp(T)}.ics", "turfmarkt-bmw", T, "dead", now[0] + timedelta(seconds=60))
    other = CalDavPool(pool.url, lock_expiry=timedelta(seconds=60), clock=lambda: now[0], wait_for_holder=0.2)
    with pytest.raises(SlotBeingBooked) as told:  # within the expiry: someone is booking, nothing is booked
        other.book("turfmarkt-bmw", T, T + timedelta(minutes=15), "VP-2")
    assert told.value.frees_at == now[0] + timedelta(seconds=60)
    assert "frees up at 09:01 if they do not finish" in str(told.value) and "Try again at 09:01" in str(told.value)
    assert other.bookings("turfmarkt-bmw", T, T + timedelta(minutes=15)) == []
    now[0] += timedelta(seconds=61)
    booked = other.book("turfmarkt-bmw", T, T + timedelta(minutes=15), "VP-2")  # expired and never committed
    assert [b.uid for b in other.bookings("turfmarkt-bmw", T, T + timedelta(hours=1))] == [booked.uid]


def test_a_slow_client_cannot_commit_after_its_locks_were_cleared(
    pool: CalDavPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop whose clock runs five minutes behind (or that slept mid-booking) takes the lock; another client
    judges it expired, voids that booking's address and books. The slow client's commit is then refused."""
    now = datetime(2026, 11, 30, 9, tzinfo=AMSTERDAM)
    slow = CalDavPool(pool.url, lock_expiry=timedelta(seconds=60), clock=lambda: now - timedelta(minutes=5))
    other = CalDavPool(pool.url, lock_expiry=timedelta(seconds=60), clock=lambda: now, wait_for_holder=0.2)
    booked = []
    take = slow._take

    def take_then_pause(name: str, room_id: str, moment: datetime, uid: str, expires: datetime) -> None:
        take(name, room_id, moment, uid, expires)
        booked.append(other.book("turfmarkt-bmw", T, T + timedelta(minutes=15), "VP-2"))  # meanwhile

    monkeypatch.setattr(slow, "_take", take_then_pause)
    with pytest.raises(KnownError, match="took too long; nothing was booked"):
        slow.book("turfmarkt-bmw", T, T + timedelta(minutes=15), "VP-1")
    found = pool.bookings("turfmarkt-bmw", T - timedelta(hours=1), T + timedelta(hours=1))
    assert [(b.uid, b.vp_code) for b in found] == [(booked[0].uid, "VP-2")]  # one booking, the void is not one
    assert pool.mine("VP-1", T - timedelta(days=1)) == []


def test_a_commit_that_wins_the_race_with_a_void_stands(pool: CalDavPool) -> None:
    """The other order: the holder's commit lands before the clearer's void, so the clearer sees a booking."""
    now = [datetime(2026, 11, 30, 9, tzinfo=AMSTERDAM)]
    holder = CalDavPool(pool.url, lock_expiry=timedelta(seconds=60), clock=lambda: now[0])
    mine = holder.book("turfmarkt-bmw", T, T + timedelta(minutes=15), "VP-1")
    now[0] += timedelta(hours=1)  # long after its locks' expiry: a committed booking still holds the slot
    other = CalDavPool(pool.url, lock_expiry=timedelta(seconds=60), clock=lambda: now[0], wait_for_holder=0.2)
    with pytest.raises(SlotTaken):
        other.book("turfmarkt-bmw", T, T + timedelta(minutes=15), "VP-2")
    assert not other._void("turfmarkt-bmw", mine.uid, T)  # a void cannot replace a committed booking
    assert [b.uid for b in pool.bookings("turfmarkt-bmw", T, T + timedelta(hours=1))] == [mine.uid]
