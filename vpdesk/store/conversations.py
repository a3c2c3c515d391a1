"""Repository for conversations: when, how long, by which channel, first contact or follow-up, and the notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from vpdesk.domain.model import Channel, ContactKind, Conversation
from vpdesk.errors import KnownError
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.contact_stats import ContactStats
from vpdesk.store.ids import next_id

_COLUMNS = "id, case_id, at, duration_min, channel, kind, notes"


class ConversationStore:
    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit
        self._stats = ContactStats(conn)

    def add(self, conv: Conversation) -> Conversation:
        """A new conversation; one with an id (an undone deletion) comes back under that id."""
        with transaction(self._conn):
            return self._insert(conv)

    def _insert(self, conv: Conversation) -> Conversation:
        """Inside the caller's transaction."""
        _check(conv)
        try:
            cur = self._conn.execute(
                "INSERT INTO conversation(id, case_id, at, duration_min, channel, kind, notes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    conv.id if conv.id is not None else next_id(self._conn, "conversation"),
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
        self._stats.refresh(conv.case_id)
        self._audit.write("create", f"conversation:{saved.id}")
        return saved

    def update(self, conv: Conversation) -> Conversation:
        if conv.id is None:
            raise ValueError("update needs a conversation with an id")
        _check(conv)
        with transaction(self._conn):
            self._update(conv)
        return conv

    def update_if(
        self,
        conv: Conversation,
        make: Callable[[Conversation], Conversation | None],
        if_gone: Callable[[], Conversation] | None = None,
    ) -> Conversation:
        """Read the stored conversation, let ``make`` decide what to write from it (None: nothing), and write that,
        all in one transaction: no other process can write in between (trial F21). Returns what is stored after.
        When it was deleted meanwhile, ``if_gone`` gives the conversation to add instead (without it: KnownError)."""
        if conv.id is None:
            raise ValueError("update needs a conversation with an id")
        with transaction(self._conn):
            row = self._conn.execute(f"SELECT {_COLUMNS} FROM conversation WHERE id = ?", (conv.id,)).fetchone()
            if row is None:
                if if_gone is None:
                    raise KnownError("There is no conversation {conversation}.", conversation=conv.id)
                return self._insert(if_gone())
            stored = _conversation(row)
            new = make(stored)
            if new is None or new == stored:
                return stored
            _check(new)
            self._update(new)
        return new

    def _update(self, conv: Conversation) -> None:
        """Inside the caller's transaction."""
        cur = self._conn.execute(
            "UPDATE conversation SET at=?, duration_min=?, channel=?, kind=?, notes=? WHERE id=?",
            (conv.when.isoformat(), conv.duration_min, conv.channel.value, conv.kind.value, conv.notes, conv.id),
        )
        if cur.rowcount == 0:
            raise KnownError("There is no conversation {conversation}.", conversation=conv.id)
        self._stats.refresh(conv.case_id)
        self._audit.write("update", f"conversation:{conv.id}")

    def delete(self, conversation_id: int) -> Conversation:
        """Remove a conversation (its index entry goes with it) and its count row; returns it, for an undo."""
        conv = self.get(conversation_id)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM conversation WHERE id = ?", (conversation_id,))
            self._stats.forget(conversation_id)
            self._audit.write("delete", f"conversation:{conversation_id}", scope=f"case:{conv.case_id}")
        return conv

    def get(self, conversation_id: int) -> Conversation:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM conversation WHERE id = ?", (conversation_id,)).fetchone()
        if row is None:
            raise KnownError("There is no conversation {conversation}.", conversation=conversation_id)
        return _conversation(row)

    def for_case(self, case_id: int) -> list[Conversation]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM conversation WHERE case_id = ? ORDER BY at, id", (case_id,)
        ).fetchall()
        return [_conversation(r) for r in rows]

    def any_for_case(self, case_id: int) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM conversation WHERE case_id = ? LIMIT 1", (case_id,)).fetchone()
            is not None
        )


def _check(conv: Conversation) -> None:
    if conv.duration_min < 0:
        raise KnownError("A duration cannot be negative.")


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
