"""Repository for referrals: the route a case was sent on, when, and with which version of the guide's rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vpdesk.domain.model import Referral
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.contact_stats import ContactStats


class ReferralStore:
    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit
        self._stats = ContactStats(conn)

    def add(self, ref: Referral) -> Referral:
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO referral(case_id, route, on_date, note, guide_version) VALUES (?, ?, ?, ?, ?)",
                (ref.case_id, ref.route, ref.on.isoformat(), ref.note, ref.guide_version),
            )
            saved = replace(ref, id=cur.lastrowid)
            self._stats.refresh(ref.case_id)
            self._audit.write("create", f"referral:{saved.id}")
        return saved

    def for_case(self, case_id: int) -> list[Referral]:
        rows = self._conn.execute(
            "SELECT id, case_id, route, on_date, note, guide_version FROM referral WHERE case_id = ?"
            " ORDER BY on_date, id",
            (case_id,),
        ).fetchall()
        return [
            Referral(id=r[0], case_id=r[1], route=r[2], on=date.fromisoformat(r[3]), note=r[4], guide_version=r[5])
            for r in rows
        ]
