"""`vpdesk audit [--since DATE] [--until DATE] [--action A] [--csv F]`: the audit trail, for accountability."""

from __future__ import annotations

import argparse
from pathlib import Path

from vpdesk.cli.context import Context, Subparsers, command, day, open_vault
from vpdesk.errors import KnownError
from vpdesk.services import audit


def register(sub: Subparsers) -> None:
    p = command(sub, "audit", cmd_audit, "show the audit trail (never content), or write it as CSV")
    p.add_argument("--since", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=day, metavar="YYYY-MM-DD")
    p.add_argument("--action", help="only this action (create, update, destroy, export, unlock, ...)")
    p.add_argument("--csv", type=Path, metavar="FILE")


def cmd_audit(args: argparse.Namespace, ctx: Context) -> int:
    if args.csv is not None and args.action:
        raise KnownError("The CSV holds the whole trail of the period: leave out --action, or --csv.")
    with open_vault(args) as vault:
        if args.action:
            known = audit.actions(vault)
            if args.action not in known:
                raise KnownError(
                    "The audit trail has no action '{action}'; the actions in it are {known}.",
                    action=args.action,
                    known=", ".join(known),
                )
        if args.csv is not None:
            n = audit.export_csv(vault, args.csv, args.since, args.until)
            ctx.out(f"{n} audit rows written to {args.csv}.")
            return 0
        rows = audit.entries(vault, args.since, args.until, args.action)
    ctx.out(f"{'ID':>6}  {'AT':<25}  {'ACTOR':<5}  {'ACTION':<18}  {'RESULT':<6}  OBJECT")
    for e in rows:
        ctx.out(
            f"{e.id:>6}  {e.at.isoformat(timespec='seconds'):<25}  {e.actor:<5}  {e.action:<18}  {e.result:<6}"
            f"  {e.object}"
        )
    return 0
