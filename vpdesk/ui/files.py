"""Where a file dialog starts: the adviser's Documents folder (else their home), never the program's working
directory, which may be the install or source folder (trial4 F9)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def start_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def suggested(name: str = "") -> str:
    """The start of a file dialog: a suggested file name in the start folder (or the folder itself)."""
    return str(start_folder() / name) if name else str(start_folder())
