"""`vpdesk audit [--since DATE] [--until DATE] [--action A] [--csv F]`: the audit trail, for accountability."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from vpdesk.cli.context import Context, Subparsers, command, open_vault
from vpdesk.services import audit


def register(sub: Subparsers) -> None:
    p = command(sub, "audit", cmd_audit, "show the audit trail (never content), or write it as CSV")
    p.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--action", help="only this action (create, update, destroy, export, unlock, ...)")
    p.add_argument("--csv", type=Path, metavar="FILE")


def cmd_audit(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
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
