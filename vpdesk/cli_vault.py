"""Vault subcommands: init, case, note, search, passwd, recover, rotate-key, backup, restore, check, selftest."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vpdesk import resources
from vpdesk.cli_secrets import add_secret_argument, read_secret
from vpdesk.domain.model import Case, CaseStatus, Channel, ContactKind, Conversation
from vpdesk.errors import KnownError
from vpdesk.store.paths import default_home
from vpdesk.store.vault import Vault

MIN_PASSPHRASE = 15


def _home(args: argparse.Namespace) -> Path:
    return Path(args.home) if getattr(args, "home", None) else default_home()


def open_vault(args: argparse.Namespace) -> Vault:
    home = _home(args)
    from vpdesk.store.paths import VaultPaths
    from vpdesk.store.vault import read_slots

    read_slots(VaultPaths(home))  # a clear error for a missing vault before asking for a passphrase
    return Vault.unlock(home, read_secret(args, "Passphrase: "))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KnownError(
            "A passphrase needs at least {minimum} characters; a few words make a good one.",
            minimum=MIN_PASSPHRASE,
        )


def register(sub: Any, ctx: Any) -> None:
    def command(name: str, func: Any, help_text: str, secret: bool = True) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--home", help="vault folder (default: $VPDESK_HOME or the user data folder)")
        if secret:
            add_secret_argument(parser)
        parser.set_defaults(func=func)
        return parser

    p = command("init", cmd_init, "create a new vault and print its recovery code once")
    p.add_argument("--coordinator", action="store_true", help="a coordinator vault, to import advisers' figures")

    case = sub.add_parser("case", help="add, list and show cases")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = _sub(case_sub, "add", cmd_case_add, "add a case and print its id")
    p.add_argument("--category", action="append", required=True, metavar="CODE", help="repeat for more")
    p.add_argument("--org-unit", default="")
    p.add_argument("--pseudonym")
    p.add_argument("--opened", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p = _sub(case_sub, "list", cmd_case_list, "list cases")
    p.add_argument("--status", choices=[s.value for s in CaseStatus])
    p = _sub(case_sub, "show", cmd_case_show, "show a case with its conversations and referrals")
    p.add_argument("case_id", type=int, metavar="ID")

    note = sub.add_parser("note", help="add a conversation note")
    note_sub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = _sub(note_sub, "add", cmd_note_add, "add a conversation to a case; the note text is read from stdin")
    p.add_argument("case_id", type=int, metavar="CASE_ID")
    p.add_argument("--duration", type=int, default=0, metavar="MIN")
    p.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.IN_PERSON.value)
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--first", action="store_true", help="a first contact (default: when the case has none yet)")
    kind.add_argument("--follow-up", action="store_true", help="a follow-up (default: when the case has one)")
    p.add_argument("--when", type=datetime.fromisoformat, help="YYYY-MM-DDTHH:MM (default: now)")

    p = command("search", cmd_search, "search all notes; prints case ids with a snippet")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)

    command("passwd", cmd_passwd, "change the passphrase (reads the old, then the new one)")
    command("recover", cmd_recover, "set a new passphrase with the recovery code (reads code, then passphrase)")
    command("rotate-key", cmd_rotate, "re-encrypt the database under a new random key")
    command("check", cmd_check, "verify every page of the vault")
    p = command("backup", cmd_backup, "write one encrypted backup file (works while the app is open)")
    p.add_argument("file", type=Path, metavar="FILE")
    p = command("restore", cmd_restore, "replace the vault with a backup (asks the backup's passphrase)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--recovery-code", action="store_true", help="unlock the backup with its recovery code")
    command("selftest", cmd_selftest, "run a headless end-to-end check in a temporary vault", secret=False)


def _sub(sub: Any, name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--home", help="vault folder (default: $VPDESK_HOME or the user data folder)")
    add_secret_argument(parser)
    parser.set_defaults(func=func)
    return parser


# --- handlers ----------------------------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, ctx: Any) -> int:
    home = _home(args)
    from vpdesk.store.paths import VaultPaths

    if VaultPaths(home).exists():
        raise KnownError("There is already a vault in {home}.", home=home)
    passphrase = read_secret(args, "New passphrase: ", confirm=True)
    check_new_passphrase(passphrase)
    vault, code = Vault.create(home, passphrase)
    with vault:
        if args.coordinator:
            from vpdesk.services.stats import make_coordinator

            recipient = make_coordinator(vault, datetime.now().astimezone())
    ctx.out(f"{'Coordinator vault' if args.coordinator else 'Vault'} created in {home}.")
    if args.coordinator:
        ctx.out(f"Advisers encrypt their exports to: {recipient}")
    ctx.out("Recovery code (shown once; print it and keep it somewhere safe):")
    ctx.out(f"  {code}")
    return 0


def cmd_case_add(args: argparse.Namespace, ctx: Any) -> int:
    taxonomy = resources.taxonomy()
    for code in args.category:
        taxonomy.get(code)
    with open_vault(args) as vault:
        case = vault.cases.add(
            Case(categories=tuple(args.category), opened=args.opened or date.today(), org_unit=args.org_unit),
            pseudonym=args.pseudonym,
        )
    ctx.out(str(case.id))
    return 0


def cmd_case_list(args: argparse.Namespace, ctx: Any) -> int:
    from vpdesk.domain.model import CaseFilter

    flt = CaseFilter(status=CaseStatus(args.status) if args.status else None)
    with open_vault(args) as vault:
        total = vault.cases.count(flt)
        offset = 0
        page = vault.cases.page(flt, offset=0, limit=500, sort="id", descending=False)
        width = min(max((len(s.pseudonym) for s in page), default=9), 24)  # wider names are cut with "…"
        ctx.out(f"{'ID':>6}  {'PSEUDONYM':<{width}}  {'STATUS':<6}  {'OPENED':<10}  {'CONV':>4}  CATEGORIES")
        while page:
            for s in page:
                name = s.pseudonym if len(s.pseudonym) <= width else s.pseudonym[: width - 1] + "…"
                ctx.out(
                    f"{s.id:>6}  {name:<{width}}  {s.status.value:<6}  {s.opened.isoformat():<10}"
                    f"  {s.conversations:>4}  {' '.join(s.categories)}"
                )
            offset += 500
            page = (
                vault.cases.page(flt, offset=offset, limit=500, sort="id", descending=False)
                if offset < total
                else []
            )
    return 0


def cmd_case_show(args: argparse.Namespace, ctx: Any) -> int:
    taxonomy = resources.taxonomy()
    with open_vault(args) as vault:
        case = vault.cases.get(args.case_id)
        client = vault.clients.get(case.client_id) if case.client_id else None
        ctx.out(f"Case {case.id}  ({case.status.value})")
        ctx.out(f"  pseudonym:  {client.pseudonym if client else '-'}")
        ctx.out(f"  categories: {', '.join(f'{c} ({taxonomy.get(c).en})' for c in case.categories)}")
        ctx.out(f"  org unit:   {case.org_unit or '-'}")
        ctx.out(f"  opened:     {case.opened.isoformat()}" + (f"  closed: {case.closed}" if case.closed else ""))
        if case.outcome:
            ctx.out(f"  outcome:    {case.outcome.value}")
        for conv in vault.conversations.for_case(case.id or 0):
            ctx.out(
                f"\n  Conversation {conv.id}  {conv.when.isoformat(timespec='minutes')}  {conv.channel.value}"
                f"  {conv.duration_min} min  {conv.kind.value}"
            )
            for line in conv.notes.splitlines() or [""]:
                ctx.out(f"    {line}")
        for ref in vault.referrals.for_case(case.id or 0):
            ctx.out(f"\n  Referral {ref.id}  {ref.on.isoformat()}  {ref.route}  {ref.note}")
    return 0


def _kind(args: argparse.Namespace, vault: Vault, case_id: int) -> ContactKind:
    """As the app does: a case's first conversation is the first contact, unless told otherwise."""
    if args.first or args.follow_up:
        return ContactKind.FIRST if args.first else ContactKind.FOLLOW_UP
    return ContactKind.FOLLOW_UP if vault.conversations.for_case(case_id) else ContactKind.FIRST


def cmd_note_add(args: argparse.Namespace, ctx: Any) -> int:
    if args.duration < 0:
        raise KnownError("A duration cannot be negative.")
    vault = open_vault(args)  # the passphrase may come from stdin's terminal: read the note after it
    with vault:
        notes = ctx.stdin.read()
        conv = vault.conversations.add(
            Conversation(
                case_id=args.case_id,
                when=args.when or datetime.now().replace(second=0, microsecond=0),
                duration_min=args.duration,
                channel=Channel(args.channel),
                kind=_kind(args, vault, args.case_id),
                notes=notes.rstrip("\n"),
            )
        )
    ctx.out(str(conv.id))
    return 0


def cmd_search(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        hits = vault.search.notes(args.query, limit=args.limit)
    for hit in hits:
        ctx.out(f"{hit.case_id}\t{hit.conversation_id}\t{hit.snippet}")
    return 0 if hits else 1


def cmd_passwd(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        new = read_secret(args, "New passphrase: ", confirm=True)
        check_new_passphrase(new)
        vault.change_passphrase(new)
    ctx.out("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace, ctx: Any) -> int:
    code = read_secret(args, "Recovery code: ")
    new = read_secret(args, "New passphrase: ", confirm=True)
    check_new_passphrase(new)
    Vault.recover(_home(args), code, new).close()
    ctx.out("New passphrase set. The recovery code stays valid.")
    return 0


def cmd_rotate(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        vault.rotate_key()
    ctx.out("The vault is now encrypted with a new key.")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Any) -> int:
    with open_vault(args) as vault:
        problems = vault.check()
    if problems:
        raise KnownError("The vault is damaged or has been tampered with.", hint="Restore it from a backup.")
    ctx.out("The vault is sound.")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Any) -> int:
    from vpdesk.store.backup import backup

    with open_vault(args) as vault:
        info = backup(vault, args.file.resolve(), datetime.now().astimezone())
    ctx.out(f"Backup written to {info.path} ({info.path.stat().st_size} bytes).")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Any) -> int:
    from vpdesk.store.backup import restore

    prompt = "Recovery code of the backup: " if args.recovery_code else "Passphrase of the backup: "
    info = restore(_home(args), args.file, read_secret(args, prompt), recovery=args.recovery_code)
    ctx.out(f"Vault restored from the backup of {info.created}; content verified ({info.content_hash[:16]}).")
    if info.kept is not None:
        ctx.out(f"The vault it replaced is kept, still encrypted with its own passphrase, in {info.kept}.")
    return 0


def cmd_selftest(args: argparse.Namespace, ctx: Any) -> int:
    from vpdesk.selftest import run_selftest

    results = run_selftest()
    for name, ok, detail in results:
        ctx.out(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  ({detail})" if detail and not ok else ""))
    failed = sum(1 for _, ok, _ in results if not ok)
    ctx.out(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0
