"""`vpdesk report`: the coordinator's annual report (PDF, ODS, CSV), or an adviser's own jaarverslag (PDF)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from vpdesk.cli.context import YEAR, Context, Subparsers, command, open_vault, settings
from vpdesk.services import annual_report
from vpdesk.services.guide import load_rules


def register(sub: Subparsers) -> None:
    p = command(sub, "report", cmd_report, "write the annual report (coordinator) or your own jaarverslag")
    p.add_argument("--year", type=YEAR, required=True)
    p.add_argument("--pdf", type=Path)
    p.add_argument("--ods", type=Path)
    p.add_argument("--csv", type=Path, metavar="DIR")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")


def cmd_report(args: argparse.Namespace, ctx: Context) -> int:
    targets = annual_report.Targets(args.pdf, args.ods, args.csv)
    annual_report.check_targets(targets)
    config = settings(args)
    rules = load_rules(config)
    if rules.error:
        ctx.err(rules.error)
    with open_vault(args) as vault:
        report = annual_report.build(vault, args.year, config, rules.rules, args.lang)
    written = annual_report.write(report, targets, date.today(), config.locked_by)
    if args.pdf:
        ctx.out(f"PDF written to {args.pdf}.")
    if args.ods:
        ctx.out(f"Spreadsheet written to {args.ods}.")
    if args.csv:
        csv_files = [p for p in written if p not in (args.pdf, args.ods)]  # the PDF and ODS may be in that folder
        ctx.out(f"{len(csv_files)} CSV files written to {args.csv}.")
    return 0
