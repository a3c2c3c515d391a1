"""Vault work off the UI thread: the read lane, workers' own connections, and writes that overlap."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import pytest

from tests.services.conftest import NOW
from vpdesk.domain.model import CaseFilter
from vpdesk.errors import KnownError, VaultLocked
from vpdesk.exchange.identity import new_age_identity
from vpdesk.services import cases, stats
from vpdesk.services.session import Session
from vpdesk.store.repositories import Repositories


def test_the_read_lane_reads_on_its_own_connection_and_sees_committed_writes(session: Session) -> None:
    ui = session.vault.connection
    seen = session.reader.submit(lambda db: (db.connection is not ui, cases.count(db, CaseFilter()))).result()
    assert seen == (True, 5)
    cases.add_case(session.vault, ["oo.pesten"], NOW.date())
    assert session.reader.submit(lambda db: cases.count(db, CaseFilter())).result() == 6
    hits = session.reader.submit(lambda db: cases.search(db, "werkdruk")).result()
    assert len(hits.hits) == 5 and set(hits.pseudonyms.values()) == {f"Melder-{i}" for i in range(5)}


def test_the_read_lane_cannot_write(session: Session) -> None:
    with pytest.raises(KnownError):
        session.reader.submit(lambda db: db.settings.set("x", "1")).result()


def test_a_job_runs_on_a_connection_of_its_own_and_closes_it(session: Session) -> None:
    used: list[Repositories] = []

    def on_own_connection(db: Repositories) -> bool:
        used.append(db)
        return db.connection is not session.vault.connection

    work = session.job(on_own_connection)
    assert work() is True
    assert not used[0].is_open  # closed when the job ended


def test_locking_closes_the_lane_and_jobs_need_an_open_vault(session: Session) -> None:
    lane = session.reader
    session.lock()
    with pytest.raises(RuntimeError):  # the lane's thread is gone with its connection
        lane.submit(lambda db: None)
    with pytest.raises(VaultLocked):
        session.job(lambda db: None)
    with pytest.raises(VaultLocked):
        _ = session.reader


def test_an_export_overlapping_autosaves_both_succeed(session: Session) -> None:
    """The export's BEGIN IMMEDIATE (audit, signing key) runs on the worker's connection while the UI thread
    keeps saving notes on its own: both wait their turn at SQLite's write lock and both succeed. (On one shared
    connection, an overlap failed and was reported as 'vault damaged'.)"""
    recipient = new_age_identity()[1]
    conv = session.vault.conversations.for_case(1)[0]
    errors: list[BaseException] = []
    exports: list[bytes] = []
    start = threading.Barrier(2)

    def export_loop() -> None:
        start.wait()
        when = datetime(2026, 12, 1).astimezone()
        try:
            for _ in range(10):
                exports.append(session.job(lambda db: stats.export(db, 2026, 0, recipient, 1, when))())
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=export_loop)
    worker.start()
    start.wait()
    saved = 0
    while worker.is_alive() or saved < 20:  # an adviser typing: a save every few milliseconds, far more than real
        time.sleep(0.005)
        saved += 1
        edited = replace(conv, notes=f"autosave {saved}")
        assert cases.save_conversation(session.vault, edited) is not None
        conv = edited
    worker.join()
    assert errors == [] and len(exports) == 10
    assert session.vault.conversations.get(conv.id or 0).notes == f"autosave {saved}"
    assert sum(e.action == "export" for e in session.vault.audit.entries(limit=100_000)) == 10


def test_an_export_waits_for_a_save_in_progress_instead_of_failing(session: Session) -> None:
    """Deterministic form of the overlap: the UI connection is inside a write transaction when the export starts.
    On its own connection the export waits and then succeeds; on the shared connection of before, its BEGIN
    IMMEDIATE failed at once ('cannot start a transaction within a transaction'), shown as 'vault damaged'."""
    recipient = new_age_identity()[1]
    when = datetime(2026, 12, 1).astimezone()
    outcome: list[object] = []
    ui = session.vault.connection
    ui.execute("BEGIN IMMEDIATE")  # an autosave half-way
    worker = threading.Thread(
        target=lambda: outcome.append(_try(session.job(lambda db: stats.export(db, 2026, 0, recipient, 1, when))))
    )
    worker.start()
    worker.join(0.3)
    assert worker.is_alive() and outcome == []  # waiting for the save, not failing
    ui.execute("COMMIT")
    worker.join(10)
    assert isinstance(outcome[0], bytes)


def _try(work: Callable[[], bytes]) -> object:
    try:
        return work()
    except BaseException as exc:
        return exc
