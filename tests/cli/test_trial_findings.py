"""Findings of a new-user trial (branch `trial`) on the command line: each test fails on the code as it was found."""

from __future__ import annotations

import io
from pathlib import Path

from tests.cli.conftest import PASSPHRASE, Runner
from vpdesk.cli import Context, main


class _ClosedPipe(io.StringIO):
    """stdout of `vpdesk … | head -1` once head has exited."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_output_into_a_closed_pipe_is_not_an_unexpected_error(home: Path) -> None:
    """`vpdesk guide … | head -1` or `vpdesk case list | head` printed 'an unexpected error occurred; details are
    in the log file' and exited 70, with a traceback in the log: a script's pipe is no bug."""
    err = io.StringIO()
    code = main(["guide"], Context(io.StringIO('{"labour_dispute": true}'), _ClosedPipe(), err))
    assert "unexpected" not in err.getvalue()
    assert code != 70


def test_case_list_columns_line_up_under_their_headings(cli: Runner, home: Path) -> None:
    """With the usual pseudonyms (M-0001, 6 letters) the PSEUDONYM heading is wider than its column."""
    assert cli("init", secrets=[PASSPHRASE]).code == 0
    assert cli("case", "add", "--category", "oo.pesten", secrets=[PASSPHRASE]).code == 0
    header, row = cli("case", "list", secrets=[PASSPHRASE]).out.splitlines()[:2]
    assert row.index("open") == header.index("STATUS")
