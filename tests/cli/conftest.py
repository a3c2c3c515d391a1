from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import pytest

from vpdesk.cli import Context, main
from vpdesk.cli.secrets import forget_streams

PASSPHRASE = "correct horse battery staple"


@dataclass
class Result:
    code: int
    out: str
    err: str


class Runner(Protocol):
    """The `cli` fixture: `cli("case", "list", secrets=[PASSPHRASE])`."""

    def __call__(self, *args: str, secrets: Sequence[str] = (), stdin: str = "") -> Result: ...


@pytest.fixture
def cli() -> Runner:
    """Run `vpdesk ARGS` in-process; secrets go through a real pipe and --passphrase-fd."""

    def run(*args: str, secrets: Sequence[str] = (), stdin: str = "") -> Result:
        forget_streams()
        argv = list(args)
        read_fd = None
        if secrets:
            read_fd, write_fd = os.pipe()
            os.write(write_fd, "".join(s + "\n" for s in secrets).encode())
            os.close(write_fd)
            argv += ["--passphrase-fd", str(read_fd)]
        out, err = io.StringIO(), io.StringIO()
        try:
            code = main(argv, Context(io.StringIO(stdin), out, err))
        finally:
            forget_streams()
            if read_fd is not None:
                os.close(read_fd)
        return Result(code, out.getvalue(), err.getvalue())

    return run
