"""The open-vault session the app works with: create, unlock, recover, lock. Qt-free.

The slow steps (Argon2id) are plain functions so the UI can run them in a worker; everything else is quick.
While a vault is open, `reader` is the lane (services/lanes.py) that reads the case list and search results on a
read-only connection of its own, `write()` runs a short write on the write lane (the one way the app writes to
an open vault), and `job()` wraps slow work for a worker thread on a read-only connection of its own.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from vpdesk.errors import VaultLocked
from vpdesk.files import write_atomic
from vpdesk.hardening import release_freed_memory
from vpdesk.policy import Settings, effective_settings, load_policy
from vpdesk.services import lifecycle
from vpdesk.services.lanes import Jobs, Lane
from vpdesk.store.connection import DEFAULT_CACHE_MIB
from vpdesk.store.paths import VaultPaths, default_home
from vpdesk.store.repositories import Repositories
from vpdesk.store.vault import Clock, Vault, utc_now

T = TypeVar("T")
__all__ = ["Session", "UserSettings", "Vault", "default_home", "load_settings", "save_user_setting"]

log = logging.getLogger(__name__)

PRACTICE_PASSPHRASE = "oefenkluis"  # the practice vault holds only made-up cases
PRACTICE_DIR = "oefenkluis"
JOB_GRACE_SECONDS = 2.0  # how long a lock waits for interrupted workers to close their connections


class Session:
    def __init__(self, home: Path, clock: Clock = utc_now, cache_mib: int = DEFAULT_CACHE_MIB) -> None:
        self.home = home
        self._clock = clock
        self.cache_mib = cache_mib  # each connection's page cache (Settings.vault_cache_mib)
        self._vault: Vault | None = None
        self._reader: Lane | None = None
        self._writer: Lane | None = None
        self._jobs: Jobs | None = None
        self.practice = False

    # --- state ----------------------------------------------------------------------------------------------
    def has_vault(self) -> bool:
        return VaultPaths(self.home).exists()

    @property
    def is_open(self) -> bool:
        return self._vault is not None and self._vault.is_open

    @property
    def vault(self) -> Vault:
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked()
        return self._vault

    @property
    def reader(self) -> Lane:
        """The read-only lane of the open vault (case list, paging, sorting, search)."""
        if self._reader is None or not self.is_open:
            raise VaultLocked()
        return self._reader

    @property
    def writer(self) -> Lane:
        """The write lane of the open vault; `write()` is the usual way to use it."""
        if self._writer is None or not self.is_open:
            raise VaultLocked()
        return self._writer

    def write(self, work: Callable[[Repositories], T]) -> T:
        """Run ``work`` (a short write: one or a few transactions) on the write lane and return its result; from
        any thread. Every write of the app goes this way, one after the other."""
        return self.writer.run(work)

    def write_later(self) -> Callable[[Callable[[Repositories], T]], T]:
        """`write` for a worker's writing half, bound to the vault open now: after a lock it raises VaultLocked
        unless that same vault is open again; it never writes into another vault opened since (the practice one)."""
        home = self.vault.paths.home

        def write(work: Callable[[Repositories], T]) -> T:
            if self._vault is None or self._vault.paths.home != home:
                raise VaultLocked()
            return self.write(work)

        return write

    def job(self, work: Callable[[Repositories], T], readonly: bool = True) -> Callable[[], T]:
        """``work`` for a worker thread, on a read-only connection of its own that the lock ends (lanes.Jobs)."""
        vault = self.vault
        assert self._jobs is not None
        return self._jobs.job(vault, work, readonly)

    # --- slow steps: the *_vault functions derive keys and touch no state, so a worker may run them -----------
    def create_vault(self, passphrase: str, recovery_code: str, **kwargs: Any) -> Vault:
        vault, _ = Vault.create(self.home, passphrase, recovery_code=recovery_code, clock=self._clock, **kwargs)
        return vault

    def unlock_vault(self, passphrase: str) -> Vault:
        return self._opened(Vault.unlock(self.home, passphrase, clock=self._clock))

    def recover_vault(self, code: str, new_passphrase: str) -> Vault:
        return self._opened(Vault.recover(self.home, code, new_passphrase, clock=self._clock))

    def _opened(self, vault: Vault) -> Vault:
        """The one-off steps an opened vault may still need (in the worker that opened it); a failure (a damaged
        page) closes the vault again and says why."""
        try:
            lifecycle.fill_destruction_dates(vault, load_settings(self.home).retention_months)
        except BaseException:
            vault.close()
            raise
        return vault

    def practice_vault(self, today: date, **kwargs: Any) -> Vault:
        """The practice vault (oefenkluis) in <home>/oefenkluis, made with invented cases the first time."""
        from vpdesk.services.demo import populate

        home = self.home / PRACTICE_DIR
        if VaultPaths(home).exists():
            return self._opened(Vault.unlock(home, PRACTICE_PASSPHRASE, clock=self._clock))
        vault, _ = Vault.create(home, PRACTICE_PASSPHRASE, clock=self._clock, **kwargs)
        vault.settings.set("practice", "1")
        populate(vault, n_cases=60, conversations_per_case=3, seed=2026, today=today)
        return vault

    def attach(self, vault: Vault) -> None:
        """Make ``vault`` the open one (on the thread that uses the session, after a *_vault step)."""
        self.lock()
        vault.set_cache_mib(self.cache_mib)
        self._vault = vault
        self._reader = Lane(lambda: vault.worker_connection(readonly=True), "vault-reader")
        self._writer = Lane(vault.worker_connection, "vault-writer")
        self._jobs = Jobs()
        self.practice = vault.settings.get("practice") == "1"

    # --- the same in one call, for scripts and tests ---------------------------------------------------------
    def create(self, passphrase: str, recovery_code: str, **kwargs: Any) -> None:
        self.attach(self.create_vault(passphrase, recovery_code, **kwargs))

    def unlock(self, passphrase: str) -> None:
        self.attach(self.unlock_vault(passphrase))

    def recover(self, code: str, new_passphrase: str) -> None:
        self.attach(self.recover_vault(code, new_passphrase))

    def open_practice(self, today: date, **kwargs: Any) -> None:
        self.attach(self.practice_vault(today, **kwargs))

    # --- quick steps ----------------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the database and forget the keys. Saving is the caller's job, before this."""
        if self._jobs is not None:
            self._jobs.close(JOB_GRACE_SECONDS)  # workers' reads end first: nothing more is read from the vault
            self._jobs = None
        for lane in (self._writer, self._reader):
            if lane is not None:
                lane.close()  # waits for the jobs already given, then closes its connection
        self._reader = self._writer = None
        if self._vault is not None:
            self._vault.close()
            self._vault = None
            release_freed_memory()  # issue 15 point 10: freed pages holding notes go back to the OS
            log.info("vault locked")


class UserSettings:
    """The adviser's own settings (language, ...), outside the vault: they are needed before unlocking."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, values: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(values, indent=1, sort_keys=True).encode("utf-8"))


def load_settings(home: Path) -> Settings:
    """The settings in force: the adviser's own (beside the vault), with IT's policy on top."""
    policy, org = load_policy()
    return effective_settings(UserSettings(home / "settings.json").load(), policy, org)


def save_user_setting(home: Path, name: str, value: Any) -> None:
    """Keep one of the adviser's own settings (the language, ...); it takes effect at the next start."""
    store = UserSettings(home / "settings.json")
    values = store.load()
    values[name] = value
    store.save(values)
