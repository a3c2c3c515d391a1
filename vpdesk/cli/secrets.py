"""Reading secrets for headless commands: from a prompt, or line by line from `--passphrase-fd N`. Never argv."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from vpdesk.errors import KnownError

_streams: dict[int, TextIO] = {}


def add_secret_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-fd",
        type=_descriptor,
        metavar="N",
        help="read the passphrase (and further secrets, one per line) from file descriptor N",
    )


def _descriptor(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a file descriptor number.") from None


def read_secret(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    fd = getattr(args, "passphrase_fd", None)
    if fd is not None:
        stream = _streams.get(fd)
        if stream is None and fd == 0:
            # stdin may carry more after the secret (a note for `note add`): read it through the one buffered
            # stream everything else reads, or a second reader's buffer swallows the rest
            stream = _streams[fd] = sys.stdin
        if stream is None:
            try:
                stream = os.fdopen(fd, "r", encoding="utf-8", closefd=False)
            except OSError:
                raise KnownError("File descriptor {fd} cannot be read.", fd=fd) from None
            _streams[fd] = stream
        try:
            line = stream.readline()
        except UnicodeDecodeError:
            raise KnownError("What file descriptor {fd} gave is not UTF-8 text.", fd=fd) from None
        if not line:
            raise KnownError("No secret could be read from file descriptor {fd}.", fd=fd)
        secret = line.rstrip("\r\n")
    else:
        try:
            secret = getpass.getpass(prompt)
            if confirm and getpass.getpass("Repeat: ") != secret:
                raise KnownError("The two entries differ.")
        except EOFError:
            raise KnownError("No passphrase given: use a terminal or --passphrase-fd N.") from None
    if not secret:
        raise KnownError("An empty passphrase is not allowed.")
    return secret


def forget_streams() -> None:
    """Tests reuse descriptor numbers: forget the cached streams."""
    _streams.clear()
