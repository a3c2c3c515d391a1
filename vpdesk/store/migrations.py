"""Numbered schema migrations. `PRAGMA user_version` holds the number of the last one applied.

Never edit a migration that has shipped: add the next number (its SQL in store/migration_scripts.py). Each has its
own test in tests/store/.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3

from vpdesk.errors import KnownError
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.migration_scripts import MIGRATIONS as MIGRATIONS  # re-exported: tests and benchmarks read it here


def _redactable_audit(conn: Connection) -> None:
    from vpdesk.store.audit import reform  # the audit store needs this module's numbers: imported when it runs

    reform(conn)


__all__ = ["MIGRATIONS", "current_version", "migrate", "refuse_newer"]

LIFECYCLE = 10  # the migration of the case lifecycle (tests refer to this name)
NO_REUSE = 12  # the migration that keeps ids from being reused (tests refer to this name)
CASE_LIST_INDEXES = 13  # the case list's sort indexes and the kept last contact (tests use this name)
AUDIT_CHAIN_START = 14  # the migration that records where the audit chain starts (tests use this name)
AUDIT_CLEARABLE = 15  # the migration that makes a destroyed case's audit lines clearable (decision 170)
# What a migration does after its statements, in the same transaction, where SQL alone cannot do it.
AFTER: dict[int, Callable[[Connection], None]] = {AUDIT_CLEARABLE: _redactable_audit}
CASE_PSEUDONYM = 16  # the pseudonym copied onto the case, so its sort has an index (tests use this name)
NOTE_TERMS = 17  # the kept term table of the note index, for search as you type (tests use this name)
GUIDE_ANSWERS = 18  # the wegwijzer answers kept with a case and with each referral (tests use this name)
NOTE_INDEX_ROWIDS = 19  # the note index without word positions (tests and benchmarks use this name)
LATEST = max(MIGRATIONS)


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def refuse_newer(conn: Connection) -> int:
    """The database's form; a KnownError when a newer vpdesk wrote it (a rollback, or its backup): its data has a
    form this version cannot keep, so nothing may run over it."""
    version = current_version(conn)
    if version > LATEST:
        raise KnownError(
            "This vault was written by a newer version of vpdesk (vault form {found}; this version knows up to "
            "{known}): install that version again.",
            found=version,
            known=LATEST,
        )
    return version


def migrate(conn: Connection, target: int = LATEST) -> list[int]:
    """Apply every migration above the current version up to ``target``, each in its own transaction."""
    applied = []
    version = refuse_newer(conn)
    for number in sorted(n for n in MIGRATIONS if version < n <= target):
        with transaction(conn):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            if number in AFTER:
                AFTER[number](conn)
            conn.execute(f"PRAGMA user_version = {number}")
        applied.append(number)
    return applied


def _statements(script: str) -> list[str]:
    """Split a migration script on statement ends, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        buffer += line + "\n"
        if buffer.strip().endswith(";") and _complete(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _complete(statement: str) -> bool:
    return bool(sqlcipher3.complete_statement(statement))
