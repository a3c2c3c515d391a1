"""Use cases that look after the vault itself: create (adviser or coordinator), passphrase, recovery, key rotation,
integrity check, backup and restore. Each derives keys or rewrites files: callers run them off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vpdesk.errors import KnownError
from vpdesk.services.passphrase import MIN_LENGTH
from vpdesk.services.stats import make_coordinator
from vpdesk.store import backup as backups
from vpdesk.store.backup import BackupInfo
from vpdesk.store.keyslots import new_recovery_code, normalise_recovery_code
from vpdesk.store.paths import VaultPaths
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
    return Vault.unlock(home, passphrase)


def require_vault(home: Path) -> None:
    """A clear error for a missing or half-missing vault, before anyone is asked for a passphrase."""
    read_slots(VaultPaths(home))


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    vault.change_passphrase(new_passphrase)


def recover(home: Path, code: str, new_passphrase: str) -> None:
    check_new_passphrase(new_passphrase)
    Vault.recover(home, code, new_passphrase).close()


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
    return backups.backup(vault, target.resolve(), now)


def restore(home: Path, source: Path, secret: str, recovery: bool = False) -> BackupInfo:
    return backups.restore(home, source, secret, recovery=recovery)
