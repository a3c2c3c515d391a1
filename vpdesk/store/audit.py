"""The vault's audit log: who did what to which object, never what it said.

Each row carries a hash over its own fields and the previous row's hash; the newest hash is also kept in the
setting table, so a removed, changed or inserted row, and a cut-off tail, break the chain (`verify`). Rows from
before the chain existed have no hash; where the chain starts is recorded once (``audit_chain_from``, migration
`AUDIT_CHAIN_START`), and from there on every row needs its hash and the head must be present.

From migration `AUDIT_CLEARABLE` on (decision 170) a row's fields are hashed with a random 128-bit salt into its
``digest`` and the chain links the digests. Each row also names the case or client it belongs to (``scope``,
derived from its object); destroying a case *clears* that case's rows (and its client's, when the client goes):
fields emptied, salt and scope removed, digest and hash kept. The chain still verifies, and nothing left ties the
cleared rows to the case's number or their times (the salt is gone, so the digest cannot be guessed from a case
number and a time). Only the destruction record names the case.

A failed unlock cannot be written into a vault that did not open: it is noted in a small file beside the vault
(times only) and moved into the log at the next unlock.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vpdesk.domain.model import AuditEntry
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.migrations import AUDIT_CHAIN_START, AUDIT_CLEARABLE

Clock = Callable[[], datetime]
HEAD_KEY = "audit_head"
START_KEY = "audit_chain_from"
REFORM_KEY = "audit_reform"  # what the old chain's check found when migration AUDIT_CLEARABLE re-formed it
FAILED_UNLOCKS = "failed-unlocks.txt"
VERIFIED = "verified"
_CASE_PARTS = ("conversation", "referral", "formal_report")


@dataclass(frozen=True, slots=True)
class AuditQuery:
    since: datetime | None = None
    until: datetime | None = None
    action: str | None = None
    limit: int = 100_000


def row_hash(previous: str, row_id: int, at: str, actor: str, action: str, obj: str, result: str) -> str:
    fields = "\x1f".join((previous, str(row_id), at, actor, action, obj, result))
    return hashlib.sha256(fields.encode("utf-8")).hexdigest()


def field_digest(salt: bytes, at: str, actor: str, action: str, obj: str, result: str) -> str:
    fields = "\x1f".join((at, actor, action, obj, result))
    return hashlib.sha256(salt + fields.encode("utf-8")).hexdigest()


def link_hash(previous: str, row_id: int, digest: str) -> str:
    return hashlib.sha256("\x1f".join((previous, str(row_id), digest)).encode("utf-8")).hexdigest()


def scope_of(conn: Connection, obj: str) -> str | None:
    """The case (``case:N``) or client (``client:N``) a row about ``obj`` belongs to, while it exists."""
    kind, _, rest = obj.partition(":")
    if kind in ("case", "client"):
        return obj
    if kind == "access" and rest.startswith("client:"):
        return rest
    if kind in _CASE_PARTS and rest.isdigit():
        row = conn.execute(f"SELECT case_id FROM {kind} WHERE id = ?", (int(rest),)).fetchone()
        return f"case:{row[0]}" if row else None
    return None


def _clearable(conn: Connection) -> bool:
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) >= AUDIT_CLEARABLE


class AuditLog:
    def __init__(self, conn: Connection, clock: Clock, actor: str = "vp", *, salted: bool = False) -> None:
        """``salted``: write the salted form before user_version says so (migration AUDIT_CLEARABLE's own row)."""
        self._conn = conn
        self._clock = clock
        self._actor = actor
        self._salted = salted

    def write(
        self, action: str, obj: str, result: str = "ok", at: datetime | None = None, scope: str | None = None
    ) -> None:
        """One entry inside the caller's transaction: it commits or rolls back with the change it records.
        ``scope`` (``case:N``) is for a row whose object is already gone (a deleted conversation); otherwise it
        is found from the object."""
        stamp = (at or self._clock()).isoformat(timespec="seconds")
        last = self._conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row_id = (int(last[0]) + 1) if last else 1
        previous = (last[1] or "") if last else ""
        if self._salted or _clearable(self._conn):
            salt = os.urandom(16)
            digest = field_digest(salt, stamp, self._actor, action, obj, result)
            chained = link_hash(previous, row_id, digest)
            self._conn.execute(
                "INSERT INTO audit_log(id, at, actor, action, object, result, hash, salt, digest, scope)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    row_id,
                    stamp,
                    self._actor,
                    action,
                    obj,
                    result,
                    chained,
                    salt,
                    digest,
                    scope or scope_of(self._conn, obj),
                ),
            )
        else:  # a vault between migrations AUDIT_CHAIN_START and AUDIT_CLEARABLE (tests of those migrations)
            chained = row_hash(previous, row_id, stamp, self._actor, action, obj, result)
            self._conn.execute(
                "INSERT INTO audit_log(id, at, actor, action, object, result, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (row_id, stamp, self._actor, action, obj, result, chained),
            )
        self._conn.execute(
            "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (HEAD_KEY, f"{row_id}:{chained}")
        )

    def clear(self, scope: str) -> int:
        """Clear every row of a case or client being destroyed (inside the destroy transaction); how many."""
        return clear_rows(self._conn, "scope = ?", (scope,))

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
        clauses.append("action != ''")  # a cleared row (of a destroyed case) has nothing to show
        where = "WHERE " + " AND ".join(clauses)
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
        rows = self._conn.execute("SELECT DISTINCT action FROM audit_log WHERE action != '' ORDER BY action")
        return [r[0] for r in rows]

    def verify(self) -> list[str]:
        """Where the chain is broken: one sentence per problem (English, for `vpdesk check`); empty is sound."""
        if self._salted or _clearable(self._conn):
            return _verify_clearable(self._conn)
        return self.verify_unsalted()

    def verify_unsalted(self) -> list[str]:
        """The check of the chain as it was before migration AUDIT_CLEARABLE (rows hashed field by field)."""
        problems: list[str] = []
        start = _chain_start(self._conn, problems)
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


def _chain_start(conn: Connection, problems: list[str]) -> int | None:
    """The recorded first row of the chain; None before the migration that records it (then any leading rows
    without a hash pass as older than the chain)."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (START_KEY,)).fetchone()
    if row is None:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= AUDIT_CHAIN_START:
            problems.append("the recorded start of the audit chain was removed")
            return 1
        return None
    try:
        return int(row[0])
    except ValueError:
        problems.append("the recorded start of the audit chain was changed")
        return 1


def clear_rows(conn: Connection, where: str, params: tuple[Any, ...]) -> int:
    """Empty the fields of the rows ``where`` selects and drop their salt and scope; digest and hash stay."""
    cur = conn.execute(
        "UPDATE audit_log SET at = '', actor = '', action = '', object = '', result = '', salt = NULL, scope = NULL"
        f" WHERE {where}",
        params,
    )
    return int(cur.rowcount)


def _verify_clearable(conn: Connection) -> list[str]:
    problems = [f"before the audit trail was made clearable: {p}" for p in _reform_problems(conn)]
    start = _chain_start(conn, problems)
    previous, last_id, chained = "", 0, False
    last_cleared = last_destroy = 0
    rows = conn.execute("SELECT id, at, actor, action, object, result, hash, salt, digest FROM audit_log ORDER BY id")
    for row_id, at, actor, action, obj, result, stored, salt, digest in rows:
        if start is not None and row_id < start:
            if stored is not None:
                problems.append(f"audit row {row_id} lies before the recorded start of the chain")
            continue
        if stored is None or digest is None:
            problems.append(f"audit row {row_id} has no hash")
            continue
        expected = last_id + 1 if chained else start
        if expected is not None and row_id != expected:
            problems.append(f"audit rows {expected}-{row_id - 1} are missing")
        if salt is None:  # cleared: nothing to check but its place in the chain, and a destruction after it
            if any((at, actor, action, obj, result)):
                problems.append(f"audit row {row_id} was changed, or a row before it removed")
            last_cleared = row_id
        elif digest != field_digest(bytes(salt), at, actor, action, obj, result):
            problems.append(f"audit row {row_id} was changed, or a row before it removed")
        if action == "destroy" or (action == "reform" and obj == "audit"):
            last_destroy = row_id
        if stored != link_hash(previous, row_id, digest):
            problems.append(f"audit row {row_id} was changed, or a row before it removed")
        chained, previous, last_id = True, stored, row_id
    if last_cleared > last_destroy:
        problems.append(f"audit row {last_cleared} was cleared without a destruction")
    head = conn.execute("SELECT value FROM setting WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head is None or head[0] != f"{last_id}:{previous}":
        problems.append("the newest audit rows were removed")
    return problems


def _reform_problems(conn: Connection) -> list[str]:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (REFORM_KEY,)).fetchone()
    if row is None:
        return ["the record of its check was removed"]
    return [] if row[0] == VERIFIED else str(row[0]).splitlines()


def reform(conn: Connection) -> None:
    """Migration AUDIT_CLEARABLE (inside its transaction): verify the old chain and record what it found, then
    salt, digest and chain every row anew, find each row's case or client, and clear the rows of cases and
    clients destroyed before (their objects are gone; a deleted conversation's or referral's own rows stay)."""
    old = AuditLog(conn, datetime.now).verify_unsalted()  # the columns were added; the old rows are as they were
    rows = conn.execute("SELECT id, at, actor, action, object, result FROM audit_log ORDER BY id").fetchall()
    deleted = {r[4] for r in rows if r[3] == "delete"}
    previous, last_id, gone = "", 0, []
    for row_id, at, actor, action, obj, result in rows:
        salt = os.urandom(16)
        digest = field_digest(salt, at, actor, action, obj, result)
        previous, last_id = link_hash(previous, row_id, digest), row_id
        scope = scope_of(conn, obj)
        if _destroyed(conn, obj, action, scope, obj in deleted):
            gone.append(row_id)
        conn.execute(
            "UPDATE audit_log SET hash = ?, salt = ?, digest = ?, scope = ? WHERE id = ?",
            (previous, salt, digest, scope, row_id),
        )
    for n in range(0, len(gone), 500):
        part = gone[n : n + 500]
        clear_rows(conn, f"id IN ({','.join('?' * len(part))})", tuple(part))
    first = rows[0][0] if rows else 1
    for key, value in (
        (START_KEY, str(first)),
        (HEAD_KEY, f"{last_id}:{previous}"),
        (REFORM_KEY, "\n".join(old) if old else VERIFIED),
    ):
        conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))
    if gone:
        AuditLog(conn, datetime.now, salted=True).write(
            "reform", "audit", f"{len(gone)} row(s) of destroyed cases cleared"
        )


def _destroyed(conn: Connection, obj: str, action: str, scope: str | None, deleted_on_its_own: bool) -> bool:
    """Whether a row from before the migration is about a case or client destroyed since (not its destruction
    record), or a part of one (a conversation, referral or formal report gone without its own delete)."""
    if action == "destroy":
        return False
    kind, _, rest = obj.partition(":")
    if kind in ("case", "client") or (kind == "access" and rest.startswith("client:")):
        table = "case_file" if kind == "case" else "client"
        number = rest if kind != "access" else rest.partition(":")[2]
        return (
            number.isdigit() and conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (int(number),)).fetchone() is None
        )
    return kind in _CASE_PARTS and scope is None and not deleted_on_its_own


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
