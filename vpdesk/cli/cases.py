"""Case subcommands: case add|list|show|close|edit|reopen|hold|release|destroy|access, note add, search."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from vpdesk import resources
from vpdesk.cli.case_lifecycle import register_lifecycle
from vpdesk.cli.context import (
    Context,
    Subparsers,
    between,
    command,
    day,
    moment,
    number,
    open_vault,
    positive,
    settings,
)
from vpdesk.domain.guide import route_label
from vpdesk.domain.model import CaseFilter, CaseStatus, Channel, ContactKind, Conversation, Outcome, Referral
from vpdesk.errors import KnownError
from vpdesk.services import cases
from vpdesk.services.guide import load_rules, route_names

PAGE = 500
MAX_MINUTES = 600  # the app's duration field; the coordinator's import finds more per conversation implausible


def register(sub: Subparsers) -> None:
    case = sub.add_parser("case", help="add, list, show, close, correct, keep and destroy cases")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = command(case_sub, "add", cmd_case_add, "add a case and print its id")
    p.add_argument("--category", action="append", required=True, metavar="CODE", help="repeat for more")
    p.add_argument("--org-unit", default="")
    p.add_argument("--pseudonym")
    p.add_argument("--opened", type=day, help="YYYY-MM-DD (default: today)")
    p = command(case_sub, "list", cmd_case_list, "list cases")
    p.add_argument("--status", choices=[s.value for s in CaseStatus])
    p = command(case_sub, "show", cmd_case_show, "show a case with its conversations and referrals")
    p.add_argument("case_id", type=number, metavar="ID")
    p = command(case_sub, "close", cmd_case_close, "close a case with its outcome")
    p.add_argument("case_id", type=number, metavar="ID")
    p.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    p.add_argument("--on", type=day, help="YYYY-MM-DD (default: today)")

    register_lifecycle(case_sub)

    note = sub.add_parser("note", help="add a conversation note")
    note_sub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = command(note_sub, "add", cmd_note_add, "add a conversation to a case; the note text is read from stdin")
    p.add_argument("case_id", type=number, metavar="CASE_ID")
    p.add_argument(
        "--duration",
        type=between(0, MAX_MINUTES, "a number of minutes"),
        metavar="MIN",
        help=f"minutes, 0 to {MAX_MINUTES} (default: the setting, 45)",
    )
    p.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.IN_PERSON.value)
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--first", action="store_true", help="a first contact (default: when the case has none yet)")
    kind.add_argument("--follow-up", action="store_true", help="a follow-up (default: when the case has one)")
    p.add_argument("--when", type=moment, help="YYYY-MM-DDTHH:MM (default: now)")

    p = command(sub, "search", cmd_search, "search all notes; prints case ids with a snippet")
    p.add_argument("query")
    p.add_argument("--limit", type=positive, default=20, help="at most this many hits (default 20)")


def cmd_case_add(args: argparse.Namespace, ctx: Context) -> int:
    resources.taxonomy().check_codes(args.category)  # before the passphrase is asked
    with open_vault(args) as vault:
        case = cases.add_case(vault, args.category, args.opened or date.today(), args.org_unit, args.pseudonym)
    ctx.out(str(case.id))
    return 0


def cmd_case_list(args: argparse.Namespace, ctx: Context) -> int:
    flt = CaseFilter(status=CaseStatus(args.status) if args.status else None)
    with open_vault(args) as vault:
        total = cases.count(vault, flt)
        page = cases.page(vault, flt, 0, PAGE, sort="id", descending=False)
        # as wide as the widest pseudonym and at least the heading; wider than 24, names are cut with "…"
        width = max(len("PSEUDONYM"), min(max((len(s.pseudonym) for s in page), default=0), 24))
        ctx.out(f"{'ID':>6}  {'PSEUDONYM':<{width}}  {'STATUS':<6}  {'OPENED':<10}  {'CONV':>4}  CATEGORIES")
        offset = 0
        while page:
            for s in page:
                name = s.pseudonym if len(s.pseudonym) <= width else s.pseudonym[: width - 1] + "…"
                ctx.out(
                    f"{s.id:>6}  {name:<{width}}  {s.status.value:<6}  {s.opened.isoformat():<10}"
                    f"  {s.conversations:>4}  {' '.join(s.categories)}"
                )
            offset += PAGE
            page = cases.page(vault, flt, offset, PAGE, sort="id", descending=False) if offset < total else []
    return 0


def cmd_case_show(args: argparse.Namespace, ctx: Context) -> int:
    taxonomy = resources.taxonomy()
    with open_vault(args) as vault:
        found = cases.detail(vault, args.case_id)
    names = route_names(load_rules(settings(args)).rules, "en")
    case = found.case
    ctx.out(f"Case {case.id}  ({case.status.value})")
    ctx.out(f"  pseudonym:  {found.pseudonym or '-'}")
    ctx.out(f"  categories: {', '.join(f'{c} ({taxonomy.get(c).en})' for c in case.categories)}")
    ctx.out(f"  org unit:   {case.org_unit or '-'}")
    ctx.out(f"  position:   {case.position.value if case.position else '-'}")
    ctx.out(f"  gender:     {case.gender.value if case.gender else '-'}")
    ctx.out(f"  opened:     {case.opened.isoformat()}" + (f"  closed: {case.closed}" if case.closed else ""))
    if case.outcome:
        ctx.out(f"  outcome:    {case.outcome.value}")
    if case.held:
        ctx.out(f"  legal hold: {case.hold_reason} (review {case.hold_review})")
    elif case.destroy_on:
        ctx.out(f"  destroy on: {case.destroy_on}")
    if case.follow_up_on:
        ctx.out(f"  follow up:  {case.follow_up_on} {case.follow_up_note}")
    for entry in found.timeline():
        item = entry.item
        if isinstance(item, Conversation):
            ctx.out(
                f"\n  Conversation {item.id}  {item.when.isoformat(timespec='minutes')}  {item.channel.value}"
                f"  {item.duration_min} min  {item.kind.value}"
            )
            for line in item.notes.splitlines() or [""]:
                ctx.out(f"    {line}")
        elif isinstance(item, Referral):
            route = f"{item.route} ({route_label(names, item.route, 'en')})"  # the id, and in words as categories
            ctx.out(f"\n  Referral {item.id}  {item.on.isoformat()}  {route}  {item.note}")
        else:
            ctx.out(f"\n  Room booking  {item.start.isoformat(timespec='minutes')}  {item.room_name}")
    return 0


def cmd_case_close(args: argparse.Namespace, ctx: Context) -> int:
    months = settings(args).retention_months
    with open_vault(args) as vault:
        today = date.today()
        case = cases.close_case(vault, args.case_id, Outcome(args.outcome), args.on or today, months, today=today)
    ctx.out(f"Case {args.case_id} closed; it is due for destruction on {case.destroy_on}.")
    return 0


def cmd_note_add(args: argparse.Namespace, ctx: Context) -> int:
    kind = ContactKind.FIRST if args.first else ContactKind.FOLLOW_UP if args.follow_up else None
    vault = open_vault(args)  # the passphrase may come from stdin's terminal: read the note after it
    with vault:
        minutes = settings(args).conversation_minutes
        conv = cases.log_conversation(
            vault,
            args.case_id,
            args.when or datetime.now(),
            default_minutes=minutes,
            duration_min=minutes if args.duration is None else args.duration,
            channel=Channel(args.channel),
            notes=ctx.stdin.read().rstrip("\n"),
            kind=kind,
        )
    ctx.out(str(conv.id))
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    if not args.query.strip():  # an empty query matches nothing: say why, before the passphrase is asked
        raise KnownError("Give one or more words to search for.")
    with open_vault(args) as vault:
        found = cases.search(vault, args.query, limit=args.limit)
    for hit in found.hits:
        ctx.out(f"{hit.case_id}\t{hit.conversation_id}\t{hit.snippet}")
    if not found.hits:  # like grep: exit 1, and a word for the person at the terminal (stdout stays empty)
        ctx.err("no note matches.")
    return 0 if found.hits else 1
