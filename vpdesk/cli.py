"""Headless subcommands. `vpdesk` with no arguments opens the app; `vpdesk SUBCOMMAND` runs without a window.

Every error leaves as one clear sentence on stderr and a non-zero exit code, never a traceback.
Command groups of other packages register themselves through ``register(sub, ctx)`` (see COMMAND_MODULES).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from vpdesk.errors import KnownError

log = logging.getLogger(__name__)

# Modules that add subcommands: each has `register(sub: argparse._SubParsersAction, ctx: Context) -> None`
# and sets `func=handler` on its parsers, where `handler(args, ctx) -> int`.
COMMAND_MODULES = (
    "vpdesk.cli_vault",
    "vpdesk.cli_guide",
    "vpdesk.cli_rooms",
    "vpdesk.cli_exchange",
)


class Context:
    """What a command handler may use: standard streams and the passphrase source."""

    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr

    def out(self, text: str = "") -> None:
        print(text, file=self.stdout)


def build_parser(ctx: Context) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vpdesk", description="The desk of a vertrouwenspersoon.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub, ctx)
    return parser


def _version() -> str:
    from vpdesk import __version__

    return f"vpdesk {__version__}"


def main(argv: Sequence[str] | None = None, ctx: Context | None = None) -> int:
    ctx = ctx or Context(sys.stdin, sys.stdout, sys.stderr)
    parser = build_parser(ctx)
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, Context], int] | None = getattr(args, "func", None)
    if handler is None:
        parser.print_help(ctx.stdout)
        return 2
    try:
        return handler(args, ctx)
    except KnownError as exc:
        print(f"vpdesk: {exc}", file=ctx.stderr)
        return 1
    except KeyboardInterrupt:
        print("vpdesk: interrupted.", file=ctx.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print("vpdesk: an unexpected error occurred; details are in the log file.", file=ctx.stderr)
        return 70
