"""Issue 15 point 9: odd characters in a typed secret get one clear sentence, never "unexpected error"."""

from __future__ import annotations

import io
import os
from pathlib import Path

from tests.cli.conftest import Runner
from vpdesk.cli import Context, main
from vpdesk.cli.secrets import forget_streams

PASSPHRASE = "correct horse battery staple"


def test_a_recovery_code_with_a_non_ascii_letter_is_one_sentence(cli: Runner, home: Path) -> None:
    assert cli("init", secrets=[PASSPHRASE]).code == 0
    r = cli("recover", secrets=["ÄBCD-" * 7 + "ABCD", "another long passphrase here"])
    assert r.code != 0
    assert "only the letters A-Z and the digits 2-9" in r.err and "nexpected" not in r.err


def test_bytes_that_are_not_utf8_on_the_passphrase_fd_are_one_sentence(cli: Runner, home: Path) -> None:
    assert cli("init", secrets=[PASSPHRASE]).code == 0
    read_fd, write_fd = os.pipe()
    os.write(write_fd, b"\xff\xfe not text\n")
    os.close(write_fd)
    err = io.StringIO()
    forget_streams()
    try:
        code = main(["check", "--passphrase-fd", str(read_fd)], Context(io.StringIO(), io.StringIO(), err))
    finally:
        forget_streams()
        os.close(read_fd)
    assert code != 0
    assert f"What file descriptor {read_fd} gave is not UTF-8 text." in err.getvalue()
    assert "nexpected" not in err.getvalue()
