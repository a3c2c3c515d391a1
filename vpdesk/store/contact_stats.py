"""The anonymous count rows (contact_stat) behind the annual figures: one per conversation, no personal data.

They are rewritten in the same transaction as every change to a case, a conversation or a referral, and stay
when a case is destroyed, so the year's figures survive the notes.
"""

from __future__ import annotations

import secrets
from typing import Any

from vpdesk.domain.statistics import coarsen
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


DETACHED = "gone-"  # the key of a destroyed case's rows starts so: they are kept, and never written over


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
            " WHERE v.case_id = ? AND (s.case_key LIKE ? OR (s.case_key GLOB '[0-9]*' AND length(s.case_key) < 20"
            " AND s.case_key != ?)) LIMIT 1",  # a destroyed case's row, or (migration 11) another case's number
            (case_id, DETACHED + "%", str(case_id)),
        ).fetchone()
        if clash is not None:  # the kept count row of a destroyed conversation: never overwritten
            raise RuntimeError(f"conversation {clash[0]} has the id of another case's count row")
        self._conn.execute(
            "INSERT OR REPLACE INTO contact_stat(conversation_id, month, categories, channel, kind, position,"
            " gender, org_unit, duration_min, routes, outcome, case_key, case_open)"
            " SELECT id, substr(at, 1, 7), ?, channel, kind, ?, ?, ?, duration_min, ?, ?, ?, ? FROM conversation"
            " WHERE case_id = ?",
            (categories, row[2], row[3], row[0], routes, row[1], self._case_key(case_id), int(row[4]), case_id),
        )

    def _case_key(self, case_id: int) -> str:
        """The random key the case's rows share (a new one for a case without rows yet, or whose rows still
        carry its number, as migration 11 wrote them): nothing in the rows leads back to the case."""
        row = self._conn.execute(
            "SELECT s.case_key FROM contact_stat s JOIN conversation c ON c.id = s.conversation_id"
            " WHERE c.case_id = ? AND s.case_key NOT IN ('', ?) LIMIT 1",
            (case_id, str(case_id)),
        ).fetchone()
        return str(row[0]) if row is not None else secrets.token_hex(16)

    def detach(self, case_id: int, org_unit_level: int) -> None:
        """Before a case is destroyed (inside its transaction): its rows get a new random key, shared only among
        themselves, and their org unit cut to the level an export uses (``org_unit_level`` parts), so that no row
        is tied to the case's number or to anything finer than the export shows. The year's figures stay."""
        key = DETACHED + secrets.token_hex(16)
        rows = self._conn.execute(
            "SELECT s.conversation_id, s.org_unit FROM contact_stat s JOIN conversation c ON c.id = s.conversation_id"
            " WHERE c.case_id = ?",
            (case_id,),
        ).fetchall()
        for conversation_id, org_unit in rows:
            cut = coarsen(org_unit, org_unit_level) if org_unit.strip("/ ") else ""
            self._conn.execute(
                "UPDATE contact_stat SET case_key = ?, org_unit = ? WHERE conversation_id = ?",
                (key, cut, conversation_id),
            )

    def forget(self, conversation_id: int) -> None:
        self._conn.execute("DELETE FROM contact_stat WHERE conversation_id = ?", (conversation_id,))

    def rows(self, year: int) -> list[dict[str, Any]]:
        found = self._conn.execute(
            f"SELECT {', '.join(KEYS)} FROM contact_stat WHERE month LIKE ? ORDER BY month", (f"{year:04d}-%",)
        ).fetchall()
        return [dict(zip(KEYS, r, strict=True)) for r in found]
