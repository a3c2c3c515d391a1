"""The repositories of one open connection. A `Vault` is one; a worker's own connection is another."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime

from vpdesk.errors import VaultLocked
from vpdesk.store.agenda import AgendaStore
from vpdesk.store.audit import AuditLog
from vpdesk.store.bookings import BookingStore
from vpdesk.store.cases import CaseStore
from vpdesk.store.clients import ClientStore
from vpdesk.store.connection import Connection, DatabaseError
from vpdesk.store.contact_stats import ContactStats
from vpdesk.store.conversations import ConversationStore
from vpdesk.store.formal_reports import FormalReportStore
from vpdesk.store.guide_answers import GuideAnswerStore
from vpdesk.store.keys import KeyStore
from vpdesk.store.referrals import ReferralStore
from vpdesk.store.search import IndexMaintenance, NoteSearch
from vpdesk.store.settings import SettingStore

Clock = Callable[[], datetime]


class Repositories:
    """Each property is a repository on this connection; all raise VaultLocked once the connection is closed."""

    def __init__(self, conn: Connection, clock: Clock) -> None:
        self._conn: Connection | None = conn
        self._clock = clock

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def audit(self) -> AuditLog:
        return AuditLog(self.connection, self._clock)

    @property
    def agenda(self) -> AgendaStore:
        return AgendaStore(self.connection)

    @property
    def clients(self) -> ClientStore:
        return ClientStore(self.connection, self.audit)

    @property
    def cases(self) -> CaseStore:
        return CaseStore(self.connection, self.audit)

    @property
    def conversations(self) -> ConversationStore:
        return ConversationStore(self.connection, self.audit)

    @property
    def referrals(self) -> ReferralStore:
        return ReferralStore(self.connection, self.audit)

    @property
    def guide_answers(self) -> GuideAnswerStore:
        return GuideAnswerStore(self.connection)

    @property
    def search(self) -> NoteSearch:
        return NoteSearch(self.connection)

    @property
    def index(self) -> IndexMaintenance:
        return IndexMaintenance(self.connection)

    @property
    def contact_stats(self) -> ContactStats:
        return ContactStats(self.connection)

    @property
    def settings(self) -> SettingStore:
        return SettingStore(self.connection)

    @property
    def keys(self) -> KeyStore:
        return KeyStore(self.connection)

    @property
    def formal_reports(self) -> FormalReportStore:
        return FormalReportStore(self.connection, self.audit)

    @property
    def bookings(self) -> BookingStore:
        return BookingStore(self.connection)

    def _close_connection(self, *, checkpoint: bool = False) -> None:
        """Close (safe twice); with ``checkpoint``, first fold the WAL back into the database file."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if checkpoint:
            with contextlib.suppress(DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()


class WorkerConnection(Repositories):
    """A second connection to an open vault, for one worker thread (never the UI thread's connection).

    It shares the vault's lock and keys and holds no key of its own once opened; closing it leaves the vault open.
    """

    _revoked = False

    @property
    def connection(self) -> Connection:
        if self._revoked:
            raise VaultLocked()
        return super().connection

    @property
    def revoked(self) -> bool:
        return self._revoked

    def revoke(self) -> None:
        """From another thread (the lock): stop the statement in progress; every later use raises VaultLocked.
        The thread that owns the connection still closes it."""
        self._revoked = True
        if self._conn is not None:
            self._conn.interrupt()

    def close(self) -> None:
        self._close_connection()

    def __enter__(self) -> WorkerConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
