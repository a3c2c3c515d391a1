"""`make bench-scale`: a career's vault, 1,000,000 notes over 100,000 cases, beside plain SQLite in the same run.

Both databases are built once and cached (benchmarks/scale_cache.py). Every run then measures, on the encrypted
vault and on plain SQLite with the same schema and queries: search as you type (the services' search, top 50,
with the pseudonyms the list shows, drawn): in a warm session, on a connection opened just before (after unlocking)
and right after another connection saved a note (which empties the reader's page cache); every page of every sort
of the case list (first, middle and last page, each reached by keyset paging as the list does and by offset; the
two stores take turns, many times, and the medians are compared); unlock to a filled list; the migrations (at the
first open of a cached tier made with an older schema, and each schema-changing one applied again); peak resident
memory (a child process per tier) and the size on disk. The machine's load average is printed beside each part.
The 100,000-note tier runs beside it, so the memory figure has its reference and quick iterations have a small vault.
`make bench-scale` then runs benchmarks/scale_ui.py: the app itself at 100,000 cases.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.scale_cache import ROOT, TIERS, build, paths
from benchmarks.synth import PASSPHRASE, make_rows, plain_connect, words
from vpdesk.services import search
from vpdesk.store import migrations
from vpdesk.store.connection import DEFAULT_CACHE_MIB, connect, set_cache, transaction
from vpdesk.store.keyslots import SlotFile
from vpdesk.store.repositories import Repositories

QUERIES = 200
AFTER = 60  # searches right after unlocking, and right after a note was saved
PAGE_REPS = 41  # turns per page and side (odd: the median is a sample)
SORTS = ("opened", "id", "pseudonym", "org_unit", "status", "last_contact")
PAGE = 100
RUNS_DETAIL: dict[str, Any] = {}

TARGETS = {
    "1m_fts_p95_encrypted_ms": (30.0, "search p95 at 1,000,000 notes (ms)"),
    "1m_fts_max_encrypted_ms": (100.0, "search max at 1,000,000 notes (ms)"),
    "1m_page_worst_ratio": (1.5, "worst page of any sort at 100,000 cases vs plain"),
    "1m_unlock_to_list_ms": (300.0, "unlock (after key derivation) to a filled list, 100,000 cases (ms)"),
    "rss_ratio_1m_vs_100k": (2.0, "peak memory at 1,000,000 notes vs 100,000"),
    "1m_bulk_load_ratio": (1.3, "bulk load of 1,000,000 notes vs plain"),
    "1m_migrate_ratio": (1.3, "the worst schema migration applied again at 1,000,000 notes vs plain"),
    "1m_fts_after_unlock_p95_encrypted_ms": (30.0, "search p95 right after unlocking (ms)"),
    "1m_fts_after_unlock_max_encrypted_ms": (100.0, "search max right after unlocking (ms)"),
    "1m_fts_after_a_change_p95_encrypted_ms": (30.0, "search p95 right after a note was saved (ms)"),
    "1m_fts_after_a_change_max_encrypted_ms": (100.0, "search max right after a note was saved (ms)"),
}


def _clock() -> datetime:
    return datetime.now(UTC)


def _key(vault_home: Path) -> bytes:
    slots = SlotFile.from_bytes((vault_home / "vault.keys").read_bytes())
    return slots.database_keys(slots.unlock_passphrase(PASSPHRASE))[0]


def _best(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def open_stores(tier: str) -> tuple[Repositories, Repositories]:
    """The tier's encrypted vault (the app's connection settings) and plain database (the same page cache), both
    migrated. A tier cached with an older schema is upgraded here, as the app upgrades a vault at unlock: the time
    each side took is kept in the tier's upgrades.json (reported by every later run)."""
    vault_home, plain_path = paths(tier)
    enc = connect(vault_home / "vault.db", _key(vault_home))
    plain = plain_connect(plain_path)
    set_cache(plain, DEFAULT_CACHE_MIB)
    record = vault_home.parent / "upgrades.json"
    upgrades = json.loads(record.read_text()) if record.exists() else []
    for name, conn in (("encrypted", enc), ("plain", plain)):
        start, version = time.perf_counter(), migrations.current_version(conn)
        applied = migrations.migrate(conn)
        if applied:
            seconds = time.perf_counter() - start
            upgrades.append({"side": name, "from": version, "applied": applied, "s": seconds, "load": _load()})
            print(f"   {tier} {name}: upgraded from schema {version} by {applied} in {seconds:.1f} s", flush=True)
    record.write_text(json.dumps(upgrades, indent=1))
    return Repositories(enc, _clock), Repositories(plain, _clock)


def _load() -> float:
    """The machine's 1-minute load average: beside every figure, since the machine is shared."""
    return os.getloadavg()[0]


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


class Drawn:
    """The app's result list (model, delegate, a list view of the app's size), drawn offscreen."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication, QListView

        from vpdesk.ui.models.search_results import RichTextDelegate, SearchResultsModel

        self.app = QApplication.instance() or QApplication([])
        self.model = SearchResultsModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RichTextDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.resize(360, 600)

    def draw(self, found: search.SearchResult) -> None:
        self.model.set_hits(found.hits, found.pseudonyms)
        self.view.grab()


def search_samples(
    store: Repositories, queries: list[str], drawn: Drawn | None = None, *, expand: bool = True
) -> list[float]:
    """From the query to the results drawn: the app's search (top 50, snippets for the rows shown) and, with
    ``drawn``, the result list painted. ``expand`` False: prefixes left to FTS5 (the shape before the term table)."""
    from vpdesk.ui.models.search_results import MARKS

    samples = []
    for q in queries:
        start = time.perf_counter()
        found = search.search(store, q, limit=50, mark=MARKS, expand=expand)
        if drawn is not None:
            drawn.draw(found)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _summary(figures: dict[str, float], prefix: str, samples: dict[str, list[float]]) -> None:
    for name, found in samples.items():
        figures[f"{prefix}_p50_{name}_ms"] = statistics.median(found)
        figures[f"{prefix}_p95_{name}_ms"] = _pct(found, 0.95)
        figures[f"{prefix}_max_{name}_ms"] = max(found)
    figures[f"{prefix}_load"] = _load()


def search_after_unlock(tier: str, queries: list[str], drawn: Drawn) -> dict[str, list[float]]:
    """The first search on a connection opened just before (as right after unlocking: an empty page cache), the two
    stores taking turns; one new connection per query."""
    vault_home, plain_path = paths(tier)
    key = _key(vault_home)
    samples: dict[str, list[float]] = {"encrypted": [], "plain": []}
    for q in queries:
        for name in samples:
            conn = connect(vault_home / "vault.db", key) if name == "encrypted" else plain_connect(plain_path)
            if name == "plain":
                set_cache(conn, DEFAULT_CACHE_MIB)
            samples[name] += search_samples(Repositories(conn, _clock), [q], drawn)
            conn.close()
    return samples


def search_after_a_change(stores: dict[str, Repositories], tier: str, queries: list[str], drawn: Drawn) -> Any:
    """Each query right after another connection (the app's writer) added a note or edited the one it added: the
    reader's page cache is emptied by the commit, and the term table has the new words. The notes are removed again
    at the end, so the cached tier stays as it was."""
    vault_home, plain_path = paths(tier)
    writers = {
        "encrypted": Repositories(connect(vault_home / "vault.db", _key(vault_home)), _clock),
        "plain": Repositories(plain_connect(plain_path), _clock),
    }
    texts = [note for *_, note in make_rows(len(queries), 1, seed=11).conversations]
    samples: dict[str, list[float]] = {"encrypted": [], "plain": []}
    added: dict[str, list[int]] = {"encrypted": [], "plain": []}
    try:
        for i, q in enumerate(queries):
            for name, store in stores.items():
                writer = writers[name]
                with transaction(writer.connection):
                    if i % 2 == 0:
                        cur = writer.connection.execute(
                            "INSERT INTO conversation(case_id, at, duration_min, channel, kind, notes)"
                            " VALUES (1, '2026-11-30T09:00:00', 30, 'phone', 'follow_up', ?)",
                            (texts[i],),
                        )
                        added[name].append(int(cur.lastrowid or 0))
                    else:
                        writer.connection.execute(
                            "UPDATE conversation SET notes = ? WHERE id = ?", (texts[i], added[name][-1])
                        )
                samples[name] += search_samples(store, [q], drawn)
    finally:
        for name, writer in writers.items():
            with transaction(writer.connection):
                for conv in added[name]:
                    writer.connection.execute("DELETE FROM conversation WHERE id = ?", (conv,))
            writer.connection.close()
    return samples


def page_times(enc: Repositories, plain: Repositories, n_cases: int, reps: int = PAGE_REPS) -> dict[str, Any]:
    """Each sort, both directions: the first page, a middle and the last page, by keyset (as the list pages) and by
    offset. Per page, the two stores take turns ``reps`` times (encrypted, plain, plain, encrypted, ...: neither
    always goes first), after one untimed call each to warm the cache as a session would; each page's figure is the
    median of its samples, its ratio the ratio of the medians (a busy moment of the machine falls on one sample of
    one side, not on a whole figure), with the 95th percentile beside it."""
    out: dict[str, Any] = {}
    for sort in SORTS:
        for descending in (True, False):
            name = f"{sort}_{'desc' if descending else 'asc'}"
            for where, offset in (("first", 0), ("middle", n_cases // 2), ("last", n_cases - PAGE)):
                calls = {}
                for label, store in (("encrypted", enc), ("plain", plain)):
                    # the row just before the page, as the list holds it after scrolling there
                    before = store.cases.page(offset=max(offset - 1, 0), limit=1, sort=sort, descending=descending)
                    after = before[0] if offset else None
                    calls[("keyset", label)] = partial(
                        store.cases.page, after=after, limit=PAGE, sort=sort, descending=descending
                    )
                    calls[("offset", label)] = partial(
                        store.cases.page, offset=offset, limit=PAGE, sort=sort, descending=descending
                    )
                for kind in ("keyset", "offset"):
                    samples: dict[str, list[float]] = {"encrypted": [], "plain": []}
                    for label in samples:
                        calls[(kind, label)]()  # warm
                    for rep in range(reps):
                        for label in ("encrypted", "plain") if rep % 2 == 0 else ("plain", "encrypted"):
                            start = time.perf_counter()
                            calls[(kind, label)]()
                            samples[label].append((time.perf_counter() - start) * 1000)
                    med = {label: statistics.median(v) for label, v in samples.items()}
                    out[f"{name}_{where}_{kind}"] = {
                        "encrypted_median_ms": med["encrypted"],
                        "plain_median_ms": med["plain"],
                        "encrypted_p95_ms": _pct(samples["encrypted"], 0.95),
                        "plain_p95_ms": _pct(samples["plain"], 0.95),
                        "ratio_of_medians": med["encrypted"] / med["plain"],
                    }
    return out


def unlock_to_list(tier: str) -> float:
    """After key derivation: open the connection (PRAGMAs), migrations check, count and the first page."""
    vault_home, _ = paths(tier)
    key = _key(vault_home)

    def once() -> None:
        conn = connect(vault_home / "vault.db", key)
        migrations.migrate(conn)
        store = Repositories(conn, _clock)
        store.cases.count()
        store.cases.page(limit=PAGE)
        conn.close()

    return _best(once, 5)


MIGRATE_TURNS = 6  # each migration applied again this many times per side; the median of all but the first
_M = migrations
SCHEMA_MIGRATIONS = (_M.CASE_LIST_INDEXES, _M.CASE_PSEUDONYM, _M.NOTE_TERMS, _M.NOTE_INDEX_ROWIDS)


def migrate_times(store: Repositories, number: int) -> float:
    """Applying migration ``number`` again: inside a transaction that takes it off (drops what it created, the
    columns it added), times it, and rolls back."""
    script = migrations._statements(migrations.MIGRATIONS[number])
    conn = store.connection
    conn.execute("BEGIN IMMEDIATE")
    try:
        for kind, name in re.findall(r"CREATE (?:UNIQUE )?(TRIGGER|INDEX|TABLE) (\w+)", "\n".join(script)):
            conn.execute(f"DROP {kind} IF EXISTS {name}")  # a table takes its indexes with it
        for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", "\n".join(script)):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        start = time.perf_counter()
        for statement in script:
            conn.execute(statement)
        return (time.perf_counter() - start) * 1000
    finally:
        conn.execute("ROLLBACK")


def peak_rss(kind: str, tier: str) -> float:
    """Peak resident memory (MiB) of a child that opens the store, loads the first page and runs 50 searches."""
    code = f"from benchmarks.scale_bench import workload; workload({kind!r}, {tier!r})"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(out.stdout.split()[-1]) / 1024


def workload(kind: str, tier: str) -> None:
    enc, plain = open_stores(tier)
    store = enc if kind == "encrypted" else plain
    store.cases.page(limit=PAGE)
    for q in words(make_rows(300, 10), 50):
        search.search(store, q, limit=50)
    store.cases.page(offset=TIERS[tier][0] - PAGE, limit=PAGE, sort="last_contact")
    print(next(line.split()[1] for line in Path("/proc/self/status").read_text().splitlines() if "VmHWM" in line))


def _size_mib(path: Path) -> float:
    files = [p for p in path.parent.glob(path.name + "*")] if path.is_file() else list(path.glob("vault.db*"))
    return sum(p.stat().st_size for p in files) / 2**20


def run_tier(tier: str, figures: dict[str, float]) -> None:
    load = build(tier)
    n_cases = int(load["n_cases"])
    for key in ("bulk_load_encrypted_s", "bulk_load_plain_s", "bulk_load_ratio", "bulk_load_schema"):
        figures[f"{tier}_{key}"] = float(load.get(key, 13))  # a tier built before the field: at schema 13
    if figures[f"{tier}_bulk_load_schema"] != migrations.LATEST:
        print(
            f"   {tier}: bulk load timed at schema {load.get('bulk_load_schema', 13)}; again: "
            f"python -m benchmarks.scale_cache --reload {tier}"
        )
    vault_home, plain_path = paths(tier)
    enc, plain = open_stores(tier)
    for i, up in enumerate(json.loads((vault_home.parent / "upgrades.json").read_text())):
        figures[f"{tier}_upgrade{i}_{up['side']}_s"] = up["s"]
    figures[f"{tier}_size_encrypted_mib"] = _size_mib(vault_home)
    figures[f"{tier}_size_plain_mib"] = _size_mib(plain_path)
    queries = list(words(make_rows(300, 10), QUERIES))
    detail: dict[str, Any] = {}
    drawn = Drawn()
    stores = {"encrypted": enc, "plain": plain}
    for q in queries[:20]:  # warm the page cache as a session would
        for store in stores.values():
            search_samples(store, [q])
    # the two stores take turns query by query (and page by page), so a busy machine weighs on both alike
    for label, expand, draw in (("", True, drawn), ("_fts5_prefix", False, None)):
        samples: dict[str, list[float]] = {name: [] for name in stores}
        for q in queries:
            for name, store in stores.items():
                samples[name] += search_samples(store, [q], draw, expand=expand)
        _summary(figures, f"{tier}_fts{label}", samples)
    _summary(figures, f"{tier}_fts_after_unlock", search_after_unlock(tier, queries[:AFTER], drawn))
    _summary(figures, f"{tier}_fts_after_a_change", search_after_a_change(stores, tier, queries[:AFTER], drawn))
    print(f"   {tier}: search done (load {_load():.1f})", flush=True)
    pages = page_times(enc, plain, n_cases)
    detail["pages"] = pages
    keyset = {k: v for k, v in pages.items() if k.endswith("_keyset")}
    worst = max(keyset, key=lambda k: keyset[k]["ratio_of_medians"])
    figures[f"{tier}_page_worst_ratio"] = keyset[worst]["ratio_of_medians"]
    figures[f"{tier}_page_worst_ratio_encrypted_ms"] = keyset[worst]["encrypted_median_ms"]
    figures[f"{tier}_page_worst_ratio_plain_ms"] = keyset[worst]["plain_median_ms"]
    figures[f"{tier}_page_worst_encrypted_ms"] = max(v["encrypted_median_ms"] for v in keyset.values())
    figures[f"{tier}_page_worst_encrypted_p95_ms"] = max(v["encrypted_p95_ms"] for v in keyset.values())
    figures[f"{tier}_page_worst_offset_encrypted_ms"] = max(
        v["encrypted_median_ms"] for k, v in pages.items() if k.endswith("_offset")
    )
    figures[f"{tier}_page_load"] = _load()
    detail["worst_page"] = worst
    _print_pages(tier, keyset)
    for number in SCHEMA_MIGRATIONS:
        times: dict[str, list[float]] = {name: [] for name in stores}
        for turn in range(MIGRATE_TURNS):  # interleaved, each side first in turn; the first (a cold cache) dropped
            for name in list(stores)[:: 1 if turn % 2 else -1]:
                times[name].append(migrate_times(stores[name], number))
        for name, measured in times.items():
            figures[f"{tier}_migrate{number}_{name}_ms"] = statistics.median(measured[1:])
        ratio = figures[f"{tier}_migrate{number}_encrypted_ms"] / figures[f"{tier}_migrate{number}_plain_ms"]
        figures[f"{tier}_migrate{number}_ratio"] = ratio
    figures[f"{tier}_migrate_ratio"] = max(figures[f"{tier}_migrate{n}_ratio"] for n in SCHEMA_MIGRATIONS)
    figures[f"{tier}_unlock_to_list_ms"] = unlock_to_list(tier)
    for name in ("encrypted", "plain"):
        figures[f"{tier}_peak_rss_{name}_mib"] = peak_rss(name, tier)
    RUNS_DETAIL[tier] = detail


def _print_pages(tier: str, keyset: dict[str, Any]) -> None:
    """Every keyset page: the medians, the 95th percentiles and the ratio of the medians."""
    print(
        f"   {tier}: case-list pages by key, ms (median of {PAGE_REPS} turns each; p95 in brackets), load {_load():.1f}"
    )
    print(f"   {'page':<34}{'encrypted':>18}{'plain':>18}{'ratio':>8}")
    for name, v in keyset.items():
        enc = f"{v['encrypted_median_ms']:.2f} ({v['encrypted_p95_ms']:.2f})"
        plain = f"{v['plain_median_ms']:.2f} ({v['plain_p95_ms']:.2f})"
        print(f"   {name.removesuffix('_keyset'):<34}{enc:>18}{plain:>18}{v['ratio_of_medians']:>7.2f}x")


def run(tiers: tuple[str, ...] = ("100k", "1m")) -> dict[str, float]:
    figures: dict[str, float] = {}
    for tier in tiers:
        run_tier(tier, figures)
    if "100k" in tiers and "1m" in tiers:
        figures["rss_ratio_1m_vs_100k"] = figures["1m_peak_rss_encrypted_mib"] / figures["100k_peak_rss_encrypted_mib"]
    return figures


if __name__ == "__main__":
    print(json.dumps(run(tuple(sys.argv[1:]) or ("100k", "1m")), indent=1))
    print(json.dumps(RUNS_DETAIL, indent=1))
