"""New ids: never one a deleted or destroyed row had (migration NO_REUSE keeps the highest id each table gave out).

SQLite gives a new row the highest id present + 1, so without this a new case took the number of the destroyed
newest one: the audit trail named two cases by one number, and a new conversation overwrote the destroyed one's
count row (contact_stat), so the year's figures lost it.
"""

from __future__ import annotations

from vpdesk.store.connection import Connection

TABLES = frozenset({"client", "case_file", "conversation", "referral", "formal_report"})


def next_id(conn: Connection, table: str) -> int:
    """The id for a new row of ``table`` (inside the caller's transaction, which also does the insert)."""
    if table not in TABLES:
        raise ValueError(f"no id high-water for {table}")
    row = conn.execute(
        f"SELECT max(coalesce((SELECT high FROM id_high_water WHERE tbl = ?), 0),"
        f" coalesce((SELECT max(id) FROM {table}), 0)) + 1",
        (table,),
    ).fetchone()
    return int(row[0])
