"""Vault subcommands: init, passwd, recover, renew-keys, rotate-key, check, backup, restore, selftest."""

from __future__ import annotations

import argparse
from pathlib import Path

from vpdesk.cli.context import Context, Subparsers, command, home, now, open_vault
from vpdesk.cli.secrets import read_secret
from vpdesk.services import vault_admin
from vpdesk.services.selftest import run_selftest, system_checks


def register(sub: Subparsers) -> None:
    p = command(sub, "init", cmd_init, "create a new vault and print its recovery code once")
    p.add_argument("--coordinator", action="store_true", help="a coordinator vault, to import advisers' figures")
    command(sub, "passwd", cmd_passwd, "change the passphrase (reads the old, then the new one)")
    command(sub, "recover", cmd_recover, "set a new passphrase with the recovery code (reads code, then passphrase)")
    command(sub, "rotate-key", cmd_rotate, "re-encrypt the database under a new random key")
    p = command(
        sub,
        "renew-keys",
        cmd_renew,
        "my passphrase or recovery code may be known: new keys, a new passphrase and a new recovery code (shown once)",
    )
    p.add_argument(
        "--delete-replaced", action="store_true", help="also delete the vaults a restore kept (<home>/replaced-*)"
    )
    command(sub, "check", cmd_check, "verify every page of the vault")
    p = command(sub, "backup", cmd_backup, "write one encrypted backup file (works while the app is open)")
    p.add_argument("file", type=Path, metavar="FILE")
    p = command(sub, "restore", cmd_restore, "replace the vault with a backup (asks the backup's passphrase)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--recovery-code", action="store_true", help="unlock the backup with its recovery code")
    command(sub, "selftest", cmd_selftest, "run a headless end-to-end check in a temporary vault", vault=False)


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    where = home(args)
    vault_admin.refuse_existing(where)
    passphrase = read_secret(args, "New passphrase: ", confirm=True)
    created = vault_admin.create(where, passphrase, now(), coordinator=args.coordinator)
    ctx.out(f"{'Coordinator vault' if args.coordinator else 'Vault'} created in {where}.")
    if created.recipient:
        ctx.out(f"Advisers encrypt their exports to: {created.recipient}")
    ctx.out("Recovery code (shown once; print it and keep it somewhere safe):")
    ctx.out(f"  {created.recovery_code}")
    return 0


def cmd_passwd(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        vault_admin.change_passphrase(vault, read_secret(args, "New passphrase: ", confirm=True))
    ctx.out("Passphrase changed.")
    return 0


def cmd_recover(args: argparse.Namespace, ctx: Context) -> int:
    code = read_secret(args, "Recovery code: ")
    vault_admin.recover(home(args), code, read_secret(args, "New passphrase: ", confirm=True))
    ctx.out("New passphrase set. The recovery code stays valid.")
    return 0


def cmd_renew(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        new = read_secret(args, "New passphrase: ", confirm=True)
        if args.delete_replaced:
            vault_admin.check_new_passphrase(new)  # nothing is deleted for a passphrase that is refused
            vault_admin.delete_replaced(vault, home(args))
        code = vault_admin.renew_keys(vault, new)
    ctx.out("New keys made; the old passphrase and the old recovery code no longer open this vault.")
    ctx.out("New recovery code (shown once; print it and keep the paper somewhere safe, away from this laptop):")
    ctx.out(f"  {code}")
    ctx.out("Backups made before today still open with the old passphrase or code: destroy them, or keep them")
    ctx.out("as safe as the old code.")
    kept = vault_admin.replaced_vaults(home(args))
    if kept:
        ctx.out(
            "Vaults a restore kept still open with the passphrase of their day (delete them with --delete-replaced):"
        )
        for folder in kept:
            ctx.out(f"  {folder}")
    return 0


def cmd_rotate(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        vault_admin.rotate_key(vault)
    ctx.out("The vault is now encrypted with a new key.")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        vault_admin.check(vault)
    ctx.out("The vault is sound.")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    with open_vault(args) as vault:
        info = vault_admin.backup(vault, args.file, now())
    ctx.out(f"Backup written to {info.path} ({info.path.stat().st_size} bytes).")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    prompt = "Recovery code of the backup: " if args.recovery_code else "Passphrase of the backup: "
    info = vault_admin.restore(home(args), args.file, read_secret(args, prompt), recovery=args.recovery_code)
    ctx.out(f"Vault restored from the backup of {info.created}; content verified ({info.content_hash[:16]}).")
    if info.kept is not None:
        ctx.out(f"The vault it replaced is kept, still encrypted with its own passphrase, in {info.kept}.")
    return 0


def cmd_selftest(args: argparse.Namespace, ctx: Context) -> int:
    results = system_checks() + run_selftest()  # the policy and the GUI stack, then the vault
    for name, ok, detail in results:
        ctx.out(f"{'PASS' if ok else 'FAIL'}  {name}" + (f"  ({detail})" if detail and not ok else ""))
    failed = sum(1 for _, ok, _ in results if not ok)
    ctx.out(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0
