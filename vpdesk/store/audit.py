"""The vault's audit log: who did what to which object, never what it said."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from vpdesk.domain.model import AuditEntry
from vpdesk.store.connection import Connection, transaction

Clock = Callable[[], datetime]


class AuditLog:
    def __init__(self, conn: Connection, clock: Clock, actor: str = "vp") -> None:
        self._conn = conn
        self._clock = clock
        self._actor = actor

    def write(self, action: str, obj: str, result: str = "ok") -> None:
        """One entry inside the caller's transaction: it commits or rolls back with the change it records."""
        self._conn.execute(
            "INSERT INTO audit_log(at, actor, action, object, result) VALUES (?, ?, ?, ?, ?)",
            (self._clock().isoformat(timespec="seconds"), self._actor, action, obj, result),
        )

    def record(self, action: str, obj: str, result: str = "ok") -> None:
        """One entry in its own transaction."""
        with transaction(self._conn):
            self.write(action, obj, result)

    def entries(self, limit: int = 1000) -> list[AuditEntry]:
        rows = self._conn.execute(
            "SELECT id, at, actor, action, object, result FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [
            AuditEntry(id=r[0], at=datetime.fromisoformat(r[1]), actor=r[2], action=r[3], object=r[4], result=r[5])
            for r in rows
        ]
