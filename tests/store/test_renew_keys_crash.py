"""Issue 15 point 1, store side: renewing the keys is crash-safe like a rotation."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from vpdesk.domain.model import Case, Conversation
from vpdesk.errors import KnownError
from vpdesk.store import vault as vault_module
from vpdesk.store.audit import AuditQuery
from vpdesk.store.connection import Connection
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


def _renew_and_die(home: Path, *, after_rekey: bool = False) -> bytes:
    """Make a vault with a note, renew its keys and die (before or just after the rekey, before the slot file is
    final); returns the old slot file, as someone who knows the old passphrase may have kept it."""
    vault, _ = Vault.create(home, PASSPHRASE)
    case = vault.cases.add(Case(categories=("oo",), opened=datetime(2026, 3, 1).date()))
    assert case.id is not None
    vault.conversations.add(Conversation(case_id=case.id, when=datetime(2026, 3, 2), notes="QUOKKA"))
    old_slots = vault.paths.keys.read_bytes()
    if after_rekey:  # the database is under the new key; the slot file that says so never reaches the disk

        def rekey_then_die(conn: Connection, key: bytes) -> None:
            vault_module._rekey_connection(conn, key)
            raise Crash

        vault._rekey = rekey_then_die  # type: ignore[method-assign,assignment]
        with pytest.raises(Crash):
            vault.renew_keys(NEW)
    else:
        with pytest.raises(Crash):
            vault.renew_keys(NEW, _after_pending=_crash)
    vault._close_connection(checkpoint=False)  # the process dies: no tidy close
    vault._lock.release()
    return old_slots


@pytest.mark.parametrize("after_rekey", [False, True], ids=["before-rekey", "after-rekey"])
def test_an_interrupted_renewal_is_finished_recorded_and_its_recovery_code_shown(
    tmp_path: Path, after_rekey: bool
) -> None:
    """Review point 1: the next open ran the rekey back, silently, and the database stayed under the old key (which
    may be known); the new recovery code was never shown. Now the open finishes the renewal, records it, and makes
    a recovery code for the caller to show once."""
    home = tmp_path / "v"
    old_slots = _renew_and_die(home, after_rekey=after_rekey)
    with Vault.unlock(home, NEW) as again:
        assert again.slots.dbkey_pending is None and not again.slots.renewing
        assert again.check() == [] and len(again.search.notes("QUOKKA")) == 1
        renewals = again.audit.query(AuditQuery(action="renew-keys"))
        assert [(e.object, e.result) for e in renewals] == [("vault", "finished at the next open")]
        code = again.unseen_recovery_code
        assert code is not None and again.slots.recovery_unseen
    # someone with the old slot file and the old passphrase no longer reads the database
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(home / "vault.db", stolen / "vault.db")
    (stolen / again.paths.keys.name).write_bytes(old_slots)
    with pytest.raises(KnownError):
        Vault.unlock(stolen, PASSPHRASE).close()
    # the code was not marked shown: the next open makes another; the first one no longer opens
    with Vault.unlock(home, NEW) as again:
        second = again.unseen_recovery_code
        assert second is not None and second != code
        again.recovery_code_shown()
        assert again.unseen_recovery_code is None
    with pytest.raises(KnownError, match="Wrong recovery code"):
        Vault.recover(home, code, "yet another passphrase here")
    with Vault.recover(home, second, "yet another passphrase here") as again:
        assert again.unseen_recovery_code is None and not again.slots.recovery_unseen
        assert len(again.search.notes("QUOKKA")) == 1
        assert [e.result for e in again.audit.query(AuditQuery(action="renew-keys"))] == ["finished at the next open"]


def test_an_interrupted_rotation_still_rolls_back(tmp_path: Path) -> None:
    """A plain rotation's old key is not suspect: rolling back stays right, and nothing is recorded as renewed."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE)
    with pytest.raises(Crash):
        vault.rotate_key(_after_pending=_crash)
    before = vault._slots.database_keys(vault._require_master())[0]
    vault._close_connection(checkpoint=False)
    vault._lock.release()
    with Vault.unlock(tmp_path / "v", PASSPHRASE) as again:
        assert again.slots.database_keys(again._require_master()) == [before]
        assert again.unseen_recovery_code is None
        assert again.audit.query(AuditQuery(action="renew-keys")) == []
