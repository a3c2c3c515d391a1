"""The use cases behind the app's menu: a verified backup on a worker's own connection, a passphrase change that
proves the current one, and the reminders (backup age, the agenda once a day)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.services import reminders, vault_admin
from vpdesk.services.session import Session
from vpdesk.store import backup as backups

from .conftest import NOW, PASSPHRASE

NEW = "zeven blauwe reigers op het dak"


def _backup(session: Session, target: Path, steps: list[tuple[int, str]]) -> vault_admin.BackupInfo:
    vault = session.vault
    master, slots = vault.master_key_for_backup(), vault.slots
    job = session.job(
        lambda db: vault_admin.backup_verified(db, master, slots, target, NOW, lambda p, s: steps.append((p, s))),
        readonly=False,
    )
    return job()


def test_a_backup_on_a_workers_connection_is_verified_and_restores(session: Session, tmp_path: Path) -> None:
    steps: list[tuple[int, str]] = []
    info = _backup(session, tmp_path / "kluis.vpbak", steps)
    assert steps == [(5, "snapshot"), (60, "verify"), (100, "done")]
    assert backups.verify(info.path, session.vault.master_key_for_backup()).content_hash == info.content_hash
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kluis.vpbak", "vault"]  # nothing staged is left
    session.lock()
    restored = vault_admin.restore(session.home, info.path, PASSPHRASE)
    assert restored.kept is not None and restored.content_hash == info.content_hash


def test_a_backup_that_does_not_verify_is_removed(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(src: Path, master: bytes) -> backups.BackupInfo:
        raise KnownError("The backup file {file} did not verify; the current vault is untouched.", file=src.name)

    monkeypatch.setattr(backups, "verify", broken)
    with pytest.raises(KnownError, match="did not verify"):
        _backup(session, tmp_path / "kluis.vpbak", [])
    assert not (tmp_path / "kluis.vpbak").exists()


def test_the_apps_backup_refuses_a_symbolic_link_and_leaves_its_target_alone(session: Session, tmp_path: Path) -> None:
    """Review point 5: the app's path resolved the target, so a link was followed and, after a failed verify,
    its target deleted. It must refuse the link as the CLI does."""
    victim = tmp_path / "elders" / "belangrijk.txt"
    victim.parent.mkdir()
    victim.write_text("kostbaar")
    link = tmp_path / "kluis.vpbak"
    link.symlink_to(victim)
    with pytest.raises(KnownError, match="is a symbolic link"):
        _backup(session, link, [])
    assert link.is_symlink() and victim.read_text() == "kostbaar"


def test_verify_refuses_a_damaged_or_foreign_backup(session: Session, tmp_path: Path) -> None:
    info = _backup(session, tmp_path / "kluis.vpbak", [])
    master = session.vault.master_key_for_backup()
    raw = bytearray(info.path.read_bytes())
    raw[-100] ^= 0xFF  # one byte of the snapshot
    bad = tmp_path / "bad.vpbak"
    bad.write_bytes(bytes(raw))
    with pytest.raises(KnownError, match="damaged or not a vpdesk backup"):
        backups.verify(bad, master)
    with pytest.raises(KnownError, match="tampered"):
        backups.verify(info.path, bytes(32))  # another vault's key
    (tmp_path / "garbage.vpbak").write_bytes(b"no backup at all")
    with pytest.raises(KnownError, match="damaged or not a vpdesk backup"):
        backups.verify(tmp_path / "garbage.vpbak", master)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.vpbak", "garbage.vpbak", "kluis.vpbak", "vault"]


def test_the_passphrase_changes_only_with_the_current_one(session: Session) -> None:
    vault = session.vault
    with pytest.raises(WrongPassphrase):
        vault_admin.rewrap_passphrase(vault, "niet de goede zin", NEW)
    with pytest.raises(KnownError, match="same as the current"):
        vault_admin.rewrap_passphrase(vault, PASSPHRASE, PASSPHRASE)
    with pytest.raises(KnownError, match="at least"):
        vault_admin.rewrap_passphrase(vault, PASSPHRASE, "kort")
    vault_admin.rewrap_passphrase(vault, PASSPHRASE, NEW)
    session.lock()
    with pytest.raises(WrongPassphrase):
        session.unlock(PASSPHRASE)
    session.unlock(NEW)
    assert session.is_open


def test_the_backup_reminder_counts_from_the_last_backup(session: Session) -> None:
    vault, today = session.vault, NOW.date()
    assert reminders.backup_overdue(vault, today, 0) is None  # 0: never remind
    assert reminders.backup_overdue(vault, today, 14) is None  # the first day: the clock starts now
    assert reminders.backup_overdue(vault, today + timedelta(days=13), 14) is None
    assert reminders.backup_overdue(vault, today + timedelta(days=20), 14) == 20
    reminders.backup_made(vault, today + timedelta(days=20))
    assert reminders.last_backup(vault) == today + timedelta(days=20)
    assert reminders.backup_overdue(vault, today + timedelta(days=33), 14) is None
    assert reminders.backup_overdue(vault, today + timedelta(days=34), 14) == 14
    vault.settings.set(reminders.LAST_BACKUP, "not a date")  # a damaged value counts as no backup
    assert reminders.last_backup(vault) is None


def test_the_agenda_opens_by_itself_once_a_day(session: Session) -> None:
    vault = session.vault
    day = date(2026, 12, 1)
    assert reminders.agenda_opens_today(vault, day)
    assert not reminders.agenda_opens_today(vault, day)
    assert reminders.agenda_opens_today(vault, day + timedelta(days=1))


def test_the_vaults_a_restore_kept_are_listed_and_deleted_on_request(session: Session, tmp_path: Path) -> None:
    """Review point 4: a restore keeps the replaced vault in <home>/replaced-*, which still opens with its old
    passphrase and holds what it held; the app names these folders and deletes them when asked (recorded)."""
    info = _backup(session, tmp_path / "kluis.vpbak", [])
    session.lock()
    kept = vault_admin.restore(session.home, info.path, PASSPHRASE).kept
    assert kept is not None
    outside = tmp_path / "elders"
    outside.mkdir()
    (outside / "vault.db").write_bytes(b"not ours")
    (session.home / "replaced-link").symlink_to(outside)  # a link by that name is neither listed nor followed
    assert vault_admin.replaced_vaults(session.home) == [kept]
    vault_admin.open_vault(kept, PASSPHRASE).close()  # the kept vault still opens with the old passphrase
    with vault_admin.open_vault(session.home, PASSPHRASE) as vault:
        assert vault_admin.delete_replaced(vault, session.home) == 1
        assert [(e.action, e.result) for e in vault.audit.entries(1)] == [("delete-replaced", "1 folder(s)")]
        assert vault_admin.delete_replaced(vault, session.home) == 0
    assert not kept.exists() and vault_admin.replaced_vaults(session.home) == []
    assert (outside / "vault.db").read_bytes() == b"not ours"


def test_renew_keys_deletes_the_kept_vaults_when_asked(session: Session, tmp_path: Path) -> None:
    info = _backup(session, tmp_path / "kluis.vpbak", [])
    session.lock()
    kept = vault_admin.restore(session.home, info.path, PASSPHRASE).kept
    assert kept is not None
    vault, code = vault_admin.renew_keys_at(session.home, PASSPHRASE, NEW, delete_replaced_vaults=True)
    with vault:
        assert len(code.split("-")) == 8 and not kept.exists()
        assert [e.action for e in vault.audit.entries(2)] == ["renew-keys", "delete-replaced"]
