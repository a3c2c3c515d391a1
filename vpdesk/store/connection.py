"""Opening the SQLCipher database: the raw key, then the PRAGMAs in the order DESIGN.md gives."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from vpdesk.errors import KnownError, VaultDamaged
from vpdesk.store import terms

if TYPE_CHECKING:  # sqlcipher3 ships no type hints; its API is the stdlib sqlite3 API
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher3.Connection

DatabaseError: type[Exception] = sqlcipher3.DatabaseError


def _damaged(exc: Exception) -> Exception:
    """A damaged page (an HMAC that fails, a malformed b-tree) is a plain DatabaseError; so is FTS5's "SQL logic
    error" over a damaged index page (our statements are fixed, so it has no other cause once they pass the
    tests). Other subclasses (IntegrityError, a busy or full disk) are the callers' to handle."""
    plain = type(exc) is sqlcipher3.DatabaseError
    if plain or (type(exc) is sqlcipher3.OperationalError and str(exc) == "SQL logic error"):
        return translate(exc)
    return exc


def _reads_say_damaged(method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Any, *args: Any) -> Any:
        try:
            return method(self, *args)
        except sqlcipher3.DatabaseError as exc:
            raise _damaged(exc) from None

    return wrapper


class _Cursor(sqlcipher3.Cursor):  # type: ignore[misc]
    """Reads that meet a damaged page say "vault damaged" (a KnownError), on every path, not a traceback."""

    execute = _reads_say_damaged(sqlcipher3.Cursor.execute)
    executemany = _reads_say_damaged(sqlcipher3.Cursor.executemany)
    fetchone = _reads_say_damaged(sqlcipher3.Cursor.fetchone)
    fetchmany = _reads_say_damaged(sqlcipher3.Cursor.fetchmany)
    fetchall = _reads_say_damaged(sqlcipher3.Cursor.fetchall)
    __next__ = _reads_say_damaged(sqlcipher3.Cursor.__next__)


class _Connection(sqlcipher3.Connection):  # type: ignore[misc]
    def cursor(self, factory: type = _Cursor) -> _Cursor:
        return super().cursor(factory)  # type: ignore[no-any-return]


# Page cache per connection. Every page SQLCipher reads from disk is decrypted and its HMAC checked before it
# enters this cache; SQLite's default (2 MiB) makes a list page of 100,000 cases cost 5-12x plain SQLite, whose
# pages the OS keeps. 64 MiB holds the case list's indexes and the hot part of the note index (docs/decisions.md).
# Memory-mapped I/O is left off: SQLCipher never maps encrypted pages (measured: no gain).
DEFAULT_CACHE_MIB = 64


def connect(path: Path, key: bytes, *, readonly: bool = False, cache_mib: int = DEFAULT_CACHE_MIB) -> Connection:
    """Open ``path`` with the raw 256-bit ``key``. Raises VaultDamaged if the key does not open it."""
    uri = f"file:{path}?mode={'ro' if readonly else 'rwc'}"
    conn: Connection = sqlcipher3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=10.0, factory=_Connection
    )
    try:
        # SQLCipher's own log goes nowhere: it would print page numbers and HMAC failures to stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # journal_mode first of all statements that touch the file: inside a transaction it stays 'delete'.
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not readonly and (mode is None or str(mode[0]).lower() != "wal"):
            raise VaultDamaged("The vault could not switch to write-ahead logging.")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        set_cache(conn, cache_mib)
        terms.register(conn)  # the note triggers call it (migration NOTE_TERMS)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise translate(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def set_cache(conn: Connection, cache_mib: int) -> None:
    """Bound the connection's page cache to ``cache_mib`` MiB (a negative cache_size counts KiB)."""
    conn.execute(f"PRAGMA cache_size = {-1024 * max(1, int(cache_mib))}")


def translate(exc: BaseException) -> KnownError:
    """Map a database exception to the sentence a user can act on."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text or _errno(exc) == errno.ENOSPC:
        return KnownError(
            "The disk is full: the last change was not saved.",
            hint="Free some space; everything saved before is intact.",
        )
    if "not a database" in text or "malformed" in text or "hmac" in text or "corrupt" in text or "logic" in text:
        return VaultDamaged()
    if "locked" in text or "busy" in text:
        return KnownError("The vault is busy in another process; try again in a moment.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return KnownError("The vault cannot be written: check the permissions of the data folder.")
    if "disk i/o" in text or "ioerr" in text:
        return KnownError(
            "The vault could not be written to disk: the last change was not saved.",
            hint="Check free space and the disk; everything saved before is intact.",
        )
    return VaultDamaged(str(exc).split("\n", 1)[0][:80])


def _errno(exc: BaseException) -> int | None:
    return getattr(exc, "errno", None)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT; rolls back on any error, maps database errors to KnownError."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as exc:
        raise translate(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except DatabaseError as exc:
        with contextlib.suppress(DatabaseError):
            conn.execute("ROLLBACK")
        raise translate(exc) from None
    except BaseException:
        with contextlib.suppress(DatabaseError):
            conn.execute("ROLLBACK")
        raise
