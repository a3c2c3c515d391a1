"""The vault: one SQLCipher database and its key-slot file in a folder.

A `Vault` object is an open vault. `close()` checkpoints, closes the connection and forgets the keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from vpdesk.errors import KnownError, VaultDamaged, VaultLocked, VaultMissing, WrongPassphrase
from vpdesk.store import migrations
from vpdesk.store.audit import note_failed_unlock
from vpdesk.store.connection import DEFAULT_CACHE_MIB, Connection, DatabaseError, connect, set_cache, translate
from vpdesk.store.keyslots import Argon2Params, SlotFile, calibrate_argon2
from vpdesk.store.paths import VaultLock, VaultPaths
from vpdesk.store.repositories import Repositories, WorkerConnection

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def read_slots(paths: VaultPaths) -> SlotFile:
    if not paths.db.exists() and not paths.keys.exists():
        raise VaultMissing(
            "There is no vault in {home}.", hint="Create one with 'vpdesk init' or restore a backup.", home=paths.home
        )
    if not paths.keys.exists():
        raise KnownError(
            "The key-slot file of the vault is missing.",
            hint="Restore the vault from a backup with 'vpdesk restore FILE'.",
        )
    if not paths.db.exists():
        raise KnownError(
            "The vault database is missing.", hint="Restore the vault from a backup with 'vpdesk restore FILE'."
        )
    return SlotFile.from_bytes(paths.keys.read_bytes())


class Vault(Repositories):
    """An open vault: the repositories of its connection (see Repositories), plus its keys and lock."""

    def __init__(
        self, paths: VaultPaths, conn: Connection, slots: SlotFile, master: bytes, lock: VaultLock, clock: Clock
    ) -> None:
        super().__init__(conn, clock)
        self.paths = paths
        self._slots = slots
        self._master: bytes | None = master
        self._lock = lock
        self._cache_mib = DEFAULT_CACHE_MIB
        # A recovery code made at this open because a renewal died before its code was shown: the caller shows it
        # once, then calls `recovery_code_shown`. Until then every open makes another (the file says so).
        self.unseen_recovery_code: str | None = None

    # --- lifecycle ------------------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        home: Path,
        passphrase: str,
        *,
        params: Argon2Params | None = None,
        clock: Clock = utc_now,
        recovery_code: str | None = None,
    ) -> tuple[Vault, str]:
        """Create a new vault; returns it open, with the recovery code to show once (or the one given,
        which the first-start screen has already shown and had typed back)."""
        paths = VaultPaths(home)
        if paths.exists():
            raise KnownError("There is already a vault in {home}.", home=home)
        paths.ensure_home()
        slots, master, dbkey, code = SlotFile.create(passphrase, params or calibrate_argon2(), recovery_code)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            conn = connect(paths.db, dbkey)
            migrations.migrate(conn)
            slots.save(paths.keys)
        except BaseException:
            lock.release()
            raise
        vault = cls(paths, conn, slots, master, lock, clock)
        vault.audit.record("create", "vault")
        log.info("vault created")
        return vault, code

    @classmethod
    def unlock(cls, home: Path, passphrase: str, *, clock: Clock = utc_now) -> Vault:
        paths = VaultPaths(home)
        slots = read_slots(paths)
        try:
            master = slots.unlock_passphrase(passphrase)
        except WrongPassphrase:
            note_failed_unlock(paths.home, clock())
            raise
        vault = cls._open(paths, slots, master, clock)
        vault.audit.record_unlock(paths.home)
        return vault

    @classmethod
    def recover(cls, home: Path, code: str, new_passphrase: str, *, clock: Clock = utc_now) -> Vault:
        """Open with the recovery code and set a new passphrase."""
        paths = VaultPaths(home)
        slots = read_slots(paths)
        master = slots.unlock_recovery(code)
        vault = cls._open(paths, slots, master, clock)
        vault._set_passphrase(new_passphrase)
        vault.audit.record("recover", "vault")
        return vault

    @classmethod
    def _open(cls, paths: VaultPaths, slots: SlotFile, master: bytes, clock: Clock) -> Vault:
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            renewing = slots.dbkey_pending is not None and slots.renewing
            conn = cls._connect_with_rotation(paths, slots, master)
        except BaseException:
            lock.release()
            raise
        try:
            migrations.migrate(conn)
        except BaseException:  # e.g. a vault a newer vpdesk wrote: nothing of it stays open
            conn.close()
            lock.release()
            raise
        vault = cls(paths, conn, slots, master, lock, clock)
        try:
            if renewing:
                vault.audit.record("renew-keys", "vault", "finished at the next open")
            if slots.recovery_unseen:
                vault.unseen_recovery_code = vault.new_recovery_code()
        except BaseException:
            vault.close()
            raise
        return vault

    @staticmethod
    def _connect_with_rotation(paths: VaultPaths, slots: SlotFile, master: bytes) -> Connection:
        """Open with the current key; after an interrupted rotation, with whichever key the database has. A
        rotation is finished (index 1) or rolled back (index 0); a renewal is always finished: its old key may be
        known, so a database still under it is re-encrypted under the new one now."""
        keys = slots.database_keys(master)
        last: KnownError | None = None
        for index, key in enumerate(keys):
            try:
                conn = connect(paths.db, key)
            except VaultDamaged as exc:
                last = exc
                continue
            if slots.dbkey_pending is not None:
                forward = index == 1 or slots.renewing
                if index == 0 and slots.renewing:
                    try:
                        _rekey_connection(conn, keys[1])
                    except BaseException:
                        conn.close()
                        raise
                if forward:
                    slots.dbkey = slots.dbkey_pending
                slots.dbkey_pending, slots.renewing = None, False
                slots.save(paths.keys)
                log.info("finished an interrupted key rotation (%s)", "new key" if forward else "old key")
            return conn
        raise last or VaultDamaged()

    def set_cache_mib(self, cache_mib: int) -> None:
        """The page cache of this connection and of every worker connection opened from now on."""
        self._cache_mib = cache_mib
        set_cache(self.connection, cache_mib)

    def worker_connection(self, *, readonly: bool = False, cache_mib: int | None = None) -> WorkerConnection:
        """A connection of its own for a worker thread: WAL lets it read while the UI writes, and its writes
        wait for the UI's (busy timeout) instead of interleaving with them on one connection. Its page cache is
        the vault's unless ``cache_mib`` says otherwise."""
        key = self._slots.database_keys(self._require_master())[0]
        conn = connect(self.paths.db, key, readonly=readonly, cache_mib=cache_mib or self._cache_mib)
        return WorkerConnection(conn, self._clock)

    @property
    def kdf_params(self) -> Argon2Params:
        return self._slots.passphrase_params()

    def close(self) -> None:
        """Checkpoint the WAL into the database, close, forget the keys. Safe to call twice."""
        self._master = None
        self._close_connection(checkpoint=True)
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys -----------------------------------------------------------------------------------------------
    def _require_master(self) -> bytes:
        if self._master is None:
            raise VaultLocked()
        return self._master

    def _set_passphrase(self, new_passphrase: str, params: Argon2Params | None = None) -> None:
        self._slots.set_passphrase(self._require_master(), new_passphrase, params or self.kdf_params)
        self._slots.save(self.paths.keys)

    def change_passphrase(self, new_passphrase: str, params: Argon2Params | None = None) -> None:
        """Rewrap the master key under a new passphrase: one key derivation, no database rewrite."""
        self._set_passphrase(new_passphrase, params)
        self.audit.record("change-passphrase", "vault")

    def new_recovery_code(self) -> str:
        from vpdesk.store.keyslots import new_recovery_code

        code = new_recovery_code()
        self._slots.set_recovery(self._require_master(), code)
        self._slots.save(self.paths.keys)
        self.audit.record("new-recovery-code", "vault")
        return code

    def recovery_code_shown(self) -> None:
        """The caller has shown `unseen_recovery_code`: the next open need not make another."""
        if self.unseen_recovery_code is None:
            return
        self.unseen_recovery_code = None
        self._slots.recovery_unseen = False
        self._slots.save(self.paths.keys)

    def renew_keys(
        self,
        new_passphrase: str,
        params: Argon2Params | None = None,
        *,
        _after_pending: Callable[[], None] | None = None,
    ) -> str:
        """ "My passphrase or recovery code may be known": a new master key, a new passphrase and recovery code,
        and the database re-encrypted under a new key (so not even a whole old slot file opens it). Returns the
        new recovery code, to show once. Crash-safe like `rotate_key`: the new slot file (new passphrase) is
        written first with the new database key pending; the next open finishes the rekey (never rolls it back: the
        old key may be known), records it and makes a recovery code to show (`unseen_recovery_code`)."""
        import os

        conn = self.connection
        with self._lock.exclusive():
            current = self._slots.database_keys(self._require_master())[0]
            new_key = os.urandom(32)
            fresh, master, code = self._slots.renewed(new_passphrase, params or self.kdf_params, current, new_key)
            fresh.save(self.paths.keys)
            self._slots, self._master = fresh, master
            if _after_pending is not None:
                _after_pending()
            self._slots.recovery_unseen = False  # the code goes back to the caller below, saved with the rekey
            self._rekey(conn, new_key)
        self.audit.record("renew-keys", "vault")
        return code

    def _rekey(self, conn: Connection, new_key: bytes) -> None:
        """Re-encrypt under ``new_key`` (already in the slot file as pending), then make it the current key."""
        _rekey_connection(conn, new_key)
        self._slots.dbkey = self._slots.dbkey_pending or self._slots.dbkey
        self._slots.dbkey_pending, self._slots.renewing = None, False
        self._slots.save(self.paths.keys)

    def rotate_key(self, *, _after_pending: Callable[[], None] | None = None) -> None:
        """Re-encrypt the database under a new random key (`PRAGMA rekey`), crash-safe.

        The new key is written to the slot file as pending first; a crash at any point leaves one of the
        two keys opening the database, and the next open finishes or rolls back the rotation.
        """
        import os

        master = self._require_master()
        conn = self.connection
        with self._lock.exclusive():
            new_key = os.urandom(32)
            self._slots.dbkey_pending = self._slots.wrap_dbkey(master, new_key)
            self._slots.save(self.paths.keys)
            if _after_pending is not None:
                _after_pending()
            self._rekey(conn, new_key)
        self.audit.record("rotate-key", "vault")

    # --- checks ---------------------------------------------------------------------------------------------
    def check(self) -> list[str]:
        """Verify every page's HMAC and the database structure. Returns problems; empty means sound."""
        conn = self.connection
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except DatabaseError as exc:
            return [str(translate(exc))]
        except KnownError as exc:  # the connection already said "damaged" for a page it could not read
            return [str(exc)]
        if result != ["ok"]:
            problems += result
        return problems

    def master_key_for_backup(self) -> bytes:
        return self._require_master()

    @property
    def slots(self) -> SlotFile:
        return self._slots


def _rekey_connection(conn: Connection, new_key: bytes) -> None:
    """Re-encrypt the open database under ``new_key`` and fold the WAL in."""
    try:
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DatabaseError as exc:
        raise translate(exc) from None
