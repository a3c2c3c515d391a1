"""A child process for crash tests: writes conversations and acknowledges each commit on stdout.

Usage: python writer_proc.py HOME MODE   (passphrase on stdin; MODE = "commits" or "rotate")
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from vpdesk.domain.model import Case, Conversation
from vpdesk.store.vault import Vault


def main() -> None:
    home, mode = Path(sys.argv[1]), sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.unlock(home, passphrase)
    if mode == "rotate":
        while True:
            vault.rotate_key()
            print("rotated", flush=True)
    case = vault.cases.add(Case(categories=("oo.pesten",), opened=datetime(2026, 1, 1).date()))
    assert case.id is not None
    n = 0
    while True:
        conv = vault.conversations.add(
            Conversation(case_id=case.id, when=datetime(2026, 1, 1, 9), notes=f"ack-{n} " + "x" * 300)
        )
        # the commit has returned: only now is it acknowledged
        print(f"{conv.id} {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
