"""Issue 15 point 1, store side: renewing the keys is crash-safe like a rotation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from vpdesk.domain.model import Case, Conversation
from vpdesk.errors import KnownError
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
NEW = "a fresh passphrase nobody has seen"


class Crash(Exception):
    pass


def _crash() -> None:
    raise Crash


def test_a_crash_between_the_new_slot_file_and_the_rekey_leaves_the_new_passphrase_working(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    case = vault.cases.add(Case(categories=("oo",), opened=datetime(2026, 3, 1).date()))
    assert case.id is not None
    vault.conversations.add(Conversation(case_id=case.id, when=datetime(2026, 3, 2), notes="QUOKKA"))
    with pytest.raises(Crash):
        vault.renew_keys(NEW, _after_pending=_crash)
    vault._close_connection(checkpoint=False)  # the process dies: no tidy close
    vault._lock.release()
    with pytest.raises(KnownError):
        Vault.unlock(tmp_path / "v", PASSPHRASE)
    with Vault.unlock(tmp_path / "v", NEW) as again:  # finishes (here: rolls back) the interrupted rekey
        assert again.slots.dbkey_pending is None
        assert again.check() == [] and len(again.search.notes("QUOKKA")) == 1
    with Vault.unlock(tmp_path / "v", NEW) as again:
        again.renew_keys("a third passphrase, long enough")
    with Vault.unlock(tmp_path / "v", "a third passphrase, long enough") as again:
        assert len(again.search.notes("QUOKKA")) == 1
