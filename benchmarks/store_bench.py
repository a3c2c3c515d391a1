"""The vault at scale: 10,000 cases, 100,000 conversations with ~500-byte notes, beside plain SQLite."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.synth import PASSPHRASE, build_engine, build_plain, build_vault, make_rows, plain_connect, words
from vpdesk.store.connection import connect
from vpdesk.store.keyslots import SlotFile, derive_argon2
from vpdesk.store.repositories import Repositories
from vpdesk.store.vault import Vault

CACHE = Path(__file__).resolve().parent.parent / ".bench-cache"
N_CASES, CONVS = 10_000, 10
QUERIES = 200


def _clock() -> datetime:
    return datetime.now(UTC)


def _timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def _peak_rss(kind: str, path: Path) -> float:
    """Peak resident memory (MiB, VmHWM) of a child that opens the store, loads a page and runs the queries."""
    code = (
        "from benchmarks.store_bench import _workload; "
        f"_workload({kind!r}, {str(path)!r}); "
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return int(out.stdout.split()[-1]) / 1024


def _workload(kind: str, path: str) -> None:
    rows = None
    if kind == "vault":
        store: Repositories = Vault.unlock(Path(path), PASSPHRASE)
    else:
        store = Repositories(plain_connect(Path(path)), _clock)
    store.cases.page(offset=0, limit=200)
    for q in words(rows or make_rows(200, 10), 50):
        store.search.notes(q)


def run() -> dict[str, float]:
    CACHE.mkdir(exist_ok=True)
    figures: dict[str, float] = {}
    rows = make_rows(N_CASES, CONVS)

    # bulk load: the same rows and SQL into a fresh encrypted vault and a fresh plain database
    enc_home, plain_path = CACHE / "load-vault", CACHE / "load-plain.db"
    for p in [*(enc_home.iterdir() if enc_home.exists() else []), *plain_path.parent.glob("load-plain.db*")]:
        p.unlink()
    start = time.perf_counter()
    build_vault(enc_home, N_CASES, CONVS, rows=rows)
    figures["bulk_load_encrypted_s"] = time.perf_counter() - start
    start = time.perf_counter()
    build_plain(plain_path, rows).close()
    figures["bulk_load_plain_s"] = time.perf_counter() - start
    figures["bulk_load_ratio"] = figures["bulk_load_encrypted_s"] / figures["bulk_load_plain_s"]
    # the same SQLite engine as the vault (the sqlcipher3 wheel) without a key: isolates the cost of encryption
    engine_path = CACHE / "load-engine.db"
    for p in CACHE.glob("load-engine.db*"):
        p.unlink()
    start = time.perf_counter()
    build_engine(engine_path, rows)
    figures["bulk_load_same_engine_unencrypted_s"] = time.perf_counter() - start
    figures["bulk_load_ratio_vs_same_engine"] = (
        figures["bulk_load_encrypted_s"] / figures["bulk_load_same_engine_unencrypted_s"]
    )

    # opening: key derivation separately, then connection + PRAGMAs + first query
    slots = SlotFile.from_bytes((enc_home / "vault.keys").read_bytes())
    salt_params = slots.passphrase_params()
    figures["argon2id_ms"] = _timed(lambda: derive_argon2(b"x", b"0123456789abcdef", salt_params))
    master = slots.unlock_passphrase(PASSPHRASE)
    key = slots.database_keys(master)[0]

    def open_enc() -> None:
        c = connect(enc_home / "vault.db", key)
        c.execute("SELECT count(*) FROM case_file").fetchone()
        c.close()

    def open_plain() -> None:
        c = plain_connect(plain_path)
        c.execute("SELECT count(*) FROM case_file").fetchone()
        c.close()

    figures["open_encrypted_ms"] = _timed(open_enc, 5)
    figures["open_plain_ms"] = _timed(open_plain, 5)
    figures["open_ratio"] = figures["open_encrypted_ms"] / max(figures["open_plain_ms"], 1e-6)

    enc = Repositories(connect(enc_home / "vault.db", key), _clock)
    plain = Repositories(plain_connect(plain_path), _clock)
    for name, store in (("encrypted", enc), ("plain", plain)):

        def first_page(s: Repositories = store) -> None:
            s.cases.page(offset=0, limit=200)

        def deep_page(s: Repositories = store) -> None:
            s.cases.page(offset=9_800, limit=200)

        figures[f"list_first_page_{name}_ms"] = _timed(first_page, 5)
        figures[f"list_deep_page_{name}_ms"] = _timed(deep_page, 5)
        samples = []
        for q in words(rows, QUERIES):
            start = time.perf_counter()
            store.search.notes(q, limit=50)
            samples.append((time.perf_counter() - start) * 1000)
        figures[f"fts_p50_{name}_ms"], figures[f"fts_p95_{name}_ms"] = _percentiles(samples)
    for metric in ("list_first_page", "list_deep_page", "fts_p50", "fts_p95"):
        figures[f"{metric}_ratio"] = figures[f"{metric}_encrypted_ms"] / max(figures[f"{metric}_plain_ms"], 1e-6)

    figures["peak_rss_encrypted_mib"] = _peak_rss("vault", enc_home)
    figures["peak_rss_plain_mib"] = _peak_rss("plain", plain_path)
    figures["peak_rss_ratio"] = figures["peak_rss_encrypted_mib"] / figures["peak_rss_plain_mib"]
    return figures


TARGETS = {
    "bulk_load_ratio": (1.3, "encrypted vs plain bulk load"),
    "fts_p95_encrypted_ms": (20.0, "FTS p95 at 100,000 notes (ms)"),
    "open_encrypted_ms": (50.0, "open after key derivation (ms)"),
}


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
