"""Vault work off the UI thread: the read lane, workers' own connections, and writes that overlap."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial

import pytest

from tests.services.conftest import NOW
from vpdesk.domain.model import CaseFilter
from vpdesk.errors import KnownError, VaultLocked
from vpdesk.exchange.identity import new_age_identity
from vpdesk.services import cases, stats
from vpdesk.services.lanes import JOB_CACHE_MIB
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


def test_a_job_reads_with_a_small_page_cache_and_the_lanes_with_the_vaults(session: Session) -> None:
    """A job reads each page about once: its small cache spares the UI thread a 64 MiB cache's allocations."""

    def cache_kib(db: Repositories) -> int:
        return -int(db.connection.execute("PRAGMA cache_size").fetchone()[0])

    assert session.job(cache_kib)() == JOB_CACHE_MIB * 1024
    assert session.reader.run(cache_kib) == cache_kib(session.vault) > JOB_CACHE_MIB * 1024


def test_locking_closes_the_lane_and_jobs_need_an_open_vault(session: Session) -> None:
    lane = session.reader
    session.lock()
    with pytest.raises(VaultLocked):  # the lane is closed, its thread gone with its connection
        lane.submit(lambda db: None)
    with pytest.raises(VaultLocked):
        session.job(lambda db: None)
    with pytest.raises(VaultLocked):
        _ = session.reader
    with pytest.raises(VaultLocked):
        session.write(lambda db: None)


def test_an_export_overlapping_autosaves_both_succeed(session: Session) -> None:
    """The export counts, signs and encrypts on a read-only connection of its own and hands its one write (the
    audit entry) to the write lane; the UI's autosaves go to the same lane. Both succeed, in turn. (On the one
    shared connection of before, an overlap failed and was reported as 'vault damaged'.)"""
    recipient = new_age_identity()[1]
    conv = session.vault.conversations.for_case(1)[0]
    errors: list[BaseException] = []
    exports: list[bytes] = []
    start = threading.Barrier(2)

    def export_loop() -> None:
        start.wait()
        when = datetime(2026, 12, 1).astimezone()
        count = session.job(lambda db: stats.prepare_export(db, 2026, 0, recipient, 1, when))
        try:
            for _ in range(10):
                exports.append(count().data)
                session.write(lambda db: stats.record_export(db, 2026, 0))
        except BaseException as exc:
            errors.append(exc)

    session.write(lambda db: stats.identity(db, NOW))  # the signing key, made once, as the app does at opening
    worker = threading.Thread(target=export_loop)
    worker.start()
    start.wait()
    saved = 0
    while worker.is_alive() or saved < 20:  # an adviser typing: a save every few milliseconds, far more than real
        time.sleep(0.002)
        saved += 1
        conv = replace(conv, notes=f"autosave {saved}")
        assert session.write(partial(cases.save_conversation, edited=conv)) is not None
    worker.join()
    assert errors == [] and len(exports) == 10
    assert session.vault.conversations.get(conv.id or 0).notes == f"autosave {saved}"
    assert sum(e.action == "export" for e in session.vault.audit.entries(limit=100_000)) == 10


def test_a_slow_write_delays_the_next_write_but_no_read(session: Session) -> None:
    """Writes take turns on the write lane; reads (the list, an export's counting) never wait for them."""
    session.write(lambda db: stats.identity(db, NOW))  # the signing key, made at opening as the app does
    release = threading.Event()
    held = session.writer.submit(lambda db: release.wait(5))  # a write in progress, as long as we like
    assert session.reader.submit(lambda db: cases.count(db, CaseFilter())).result(timeout=2) == 5
    recipient, when = new_age_identity()[1], datetime(2026, 12, 1).astimezone()
    queued = session.writer.submit(lambda db: cases.add_case(db, ["oo.pesten"], NOW.date()))
    time.sleep(0.1)
    assert not queued.done()  # waiting its turn, not failing
    release.set()
    assert held.result(timeout=5) is True and queued.result(timeout=5).id == 6
    prepared = session.job(lambda db: stats.prepare_export(db, 2026, 0, recipient, 1, when))()
    assert prepared.data.startswith(b"age-encryption.org/v1")  # counted, signed and encrypted on a read-only connection
    assert prepared.payload["tables"]["totals"]["conversations"] == 5


def test_a_job_cannot_write_and_a_write_from_the_lane_itself_does_not_wait_for_itself(session: Session) -> None:
    with pytest.raises(KnownError):
        session.job(lambda db: db.settings.set("x", "1"))()
    nested = session.write(lambda db: session.write(lambda inner: inner is db))
    assert nested is True


def _wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def test_a_write_from_a_worker_while_the_lock_waits_for_the_lane_says_locked(session: Session) -> None:
    """A worker's writing half that arrives while lock() waits for the write lane to drain gets VaultLocked (a
    KnownError, shown calmly), not the executor's RuntimeError (an unexpected error, logged as a bug)."""
    release = threading.Event()
    lane = session.writer
    lane.submit(lambda db: release.wait(5))  # a write in progress: the lock waits for it
    locker = threading.Thread(target=session.lock)
    locker.start()
    _wait_for(lambda: lane._executor._shutdown)  # the lock is closing the lane, the vault is still open
    try:
        with pytest.raises(VaultLocked):
            session.write(lambda db: None)
    finally:
        release.set()
        locker.join(5)


def test_locking_ends_a_workers_job_and_its_connection(session: Session) -> None:
    """DESIGN 3: locking closes every connection. A job still running when the vault locks reads no case content
    afterwards; it fails with VaultLocked, and its connection is closed by the time lock() returns."""
    inside, go_on = threading.Event(), threading.Event()
    used: list[Repositories] = []
    outcome: list[object] = []

    def work(db: Repositories) -> object:
        used.append(db)
        inside.set()
        go_on.wait(5)
        return cases.search(db, "werkdruk").hits  # case content, asked for after the lock

    def worker() -> None:
        try:
            outcome.append(session.job(work)())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    unlock_later = threading.Timer(0.2, go_on.set)  # the worker goes on reading while (or after) the lock runs
    unlock_later.start()
    session.lock()
    closed_at_lock = not used[0].is_open
    go_on.set()
    thread.join(5)
    unlock_later.cancel()
    assert isinstance(outcome[0], VaultLocked), outcome
    assert closed_at_lock
