"""A child process for crash tests: writes conversations and acknowledges each commit on stdout.

Usage: python writer_proc.py HOME MODE [NEW]  (passphrase on stdin; MODE = "commits", "rotate" or "renew", which
renews the keys once to the passphrase NEW)
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

from vpdesk.domain.model import Case, Conversation
from vpdesk.store.vault import Vault


def main() -> None:
    home, mode = Path(sys.argv[1]), sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.unlock(home, passphrase)
    if mode == "renew":
        print("unlocked", flush=True)
        # a pause between the new slot file and the rekey (as a large vault's rekey takes): kills land there too
        vault.renew_keys(sys.argv[3], _after_pending=lambda: time.sleep(0.05))
        print("renewed", flush=True)
        vault.close()
        return
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
