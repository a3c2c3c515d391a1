"""Repository for cases: categories, org unit, status and outcome, and the case list's pages. Returns domain objects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from vpdesk.domain.model import Case, CaseFilter, CaseStatus, CaseSummary, Client, Gender, MelderPosition, Outcome
from vpdesk.domain.retention import destruction_date
from vpdesk.errors import KnownError
from vpdesk.store.audit import AuditLog
from vpdesk.store.clients import ClientStore
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.contact_stats import ContactStats
from vpdesk.store.ids import next_id
from vpdesk.store.rows import enum_value, iso, to_date, to_datetime, to_enum

# The list's sort keys, each served by an index (migrations.CASE_LIST_INDEXES, CASE_PSEUDONYM) so a page reads only
# its rows. A
# column that can be empty sorts as '' (where SQLite puts NULL: first ascending, last descending), so one row-value
# comparison (key, id) > (?, ?) finds where the next page starts (keyset paging, `page(after=...)`).
SORT_COLUMNS = {
    "id": "c.id",
    "pseudonym": "c.pseudonym",  # the client's, kept on the case ('' without one)
    "org_unit": "c.org_unit",
    "status": "c.status",
    "opened": "c.opened",
    "closed": "coalesce(c.closed, '')",
    "last_contact": "coalesce(c.last_contact, '')",
}


class CaseStore:
    """Every write is one transaction, with its audit entry and the case's anonymous count rows."""

    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit
        self._clients = ClientStore(conn, audit)
        self._stats = ContactStats(conn)

    def add(self, case: Case, pseudonym: str | None = None) -> Case:
        if not case.categories:
            raise KnownError("A case needs at least one category.")
        with transaction(self._conn):
            client_id = case.client_id
            if client_id is None:
                name = pseudonym or self._clients.next_pseudonym()
                existing = self._clients.by_pseudonym(name)
                client_id = existing.id if existing else self._clients.insert(Client(pseudonym=name)).id
            cur = self._conn.execute(
                "INSERT INTO case_file(id, client_id, org_unit, status, opened, closed, outcome, position, gender)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (next_id(self._conn, "case_file"), client_id, *_values(case)),
            )
            case_id = int(cur.lastrowid or 0)
            self._set_categories(case_id, case.categories)
            self._audit.write("create", f"case:{case_id}")
        return replace(case, id=case_id, client_id=client_id)

    def update(self, case: Case) -> Case:
        with transaction(self._conn):
            self._write(case)
            self._audit.write("update", f"case:{case.id}")
        return case

    def _write(self, case: Case) -> None:
        """The case's fields and categories, and its count rows, inside the caller's transaction."""
        if case.id is None:
            raise ValueError("update needs a case with an id")
        if not case.categories:
            raise KnownError("A case needs at least one category.")
        cur = self._conn.execute(
            "UPDATE case_file SET org_unit=?, status=?, opened=?, closed=?, outcome=?, position=?, gender=? WHERE id=?",
            (*_values(case), case.id),
        )
        if cur.rowcount == 0:
            raise KnownError("There is no case {case}.", case=case.id)
        self._set_categories(case.id, case.categories)
        self._stats.refresh(case.id)

    def close(self, case_id: int, outcome: Outcome, on: date, destroy_on: date | None = None) -> Case:
        with transaction(self._conn):
            case = replace(self.get(case_id), status=CaseStatus.CLOSED, outcome=outcome, closed=on)
            self._write(case)
            self._set("destroy_on", case_id, iso(destroy_on))
            self._audit.write("close", f"case:{case_id}")
        return replace(case, destroy_on=destroy_on)

    def reopen(self, case_id: int) -> Case:
        """Open a closed case again: no outcome, no closure date, no destruction date."""
        with transaction(self._conn):
            self._write(replace(self.get(case_id), status=CaseStatus.OPEN, outcome=None, closed=None))
            self._set("destroy_on", case_id, None)
            self._audit.write("reopen", f"case:{case_id}")
        return self.get(case_id)

    def set_hold(self, case_id: int, reason: str | None, review: date | None) -> None:
        """Place (``reason``) or release (None) a legal hold."""
        with transaction(self._conn):
            self._set("hold_reason", case_id, reason)
            self._set("hold_review", case_id, iso(review) if reason is not None else None)
            self._audit.write("hold" if reason is not None else "release", f"case:{case_id}")

    def set_follow_up(self, case_id: int, on: date | None, note: str) -> None:
        with transaction(self._conn):
            self._set("follow_up_on", case_id, iso(on))
            self._set("follow_up_note", case_id, note if on is not None else "")
            self._audit.write("update", f"case:{case_id}")

    def fill_destruction_dates(self, retention_months: int) -> int:
        """Give every closed case without a destruction date (closed before migration 10) its date: closure +
        ``retention_months``, in one transaction; how many cases got one."""
        with transaction(self._conn):
            rows = self._conn.execute(
                "SELECT id, closed FROM case_file WHERE status = 'closed' AND destroy_on IS NULL AND closed IS NOT NULL"
            ).fetchall()
            for case_id, closed in rows:
                self._set("destroy_on", case_id, iso(destruction_date(date.fromisoformat(closed), retention_months)))
                self._audit.write("update", f"case:{case_id}")
        return len(rows)

    def _set(self, column: str, case_id: int, value: object) -> None:
        cur = self._conn.execute(f"UPDATE case_file SET {column} = ? WHERE id = ?", (value, case_id))
        if cur.rowcount == 0:
            raise KnownError("There is no case {case}.", case=case_id)

    def destroy(self, case_id: int, org_unit_level: int = 1) -> None:
        """Destroy a case and everything in it, and its client when no other case has it: conversations (their
        index entries go with them, see search.py), referrals, formal reports, categories, room-booking links,
        the wegwijzer answers.
        Its anonymous counts (contact_stat) stay, with a new random key and the org unit cut to
        ``org_unit_level`` (ContactStats.detach). The caller purges the index and checkpoints afterwards."""
        with transaction(self._conn):
            row = self._conn.execute("SELECT client_id FROM case_file WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                raise KnownError("There is no case {case}.", case=case_id)
            self._stats.detach(case_id, org_unit_level)
            for table in (
                "conversation",
                "referral",
                "formal_report",
                "case_category",
                "room_booking",
                "guide_answers",
            ):
                self._conn.execute(f"DELETE FROM {table} WHERE case_id = ?", (case_id,))
            self._conn.execute("DELETE FROM case_file WHERE id = ?", (case_id,))
            if (
                row[0] is not None
                and not self._conn.execute("SELECT 1 FROM case_file WHERE client_id = ? LIMIT 1", (row[0],)).fetchone()
            ):
                self._conn.execute("DELETE FROM client WHERE id = ?", (row[0],))
                self._audit.clear(f"client:{row[0]}")
                self._audit.write("destroy", f"client:{row[0]}")
            self._audit.clear(f"case:{case_id}")  # its rows say nothing more of it (decision 170)
            self._audit.write("destroy", f"case:{case_id}")

    def ids_for_client(self, client_id: int) -> list[int]:
        rows = self._conn.execute("SELECT id FROM case_file WHERE client_id = ? ORDER BY opened, id", (client_id,))
        return [int(r[0]) for r in rows]

    def _set_categories(self, case_id: int, categories: Sequence[str]) -> None:
        self._conn.execute("DELETE FROM case_category WHERE case_id = ?", (case_id,))
        self._conn.executemany(
            "INSERT INTO case_category(case_id, code) VALUES (?, ?)",
            [(case_id, code) for code in dict.fromkeys(categories)],
        )

    def get(self, case_id: int) -> Case:
        row = self._conn.execute(
            "SELECT id, client_id, org_unit, status, opened, closed, outcome, position, gender, destroy_on,"
            " hold_reason, hold_review, follow_up_on, follow_up_note FROM case_file WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise KnownError("There is no case {case}.", case=case_id)
        return Case(
            id=row[0],
            client_id=row[1],
            org_unit=row[2],
            status=CaseStatus(row[3]),
            opened=date.fromisoformat(row[4]),
            closed=to_date(row[5]),
            outcome=to_enum(Outcome, row[6]),
            position=to_enum(MelderPosition, row[7]),
            gender=to_enum(Gender, row[8]),
            categories=self._categories(case_id),
            destroy_on=to_date(row[9]),
            hold_reason=row[10],
            hold_review=to_date(row[11]),
            follow_up_on=to_date(row[12]),
            follow_up_note=row[13],
        )

    def _categories(self, case_id: int) -> tuple[str, ...]:
        rows = self._conn.execute(
            "SELECT code FROM case_category WHERE case_id = ? ORDER BY code", (case_id,)
        ).fetchall()
        return tuple(r[0] for r in rows)

    def count(self, flt: CaseFilter | None = None) -> int:
        where, params = _where(flt or CaseFilter())
        row = self._conn.execute(f"SELECT count(*) FROM case_file c {where}", params).fetchone()
        return int(row[0])

    def page(
        self,
        flt: CaseFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 200,
        sort: str = "opened",
        descending: bool = True,
        after: CaseSummary | None = None,
    ) -> list[CaseSummary]:
        """One page of the case list, with the pseudonym, categories and last contact of each case.

        With ``after`` (the last row the list holds) the page starts right behind that row through the sort's
        index (keyset paging): the last page of 100,000 cases costs what the first does, where an ``offset``
        walks every row before it. ``offset`` is for a jump to a row the list has not read."""
        where, params = _where(flt or CaseFilter())
        sort = sort if sort in SORT_COLUMNS else "opened"
        order = SORT_COLUMNS[sort]
        direction = "DESC" if descending else "ASC"
        source = "FROM case_file c"
        if after is not None:
            # the rest of the rows with the last row's key, then the rows with a later key: two index ranges (a
            # row value (key, id) > (?, ?) seeks on the key alone and walks every row sharing it, 66,000 "open")
            key, more = sort_key(after, sort), "<" if descending else ">"
            joined = where + (" AND " if where else "WHERE ")
            sql = (
                f"SELECT id FROM (SELECT * FROM (SELECT 0 AS part, {order} AS k, c.id AS id {source} {joined}"
                f" {order} = ? AND c.id {more} ? ORDER BY c.id {direction} LIMIT ?)"
                f" UNION ALL SELECT * FROM (SELECT 1, {order}, c.id {source} {joined} {order} {more} ?"
                f" ORDER BY {order} {direction}, c.id {direction} LIMIT ?))"
                f" ORDER BY part, k {direction}, id {direction} LIMIT ?"
            )
            rows = self._conn.execute(sql, (*params, key, after.id, limit, *params, key, limit, limit))
        else:
            rows = self._conn.execute(
                f"SELECT c.id {source} {where} ORDER BY {order} {direction}, c.id {direction} LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
        # first the page's ids (sorting needs only the sort key), then the details of those rows alone
        ids = [r[0] for r in rows.fetchall()]
        return self._summaries(ids)

    def summary(self, case_id: int) -> CaseSummary:
        """One case as the list shows it (after a change, to refresh its row)."""
        found = self._summaries([case_id])
        if not found:
            raise KnownError("There is no case {case}.", case=case_id)
        return found[0]

    def _summaries(self, ids: list[int]) -> list[CaseSummary]:
        if not ids:
            return []
        # the pseudonym and the last contact as the case keeps them (migrations CASE_PSEUDONYM, CASE_LIST_INDEXES);
        # fetchall: one call through the damaged-page wrapper (_Cursor) per page, not one per row
        found = {
            r[0]: r
            for r in self._conn.execute(
                "SELECT c.id, c.pseudonym, c.org_unit, c.status, c.opened, c.closed, c.last_contact,"
                " (SELECT count(*) FROM conversation v WHERE v.case_id = c.id),"
                " (SELECT group_concat(code, ' ') FROM case_category k WHERE k.case_id = c.id)"
                f" FROM case_file c WHERE c.id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        }
        return [
            CaseSummary(
                id=r[0],
                pseudonym=r[1] or "",
                org_unit=r[2],
                status=CaseStatus(r[3]),
                opened=date.fromisoformat(r[4]),
                closed=to_date(r[5]),
                last_contact=to_datetime(r[6]),
                conversations=int(r[7]),
                categories=tuple(sorted((r[8] or "").split())),
            )
            for r in (found[i] for i in ids if i in found)
        ]


def sort_key(row: CaseSummary, sort: str) -> Any:
    """The value ``row`` has in the sort ``sort`` as the database compares it (SORT_COLUMNS)."""
    value: Any = {
        "id": row.id,
        "pseudonym": row.pseudonym,
        "org_unit": row.org_unit,
        "status": row.status.value,
        "opened": row.opened.isoformat(),
        "closed": iso(row.closed),
        "last_contact": row.last_contact.isoformat() if row.last_contact else None,
    }[sort]
    return "" if value is None else value


def _values(case: Case) -> tuple[Any, ...]:
    return (
        case.org_unit,
        case.status.value,
        case.opened.isoformat(),
        iso(case.closed),
        enum_value(case.outcome),
        enum_value(case.position),
        enum_value(case.gender),
    )


def _where(flt: CaseFilter) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.status is not None:
        clauses.append("c.status = ?")
        params.append(flt.status.value)
    if flt.category:
        clauses.append(
            "EXISTS (SELECT 1 FROM case_category k WHERE k.case_id = c.id AND (k.code = ? OR k.code LIKE ?))"
        )
        params += [flt.category, f"{flt.category}.%"]
    if flt.opened_from is not None:
        clauses.append("c.opened >= ?")
        params.append(flt.opened_from.isoformat())
    if flt.opened_to is not None:
        clauses.append("c.opened <= ?")
        params.append(flt.opened_to.isoformat())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)
