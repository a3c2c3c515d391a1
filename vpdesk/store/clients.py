"""Repository for clients (melders): a pseudonym, and a name only if the adviser chose to keep one."""

from __future__ import annotations

from dataclasses import replace

from vpdesk.domain.model import Client
from vpdesk.errors import KnownError
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.ids import next_id


class ClientStore:
    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def add(self, client: Client) -> Client:
        with transaction(self._conn):
            return self.insert(client)

    def insert(self, client: Client) -> Client:
        """Insert inside the caller's transaction."""
        try:
            cur = self._conn.execute(
                "INSERT INTO client(id, pseudonym, name) VALUES (?, ?, ?)",
                (next_id(self._conn, "client"), client.pseudonym, client.name),
            )
        except Exception as exc:
            if "UNIQUE" in str(exc):
                raise KnownError("That pseudonym is already in use.") from None
            raise
        self._audit.write("create", f"client:{cur.lastrowid}")
        return replace(client, id=cur.lastrowid)

    def rename(self, client_id: int, pseudonym: str) -> None:
        with transaction(self._conn):
            try:
                cur = self._conn.execute("UPDATE client SET pseudonym = ? WHERE id = ?", (pseudonym, client_id))
            except Exception as exc:
                if "UNIQUE" in str(exc):
                    raise KnownError("That pseudonym is already in use.") from None
                raise
            if cur.rowcount == 0:
                raise KnownError("There is no client {client}.", client=client_id)
            self._audit.write("update", f"client:{client_id}")

    def get(self, client_id: int) -> Client:
        row = self._conn.execute("SELECT id, pseudonym, name FROM client WHERE id = ?", (client_id,)).fetchone()
        if row is None:
            raise KnownError("There is no client {client}.", client=client_id)
        return Client(id=row[0], pseudonym=row[1], name=row[2])

    def by_pseudonym(self, pseudonym: str) -> Client | None:
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
        """ "M-" and the number of the next client: never a destroyed client's number (ids are never reused), so
        papers and bookings that name "M-0004" keep meaning one melder."""
        row = self._conn.execute("SELECT count(*) FROM client").fetchone()
        number = max(int(row[0]) + 1, next_id(self._conn, "client"))
        while self.by_pseudonym(f"M-{number:04d}") is not None:
            number += 1
        return f"M-{number:04d}"
