"""Logging: a rotating file in the platform log dir. Lines carry action, object, result; never case content."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    env = os.environ.get("VPDESK_HOME")
    if env:
        return Path(env).expanduser() / "logs"
    return Path(platformdirs.user_log_dir("vpdesk", appauthor=False))


class WithheldMessages(logging.Formatter):
    """Tracebacks with their frames but without the exception's message: a message can quote data (a value, a
    file name the adviser typed), and the log must never hold case content. The frames show code, not data."""

    def formatException(
        self, ei: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
    ) -> str:
        kind, _, tb = ei
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        name = kind.__qualname__ if kind is not None else "unknown"
        return f"Traceback (most recent call last):\n{frames}{name} (message withheld)"


def _uncaught(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug nothing caught (in a Qt slot, say): into the log, the same way; one plain line on the terminal."""
    logging.getLogger("vpdesk").error("uncaught exception", exc_info=(kind, exc, tb))
    print("vpdesk: an unexpected error occurred; the details are in the log.", file=sys.stderr)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file; if the folder cannot be written, log nowhere rather than to the terminal."""
    root = logging.getLogger()
    if any(getattr(h, "_vpdesk", False) for h in root.handlers):
        return None
    directory = log_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            directory / "vpdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(WithheldMessages(FORMAT))
    sys.excepthook = _uncaught
    handler._vpdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return directory
