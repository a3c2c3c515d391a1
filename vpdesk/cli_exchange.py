"""Statistics subcommands: identity, trust, export, import, report."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vpdesk import resources
from vpdesk.cli_secrets import add_secret_argument
from vpdesk.cli_vault import open_vault
from vpdesk.errors import KnownError, writing
from vpdesk.policy import effective_settings, load_policy
from vpdesk.services import stats


def _settings() -> Any:
    values, org = load_policy()
    return effective_settings({}, values, org)


def _parser(sub: Any, name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--home", help="vault folder (default: $VPDESK_HOME or the user data folder)")
    add_secret_argument(parser)
    parser.set_defaults(func=func)
    return parser


def register(sub: Any, ctx: Any) -> None:
    _parser(sub, "identity", cmd_identity, "print this vault's public key and its fingerprint")

    trust = sub.add_parser("trust", help="the coordinator's list of trusted advisers")
    trust_sub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = _parser(trust_sub, "add", cmd_trust_add, "enrol an adviser by public key after comparing fingerprints")
    p.add_argument("key", metavar="KEY", help="the adviser's key (vpdesk-ed25519:...)")
    p.add_argument("--fingerprint", required=True, help="the fingerprint the adviser read out to you")
    p.add_argument("--label", default="", help="a name for your own overview, e.g. 'VP Noord'")
    _parser(trust_sub, "list", cmd_trust_list, "list trusted advisers")
    p = _parser(trust_sub, "remove", cmd_trust_remove, "remove an adviser and their imports")
    p.add_argument("fingerprint")

    p = _parser(sub, "export", cmd_export, "export this year's anonymous counts, signed and encrypted")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4))
    p.add_argument("--to", dest="recipient", help="the coordinator's key (age1...)")
    p.add_argument("--preview", action="store_true", help="print exactly what would leave, write nothing")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE")

    p = _parser(sub, "import", cmd_import, "verify and import advisers' .vpstats files (coordinator)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")

    p = _parser(sub, "report", cmd_report, "write the annual report (coordinator) or your own jaarverslag")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--pdf", type=Path)
    p.add_argument("--ods", type=Path)
    p.add_argument("--csv", type=Path, metavar="DIR")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")


def cmd_identity(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        ident = stats.identity(vault, datetime.now().astimezone())
    role = "coordinator" if ident.role == stats.COORDINATOR else "adviser"
    ctx.out(f"role:        {role}")
    ctx.out(f"public key:  {ident.public}")
    ctx.out(f"fingerprint: {ident.fingerprint}")
    return 0


def cmd_trust_add(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        adviser = stats.trust(vault, args.key, args.label, args.fingerprint, datetime.now().astimezone())
    ctx.out(f"Trusted {adviser.label or 'adviser'} ({adviser.fingerprint}).")
    return 0


def cmd_trust_list(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        if not stats.is_coordinator(vault):
            raise KnownError("This is an adviser vault; create a coordinator vault with 'vpdesk init --coordinator'.")
        trusted = vault.keys.trusted()
    for adviser in trusted:
        ctx.out(f"{adviser.fingerprint}  {adviser.label}  (since {adviser.added[:10]})")
    if not trusted:
        ctx.out("No advisers are trusted yet: add one with 'vpdesk trust add'.")
    return 0


def cmd_trust_remove(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        vault.keys.untrust(args.fingerprint.strip().upper())
    ctx.out("Removed, with the figures imported from that adviser.")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Any) -> int:
    settings = _settings()
    quarter = args.quarter or 0
    now = datetime.now().astimezone()
    with open_vault(args) as vault:
        if args.preview:
            ctx.out(
                json.dumps(
                    stats.export_preview(vault, args.year, quarter, settings.org_unit_level, now),
                    indent=1,
                    ensure_ascii=False,
                )
            )
            return 0
        if not args.recipient or args.file is None:
            raise KnownError("Give the coordinator's key with --to and the FILE to write (or use --preview).")
        data = stats.export(vault, args.year, quarter, args.recipient, settings.org_unit_level, now)
    target = args.file if args.file.suffix == ".vpstats" else args.file.with_suffix(".vpstats")
    with writing(target):
        target.write_bytes(data)
    ctx.out(f"Export written to {target} ({len(data)} bytes): counts only, signed and encrypted to the coordinator.")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        results = stats.import_files(
            vault, [(str(path), stats.read_file(path)) for path in args.files], datetime.now().astimezone()
        )
    for result in results:
        ctx.out(f"{'OK    ' if result.ok else 'REFUSED'} {result.name}: {result.message}")
    failed = sum(not r.ok for r in results)
    ctx.out(f"{len(results) - failed} imported, {failed} refused")
    return 1 if failed else 0


def cmd_report(args: argparse.Namespace, ctx: Any) -> int:
    from vpdesk.guide_rules import GuideRules
    from vpdesk.reports.annual_pdf import write_annual_pdf
    from vpdesk.reports.publish import publish
    from vpdesk.reports.tables_out import write_csv, write_ods

    if not (args.pdf or args.ods or args.csv):
        raise KnownError("Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.")
    settings = _settings()
    with open_vault(args) as vault:
        coordinator = stats.is_coordinator(vault)
        if coordinator:
            tables, advisers = stats.coordinator_tables(vault, args.year)
        else:
            tables, advisers = stats.adviser_tables(vault, args.year, 0, settings.org_unit_level), 1
    names = {r.id: r.name.get(args.lang) for r in GuideRules().load().rules.routes}
    report = publish(
        tables,
        year=args.year,
        advisers=advisers,
        taxonomy=resources.taxonomy(),
        lang=args.lang,
        k=settings.suppression_threshold if coordinator else None,
        route_names=names,
    )
    if not coordinator and (args.ods or args.csv):
        raise KnownError("An adviser's own jaarverslag is a PDF only: tables leave the laptop through 'export'.")
    if args.pdf:
        write_annual_pdf(args.pdf, report, date.today(), settings.locked_by)
        ctx.out(f"PDF written to {args.pdf}.")
    if args.ods:
        write_ods(args.ods, report)
        ctx.out(f"Spreadsheet written to {args.ods}.")
    if args.csv:
        paths = write_csv(args.csv, report)
        ctx.out(f"{len(paths)} CSV files written to {args.csv}.")
    return 0
