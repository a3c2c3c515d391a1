"""The vault's audit log: who did what to which object, never what it said.

Each row carries a hash over its own fields and the previous row's hash; the newest hash is also kept in the
setting table, so a removed, changed or inserted row, and a cut-off tail, break the chain (`verify`). Rows from
before the chain existed have no hash; where the chain starts is recorded once (``audit_chain_from``, migration
`AUDIT_CHAIN_START`), and from there on every row needs its hash and the head must be present.

A failed unlock cannot be written into a vault that did not open: it is noted in a small file beside the vault
(times only) and moved into the log at the next unlock.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vpdesk.domain.model import AuditEntry
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.migrations import AUDIT_CHAIN_START

Clock = Callable[[], datetime]
HEAD_KEY = "audit_head"
START_KEY = "audit_chain_from"
FAILED_UNLOCKS = "failed-unlocks.txt"


@dataclass(frozen=True, slots=True)
class AuditQuery:
    since: datetime | None = None
    until: datetime | None = None
    action: str | None = None
    limit: int = 100_000


def row_hash(previous: str, row_id: int, at: str, actor: str, action: str, obj: str, result: str) -> str:
    fields = "\x1f".join((previous, str(row_id), at, actor, action, obj, result))
    return hashlib.sha256(fields.encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(self, conn: Connection, clock: Clock, actor: str = "vp") -> None:
        self._conn = conn
        self._clock = clock
        self._actor = actor

    def write(self, action: str, obj: str, result: str = "ok", at: datetime | None = None) -> None:
        """One entry inside the caller's transaction: it commits or rolls back with the change it records."""
        stamp = (at or self._clock()).isoformat(timespec="seconds")
        last = self._conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row_id = (int(last[0]) + 1) if last else 1
        digest = row_hash((last[1] or "") if last else "", row_id, stamp, self._actor, action, obj, result)
        self._conn.execute(
            "INSERT INTO audit_log(id, at, actor, action, object, result, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row_id, stamp, self._actor, action, obj, result, digest),
        )
        self._conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (HEAD_KEY, f"{row_id}:{digest}"))

    def record(self, action: str, obj: str, result: str = "ok") -> None:
        """One entry in its own transaction."""
        with transaction(self._conn):
            self.write(action, obj, result)

    def entries(self, limit: int = 1000) -> list[AuditEntry]:
        return self.query(AuditQuery(limit=limit))

    def query(self, q: AuditQuery) -> list[AuditEntry]:
        """Newest first, within the period and of the action asked for."""
        clauses: list[str] = []
        params: list[Any] = []
        if q.since is not None:
            clauses.append("at >= ?")
            params.append(q.since.isoformat(timespec="seconds"))
        if q.until is not None:
            clauses.append("at < ?")
            params.append(q.until.isoformat(timespec="seconds"))
        if q.action:
            clauses.append("action = ?")
            params.append(q.action)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._conn.execute(
            f"SELECT id, at, actor, action, object, result FROM audit_log {where} ORDER BY id DESC LIMIT ?",
            (*params, q.limit),
        ).fetchall()
        return [
            AuditEntry(id=r[0], at=datetime.fromisoformat(r[1]), actor=r[2], action=r[3], object=r[4], result=r[5])
            for r in rows
        ]

    def record_unlock(self, home: Path) -> None:
        """The unlock, after the failed attempts noted beside the vault since the last one."""
        noted = home / FAILED_UNLOCKS
        with transaction(self._conn):
            for at in _failed_unlocks(noted):
                self.write("unlock", "vault", "failed", at=at)
            self.write("unlock", "vault")
        with contextlib.suppress(OSError):
            noted.unlink()

    def actions(self) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]

    def verify(self) -> list[str]:
        """Where the chain is broken: one sentence per problem (English, for `vpdesk check`); empty is sound."""
        problems: list[str] = []
        start = self._chain_start(problems)
        previous = ""
        last_id = 0
        chained = False
        for r in self._conn.execute("SELECT id, at, actor, action, object, result, hash FROM audit_log ORDER BY id"):
            row_id, stored = int(r[0]), r[6]
            if start is not None and row_id < start:
                if stored is not None:
                    problems.append(f"audit row {row_id} lies before the recorded start of the chain")
                continue
            if stored is None:
                if chained or start is not None:
                    problems.append(f"audit row {row_id} has no hash")
                continue
            expected = last_id + 1 if chained else start
            if expected is not None and row_id != expected:
                problems.append(f"audit rows {expected}-{row_id - 1} are missing")
            if stored != row_hash(previous, row_id, r[1], r[2], r[3], r[4], r[5]):
                problems.append(f"audit row {row_id} was changed, or a row before it removed")
            chained, previous, last_id = True, stored, row_id
        head = self._conn.execute("SELECT value FROM setting WHERE key = ?", (HEAD_KEY,)).fetchone()
        if (chained or start is not None) and (head is None or head[0] != f"{last_id}:{previous}"):
            problems.append("the newest audit rows were removed")
        return problems

    def _chain_start(self, problems: list[str]) -> int | None:
        """The recorded first row of the chain; None before the migration that records it (then any leading rows
        without a hash pass as older than the chain)."""
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (START_KEY,)).fetchone()
        if row is None:
            if int(self._conn.execute("PRAGMA user_version").fetchone()[0]) >= AUDIT_CHAIN_START:
                problems.append("the recorded start of the audit chain was removed")
                return 1
            return None
        try:
            return int(row[0])
        except ValueError:
            problems.append("the recorded start of the audit chain was changed")
            return 1


def note_failed_unlock(home: Path, at: datetime) -> None:
    """A failed unlock, noted beside the vault (its time only) for the log of the next unlock."""
    with contextlib.suppress(OSError), (home / FAILED_UNLOCKS).open("a", encoding="utf-8") as f:
        f.write(at.isoformat(timespec="seconds") + "\n")


def _failed_unlocks(path: Path) -> list[datetime]:
    try:
        lines = path.read_text(encoding="utf-8").split()
    except OSError:
        return []
    found = []
    for line in lines:
        with contextlib.suppress(ValueError):
            found.append(datetime.fromisoformat(line))
    return found
