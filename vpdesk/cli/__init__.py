"""Headless subcommands. `vpdesk` with no arguments opens the app; `vpdesk SUBCOMMAND` runs without a window.

One module per area (vault, cases, guide, rooms, exchange, report); each subcommand parses, calls one service in
vpdesk/services/ and prints. Every error leaves as one clear sentence on stderr and a non-zero exit code, never a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence

from vpdesk.cli import audit, cases, exchange, guide, install, report, rooms, vault
from vpdesk.cli.context import Context, Handler, Parser, UsageError
from vpdesk.errors import KnownError

__all__ = ["Context", "build_parser", "main"]
log = logging.getLogger(__name__)

AREAS = (vault, cases, guide, rooms, exchange, report, audit, install)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="vpdesk", description="The desk of a vertrouwenspersoon.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        area.register(sub)
    return parser


def _version() -> str:
    from vpdesk import __version__

    return f"vpdesk {__version__}"


def main(argv: Sequence[str] | None = None, ctx: Context | None = None) -> int:
    ctx = ctx or Context(sys.stdin, sys.stdout, sys.stderr)
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(ctx.stdout):  # --help and --version write to the run's own stdout
            args = parser.parse_args(argv)
    except UsageError as exc:  # a malformed command line: one line, not the whole usage
        print(f"{exc.prog}: {exc.message}\nSee '{exc.prog} --help'.", file=ctx.stderr)
        return 2
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else 0
    handler: Handler | None = getattr(args, "func", None)
    if handler is None:
        parser.print_help(ctx.stdout)
        return 2
    try:
        return handler(args, ctx)
    except KnownError as exc:
        ctx.err(str(exc))
        return 1
    except KeyboardInterrupt:
        ctx.err("interrupted.")
        return 130
    except BrokenPipeError:  # `vpdesk case list | head`: the reader has all it wanted
        _drop_output(ctx)
        return 141  # 128 + SIGPIPE, as a shell reports a command whose reader went away
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        ctx.err("an unexpected error occurred; details are in the log file.")
        return 70


def _drop_output(ctx: Context) -> None:
    """Point a real stdout at /dev/null, so that flushing it at exit does not raise the same error again."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, ctx.stdout.fileno())
