"""The connection layer: what a failed statement means to the user, transactions that roll back whole, a busy
vault that says so instead of hanging, and atomic writes that leave the old file when they fail."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
import sqlcipher3

from vpdesk.errors import KnownError, VaultDamaged
from vpdesk.files import write_atomic
from vpdesk.store.connection import connect, transaction, translate
from vpdesk.store.paths import VaultLock, default_home

KEY = bytes(range(32))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "v.db"
    conn = connect(path, KEY)
    conn.execute("CREATE TABLE t (x INTEGER NOT NULL)")
    conn.close()
    return path


@pytest.mark.parametrize(
    ("error", "says"),
    [
        (sqlcipher3.OperationalError("database or disk is full"), "The disk is full"),
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
        (sqlcipher3.OperationalError("database is locked"), "busy in another process"),
        (sqlcipher3.OperationalError("attempt to write a readonly database"), "cannot be written"),
        (sqlcipher3.OperationalError("unable to open database file"), "cannot be written"),
        (sqlcipher3.OperationalError("disk I/O error"), "could not be written to disk"),
        (sqlcipher3.DatabaseError("file is not a database"), "damaged or has been tampered with"),
        (sqlcipher3.DatabaseError("database disk image is malformed"), "damaged or has been tampered with"),
    ],
)
def test_each_database_failure_gets_the_sentence_a_user_can_act_on(error: Exception, says: str) -> None:
    assert says in translate(error).message


def test_an_unknown_failure_reads_as_damaged_with_its_first_line_only() -> None:
    problem = translate(sqlcipher3.DatabaseError("something new " + "x" * 200 + "\nwith a second line"))
    assert isinstance(problem, VaultDamaged)
    assert problem.hint == ("something new " + "x" * 200)[:80]  # the first line, at most 80 characters of it


def test_the_wrong_key_or_a_file_that_is_no_database_is_damaged(db: Path, tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged):
        connect(db, bytes(32))
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(VaultDamaged):
        connect(junk, KEY)


def test_a_python_error_inside_a_transaction_rolls_back_all_of_it(db: Path) -> None:
    conn = connect(db, KEY)
    with pytest.raises(ValueError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        raise ValueError("a bug halfway")
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    with transaction(conn):  # and the connection is fit for the next one
        conn.execute("INSERT INTO t VALUES (2)")
    assert conn.execute("SELECT x FROM t").fetchall() == [(2,)]
    conn.close()


def test_a_failed_statement_rolls_back_the_statements_before_it_and_says_so(db: Path) -> None:
    conn = connect(db, KEY)
    with pytest.raises(KnownError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("INSERT INTO t VALUES (NULL)")  # NOT NULL
    assert not conn.in_transaction
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    conn.close()


def test_a_vault_another_writer_holds_says_busy_instead_of_waiting(db: Path) -> None:
    writer, other = connect(db, KEY), connect(db, KEY)
    other.execute("PRAGMA busy_timeout = 0")  # the real 10 s wait, cut short for the test
    with transaction(writer):
        writer.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(KnownError, match="busy in another process"), transaction(other):
            other.execute("INSERT INTO t VALUES (2)")
    assert other.execute("SELECT x FROM t").fetchall() == [(1,)]
    writer.close()
    other.close()


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.keys"
    write_atomic(target, b"old")

    def refuse(src: object, dst: object) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr("vpdesk.files.os.replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["vault.keys"]
    monkeypatch.undo()
    write_atomic(target, b"new", mode=0o600)
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600


def test_an_exclusive_lock_waits_for_no_one_and_says_who_holds_the_vault(tmp_path: Path) -> None:
    open_vault, restore = VaultLock(tmp_path / "vault.lock"), VaultLock(tmp_path / "vault.lock")
    open_vault.acquire()  # shared: the vault is open
    with pytest.raises(KnownError, match="open in another vpdesk window"), restore.exclusive():
        pass
    open_vault.release()
    with restore.exclusive(), pytest.raises(KnownError):  # nobody else holds it now
        open_vault.acquire()  # and an open waits for no restore either
    restore.release()


def test_without_vpdesk_home_the_vault_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VPDESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_home() == tmp_path / "data" / "vpdesk"
    monkeypatch.setenv("VPDESK_HOME", "~/elders")
    assert default_home() == Path.home() / "elders"
