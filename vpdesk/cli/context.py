"""What every subcommand gets: the standard streams, and the helpers that add the shared options."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

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


class UsageError(Exception):
    """The command line itself is wrong (an unknown option, a missing or malformed value): said in one line."""

    def __init__(self, prog: str, message: str) -> None:
        super().__init__(message)
        self.prog, self.message = prog, message


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake on the command line raises UsageError instead of printing the usage and exiting:
    `main` says it in one line on the run's own stderr. Subcommand parsers are of the same class."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.prog, message)


def day(text: str) -> date:
    """A date on the command line, YYYY-MM-DD: every command reads dates with this."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD).") from None


def moment(text: str) -> datetime:
    """A date and time on the command line, YYYY-MM-DDTHH:MM: every command reads moments with this."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date and time (use YYYY-MM-DDTHH:MM).") from None


def number(text: str) -> int:
    """A whole number on the command line (the bounds are the use case's to check, or `positive`'s)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number.") from None


def positive(text: str) -> int:
    """A count the command line alone knows (how many lines to print): 1 or more."""
    value = number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more.")
    return value


def between(low: int, high: int, what: str) -> Callable[[str], int]:
    """A whole number the app's own field bounds the same way (a year 2000-2100, minutes 0-600)."""

    def parse(text: str) -> int:
        value = number(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{text}' is not {what} from {low} to {high}.")
        return value

    return parse


YEAR = between(2000, 2100, "a year")  # the app's year field, and what the coordinator's import accepts


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
