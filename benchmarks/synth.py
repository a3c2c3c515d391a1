"""A deterministic synthetic vault: the same rows loaded by the same SQL into SQLCipher and plain SQLite."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from vpdesk.services.demo import CATEGORIES, ORG_UNITS, note_text
from vpdesk.store import migrations, terms
from vpdesk.store.keyslots import Argon2Params
from vpdesk.store.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
CHANNELS = ("in_person", "phone", "video", "mail")
TODAY = date(2026, 11, 1)


@dataclass
class Rows:
    clients: list[tuple[Any, ...]]
    cases: list[tuple[Any, ...]]
    categories: list[tuple[Any, ...]]
    conversations: list[tuple[Any, ...]]


def make_rows(n_cases: int, convs_per_case: int, seed: int = 1) -> Rows:
    rng = random.Random(seed)
    clients, cases, cats, convs = [], [], [], []
    conv_id = 0
    for i in range(1, n_cases + 1):
        opened = TODAY - timedelta(days=rng.randrange(0, 700))
        clients.append((i, f"M-{i:05d}", None))
        status = "closed" if i % 3 == 0 else "open"
        cases.append((i, i, rng.choice(ORG_UNITS), status, opened.isoformat(), None, None, "employee", None))
        for code in sorted(set(rng.sample(CATEGORIES, rng.choice((1, 1, 2))))):
            cats.append((i, code))
        when = datetime.combine(opened, datetime.min.time()).replace(hour=9)
        for n in range(convs_per_case):
            conv_id += 1
            convs.append(
                (
                    conv_id,
                    i,
                    when.isoformat(),
                    rng.choice((15, 30, 45, 60)),
                    rng.choice(CHANNELS),
                    "first" if n == 0 else "follow_up",
                    note_text(rng, 500),
                )
            )
            when += timedelta(days=rng.randrange(2, 20), hours=rng.randrange(0, 6))
    return Rows(clients, cases, cats, convs)


def load(conn: Any, rows: Rows, batch: int = 5000) -> None:
    """The bulk path: the store's schema, executemany in large transactions, FTS kept in sync by its triggers."""
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO client(id, pseudonym, name) VALUES (?, ?, ?)", rows.clients)
    conn.executemany(
        "INSERT INTO case_file(id, client_id, org_unit, status, opened, closed, outcome, position, gender)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.cases,
    )
    conn.executemany("INSERT INTO case_category(case_id, code) VALUES (?, ?)", rows.categories)
    conn.execute("COMMIT")
    for start in range(0, len(rows.conversations), batch):
        chunk = rows.conversations[start : start + batch]
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO conversation(id, case_id, at, duration_min, channel, kind, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            chunk,
        )
        conn.execute(
            "INSERT INTO contact_stat(conversation_id, month, categories, channel, kind, position, org_unit,"
            " duration_min) SELECT v.id, substr(v.at, 1, 7), '', v.channel, v.kind, c.position, c.org_unit,"
            " v.duration_min FROM conversation v JOIN case_file c ON c.id = v.case_id WHERE v.id BETWEEN ? AND ?",
            (chunk[0][0], chunk[-1][0]),
        )
        conn.execute("COMMIT")


def plain_connect(path: Path) -> sqlite3.Connection:
    """Plain SQLite with the same PRAGMAs as the vault, minus the cipher ones: the vault's own engine (sqlcipher3,
    SQLite 3.51) without a key, so the comparison is encryption alone. The system's sqlite3 (3.40 on Debian 12)
    cannot run the schema: FTS5's secure-delete (migration 10) needs 3.42."""
    import sqlcipher3

    conn: sqlite3.Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    terms.register(conn)
    return conn


def bench_params() -> Argon2Params:
    """The benchmark vault uses fixed production-size parameters (64 MiB, t=2) so runs are comparable."""
    return Argon2Params(64 * 1024, 2)


def build_vault(
    home: Path,
    n_cases: int = 10_000,
    convs_per_case: int = 10,
    seed: int = 1,
    passphrase: str = PASSPHRASE,
    rows: Rows | None = None,
) -> str:
    """Create (once) a synthetic encrypted vault in ``home``; returns its passphrase."""
    marker = home / f".built-{n_cases}-{convs_per_case}-{seed}"
    if marker.exists():
        return passphrase
    if home.exists():
        for p in home.iterdir():
            p.unlink()
    vault, _ = Vault.create(home, passphrase, params=bench_params())
    load(vault.connection, rows or make_rows(n_cases, convs_per_case, seed))
    vault.close()
    marker.touch()
    return passphrase


def build_plain(path: Path, rows: Rows) -> sqlite3.Connection:
    conn = plain_connect(path)
    migrations.migrate(conn)
    load(conn, rows)
    return conn


def words(rows: Rows, n: int, seed: int = 3) -> Iterator[str]:
    rng = random.Random(seed)
    vocab = sorted({w.strip(".,:").lower() for _, _, _, _, _, _, t in rows.conversations[:2000] for w in t.split()})
    vocab = [w for w in vocab if len(w) >= 4]
    for i in range(n):
        if i % 10 == 9:
            yield rng.choice(("klokkenluider", "dienstauto privéritten", "represailles", "zzyzx"))
        elif i % 3 == 0:
            yield f"{rng.choice(vocab)} {rng.choice(vocab)[:4]}"
        else:
            yield rng.choice(vocab)[: rng.randrange(3, 8)]


def build_engine(path: Path, rows: Rows) -> None:
    """The vault's own SQLite engine (sqlcipher3) with no key: same PRAGMAs, same SQL, no encryption."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    for pragma in (
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "temp_store = MEMORY",
        "secure_delete = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    terms.register(conn)
    migrations.migrate(conn)
    load(conn, rows)
    conn.close()
