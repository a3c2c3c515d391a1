"""Statistics subcommands: identity, trust add|list|remove, export, import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vpdesk.cli.context import YEAR, Context, Subparsers, command, now, number, open_vault, settings
from vpdesk.errors import KnownError, writing
from vpdesk.services import stats


def register(sub: Subparsers) -> None:
    p = command(sub, "identity", cmd_identity, "print this vault's public key and its fingerprint")
    p.add_argument(
        "--write-age-key",
        type=Path,
        metavar="FILE",
        help="coordinator: write the age identity to a new FILE, for 'age -d -i FILE export.vpstats'",
    )

    trust = sub.add_parser("trust", help="the coordinator's list of trusted advisers")
    trust_sub = trust.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    p = command(trust_sub, "add", cmd_trust_add, "enrol an adviser by public key after comparing fingerprints")
    p.add_argument("key", metavar="KEY", help="the adviser's key (vpdesk-ed25519:...)")
    p.add_argument("--fingerprint", required=True, help="the fingerprint the adviser read out to you")
    p.add_argument("--label", default="", help="a name for your own overview, e.g. 'VP Noord'")
    p = command(trust_sub, "list", cmd_trust_list, "list trusted advisers, with their deliveries of --year")
    p.add_argument("--year", type=YEAR, help="show who delivered for this year, when, and who is missing")
    p = command(trust_sub, "remove", cmd_trust_remove, "remove an adviser (and their imports, unless kept)")
    p.add_argument("fingerprint")
    p.add_argument("--keep-figures", action="store_true", help="keep the figures already imported in the reports")
    p = command(trust_sub, "rename", cmd_trust_rename, "give an adviser another name in your overview")
    p.add_argument("fingerprint")
    p.add_argument("label")

    p = command(sub, "export", cmd_export, "export this year's anonymous counts, signed and encrypted")
    p.add_argument("--year", type=YEAR, required=True)
    p.add_argument("--quarter", type=number, choices=(1, 2, 3, 4))
    p.add_argument("--to", dest="recipient", help="the coordinator's key (age1...)")
    p.add_argument("--preview", action="store_true", help="print exactly what would leave, write nothing")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE")

    p = command(sub, "import", cmd_import, "verify and import advisers' .vpstats files (coordinator)")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")


def cmd_identity(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        ident = stats.identity(vault, now())
        if args.write_age_key is not None:
            written = stats.write_age_identity(vault, args.write_age_key)
            ctx.err(f"Age identity written to {written}. {stats.AGE_IDENTITY_WARNING}")
    ctx.out(f"role:        {'coordinator' if ident.role == stats.COORDINATOR else 'adviser'}")
    ctx.out(f"public key:  {ident.public}")
    ctx.out(f"fingerprint: {ident.fingerprint}")
    return 0


def cmd_trust_add(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        adviser = stats.trust(vault, args.key, args.label, args.fingerprint, now())
    ctx.out(f"Trusted {adviser.label or 'adviser'} ({adviser.fingerprint}).")
    return 0


def cmd_trust_list(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        trusted = stats.trusted(vault)
        delivered = stats.deliveries(vault, args.year) if args.year else None
    if not trusted and not delivered:  # also with --year: no empty answer
        ctx.out("No advisers are trusted yet: add one with 'vpdesk trust add'.")
        return 0
    if delivered is not None:
        for d in delivered:
            state = "missing" if d.missing else "; ".join(_delivered(*period) for period in d.periods)
            gone = "  (removed, figures kept)" if d.removed else ""
            ctx.out(f"{d.fingerprint}  {d.label or '-'}  {state}{gone}")
        return 0
    for adviser in trusted:
        ctx.out(f"{adviser.fingerprint}  {adviser.label}  (since {adviser.added[:10]})")
    return 0


def _delivered(quarter: int, first: str, again: str) -> str:
    period = "year" if quarter == 0 else f"Q{quarter}"
    return f"{period} delivered {first[:10]}" + (f", replaced {again[:10]}" if again else "")


def cmd_trust_remove(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        said = stats.untrust(vault, args.fingerprint, args.keep_figures, now())
    ctx.out(str(said))
    return 0


def cmd_trust_rename(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        stats.rename(vault, args.fingerprint, args.label)
    ctx.out(f"Renamed {args.fingerprint} to {args.label}.")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    level = settings(args).org_unit_level
    quarter = args.quarter or 0
    with open_vault(args) as vault:
        if args.preview:
            payload = stats.export_preview(vault, args.year, quarter, level, now())
            ctx.out(json.dumps(payload, indent=1, ensure_ascii=False))
            return 0
        if not args.recipient or args.file is None:
            raise KnownError("Give the coordinator's key with --to and the FILE to write (or use --preview).")
        data = stats.export(vault, args.year, quarter, args.recipient, level, now())
    target = stats.export_path(args.file)
    with writing(target):
        target.write_bytes(data)
    ctx.out(f"Export written to {target} ({len(data)} bytes): counts only, signed and encrypted to the coordinator.")
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        results = stats.import_files(vault, [(str(path), stats.read_file(path)) for path in args.files], now())
    for result in results:
        ctx.out(f"{'OK    ' if result.ok else 'REFUSED'} {result.name}: {result.message}")
    failed = sum(not r.ok for r in results)
    ctx.out(f"{len(results) - failed} imported, {failed} refused")
    return 1 if failed else 0
