"""`vpdesk rooms list|free|book|cancel|mine|ics`: the room pool, scriptable."""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from vpdesk.errors import KnownError, writing
from vpdesk.policy import effective_settings, load_policy
from vpdesk.rooms.ics import booking_ics
from vpdesk.rooms.open import open_pool
from vpdesk.rooms.pool import AMSTERDAM, Criteria, RoomPool, free_slots, rooms_by_id
from vpdesk.store.paths import default_home


def register(sub: Any, ctx: Any) -> None:
    rooms = sub.add_parser("rooms", help="meeting rooms from the shared pool")
    rooms_sub = rooms.add_subparsers(dest="rooms_command", metavar="ACTION", required=True)

    def action(name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = rooms_sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--pool", help="'local' or the https:// URL of a CalDAV pool (default: the configured pool)")
        p.add_argument("--json", action="store_true", help="machine-readable output")
        p.set_defaults(func=func)
        return p

    action("list", cmd_list, "list the rooms")
    p = action("free", cmd_free, "the first free slots for criteria")
    p.add_argument("--from", dest="first", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default today)")
    p.add_argument("--days", type=int, default=14)
    p.add_argument("--minutes", type=int, default=60)
    p.add_argument("--capacity", type=int, default=1)
    p.add_argument("--feature", action="append", default=[], help="soundproof, out_of_sight, accessible, near_exit")
    p.add_argument("--limit", type=int, default=10)
    for name, func, text in (
        ("book", cmd_book, "book a room"),
        ("cancel", cmd_cancel, "cancel your booking"),
        ("mine", cmd_mine, "your bookings"),
        ("ics", cmd_ics, "export a booking as .ics"),
    ):
        p = action(name, func, text)
        p.add_argument("--vp-code", default=None, help="your adviser code (default: $VPDESK_VP_CODE)")
        if name == "book":
            p.add_argument("room")
            p.add_argument("start", type=datetime.fromisoformat, help="YYYY-MM-DDTHH:MM (Dutch time)")
            p.add_argument("--minutes", type=int, default=60)
        if name in ("cancel", "ics"):
            p.add_argument("uid")
        if name == "ics":
            p.add_argument("file", type=Path)


def _pool(args: argparse.Namespace) -> RoomPool:
    spec = args.pool
    if spec is None:
        values, org = load_policy()
        spec = effective_settings({}, values, org).room_pool
    return open_pool(spec, default_home())


def _vp(args: argparse.Namespace) -> str:
    code = args.vp_code or os.environ.get("VPDESK_VP_CODE", "")
    if not code:
        raise KnownError("Give your adviser code with --vp-code or VPDESK_VP_CODE.")
    return str(code)


def _local(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=AMSTERDAM)


def _fmt(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")


def cmd_list(args: argparse.Namespace, ctx: Any) -> int:
    rooms = _pool(args).rooms()
    if args.json:
        rows = [
            {
                "id": r.id,
                "name": r.name,
                "location": r.location,
                "building": r.building,
                "capacity": r.capacity,
                "features": sorted(r.features),
                "owner_type": r.owner_type,
            }
            for r in rooms
        ]
        ctx.out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rooms:
        ctx.out(f"{r.id:<26} {r.name:<40} {r.capacity:>2}p  {r.owner_type:<28} {', '.join(sorted(r.features))}")
    return 0


def cmd_free(args: argparse.Namespace, ctx: Any) -> int:
    criteria = Criteria(min_capacity=args.capacity, features=frozenset(args.feature))
    slots = free_slots(
        _pool(args),
        criteria,
        args.first or date.today(),
        args.days,
        timedelta(minutes=args.minutes),
        args.limit,
        not_before=datetime.now(AMSTERDAM),
    )
    if args.json:
        ctx.out(
            json.dumps(
                [{"room": s.room.id, "start": s.start.isoformat(), "end": s.end.isoformat()} for s in slots], indent=1
            )
        )
        return 0
    for s in slots:
        ctx.out(f"{_fmt(s.start)}-{s.end.astimezone(AMSTERDAM):%H:%M}  {s.room.id:<26} {s.room.name}")
    if not slots:
        print("vpdesk: no room is free that fits, in those days.", file=ctx.stderr)
    return 0 if slots else 1


def cmd_book(args: argparse.Namespace, ctx: Any) -> int:
    start = _local(args.start)
    if start < datetime.now(UTC):
        raise KnownError("A booking cannot start in the past.")
    booking = _pool(args).book(args.room, start, start + timedelta(minutes=args.minutes), _vp(args))
    ctx.out(
        json.dumps(
            {
                "uid": booking.uid,
                "room": booking.room_id,
                "start": booking.start.isoformat(),
                "end": booking.end.isoformat(),
            }
        )
        if args.json
        else booking.uid
    )
    return 0


def cmd_cancel(args: argparse.Namespace, ctx: Any) -> int:
    _pool(args).cancel(args.uid, _vp(args))
    ctx.out("Cancelled.")
    return 0


def cmd_mine(args: argparse.Namespace, ctx: Any) -> int:
    pool = _pool(args)
    names = rooms_by_id(pool.rooms())
    mine = pool.mine(_vp(args), datetime.now(AMSTERDAM) - timedelta(days=1))
    if args.json:
        ctx.out(
            json.dumps(
                [
                    {"uid": b.uid, "room": b.room_id, "start": b.start.isoformat(), "end": b.end.isoformat()}
                    for b in mine
                ],
                indent=1,
            )
        )
        return 0
    for b in mine:
        room = names.get(b.room_id)
        ctx.out(f"{_fmt(b.start)}-{b.end.astimezone(AMSTERDAM):%H:%M}  {room.name if room else b.room_id}  {b.uid}")
    return 0


def cmd_ics(args: argparse.Namespace, ctx: Any) -> int:
    pool = _pool(args)
    booking = next((b for b in pool.mine(_vp(args), datetime(2000, 1, 1, tzinfo=AMSTERDAM)) if b.uid == args.uid), None)
    if booking is None:
        raise KnownError("There is no such booking of yours.")
    data = booking_ics(booking, rooms_by_id(pool.rooms()).get(booking.room_id))
    with writing(args.file):
        args.file.write_bytes(data)
    ctx.out(f"Written to {args.file}.")
    return 0
