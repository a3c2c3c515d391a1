"""Repository for this vault's own keys and, in a coordinator vault, the trusted advisers and their imports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from vpdesk.errors import KnownError
from vpdesk.store.connection import Connection, transaction


@dataclass(frozen=True, slots=True)
class TrustedAdviser:
    fingerprint: str
    public_key: str
    label: str
    added: str
    removed: str = ""  # when removed from the trust list with their figures kept ("" = trusted)


@dataclass(frozen=True, slots=True)
class StatsImport:
    adviser: str
    year: int
    quarter: int  # 0 = the whole year
    tables: str  # canonical JSON of the verified tables
    file_sha256: str
    imported: str
    created: str = ""  # when the adviser made it (signed), UTC ISO
    sequence: int = 0  # the adviser's export number (signed)
    first_imported: str = ""  # when this adviser's figures for this period first arrived


class KeyStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # --- own identities -------------------------------------------------------------------------------------
    def identity(self, kind: str) -> tuple[bytes, str] | None:
        row = self._conn.execute("SELECT secret, public FROM identity WHERE kind = ?", (kind,)).fetchone()
        return None if row is None else (bytes(row[0]), str(row[1]))

    def set_identity(self, kind: str, secret: bytes, public: str, created: datetime) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT OR REPLACE INTO identity(kind, secret, public, created) VALUES (?, ?, ?, ?)",
                (kind, secret, public, created.isoformat(timespec="seconds")),
            )

    # --- trust list (coordinator) ---------------------------------------------------------------------------
    def trust(self, adviser: TrustedAdviser) -> None:
        with transaction(self._conn):
            row = self._conn.execute(
                "SELECT fingerprint, removed FROM trusted_adviser WHERE public_key = ?", (adviser.public_key,)
            ).fetchone()
            if row is not None and not row[1]:
                raise KnownError("That adviser is already trusted ({fingerprint}).", fingerprint=row[0])
            if row is not None:  # removed earlier with the figures kept: trusted again
                self._conn.execute(
                    "UPDATE trusted_adviser SET removed = '', label = ? WHERE fingerprint = ?", (adviser.label, row[0])
                )
                return
            self._conn.execute(
                "INSERT INTO trusted_adviser(fingerprint, public_key, label, added) VALUES (?, ?, ?, ?)",
                (adviser.fingerprint, adviser.public_key, adviser.label, adviser.added),
            )

    def untrust(self, fingerprint: str, keep_figures: bool = False, when: str = "") -> None:
        """Remove an adviser from the trust list: with every figure imported from them, or keeping the figures
        (``when`` is kept as the moment of removal; no new import is accepted)."""
        with transaction(self._conn):
            if keep_figures:
                cur = self._conn.execute(
                    "UPDATE trusted_adviser SET removed = ? WHERE fingerprint = ? AND removed = ''",
                    (when or "removed", fingerprint),
                )
            else:
                self._conn.execute("DELETE FROM stats_import WHERE adviser = ?", (fingerprint,))
                cur = self._conn.execute("DELETE FROM trusted_adviser WHERE fingerprint = ?", (fingerprint,))
            if cur.rowcount == 0:
                raise KnownError("No trusted adviser has the fingerprint {fingerprint}.", fingerprint=fingerprint)

    def rename(self, fingerprint: str, label: str) -> None:
        with transaction(self._conn):
            cur = self._conn.execute("UPDATE trusted_adviser SET label = ? WHERE fingerprint = ?", (label, fingerprint))
            if cur.rowcount == 0:
                raise KnownError("No trusted adviser has the fingerprint {fingerprint}.", fingerprint=fingerprint)

    def trusted(self) -> list[TrustedAdviser]:
        """The advisers whose exports are accepted."""
        return [a for a in self.advisers() if not a.removed]

    def advisers(self) -> list[TrustedAdviser]:
        """Every adviser on the list, also those removed with their figures kept."""
        rows = self._conn.execute(
            "SELECT fingerprint, public_key, label, added, removed FROM trusted_adviser ORDER BY label, fingerprint"
        ).fetchall()
        return [TrustedAdviser(*r) for r in rows]

    # --- imports (coordinator) ------------------------------------------------------------------------------
    def store_import(self, item: StatsImport) -> bool:
        """Store one verified export in its own transaction; replaces an earlier one of the same adviser and
        period. Returns True when it replaced one."""
        return self.store_imports([item])[0]

    def store_imports(
        self, items: Sequence[StatsImport], each: Callable[[StatsImport, bool], None] | None = None
    ) -> list[bool]:
        """Store several verified exports in one transaction (a batch: short, and one commit for many); ``each``
        runs inside it after every item (the caller's audit entry). True where an earlier one was replaced."""
        out = []
        with transaction(self._conn):
            for item in items:
                row = self._conn.execute(
                    "DELETE FROM stats_import WHERE adviser = ? AND year = ? AND quarter = ?"
                    " RETURNING CASE first_imported WHEN '' THEN imported ELSE first_imported END",
                    (item.adviser, item.year, item.quarter),
                ).fetchone()
                self._conn.execute(
                    "INSERT INTO stats_import(adviser, year, quarter, tables, file_sha256, imported, created, sequence,"
                    " first_imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        item.adviser,
                        item.year,
                        item.quarter,
                        item.tables,
                        item.file_sha256,
                        item.imported,
                        item.created,
                        item.sequence,
                        row[0] if row else item.imported,
                    ),
                )
                out.append(row is not None)
                if each is not None:
                    each(item, row is not None)
        return out

    def stored_import(self, adviser: str, year: int, quarter: int) -> StatsImport | None:
        row = self._conn.execute(
            "SELECT adviser, year, quarter, tables, file_sha256, imported, created, sequence, first_imported"
            " FROM stats_import WHERE adviser = ? AND year = ? AND quarter = ?",
            (adviser, year, quarter),
        ).fetchone()
        return None if row is None else StatsImport(*row)

    def import_dates(self, year: int) -> list[tuple[str, int, str, str]]:
        """(adviser, quarter, imported, first imported) of every import of ``year``, without the tables: the
        delivery overview reads this on the UI thread, also with 10,000 advisers."""
        rows = self._conn.execute(
            "SELECT adviser, quarter, imported, first_imported FROM stats_import WHERE year = ?"
            " ORDER BY adviser, quarter",
            (year,),
        ).fetchall()
        return [(str(a), int(q), str(i), str(f)) for a, q, i, f in rows]

    def imports(self, year: int) -> list[StatsImport]:
        rows = self._conn.execute(
            "SELECT adviser, year, quarter, tables, file_sha256, imported, created, sequence, first_imported"
            " FROM stats_import WHERE year = ?"
            " ORDER BY adviser, quarter",
            (year,),
        ).fetchall()
        return [StatsImport(*r) for r in rows]
