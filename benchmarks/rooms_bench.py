"""The room pool: free-slot search over 50 rooms with a month of bookings (local and CalDAV), booking latency
on each CalDAV server this machine can run (Radicale, Xandikos, DAViCal) beside a raw conditional PUT to the same
server, and the measured double bookings of naive check-then-book under concurrency."""

from __future__ import annotations

import contextlib
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.rooms import servers
from vpdesk.domain.rooms import AMSTERDAM, QUANTUM, Criteria, Room, SlotTaken, overlaps
from vpdesk.rooms.caldav_pool import SUMMARY, CalDavPool, _calendar, _event
from vpdesk.rooms.local import DEMO_ROOMS, LocalPool
from vpdesk.rooms.pool import RoomPool, free_slots

RIGHTS = "[all]\nuser: .*\ncollection: .*\npermissions: RrWw\n"


def _radicale(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (folder / "rights").write_text(RIGHTS)
    (folder / "conf").write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = none\n[rights]\ntype = from_file\n"
        f"file = {folder / 'rights'}\n[storage]\nfilesystem_folder = {folder / 'data'}\n[logging]\nlevel = error\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(folder / "conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    url = f"http://127.0.0.1:{port}/pool/"
    urllib.request.urlopen(urllib.request.Request(url, method="MKCOL"), timeout=5).close()
    return proc, url


def _month(pool: RoomPool, rooms: list[Room], rng: random.Random) -> None:
    start = datetime(2027, 2, 1, 8, 0, tzinfo=AMSTERDAM)
    for room in rooms:
        for day in range(28):
            for hour in rng.sample(range(8, 17), 3):
                at = start + timedelta(days=day, hours=hour - 8)
                with contextlib.suppress(SlotTaken):
                    pool.book(room.id, at, at + 4 * QUANTUM, "VP-BENCH")


def _naive_double_bookings(url: str) -> int:
    """Check-then-book without locks: list, and if free, write. Count overlapping results."""
    day = datetime(2027, 3, 1, 9, tzinfo=AMSTERDAM)
    pool = CalDavPool(url)
    barrier = threading.Barrier(8)

    def client(n: int) -> None:
        mine = CalDavPool(url)
        rng = random.Random(n)
        barrier.wait()
        for _ in range(15):
            start = day + QUANTUM * rng.randrange(0, 6)
            end = start + QUANTUM * rng.randrange(1, 4)
            if not any(overlaps(b.start, b.end, start, end) for b in mine.bookings("naive", start, end)):
                uid = f"naive-{n}-{rng.randrange(10**9)}"
                mine._put(f"naive/{uid}.ics", _calendar(_event(uid, start, end, SUMMARY, f"VP-{n}")))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    booked = pool.bookings("naive", day, day + timedelta(hours=3))
    return sum(1 for i, a in enumerate(booked) for b in booked[i + 1 :] if overlaps(a.start, a.end, b.start, b.end))


def _p50_p95(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def _booking_against(server: servers.Server, figures: dict[str, float], runs: int = 40) -> None:
    """p50/p95 of a one-hour booking (4 locks, the commit, the checks) and of one raw `If-None-Match: *` PUT."""
    pool = CalDavPool(server.url, server.user, server.password)
    if server.name == "radicale":
        pool.ensure_pool()
    for room in DEMO_ROOMS[:2]:
        pool.create_room(room)
    pool.ensure_locks()
    book, put = [], []
    for i in range(runs):
        at = datetime(2027, 4, 1 + i % 20, 8, tzinfo=AMSTERDAM) + timedelta(hours=i // 20)
        t0 = time.perf_counter()
        pool.book(DEMO_ROOMS[0].id, at, at + 4 * QUANTUM, "VP-BENCH")
        book.append((time.perf_counter() - t0) * 1000)
        uid = f"raw-{i}"
        event = _calendar(_event(uid, at, at + QUANTUM, SUMMARY, "")).to_ical()
        headers = {"Content-Type": "text/calendar", "If-None-Match": "*"}
        t0 = time.perf_counter()
        pool._request("PUT", f"{DEMO_ROOMS[1].id}/{uid}.ics", event, headers)
        put.append((time.perf_counter() - t0) * 1000)
    figures[f"{server.name}_book_1h_p50_ms"], figures[f"{server.name}_book_1h_p95_ms"] = _p50_p95(book)
    figures[f"{server.name}_raw_put_p50_ms"], figures[f"{server.name}_raw_put_p95_ms"] = _p50_p95(put)


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    rng = random.Random(5)
    rooms = [
        Room(
            f"room-{i:02d}",
            f"Kamer {i}",
            "Den Haag",
            "Rijnstraat 50",
            2 + i % 4,
            frozenset({"soundproof"} if i % 2 else {"out_of_sight"}),
            "own",
        )
        for i in range(50)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        local = LocalPool(folder / "pool.json")
        (folder / "pool.json").write_text(
            json.dumps(
                {
                    "rooms": [
                        {"id": r.id, "name": r.name, "capacity": r.capacity, "features": sorted(r.features)}
                        for r in rooms
                    ],
                    "bookings": [],
                }
            )
        )
        _month(local, rooms, rng)
        start = time.perf_counter()
        slots = free_slots(
            local,
            Criteria(min_capacity=3, features=frozenset({"soundproof"})),
            date(2027, 2, 1),
            28,
            timedelta(hours=1),
            limit=10,
        )
        figures["free_slots_local_50_rooms_month_ms"] = (time.perf_counter() - start) * 1000
        figures["free_slots_found"] = float(len(slots))

        proc, url = _radicale(folder)
        try:
            caldav = CalDavPool(url)
            for room in rooms:
                caldav.create_room(room)
            caldav.create_room(Room("naive", "naive"))
            caldav.ensure_locks()
            latencies = []
            for i in range(60):
                at = datetime(2027, 2, 1 + i % 20, 8, tzinfo=AMSTERDAM) + QUANTUM * (i // 20) * 4
                t0 = time.perf_counter()
                caldav.book(rooms[i % 50].id, at, at + 4 * QUANTUM, "VP-BENCH")
                latencies.append((time.perf_counter() - t0) * 1000)
            latencies.sort()
            figures["caldav_book_1h_p50_ms"] = statistics.median(latencies)
            figures["caldav_book_1h_p95_ms"] = latencies[int(len(latencies) * 0.95) - 1]
            start = time.perf_counter()
            free_slots(caldav, Criteria(min_capacity=3), date(2027, 2, 1), 28, timedelta(hours=1), limit=10)
            figures["free_slots_caldav_50_rooms_month_ms"] = (time.perf_counter() - start) * 1000
            figures["naive_check_then_book_double_bookings"] = float(_naive_double_bookings(url))
        finally:
            proc.terminate()
            proc.wait()
        (folder / "second").mkdir()
        proc, url = _radicale(folder / "second")
        try:
            _booking_against(servers.Server("radicale", url), figures)
        finally:
            proc.terminate()
            proc.wait()
        with servers.xandikos(folder / "xandikos") as xandikos:
            _booking_against(xandikos, figures)
        if not servers.davical_missing():
            with servers.davical() as davical:
                _booking_against(davical.new_pool(), figures)
    return figures
