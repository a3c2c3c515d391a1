"""No double booking, proven against a real Radicale: concurrent clients, overlapping attempts, a killed client."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, RoomBooking, SlotTaken, overlaps
from vpdesk.rooms.caldav_pool import CalDavPool

DAY = datetime(2026, 12, 2, 9, 0, tzinfo=AMSTERDAM)
CLIENTS = 8
ATTEMPTS_PER_CLIENT = 30  # 240 attempts on 2 rooms x 2 hours: nearly all of them overlap others


def _attempts(seed: int) -> list[tuple[str, datetime, datetime]]:
    rng = random.Random(seed)
    out = []
    for _ in range(ATTEMPTS_PER_CLIENT):
        start = DAY + QUANTUM * rng.randrange(0, 7)
        out.append((rng.choice(["rijnstraat-4-12", "turfmarkt-bmw"]), start, start + QUANTUM * rng.randrange(1, 4)))
    return out


@pytest.mark.slow
def test_concurrent_clients_never_double_book_and_are_told_the_truth(pool: CalDavPool) -> None:
    booked: list[RoomBooking] = []
    taken: list[tuple[str, datetime, datetime]] = []
    errors: list[BaseException] = []
    guard = threading.Lock()
    start_gate = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        mine = CalDavPool(pool.url)
        start_gate.wait()
        for room, start, end in _attempts(n):
            try:
                result = mine.book(room, start, end, f"VP-{n}")
            except SlotTaken:
                with guard:
                    taken.append((room, start, end))
            except BaseException as exc:  # reported below; a client must never crash
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
    assert len(booked) + len(taken) == CLIENTS * ATTEMPTS_PER_CLIENT >= 200
    on_server = pool.all_bookings(DAY - timedelta(hours=1), DAY + timedelta(hours=4))
    # 0 overlapping bookings on the server
    for i, a in enumerate(on_server):
        for b in on_server[i + 1 :]:
            assert not (a.room_id == b.room_id and overlaps(a.start, a.end, b.start, b.end)), (a, b)
    # every client was told the truth: "booked" is exactly what the server holds ...
    assert sorted(b.uid for b in booked) == sorted(b.uid for b in on_server)
    # ... and every "taken" really overlapped a booking that won
    for room, start, end in taken:
        assert any(b.room_id == room and overlaps(b.start, b.end, start, end) for b in on_server)
    assert booked and taken


CHILD = """
import sys, time
from datetime import datetime, timedelta
from vpdesk.rooms.caldav_pool import CalDavPool, LOCKS, _stamp
from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, quanta
url = sys.argv[1]
start = datetime(2026, 12, 3, 10, 0, tzinfo=AMSTERDAM)
pool = CalDavPool(url, lock_expiry=timedelta(seconds=2))
expires = datetime.now(AMSTERDAM) + timedelta(seconds=2)
for moment in quanta(start, start + 4 * QUANTUM)[:3]:   # takes three of four locks, then is killed
    assert pool._take(f"{LOCKS}/turfmarkt-bmw-{_stamp(moment)}.ics", "turfmarkt-bmw", moment, "dying", expires)
print("locked", flush=True)
time.sleep(60)
"""


def test_a_client_killed_midway_leaves_no_permanent_phantom(pool: CalDavPool, tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    proc = subprocess.Popen(
        [sys.executable, str(script), pool.url],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    start = datetime(2026, 12, 3, 10, 0, tzinfo=AMSTERDAM)
    other = CalDavPool(pool.url, wait_for_holder=0.2)
    with pytest.raises(SlotTaken):  # the dead client's locks are still fresh
        other.book("turfmarkt-bmw", start, start + 4 * QUANTUM, "VP-2")
    assert other.bookings("turfmarkt-bmw", start, start + 4 * QUANTUM) == []  # nothing shows as booked
    deadline = time.monotonic() + 10
    while True:  # after the expiry (2 s) the slot is free again
        try:
            booking = other.book("turfmarkt-bmw", start, start + 4 * QUANTUM, "VP-2")
            break
        except SlotTaken:
            assert time.monotonic() < deadline, "the phantom locks never expired"
            time.sleep(0.25)
    assert [b.uid for b in other.bookings("turfmarkt-bmw", start, start + 4 * QUANTUM)] == [booking.uid]
