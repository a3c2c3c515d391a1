"""What every subcommand gets: the standard streams, and the helpers that add the shared options."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from vpdesk.cli.secrets import add_secret_argument, read_secret
from vpdesk.policy import Settings
from vpdesk.services import vault_admin
from vpdesk.services.session import Vault, default_home, load_settings


@dataclass
class Context:
    """Standard streams of one run (tests pass their own)."""

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)

    def err(self, text: str) -> None:
        print(f"vpdesk: {text}", file=self.stderr)


Handler = Callable[[argparse.Namespace, Context], int]
Subparsers = Any  # argparse._SubParsersAction, which argparse does not export


def command(
    sub: Subparsers, name: str, func: Handler, help_text: str, *, vault: bool = True
) -> argparse.ArgumentParser:
    """A subcommand; with ``vault`` it takes --home and --passphrase-fd."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    if vault:
        parser.add_argument("--home", help="vault folder (default: $VPDESK_HOME or the user data folder)")
        add_secret_argument(parser)
    parser.set_defaults(func=func)
    return parser


def home(args: argparse.Namespace) -> Path:
    return Path(args.home) if getattr(args, "home", None) else default_home()


def open_vault(args: argparse.Namespace) -> Vault:
    """The vault in --home, unlocked with a passphrase from the prompt or --passphrase-fd."""
    where = home(args)
    vault_admin.require_vault(where)  # a clear error for a missing vault before asking for a passphrase
    vault = vault_admin.open_vault(where, read_secret(args, "Passphrase: "))
    code = vault.unseen_recovery_code
    if code is not None:  # a renew-keys died before its code was shown: the open finished it and made this one
        print(
            "An interrupted key renewal was finished. New recovery code (shown once; print it and keep it somewhere"
            f" safe, destroy the old sheet):\n  {code}",
            file=sys.stderr,
        )
        vault.recovery_code_shown()
    return vault


def settings(args: argparse.Namespace) -> Settings:
    """The settings in force for the vault in --home, exactly as the app reads them."""
    return load_settings(home(args))


def now() -> datetime:
    return datetime.now().astimezone()
