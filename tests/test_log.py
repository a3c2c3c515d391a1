"""The log keeps no case content: a traceback keeps its frames and drops the exception's message, also for a
bug nothing caught."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from vpdesk.log import WithheldMessages

SECRET = "melding-Janssen-GEHEIM"


def test_a_logged_traceback_keeps_its_frames_and_drops_the_message() -> None:
    formatter = WithheldMessages("%(message)s")
    try:
        raise FileNotFoundError(2, "No such file", f"/home/vp/{SECRET}.pdf")
    except FileNotFoundError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    text = formatter.format(record)
    assert "test_a_logged_traceback_keeps_its_frames" in text and "FileNotFoundError (message withheld)" in text
    assert SECRET not in text


def test_an_uncaught_bug_goes_to_the_log_without_its_message(tmp_path: Path) -> None:
    code = f"from vpdesk.log import setup_logging; setup_logging(); raise ValueError('{SECRET}')"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"VPDESK_HOME": str(tmp_path), "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert SECRET not in done.stderr and "unexpected error" in done.stderr
    log = (tmp_path / "logs" / "vpdesk.log").read_text()
    assert "ValueError (message withheld)" in log and SECRET not in log
