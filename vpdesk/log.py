"""Logging: a rotating file in the platform log dir. Lines carry action, object, result; never case content."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    env = os.environ.get("VPDESK_HOME")
    if env:
        return Path(env).expanduser() / "logs"
    return Path(platformdirs.user_log_dir("vpdesk", appauthor=False))


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
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._vpdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return directory
