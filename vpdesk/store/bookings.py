"""The adviser's own room bookings, with the link to the case that lives only in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from vpdesk.store.connection import Connection, transaction


@dataclass(frozen=True, slots=True)
class BookingLink:
    uid: str
    pool: str
    room_id: str
    room_name: str
    start: datetime
    end: datetime
    case_id: int | None = None
    cancelled: bool = False


class BookingStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def save(self, link: BookingLink) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT OR REPLACE INTO room_booking(uid, pool, room_id, room_name, start, end, case_id, cancelled)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    link.uid,
                    link.pool,
                    link.room_id,
                    link.room_name,
                    link.start.isoformat(),
                    link.end.isoformat(),
                    link.case_id,
                    int(link.cancelled),
                ),
            )

    def cancel(self, uid: str) -> None:
        with transaction(self._conn):
            self._conn.execute("UPDATE room_booking SET cancelled = 1 WHERE uid = ?", (uid,))

    def get(self, uid: str) -> BookingLink | None:
        rows = self._select("WHERE uid = ?", (uid,))
        return rows[0] if rows else None

    def upcoming(self, since: datetime, include_cancelled: bool = False) -> list[BookingLink]:
        extra = "" if include_cancelled else " AND cancelled = 0"
        return self._select(f"WHERE end >= ?{extra} ORDER BY start", (since.isoformat(),))

    def for_case(self, case_id: int) -> list[BookingLink]:
        return self._select("WHERE case_id = ? ORDER BY start", (case_id,))

    def _select(self, where: str, params: tuple[object, ...]) -> list[BookingLink]:
        rows = self._conn.execute(
            f"SELECT uid, pool, room_id, room_name, start, end, case_id, cancelled FROM room_booking {where}", params
        ).fetchall()
        return [
            BookingLink(
                uid=r[0],
                pool=r[1],
                room_id=r[2],
                room_name=r[3],
                start=datetime.fromisoformat(r[4]),
                end=datetime.fromisoformat(r[5]),
                case_id=r[6],
                cancelled=bool(r[7]),
            )
            for r in rows
        ]
