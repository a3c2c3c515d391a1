"""Child for the disk-full test: writes notes until the (rlimit-capped) disk says no; reports what it saw."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from vpdesk.domain.model import Case, Conversation
from vpdesk.errors import KnownError
from vpdesk.store.vault import Vault


def main() -> None:
    home = Path(sys.argv[1])
    vault = Vault.unlock(home, sys.stdin.readline().rstrip("\n"))
    case = vault.cases.add(Case(categories=("oo.pesten",), opened=datetime(2026, 1, 1).date()))
    assert case.id is not None
    n = 0
    try:
        while n < 100_000:
            vault.conversations.add(
                Conversation(case_id=case.id, when=datetime(2026, 1, 1), notes=f"filler-{n} " + "y" * 4000)
            )
            print(f"ack {n}", flush=True)
            n += 1
    except KnownError as exc:
        print(f"error {exc.message}", flush=True)
        # the vault is still usable for reading after the failed write
        print(f"count {vault.connection.execute('SELECT count(*) FROM conversation').fetchone()[0]}", flush=True)
    vault.close()


if __name__ == "__main__":
    main()
