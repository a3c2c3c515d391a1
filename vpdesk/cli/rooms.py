"""`vpdesk rooms list|free|book|cancel|mine|ics`: the room pool, scriptable.

`list` and `free` need only the pool. `book`, `cancel`, `mine` and `ics` open the vault, as the app does: the
adviser's code comes from the policy or the vault's key, and a booking (with `--case`) is linked to its case in
the vault only.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vpdesk.cli.context import (
    Context,
    Handler,
    Subparsers,
    command,
    day,
    home,
    moment,
    now,
    number,
    open_vault,
    settings,
)
from vpdesk.cli.secrets import read_secret
from vpdesk.domain.rooms import AMSTERDAM, FEATURES, Criteria, Hours
from vpdesk.errors import writing
from vpdesk.services import rooms
from vpdesk.services.rooms import BookingLink, Repositories, RoomPool


def register(sub: Subparsers) -> None:
    group = sub.add_parser("rooms", help="meeting rooms from the shared pool")
    rooms_sub = group.add_subparsers(dest="rooms_command", metavar="ACTION", required=True)

    def action(name: str, func: Handler, help_text: str, vault: bool) -> argparse.ArgumentParser:
        p = command(rooms_sub, name, func, help_text, vault=vault)
        if not vault:
            p.add_argument("--home", help="data folder (default: $VPDESK_HOME or the user data folder)")
        p.add_argument("--pool", help="'local' or the https:// URL of a CalDAV pool (default: the configured pool)")
        p.add_argument("--json", action="store_true", help="machine-readable output")
        return p

    action("list", cmd_list, "list the rooms", vault=False)
    p = action("free", cmd_free, "the first free slots for criteria", vault=False)
    p.add_argument("--from", dest="first", type=day, default=None, help="YYYY-MM-DD (default today)")
    p.add_argument("--days", type=number, default=14, help="how many days to look in, from --from on (default 14)")
    p.add_argument(
        "--between", metavar="HH:MM-HH:MM", default=None, help="only this part of each day (default 08:00-18:00)"
    )
    p.add_argument("--minutes", type=number, default=60, help="whole quarters of an hour: 15, 30, 45, ... (default 60)")
    p.add_argument("--capacity", type=number, default=1, help="at least this many places (default 1)")
    p.add_argument("--feature", action="append", default=[], help=f"repeat for more: {', '.join(FEATURES)}")
    p.add_argument("--limit", type=number, default=10, help="at most this many slots (default 10)")
    p = action("book", cmd_book, "book a room (for a case with --case)", vault=True)
    p.add_argument("room")
    p.add_argument("start", type=moment, help="YYYY-MM-DDTHH:MM (Amsterdam time)")
    p.add_argument("--minutes", type=number, default=60, help="whole quarters of an hour (default 60)")
    p.add_argument(
        "--case", dest="case_id", type=number, metavar="ID", help="link the booking to this case (vault only)"
    )
    p = action("cancel", cmd_cancel, "cancel your booking", vault=True)
    p.add_argument("uid")
    action("mine", cmd_mine, "your bookings (from the vault: also when the pool cannot be reached)", vault=True)
    p = action("ics", cmd_ics, "export a booking as .ics (room and time only)", vault=True)
    p.add_argument("uid")
    p.add_argument("file", type=Path)
    p = action("login", cmd_login, "keep the pool's login (system keyring, else the vault); asks the password", True)
    p.add_argument("--user", required=True, help="your user name on the pool server")


def _pool(args: argparse.Namespace, vault: Repositories | None = None) -> RoomPool:
    return rooms.pool_for(settings(args), home(args), args.pool, vault)


def _fmt(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")


def _link_json(link: BookingLink) -> dict[str, object]:
    return {
        "uid": link.uid,
        "room": link.room_id,
        "start": link.start.isoformat(),
        "end": link.end.isoformat(),
        "case": link.case_id,
    }


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    found = _pool(args).rooms()
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
            for r in found
        ]
        ctx.out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in found:
        ctx.out(f"{r.id:<26} {r.name:<40} {r.capacity:>2}p  {r.owner_type:<28} {', '.join(sorted(r.features))}")
    return 0


def cmd_free(args: argparse.Namespace, ctx: Context) -> int:
    criteria = Criteria(min_capacity=args.capacity, features=frozenset(args.feature))
    hours = Hours.parse(args.between) if args.between else Hours()
    now = datetime.now(AMSTERDAM)
    first = args.first or now.date()  # today in Amsterdam, where the pool's days are
    slots = rooms.free(_pool(args), criteria, first, args.days, args.minutes, args.limit, now, hours)
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
        last = first + timedelta(days=args.days - 1)
        ctx.err(
            f"no room that fits is free for {args.minutes} minutes between {hours.start:%H:%M} and {hours.end:%H:%M}"
            f" on a weekday from {first} to {last}."
        )
    return 0 if slots else 1


def cmd_book(args: argparse.Namespace, ctx: Context) -> int:
    start = args.start if args.start.tzinfo else args.start.replace(tzinfo=AMSTERDAM)
    with open_vault(args) as vault:
        pool = _pool(args, vault)
        code = rooms.vp_code(vault, settings(args), now())
        room = rooms.find_room(pool, args.room)
        end = start + timedelta(minutes=args.minutes)
        link = rooms.book(vault, pool, code, room, start, end, datetime.now(UTC), args.case_id)
    ctx.out(json.dumps(_link_json(link)) if args.json else link.uid)
    return 0


def cmd_cancel(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        pool = _pool(args, vault)
        rooms.cancel(vault, pool, rooms.vp_code(vault, settings(args), now()), args.uid)
    ctx.out("Cancelled.")
    return 0


def cmd_mine(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        mine, names = rooms.mine_with_cases(vault, now())
    if args.json:
        ctx.out(json.dumps([_link_json(link) for link in mine], indent=1))
        return 0
    for link in mine:
        case = f"  case {link.case_id} ({names.get(link.case_id, '')})" if link.case_id is not None else ""
        ctx.out(f"{_fmt(link.start)}-{link.end.astimezone(AMSTERDAM):%H:%M}  {link.room_name}  {link.uid}{case}")
    return 0


def cmd_ics(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        link = rooms.booking(vault, args.uid)
        pool = _pool(args, vault)
    data = rooms.ics(link, pool.rooms())
    with writing(args.file):
        args.file.write_bytes(data)
    ctx.out(f"Written to {args.file}.")
    return 0


def cmd_login(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        password = read_secret(args, "Password on the room pool: ")
        where = rooms.remember_login(vault, settings(args), home(args), args.pool, args.user, password)
    ctx.out(
        "The pool accepted the login; it is kept in the system keyring."
        if where == "keyring"
        else "The pool accepted the login; this computer has no keyring, so it is kept in the vault."
    )
    return 0
