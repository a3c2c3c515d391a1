"""`vpdesk case edit|reopen|hold|release|follow-up|destroy|access ID`: correcting, keeping and destroying a case."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from vpdesk.cli.context import Context, Subparsers, command, day, number, open_vault, settings
from vpdesk.domain.model import Gender, MelderPosition
from vpdesk.services import access, lifecycle
from vpdesk.services.guide import load_rules, route_names

NONE = "none"


def register_lifecycle(case_sub: Subparsers) -> None:
    p = command(case_sub, "edit", cmd_edit, "correct a case: pseudonym, categories, org unit, position, gender")
    p.add_argument("case_id", type=number, metavar="ID")
    p.add_argument("--pseudonym")
    p.add_argument("--category", action="append", metavar="CODE", help="replaces the categories; repeat for more")
    p.add_argument("--org-unit")
    p.add_argument("--position", choices=[*(v.value for v in MelderPosition), NONE])
    p.add_argument("--gender", choices=[*(v.value for v in Gender), NONE])
    p = command(case_sub, "reopen", cmd_reopen, "open a closed case again (it loses its destruction date)")
    p.add_argument("case_id", type=number, metavar="ID")
    p = command(case_sub, "hold", cmd_hold, "place a legal hold (pending procedure): no destruction until released")
    p.add_argument("case_id", type=number, metavar="ID")
    p.add_argument("--reason", required=True)
    p.add_argument("--review", type=day, required=True, metavar="YYYY-MM-DD")
    p = command(case_sub, "release", cmd_release, "release a legal hold")
    p.add_argument("case_id", type=number, metavar="ID")
    p = command(case_sub, "follow-up", cmd_follow_up, "set a follow-up reminder for the agenda (or --clear it)")
    p.add_argument("case_id", type=number, metavar="ID")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--on", type=day, metavar="YYYY-MM-DD")
    group.add_argument("--clear", action="store_true")
    p.add_argument("--note", default="", help="a few words, e.g. 'terugbellen'")
    p = command(case_sub, "destroy", cmd_destroy, "destroy a closed case and everything in it (not undoable)")
    p.add_argument("case_id", type=number, metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = command(case_sub, "access", cmd_access, "write the melder's access document (everything about the client)")
    p.add_argument("case_id", type=number, metavar="ID")
    p.add_argument("--pdf", type=Path)
    p.add_argument("--odt", type=Path)
    p.add_argument("--lang", choices=("nl", "en"), default="nl")


def cmd_edit(args: argparse.Namespace, ctx: Context) -> int:
    given = (args.pseudonym, args.category, args.org_unit, args.position, args.gender)
    if all(value is None for value in given):  # nothing to correct: not "corrected"
        ctx.err("say what to correct: --pseudonym, --category, --org-unit, --position and/or --gender.")
        return 2
    edit = lifecycle.CaseEdit(
        pseudonym=args.pseudonym,
        categories=args.category,
        org_unit=args.org_unit,
        position=MelderPosition(args.position) if args.position not in (None, NONE) else None,
        gender=Gender(args.gender) if args.gender not in (None, NONE) else None,
        clear_position=args.position == NONE,
        clear_gender=args.gender == NONE,
    )
    with open_vault(args) as vault:
        lifecycle.edit_case(vault, args.case_id, edit)
    ctx.out(f"Case {args.case_id} corrected.")
    return 0


def cmd_reopen(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        lifecycle.reopen(vault, args.case_id)
    ctx.out(f"Case {args.case_id} is open again.")
    return 0


def cmd_hold(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        lifecycle.hold(vault, args.case_id, args.reason, args.review, date.today())
    ctx.out(f"Case {args.case_id} is kept (legal hold) until released; review on {args.review}.")
    return 0


def cmd_release(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        lifecycle.release(vault, args.case_id)
    ctx.out(f"The legal hold on case {args.case_id} is released.")
    return 0


def cmd_follow_up(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        lifecycle.follow_up(vault, args.case_id, None if args.clear else args.on, args.note)
    ctx.out(f"Follow-up of case {args.case_id} {'cleared' if args.clear else f'set for {args.on}'}.")
    return 0


def cmd_destroy(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        lifecycle.check_destroyable(vault, args.case_id)  # a held or open case is refused before anything is asked
        if not args.yes:
            ctx.err(f"destroy case {args.case_id} and everything in it? Older backups still hold it. Type 'yes':")
            if ctx.stdin.readline().strip().lower() != "yes":
                ctx.err("nothing destroyed.")
                return 1
        done = lifecycle.destroy(vault, args.case_id, settings(args).org_unit_level)
    ctx.out(f"Case {done.case_id} destroyed. Older backups still hold it.")
    return 0


def cmd_access(args: argparse.Namespace, ctx: Context) -> int:
    if args.pdf is None and args.odt is None:
        ctx.err("give --pdf FILE, --odt FILE or both.")
        return 2
    rules = load_rules(settings(args)).rules
    with open_vault(args) as vault:
        access.write(
            vault, args.case_id, args.lang, date.today(), route_names(rules, args.lang), args.pdf, args.odt, rules
        )
    for path in (args.pdf, args.odt):
        if path is not None:
            ctx.out(f"Access document written to {path}.")
    return 0
