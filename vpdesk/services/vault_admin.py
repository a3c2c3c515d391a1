"""Use cases that look after the vault itself: create (adviser or coordinator), passphrase, recovery, key rotation,
integrity check, backup and restore. Each derives keys or rewrites files: callers run them off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.services import lifecycle
from vpdesk.services.passphrase import MIN_LENGTH
from vpdesk.services.session import load_settings
from vpdesk.services.stats import make_coordinator
from vpdesk.store import backup as backups
from vpdesk.store.backup import BackupInfo
from vpdesk.store.keyslots import SlotFile, new_recovery_code, normalise_recovery_code
from vpdesk.store.paths import VaultPaths
from vpdesk.store.repositories import Repositories
from vpdesk.store.vault import Vault, read_slots

__all__ = ["BackupInfo", "new_recovery_code", "normalise_recovery_code"]


@dataclass(frozen=True, slots=True)
class Created:
    home: Path
    recovery_code: str  # shown once
    recipient: str | None  # a coordinator vault: the age key advisers encrypt their exports to


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise KnownError(
            "A passphrase needs at least {minimum} characters; a few words make a good one.", minimum=MIN_LENGTH
        )


def refuse_existing(home: Path) -> None:
    """Before asking for a new passphrase: there must be no vault in ``home`` yet."""
    if VaultPaths(home).exists():
        raise KnownError("There is already a vault in {home}.", home=home)


def create(home: Path, passphrase: str, now: datetime, coordinator: bool = False) -> Created:
    refuse_existing(home)
    check_new_passphrase(passphrase)
    vault, code = Vault.create(home, passphrase)
    with vault:
        recipient = make_coordinator(vault, now) if coordinator else None
    return Created(home, code, recipient)


def open_vault(home: Path, passphrase: str) -> Vault:
    vault = Vault.unlock(home, passphrase)
    try:
        lifecycle.fill_destruction_dates(vault, load_settings(home).retention_months)  # once per vault
    except BaseException:
        vault.close()
        raise
    return vault


def require_vault(home: Path) -> None:
    """A clear error for a missing or half-missing vault, before anyone is asked for a passphrase."""
    read_slots(VaultPaths(home))


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    vault.change_passphrase(new_passphrase)


def recover(home: Path, code: str, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    Vault.recover(home, code, new_passphrase).close()


def renew_keys(vault: Vault, new_passphrase: str) -> str:
    """ "My passphrase or recovery code may be known": new master key, passphrase, recovery code and database key.
    Returns the new recovery code, to show once. Backups made before still open with the passphrase and code of
    their day (they carry their own key slots) and hold the notes of their day: destroy them or keep them as safe
    as the old code. Takes two key derivations and a re-encryption: off the UI thread."""
    _refuse_known_passphrase(vault, new_passphrase)
    return vault.renew_keys(new_passphrase)


def _refuse_known_passphrase(vault: Vault, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    try:
        vault.slots.unlock_passphrase(new_passphrase)
    except WrongPassphrase:
        pass
    else:
        raise KnownError("Choose a new passphrase: the one you typed is the passphrase that may be known.")


def check_passphrase(home: Path, passphrase: str) -> None:
    """WrongPassphrase unless ``passphrase`` opens this vault's passphrase slot. Works while the vault is open (it
    reads the slot file only), so a typo is told before anything is locked. Slow (the key derivation): a worker."""
    read_slots(VaultPaths(home)).unlock_passphrase(passphrase)


def renew_keys_at(
    home: Path, passphrase: str, new_passphrase: str, *, delete_replaced_vaults: bool = False
) -> tuple[Vault, str]:
    """`renew_keys` for the app: opens the locked vault (so no other connection of ours holds the old key),
    renews, and returns it open with the new recovery code. Closes it again when anything fails. With
    ``delete_replaced_vaults``, the vaults a restore kept (still under an old passphrase) go too."""
    check_new_passphrase(new_passphrase)
    vault = Vault.unlock(home, passphrase)
    try:
        if delete_replaced_vaults:  # first: once renewed, nothing may fail before the new code is handed back
            _refuse_known_passphrase(vault, new_passphrase)
            delete_replaced(vault, home)
        return vault, renew_keys(vault, new_passphrase)
    except BaseException:
        vault.close()
        raise


def replaced_vaults(home: Path) -> list[Path]:
    """The vaults a restore kept beside this one (<home>/replaced-*): they still hold what they held, under their
    own old passphrase. The destroy and renew-keys dialogs name them and offer to delete them."""
    return backups.replaced_vaults(home)


def delete_replaced(vault: Repositories, home: Path) -> int:
    """Delete the replaced vaults and record it; returns how many were deleted."""
    removed = backups.delete_replaced(home)
    if removed:
        vault.audit.record("delete-replaced", "vault", f"{len(removed)} folder(s)")
    return len(removed)


def rotate_key(vault: Vault) -> None:
    vault.rotate_key()


def check(vault: Vault) -> None:
    """Every page's HMAC and the database's structure; KnownError when anything is wrong."""
    if vault.check():
        raise KnownError("The vault is damaged or has been tampered with.", hint="Restore it from a backup.")
    broken = vault.audit.verify()
    if broken:
        raise KnownError("The audit trail's hash chain is broken: {problems}.", problems="; ".join(broken))


def backup(vault: Vault, target: Path, now: datetime) -> BackupInfo:
    return backups.backup(vault, target.absolute(), now)  # absolute, never resolved: a link is refused


def restore(home: Path, source: Path, secret: str, recovery: bool = False) -> BackupInfo:
    return backups.restore(home, source, secret, recovery=recovery)


def check_backup(home: Path, source: Path, secret: str, recovery: bool = False) -> BackupInfo:
    """Would `restore` of ``source`` with ``secret`` go ahead? The same checks, touching no vault (slow: the key
    derivation and every page; for a worker). The snapshot is staged in the vault's folder, encrypted."""
    VaultPaths(home).ensure_home()
    return backups.check(source, secret, home, recovery=recovery)


# --- the app's face: the same use cases in steps a worker can run, with progress -----------------------------
Progress = Callable[[int, str], None]  # percent done, the step's name ("snapshot", "verify", "done")


def backup_verified(
    vault: Repositories, master: bytes, slots: SlotFile, target: Path, now: datetime, progress: Progress
) -> BackupInfo:
    """A backup made on a worker's own writable connection, then read back from disk and verified as a restore
    would. A backup that does not verify is removed and reported: a file that would fail on the day it is
    needed is worse than none."""
    progress(5, "snapshot")
    info = backups.backup_from(vault, master, slots, target.absolute(), now)  # never resolved: a link is refused
    progress(60, "verify")
    try:
        backups.verify(info.path, master)
    except KnownError:
        info.path.unlink(missing_ok=True)
        raise
    progress(100, "done")
    return info


def rewrap_passphrase(vault: Vault, current: str, new_passphrase: str) -> None:
    """A passphrase change after proving the current one (someone at an unlocked laptop cannot take the vault over),
    without touching the vault's own connection: the two key derivations and the
    slot file, for a worker thread. The caller records the change in the audit log through the write lane."""
    check_new_passphrase(new_passphrase)
    if current == new_passphrase:
        raise KnownError("The new passphrase is the same as the current one.")
    slots = vault.slots
    slots.unlock_passphrase(current)  # WrongPassphrase when it is not the vault's
    slots.set_passphrase(vault.master_key_for_backup(), new_passphrase, vault.kdf_params)
    slots.save(vault.paths.keys)
