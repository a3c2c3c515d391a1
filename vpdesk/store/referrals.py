"""Repository for referrals: the route a case was sent on, when, and with which version of the guide's rules."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from vpdesk.domain.model import Referral
from vpdesk.errors import KnownError
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.contact_stats import ContactStats
from vpdesk.store.ids import next_id
from vpdesk.store.rows import to_datetime

_COLUMNS = "id, case_id, route, on_date, note, guide_version, at, answers"


class ReferralStore:
    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit
        self._stats = ContactStats(conn)

    def add(self, ref: Referral) -> Referral:
        """A new referral; one with an id (an undone deletion) comes back under that id."""
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO referral(id, case_id, route, on_date, note, guide_version, at, answers)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    ref.id if ref.id is not None else next_id(self._conn, "referral"),
                    ref.case_id,
                    ref.route,
                    ref.on.isoformat(),
                    ref.note,
                    ref.guide_version,
                    ref.at.isoformat() if ref.at else None,
                    json.dumps(ref.answers, sort_keys=True) if ref.answers else "",
                ),
            )
            saved = replace(ref, id=cur.lastrowid)
            self._stats.refresh(ref.case_id)
            self._audit.write("create", f"referral:{saved.id}")
        return saved

    def update(self, ref: Referral) -> Referral:
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE referral SET route=?, on_date=?, note=? WHERE id=?",
                (ref.route, ref.on.isoformat(), ref.note, ref.id),
            )
            if cur.rowcount == 0:
                raise KnownError("There is no referral {referral}.", referral=ref.id)
            self._stats.refresh(ref.case_id)
            self._audit.write("update", f"referral:{ref.id}")
        return ref

    def delete(self, referral_id: int) -> Referral:
        """Remove a referral; returns it, so the caller can undo."""
        ref = self.get(referral_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM referral WHERE id = ?", (referral_id,))
            self._stats.refresh(ref.case_id)
            self._audit.write("delete", f"referral:{referral_id}", scope=f"case:{ref.case_id}")
        return ref

    def get(self, referral_id: int) -> Referral:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM referral WHERE id = ?", (referral_id,)).fetchone()
        if row is None:
            raise KnownError("There is no referral {referral}.", referral=referral_id)
        return _referral(row)

    def for_case(self, case_id: int) -> list[Referral]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM referral WHERE case_id = ?"
            " ORDER BY on_date, coalesce(at, on_date || 'T23:59'), id",
            (case_id,),
        ).fetchall()
        return [_referral(r) for r in rows]


def _referral(r: Sequence[Any]) -> Referral:
    return Referral(
        id=r[0],
        case_id=r[1],
        route=r[2],
        on=date.fromisoformat(r[3]),
        note=r[4],
        guide_version=r[5],
        at=to_datetime(r[6]),
        answers=_answers(r[7]),
    )


def _answers(text: str) -> dict[str, bool | str]:
    """The answers a referral rested on ({} for one recorded before they were kept)."""
    loaded = json.loads(text) if text else {}
    return {str(k): v for k, v in loaded.items()} if isinstance(loaded, dict) else {}
