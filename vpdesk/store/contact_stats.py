"""The anonymous count rows (contact_stat) behind the annual figures: one per conversation, no personal data.

They are rewritten in the same transaction as every change to a case, a conversation or a referral, and stay
when a case is destroyed, so the year's figures survive the notes.
"""

from __future__ import annotations

from typing import Any

from vpdesk.store.connection import Connection

KEYS = (
    "month",
    "categories",
    "channel",
    "kind",
    "position",
    "gender",
    "org_unit",
    "duration_min",
    "routes",
    "outcome",
    "case_key",
    "case_open",
)


class ContactStats:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def refresh(self, case_id: int) -> None:
        """Rewrite the rows of a case's conversations (inside the caller's transaction)."""
        row = self._conn.execute(
            "SELECT org_unit, outcome, position, gender, status = 'open' FROM case_file WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            return
        categories = " ".join(
            r[0]
            for r in self._conn.execute("SELECT code FROM case_category WHERE case_id = ? ORDER BY code", (case_id,))
        )
        routes = " ".join(
            sorted({r[0] for r in self._conn.execute("SELECT route FROM referral WHERE case_id = ?", (case_id,))})
        )
        clash = self._conn.execute(
            "SELECT s.conversation_id FROM conversation v JOIN contact_stat s ON s.conversation_id = v.id"
            " WHERE v.case_id = ? AND s.case_key != ? LIMIT 1",
            (case_id, str(case_id)),
        ).fetchone()
        if clash is not None:  # the kept count row of a destroyed conversation: never overwritten
            raise RuntimeError(f"conversation {clash[0]} has the id of another case's count row")
        self._conn.execute(
            "INSERT OR REPLACE INTO contact_stat(conversation_id, month, categories, channel, kind, position,"
            " gender, org_unit, duration_min, routes, outcome, case_key, case_open)"
            " SELECT id, substr(at, 1, 7), ?, channel, kind, ?, ?, ?, duration_min, ?, ?, ?, ? FROM conversation"
            " WHERE case_id = ?",
            (categories, row[2], row[3], row[0], routes, row[1], str(case_id), int(row[4]), case_id),
        )

    def forget(self, conversation_id: int) -> None:
        self._conn.execute("DELETE FROM contact_stat WHERE conversation_id = ?", (conversation_id,))

    def rows(self, year: int) -> list[dict[str, Any]]:
        found = self._conn.execute(
            f"SELECT {', '.join(KEYS)} FROM contact_stat WHERE month LIKE ? ORDER BY month", (f"{year:04d}-%",)
        ).fetchall()
        return [dict(zip(KEYS, r, strict=True)) for r in found]
