"""No double booking, proven against Radicale, Xandikos and DAViCal: concurrent clients at two levels of
contention, a killed client, and no lock left behind by a booking that did not happen."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.rooms.conftest import make_pool
from tests.rooms.servers import Server
from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, RoomBooking, SlotTaken, overlaps
from vpdesk.rooms import http
from vpdesk.rooms.caldav_pool import LOCKS, CalDavPool
from vpdesk.rooms.pool import ServerBusy, SlotBeingBooked

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=AMSTERDAM)
CLIENTS = 8
ATTEMPTS_PER_CLIENT = 25  # 200 attempts on 2 rooms x 2 hours: nearly all of them overlap others
ROUNDS = 10  # same-instant: 8 clients x 10 rounds, all for the same slot at the same moment
ROOMS = ["rijnstraat-4-12", "turfmarkt-bmw"]
Attempt = tuple[str, datetime, datetime]


def _attempts(seed: int) -> list[Attempt]:
    rng = random.Random(seed)
    out = []
    for _ in range(ATTEMPTS_PER_CLIENT):
        start = DAY + QUANTUM * rng.randrange(0, 7)
        out.append((rng.choice(ROOMS), start, start + QUANTUM * rng.randrange(1, 4)))
    return out


def _same_instant(seed: int) -> list[Attempt]:
    return [
        (ROOMS[r % 2], DAY + timedelta(hours=3 + r), DAY + timedelta(hours=3 + r, minutes=30)) for r in range(ROUNDS)
    ]


def _race(
    server: Server, plan: Callable[[int], list[Attempt]], in_step: bool, monkeypatch: pytest.MonkeyPatch
) -> Counter[str]:
    """Every client runs its plan at once (``in_step``: each attempt behind a barrier, the same instant for all);
    then the server's bookings and locks are checked against what each client was told. The outcome also counts
    the server's 5xx answers the clients absorbed as contention."""
    answers: Counter[str] = Counter()
    send = http.request

    def counted(url: str, method: str, *args: Any, **kwargs: Any) -> http.Answer:
        answer = send(url, method, *args, **kwargs)
        if answer.status >= 500:
            answers[f"{answer.status} to {method}"] += 1
        return answer

    monkeypatch.setattr(http, "request", counted)
    booked: list[RoomBooking] = []
    told: list[tuple[str, Attempt]] = []
    errors: list[BaseException] = []
    guard = threading.Lock()
    gate = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        mine = make_pool(server)
        gate.wait()
        for attempt in plan(n):
            if in_step:
                gate.wait()
            room, start, end = attempt
            try:
                result = mine.book(room, start, end, f"VP-{n}")
            except SlotTaken:
                with guard:
                    told.append(("taken", attempt))
            except SlotBeingBooked:
                with guard:
                    told.append(("being-booked", attempt))
            except ServerBusy:
                with guard:
                    told.append(("busy", attempt))
            except BaseException as exc:  # reported below; a client must never crash or see a raw status
                with guard:
                    errors.append(exc)
            else:
                with guard:
                    booked.append(result)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    attempts = sum(len(plan(n)) for n in range(CLIENTS))
    assert len(booked) + len(told) == attempts
    pool = make_pool(server)
    on_server = pool.all_bookings(DAY - timedelta(hours=1), DAY + timedelta(hours=15))
    for i, a in enumerate(on_server):  # 0 overlapping bookings on the server
        for b in on_server[i + 1 :]:
            assert not (a.room_id == b.room_id and overlaps(a.start, a.end, b.start, b.end)), (a, b)
    # every client was told the truth: "booked" is exactly what the server holds ...
    assert sorted(b.uid for b in booked) == sorted(b.uid for b in on_server)
    # ... and every "taken" really overlapped a booking that won (0 false "taken")
    for word, (room, start, end) in told:
        if word == "taken":
            assert any(b.room_id == room and overlaps(b.start, b.end, start, end) for b in on_server)
    _no_leaked_locks(pool, on_server)
    outcome = Counter(word for word, _ in told)
    outcome["booked"] = len(booked)
    return outcome + answers


def _no_leaked_locks(pool: CalDavPool, on_server: list[RoomBooking]) -> None:
    """Every lock left on the server is the claim of a committed booking: losers took theirs away."""
    committed = {b.uid for b in on_server}
    locks = pool._events(LOCKS, DAY - timedelta(days=1), DAY + timedelta(days=2))
    leaked = [str(e.get("X-VPDESK-BOOKING")) for _, e in locks if str(e.get("X-VPDESK-BOOKING")) not in committed]
    assert leaked == []


@pytest.mark.slow
def test_concurrent_clients_never_double_book_and_are_told_the_truth(
    server: Server, any_pool: CalDavPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcome = _race(server, _attempts, False, monkeypatch)
    assert outcome["booked"] and outcome["taken"]
    print(f"\n{server.name} race: {dict(outcome)}")


@pytest.mark.slow
def test_clients_at_the_same_instant_never_double_book(
    server: Server, any_pool: CalDavPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcome = _race(server, _same_instant, True, monkeypatch)
    assert outcome["booked"] == ROUNDS  # each round's slot went to exactly one client
    print(f"\n{server.name} same instant: {dict(outcome)}")


CHILD = """
import sys, time
from datetime import datetime, timedelta
from vpdesk.rooms.caldav_pool import CalDavPool, LOCKS, _stamp
from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, quanta
url, user, password = sys.argv[1], sys.stdin.readline().strip(), sys.stdin.readline().strip()
start = datetime(2026, 12, 3, 10, 0, tzinfo=AMSTERDAM)
pool = CalDavPool(url, user, password, lock_expiry=timedelta(seconds=2))
expires = datetime.now(AMSTERDAM) + timedelta(seconds=2)
for moment in quanta(start, start + 4 * QUANTUM)[:3]:   # takes three of four locks, then is killed
    pool._take(f"{LOCKS}/turfmarkt-bmw-{_stamp(moment)}.ics", "turfmarkt-bmw", moment, "dying", expires)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.mark.slow
def test_a_client_killed_midway_leaves_no_permanent_phantom(
    server: Server, any_pool: CalDavPool, tmp_path: Path
) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    proc = subprocess.Popen(
        [sys.executable, str(script), server.url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{server.user}\n{server.password}\n")
    proc.stdin.close()
    assert proc.stdout.readline().strip() == "locked"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    start = datetime(2026, 12, 3, 10, 0, tzinfo=AMSTERDAM)
    other = make_pool(server, wait_for_holder=0.2)
    with pytest.raises(SlotBeingBooked) as told:  # the dead client's locks are still fresh: "someone is booking"
        other.book("turfmarkt-bmw", start, start + 4 * QUANTUM, "VP-2")
    assert told.value.frees_at - datetime.now(UTC) < timedelta(seconds=3)  # and when it frees up
    assert other.bookings("turfmarkt-bmw", start, start + 4 * QUANTUM) == []  # nothing shows as booked
    deadline = time.monotonic() + 10
    while True:  # after the expiry (2 s) the slot is free again
        try:
            booking = other.book("turfmarkt-bmw", start, start + 4 * QUANTUM, "VP-2")
            break
        except SlotBeingBooked:
            assert time.monotonic() < deadline, "the phantom locks never expired"
            time.sleep(0.25)
    assert [b.uid for b in other.bookings("turfmarkt-bmw", start, start + 4 * QUANTUM)] == [booking.uid]
    _no_leaked_locks(other, [booking])
