"""Backup and restore: one file holding a consistent database snapshot and the key slots.

File layout:  MAGIC | u32 header length | header JSON | snapshot bytes
The snapshot is a SQLCipher database encrypted with the vault's database key (made with `sqlcipher_export`
inside one read transaction, so it is consistent while the app keeps writing). The header carries the slot
file, the snapshot's SHA-256, and an HMAC (keyed from the master key) over the header and a hash of the
logical content, so a restore proves it brought back exactly what was saved.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import shutil
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vpdesk.errors import KnownError, known_sentence, writing
from vpdesk.files import fsync_dir, private_temp_dir, write_atomic
from vpdesk.store import migrations
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, DatabaseError, connect, translate
from vpdesk.store.keyslots import SlotFile
from vpdesk.store.paths import VaultLock, VaultPaths
from vpdesk.store.repositories import Repositories
from vpdesk.store.vault import Vault

MAGIC = b"VPDESK-BACKUP\x00\x01\n"
FORMAT = "vpdesk-backup/1"
MAX_HEADER = 1 << 20


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: str
    size: int
    content_hash: str
    kept: Path | None = None  # restore: where the vault it replaced was put (still encrypted), if there was one


def _mac_key(master: bytes) -> bytes:
    return HKDF(algorithm=SHA256(), length=32, salt=None, info=b"vpdesk backup mac").derive(master)


def content_digest(conn: Connection) -> str:
    """A digest of every row of every table, in a fixed order: equal digests mean equal content."""
    digest = hashlib.sha256()
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'note_fts%' ORDER BY name"
        )
    ]
    for table in tables:
        digest.update(f"\x00table {table}\x00".encode())
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2'):
            digest.update(repr(tuple(row)).encode("utf-8"))
    return digest.hexdigest()


def backup(vault: Vault, dest: Path, created: datetime) -> BackupInfo:
    """Write a backup of the open ``vault`` to ``dest`` (atomically)."""
    return backup_from(vault, vault.master_key_for_backup(), vault.slots, dest, created)


def backup_from(vault: Repositories, master: bytes, slots: SlotFile, dest: Path, created: datetime) -> BackupInfo:
    """`backup` on any writable connection to the vault (a worker's own), with the vault's keys."""
    conn = vault.connection
    dbkey = slots.database_keys(master)[0]
    if not dest.parent.is_dir() or not os.access(dest.parent, os.W_OK):  # the snapshot is made beside it
        raise KnownError("The folder {folder} does not exist or cannot be written.", folder=dest.parent)
    if dest.is_symlink():  # never resolved: writing through a link would overwrite whatever it points at
        raise KnownError("{path} is a symbolic link; choose a file name that is not one.", path=dest)
    scratch = private_temp_dir(dest.parent)  # the snapshot is made in a folder of our own, beside the target
    snapshot = scratch / "snapshot.db"
    try:
        conn.execute(f"ATTACH DATABASE ? AS snap KEY \"x'{dbkey.hex()}'\"", (str(snapshot),))
        try:
            conn.execute("BEGIN")  # one transaction: the digest and the export see the same state
            try:
                digest = content_digest(conn)
                conn.execute("SELECT sqlcipher_export('snap')")
                conn.execute(f"PRAGMA snap.user_version = {migrations.current_version(conn)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            with contextlib.suppress(DatabaseError):
                conn.execute("DETACH DATABASE snap")
        data = snapshot.read_bytes()
    except DatabaseError as exc:
        raise translate(exc) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    header: dict[str, Any] = {
        "format": FORMAT,
        "created": created.isoformat(timespec="seconds"),
        "slots": json.loads(slots.to_bytes()),
        "snapshot_sha256": hashlib.sha256(data).hexdigest(),
        "snapshot_size": len(data),
        "content_mac": hmac.new(_mac_key(master), digest.encode(), "sha256").hexdigest(),
    }
    header["mac"] = _header_mac(master, header)
    blob = json.dumps(header, sort_keys=True).encode("utf-8")
    with writing(dest):
        write_atomic(dest, MAGIC + struct.pack(">I", len(blob)) + blob + data)
    vault.audit.record("backup", "vault")
    return BackupInfo(dest, header["created"], len(data), digest)


def _header_mac(master: bytes, header: dict[str, Any]) -> str:
    body = {k: v for k, v in header.items() if k != "mac"}
    return hmac.new(_mac_key(master), json.dumps(body, sort_keys=True).encode(), "sha256").hexdigest()


def _read(src: Path) -> tuple[dict[str, Any], bytes]:
    damaged = KnownError("The backup file {file} is damaged or not a vpdesk backup.", file=src.name)
    try:
        raw = src.read_bytes()
    except FileNotFoundError:
        raise KnownError("There is no file {path}.", path=src) from None
    except IsADirectoryError:
        raise KnownError("{path} is a folder; choose the backup file (.vpbak) in it.", path=src) from None
    except OSError:
        raise KnownError("The backup file {path} cannot be read.", path=src) from None
    if not raw.startswith(MAGIC) or len(raw) < len(MAGIC) + 4:
        raise damaged
    (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER or start + length > len(raw):
        raise damaged
    try:
        header = json.loads(raw[start : start + length])
        if header.get("format") != FORMAT:
            raise damaged
        data = raw[start + length :]
        if len(data) != header["snapshot_size"] or hashlib.sha256(data).hexdigest() != header["snapshot_sha256"]:
            raise damaged
    except (ValueError, KeyError, TypeError, AttributeError):
        raise damaged from None
    return header, data


def restore(home: Path, src: Path, secret: str, *, recovery: bool = False) -> BackupInfo:
    """Replace the vault in ``home`` with the backup ``src``. ``secret`` is the backup's passphrase
    (or its recovery code). Verifies the file, the key, every page and the content digest before it
    touches the current vault; the vault must not be open elsewhere."""
    header, data = _read(src)
    slots = SlotFile.from_bytes(
        json.dumps(header["slots"]).encode(), damaged=known_sentence("The backup's key-slot data is damaged.")
    )
    master = slots.unlock_recovery(secret) if recovery else slots.unlock_passphrase(secret)
    if not hmac.compare_digest(_header_mac(master, header), str(header.get("mac", ""))):
        raise KnownError("The backup file {file} is damaged or has been tampered with.", file=src.name)
    paths = VaultPaths(home)
    paths.ensure_home()
    lock = VaultLock(paths.lock)
    lock.acquire(exclusive=True)
    staged = home / ".restore.db"
    try:
        write_atomic(staged, data)
        digest = _check_snapshot(staged, slots, master, header, src)
        kept = _keep_current(paths)
        for sidecar in (staged.with_name(staged.name + s) for s in ("-wal", "-shm")):
            with contextlib.suppress(FileNotFoundError):
                sidecar.unlink()
        os.replace(staged, paths.db)
        slots.save(paths.keys)
        fsync_dir(home)
        _record_restore(paths, slots.database_keys(master)[0])
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        lock.release()
    return BackupInfo(src, str(header["created"]), len(data), digest, kept)


def _check_snapshot(staged: Path, slots: SlotFile, master: bytes, header: dict[str, Any], src: Path) -> str:
    """Every page's HMAC, the structure and the content digest of a snapshot written out to ``staged``."""
    conn = connect(staged, slots.database_keys(master)[0])
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if ok and not problems:
            migrations.refuse_newer(conn)  # a newer vpdesk's backup: refused before anything is moved
        digest = content_digest(conn)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    expected = str(header["content_mac"])
    actual = hmac.new(_mac_key(master), digest.encode(), "sha256").hexdigest()
    if problems or not ok or not hmac.compare_digest(expected, actual):
        raise KnownError("The backup file {file} did not verify; the current vault is untouched.", file=src.name)
    return digest


def verify(src: Path, master: bytes) -> BackupInfo:
    """Read a backup just written back from disk and check it as a restore would (header MAC, every page, the
    content digest), without touching the vault. The snapshot is staged encrypted beside the file and removed."""
    header, data = _read(src)
    slots = _slots(header)
    return _verified(src, header, data, slots, master, src.with_name(f".{src.name}.verify-{os.getpid()}"))


def check(src: Path, secret: str, staging: Path, *, recovery: bool = False) -> BackupInfo:
    """Everything `restore` checks before it replaces a vault (the passphrase or recovery code, the header, every
    page, the content digest), touching no vault: the app asks this before it locks the open vault for a restore.
    The snapshot is staged, still encrypted, in the folder ``staging`` and removed again."""
    header, data = _read(src)
    slots = _slots(header)
    master = slots.unlock_recovery(secret) if recovery else slots.unlock_passphrase(secret)
    return _verified(src, header, data, slots, master, staging / f".restore-check-{os.getpid()}.db")


def _slots(header: dict[str, Any]) -> SlotFile:
    return SlotFile.from_bytes(
        json.dumps(header["slots"]).encode(), damaged=known_sentence("The backup's key-slot data is damaged.")
    )


def _verified(
    src: Path, header: dict[str, Any], data: bytes, slots: SlotFile, master: bytes, staged: Path
) -> BackupInfo:
    if not hmac.compare_digest(_header_mac(master, header), str(header.get("mac", ""))):
        raise KnownError("The backup file {file} is damaged or has been tampered with.", file=src.name)
    try:
        write_atomic(staged, data)
        digest = _check_snapshot(staged, slots, master, header, src)
    except DatabaseError:
        raise KnownError("The backup file {file} is damaged or not a vpdesk backup.", file=src.name) from None
    finally:
        for path in (staged, *(staged.with_name(staged.name + s) for s in ("-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    return BackupInfo(src, str(header["created"]), len(data), digest)


def _keep_current(paths: VaultPaths) -> Path | None:
    """Move the vault being replaced (database, its WAL, key slots) into a folder beside it: nothing is lost by a
    restore of the wrong file. The files stay encrypted with the old passphrase."""
    present = [p for p in (paths.db, *paths.sidecars(), paths.keys) if p.exists()]
    if not present:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = paths.home / f"replaced-{stamp}"
    n = 1
    while kept.exists():
        n += 1
        kept = paths.home / f"replaced-{stamp}-{n}"
    kept.mkdir(mode=0o700)
    for p in present:
        os.replace(p, kept / p.name)
    fsync_dir(paths.home)
    return kept


def replaced_vaults(home: Path) -> list[Path]:
    """The folders a restore kept the replaced vault in (`_keep_current`), oldest first. They still hold whatever
    that vault held, under its old passphrase: a destroyed case, keys that renew-keys replaced."""
    try:
        found = [p for p in home.glob("replaced-*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return []
    return sorted(found)


def delete_replaced(home: Path) -> list[Path]:
    """Remove every folder of `replaced_vaults`; returns the ones removed. A link inside is removed, never
    followed (shutil.rmtree)."""
    removed = []
    for folder in replaced_vaults(home):
        with writing(folder):
            shutil.rmtree(folder)
        removed.append(folder)
    if removed:
        fsync_dir(home)
    return removed


def _record_restore(paths: VaultPaths, key: bytes) -> None:
    """The restore, in the restored vault's own audit log."""
    conn = connect(paths.db, key)
    try:
        migrations.migrate(conn)  # a backup from an older version gets the log's current form first
        AuditLog(conn, lambda: datetime.now(UTC)).record("restore", "vault")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
