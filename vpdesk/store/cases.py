"""Repository for clients, cases, conversations and referrals. Returns domain objects."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from vpdesk.domain.model import (
    AuditEntry,
    Case,
    CaseStatus,
    CaseSummary,
    Channel,
    Client,
    ContactKind,
    Conversation,
    Gender,
    MelderPosition,
    Outcome,
    Referral,
    SearchHit,
)
from vpdesk.errors import KnownError
from vpdesk.store.connection import Connection, transaction

Clock = Callable[[], datetime]

SORT_COLUMNS = {
    "id": "c.id",
    "pseudonym": "cl.pseudonym",
    "org_unit": "c.org_unit",
    "status": "c.status",
    "opened": "c.opened",
    "closed": "c.closed",
    "last_contact": "(SELECT max(at) FROM conversation v WHERE v.case_id = c.id)",
}


@dataclass(frozen=True, slots=True)
class CaseFilter:
    status: CaseStatus | None = None
    category: str | None = None  # a code; matches the code and its subcategories
    opened_from: date | None = None
    opened_to: date | None = None


class CaseStore:
    """All reads and writes of case data on one open connection. Every write is one transaction."""

    def __init__(self, conn: Connection, clock: Clock, actor: str = "vp") -> None:
        self._conn = conn
        self._clock = clock
        self._actor = actor

    # --- clients --------------------------------------------------------------------------------------------
    def add_client(self, client: Client) -> Client:
        with transaction(self._conn):
            return self._insert_client(client)

    def _insert_client(self, client: Client) -> Client:
        try:
            cur = self._conn.execute(
                "INSERT INTO client(pseudonym, name) VALUES (?, ?)", (client.pseudonym, client.name)
            )
        except Exception as exc:
            if "UNIQUE" in str(exc):
                raise KnownError("That pseudonym is already in use.") from None
            raise
        self._audit("create", f"client:{cur.lastrowid}")
        return replace(client, id=cur.lastrowid)

    def client(self, client_id: int) -> Client:
        row = self._conn.execute("SELECT id, pseudonym, name FROM client WHERE id = ?", (client_id,)).fetchone()
        if row is None:
            raise KnownError("There is no client {client}.", client=client_id)
        return Client(id=row[0], pseudonym=row[1], name=row[2])

    def client_by_pseudonym(self, pseudonym: str) -> Client | None:
        row = self._conn.execute("SELECT id, pseudonym, name FROM client WHERE pseudonym = ?", (pseudonym,)).fetchone()
        return None if row is None else Client(id=row[0], pseudonym=row[1], name=row[2])

    def pseudonyms(self, case_ids: set[int]) -> dict[int, str]:
        """The pseudonym of each of ``case_ids``, in one query."""
        if not case_ids:
            return {}
        marks = ",".join("?" * len(case_ids))
        rows = self._conn.execute(
            f"SELECT c.id, cl.pseudonym FROM case_file c JOIN client cl ON cl.id = c.client_id WHERE c.id IN ({marks})",
            tuple(case_ids),
        ).fetchall()
        return {int(r[0]): str(r[1]) for r in rows}

    def next_pseudonym(self) -> str:
        row = self._conn.execute("SELECT count(*) FROM client").fetchone()
        number = int(row[0]) + 1
        while self.client_by_pseudonym(f"M-{number:04d}") is not None:
            number += 1
        return f"M-{number:04d}"

    # --- cases ----------------------------------------------------------------------------------------------
    def add_case(self, case: Case, pseudonym: str | None = None) -> Case:
        if not case.categories:
            raise KnownError("A case needs at least one category.")
        with transaction(self._conn):
            client_id = case.client_id
            if client_id is None:
                name = pseudonym or self.next_pseudonym()
                existing = self.client_by_pseudonym(name)
                client_id = existing.id if existing else self._insert_client(Client(pseudonym=name)).id
            cur = self._conn.execute(
                "INSERT INTO case_file(client_id, org_unit, status, opened, closed, outcome, position, gender)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    client_id,
                    case.org_unit,
                    case.status.value,
                    case.opened.isoformat(),
                    _iso(case.closed),
                    _val(case.outcome),
                    _val(case.position),
                    _val(case.gender),
                ),
            )
            case_id = int(cur.lastrowid or 0)
            self._set_categories(case_id, case.categories)
            self._audit("create", f"case:{case_id}")
        return replace(case, id=case_id, client_id=client_id)

    def update_case(self, case: Case) -> Case:
        if case.id is None:
            raise ValueError("update_case needs a case with an id")
        if not case.categories:
            raise KnownError("A case needs at least one category.")
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE case_file SET org_unit=?, status=?, opened=?, closed=?, outcome=?, position=?, gender=?"
                " WHERE id=?",
                (
                    case.org_unit,
                    case.status.value,
                    case.opened.isoformat(),
                    _iso(case.closed),
                    _val(case.outcome),
                    _val(case.position),
                    _val(case.gender),
                    case.id,
                ),
            )
            if cur.rowcount == 0:
                raise KnownError("There is no case {case}.", case=case.id)
            self._set_categories(case.id, case.categories)
            self._refresh_stats(case.id)
            self._audit("update", f"case:{case.id}")
        return case

    def close_case(self, case_id: int, outcome: Outcome, on: date) -> Case:
        case = self.case(case_id)
        return self.update_case(replace(case, status=CaseStatus.CLOSED, outcome=outcome, closed=on))

    def delete_case(self, case_id: int) -> None:
        """Destroy a case and everything in it. Its anonymous counts (contact_stat) stay."""
        with transaction(self._conn):
            cur = self._conn.execute("DELETE FROM case_file WHERE id = ?", (case_id,))
            if cur.rowcount == 0:
                raise KnownError("There is no case {case}.", case=case_id)
            self._audit("destroy", f"case:{case_id}")

    def _set_categories(self, case_id: int, categories: Sequence[str]) -> None:
        self._conn.execute("DELETE FROM case_category WHERE case_id = ?", (case_id,))
        self._conn.executemany(
            "INSERT INTO case_category(case_id, code) VALUES (?, ?)",
            [(case_id, code) for code in dict.fromkeys(categories)],
        )

    def case(self, case_id: int) -> Case:
        row = self._conn.execute(
            "SELECT id, client_id, org_unit, status, opened, closed, outcome, position, gender"
            " FROM case_file WHERE id = ?",
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
            closed=_date(row[5]),
            outcome=_enum(Outcome, row[6]),
            position=_enum(MelderPosition, row[7]),
            gender=_enum(Gender, row[8]),
            categories=self._categories(case_id),
        )

    def _categories(self, case_id: int) -> tuple[str, ...]:
        rows = self._conn.execute(
            "SELECT code FROM case_category WHERE case_id = ? ORDER BY code", (case_id,)
        ).fetchall()
        return tuple(r[0] for r in rows)

    def count_cases(self, flt: CaseFilter | None = None) -> int:
        where, params = _where(flt or CaseFilter())
        row = self._conn.execute(f"SELECT count(*) FROM case_file c {where}", params).fetchone()
        return int(row[0])

    def list_cases(
        self,
        flt: CaseFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 200,
        sort: str = "opened",
        descending: bool = True,
    ) -> list[CaseSummary]:
        """One page of the case list, with the pseudonym, categories and last contact of each case."""
        where, params = _where(flt or CaseFilter())
        order = SORT_COLUMNS.get(sort, "c.opened")
        direction = "DESC" if descending else "ASC"
        # first the page's ids (sorting needs only the sort key), then the details of those 200 rows alone
        ids = [
            r[0]
            for r in self._conn.execute(
                f"SELECT c.id FROM case_file c LEFT JOIN client cl ON cl.id = c.client_id {where}"
                f" ORDER BY {order} {direction}, c.id {direction} LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
        ]
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
        found = {
            r[0]: r
            for r in self._conn.execute(
                "SELECT c.id, cl.pseudonym, c.org_unit, c.status, c.opened, c.closed,"
                " (SELECT max(at) FROM conversation v WHERE v.case_id = c.id),"
                " (SELECT count(*) FROM conversation v WHERE v.case_id = c.id),"
                " (SELECT group_concat(code, ' ') FROM case_category k WHERE k.case_id = c.id)"
                " FROM case_file c LEFT JOIN client cl ON cl.id = c.client_id"
                f" WHERE c.id IN ({','.join('?' * len(ids))})",
                ids,
            )
        }
        rows = [found[i] for i in ids if i in found]
        return [
            CaseSummary(
                id=r[0],
                pseudonym=r[1] or "",
                org_unit=r[2],
                status=CaseStatus(r[3]),
                opened=date.fromisoformat(r[4]),
                closed=_date(r[5]),
                last_contact=_datetime(r[6]),
                conversations=int(r[7]),
                categories=tuple(sorted((r[8] or "").split())),
            )
            for r in rows
        ]

    # --- conversations --------------------------------------------------------------------------------------
    def add_conversation(self, conv: Conversation) -> Conversation:
        if conv.duration_min < 0:
            raise KnownError("A duration cannot be negative.")
        with transaction(self._conn):
            try:
                cur = self._conn.execute(
                    "INSERT INTO conversation(case_id, at, duration_min, channel, kind, notes)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        conv.case_id,
                        conv.when.isoformat(),
                        conv.duration_min,
                        conv.channel.value,
                        conv.kind.value,
                        conv.notes,
                    ),
                )
            except Exception as exc:
                if "FOREIGN KEY" in str(exc):
                    raise KnownError("There is no case {case}.", case=conv.case_id) from None
                raise
            saved = replace(conv, id=cur.lastrowid)
            self._refresh_stats(conv.case_id)
            self._audit("create", f"conversation:{saved.id}")
        return saved

    def update_conversation(self, conv: Conversation) -> Conversation:
        if conv.id is None:
            raise ValueError("update_conversation needs a conversation with an id")
        if conv.duration_min < 0:
            raise KnownError("A duration cannot be negative.")
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE conversation SET at=?, duration_min=?, channel=?, kind=?, notes=? WHERE id=?",
                (
                    conv.when.isoformat(),
                    conv.duration_min,
                    conv.channel.value,
                    conv.kind.value,
                    conv.notes,
                    conv.id,
                ),
            )
            if cur.rowcount == 0:
                raise KnownError("There is no conversation {conversation}.", conversation=conv.id)
            self._refresh_stats(conv.case_id)
            self._audit("update", f"conversation:{conv.id}")
        return conv

    def delete_conversation(self, conversation_id: int) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM conversation WHERE id = ?", (conversation_id,))
            self._conn.execute("DELETE FROM contact_stat WHERE conversation_id = ?", (conversation_id,))
            self._audit("delete", f"conversation:{conversation_id}")

    def conversation(self, conversation_id: int) -> Conversation:
        row = self._conn.execute(
            "SELECT id, case_id, at, duration_min, channel, kind, notes FROM conversation WHERE id = ?",
            (conversation_id,),
        ).fetchone()
        if row is None:
            raise KnownError("There is no conversation {conversation}.", conversation=conversation_id)
        return _conversation(row)

    def conversations(self, case_id: int) -> list[Conversation]:
        rows = self._conn.execute(
            "SELECT id, case_id, at, duration_min, channel, kind, notes FROM conversation"
            " WHERE case_id = ? ORDER BY at, id",
            (case_id,),
        ).fetchall()
        return [_conversation(r) for r in rows]

    # --- referrals ------------------------------------------------------------------------------------------
    def add_referral(self, ref: Referral) -> Referral:
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO referral(case_id, route, on_date, note, guide_version) VALUES (?, ?, ?, ?, ?)",
                (ref.case_id, ref.route, ref.on.isoformat(), ref.note, ref.guide_version),
            )
            saved = replace(ref, id=cur.lastrowid)
            self._refresh_stats(ref.case_id)
            self._audit("create", f"referral:{saved.id}")
        return saved

    def referrals(self, case_id: int) -> list[Referral]:
        rows = self._conn.execute(
            "SELECT id, case_id, route, on_date, note, guide_version FROM referral WHERE case_id = ?"
            " ORDER BY on_date, id",
            (case_id,),
        ).fetchall()
        return [
            Referral(id=r[0], case_id=r[1], route=r[2], on=date.fromisoformat(r[3]), note=r[4], guide_version=r[5])
            for r in rows
        ]

    # --- search ---------------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50, mark: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """Full-text search over all notes; every word of ``query`` must match (as a prefix).

        Newest notes first: FTS5 walks its index in rowid order and stops at ``limit``, so a common prefix
        costs milliseconds at 100,000 notes, where ranking by bm25 would score every match (docs/decisions.md).
        """
        match = fts_query(query)
        if not match:
            return []
        rows = self._conn.execute(
            "SELECT v.case_id, v.id, v.at, snippet(note_fts, 0, ?, ?, '…', 12)"
            " FROM note_fts JOIN conversation v ON v.id = note_fts.rowid"
            " WHERE note_fts MATCH ? ORDER BY note_fts.rowid DESC LIMIT ?",
            (mark[0], mark[1], match, limit),
        ).fetchall()
        return [SearchHit(case_id=r[0], conversation_id=r[1], when=_datetime(r[2]), snippet=r[3]) for r in rows]

    # --- statistics records (no personal data) --------------------------------------------------------------
    def _refresh_stats(self, case_id: int) -> None:
        """Rewrite the anonymous count rows of a case's conversations (same transaction as the change)."""
        row = self._conn.execute(
            "SELECT org_unit, outcome, position, gender FROM case_file WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            return
        categories = " ".join(self._categories(case_id))
        routes = " ".join(
            sorted({r[0] for r in self._conn.execute("SELECT route FROM referral WHERE case_id = ?", (case_id,))})
        )
        self._conn.execute(
            "INSERT OR REPLACE INTO contact_stat(conversation_id, month, categories, channel, kind, position,"
            " gender, org_unit, duration_min, routes, outcome)"
            " SELECT id, substr(at, 1, 7), ?, channel, kind, ?, ?, ?, duration_min, ?, ? FROM conversation"
            " WHERE case_id = ?",
            (categories, row[2], row[3], row[0], routes, row[1], case_id),
        )

    def contact_stats(self, year: int) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT month, categories, channel, kind, position, gender, org_unit, duration_min, routes, outcome"
            " FROM contact_stat WHERE month LIKE ? ORDER BY month",
            (f"{year:04d}-%",),
        ).fetchall()
        keys = (
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
        )
        return [dict(zip(keys, r, strict=True)) for r in rows]

    # --- settings -------------------------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self._conn):
            self._conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))

    # --- audit log ------------------------------------------------------------------------------------------
    def _audit(self, action: str, obj: str, result: str = "ok") -> None:
        self._conn.execute(
            "INSERT INTO audit_log(at, actor, action, object, result) VALUES (?, ?, ?, ?, ?)",
            (self._clock().isoformat(timespec="seconds"), self._actor, action, obj, result),
        )

    def audit(self, action: str, obj: str, result: str = "ok") -> None:
        with transaction(self._conn):
            self._audit(action, obj, result)

    def audit_entries(self, limit: int = 1000) -> list[AuditEntry]:
        rows = self._conn.execute(
            "SELECT id, at, actor, action, object, result FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [
            AuditEntry(id=r[0], at=datetime.fromisoformat(r[1]), actor=r[2], action=r[3], object=r[4], result=r[5])
            for r in rows
        ]


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 MATCH expression: each word quoted, as a prefix, all required."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words[:16])


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


def _conversation(row: Sequence[Any]) -> Conversation:
    return Conversation(
        id=row[0],
        case_id=row[1],
        when=datetime.fromisoformat(row[2]),
        duration_min=row[3],
        channel=Channel(row[4]),
        kind=ContactKind(row[5]),
        notes=row[6],
    )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _val(value: Any) -> str | None:
    return None if value is None else str(value.value)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _enum(kind: Any, value: str | None) -> Any:
    return None if value is None else kind(value)
