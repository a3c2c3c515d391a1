"""`make i18n`: update the Qt Linguist files from the sources, then build the .qm files the app loads.

Dutch is the source language of the UI; vpdesk_en.ts translates it to English. Messages of KnownError are
English sentences in the code (they are shared with the command line); scripts/known_errors.py finds them all,
and vpdesk_nl.ts translates them to Dutch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def main() -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from known_errors import write_for_lupdate

    sentences = ROOT / "build" / "known_errors.py"
    write_for_lupdate(sentences)
    sources = [
        *sorted(str(p) for p in (ROOT / "vpdesk" / "ui").rglob("*.py")),
        str(ROOT / "vpdesk" / "app.py"),
        str(sentences),
    ]
    for lang in ("nl", "en"):
        ts = I18N / f"vpdesk_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
