"""Settings kept inside the vault (its role, whether it is the practice vault): key and text value."""

from __future__ import annotations

from vpdesk.store.connection import Connection, transaction


class SettingStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        with transaction(self._conn):
            self._conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))
