"""`make bench-scale`: a career's vault, 1,000,000 notes over 100,000 cases, beside plain SQLite in the same run.

Both databases are built once and cached (benchmarks/scale_cache.py). Every run then measures, on the encrypted
vault and on plain SQLite with the same schema and queries: search as you type (the services' search, top 50,
with the pseudonyms the list shows), every page of every sort of the case list (first, middle and last page, each
reached by keyset paging as the list does and by offset), unlock to a filled list, applying the migrations, peak
resident memory (a child process per tier) and the size on disk. The 100,000-note tier runs beside it, so the
memory figure has its reference and quick iterations have a small vault.
"""

from __future__ import annotations

import json
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
from vpdesk.store.connection import DEFAULT_CACHE_MIB, connect, set_cache
from vpdesk.store.keyslots import SlotFile
from vpdesk.store.repositories import Repositories

QUERIES = 200
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
    "1m_migrate_ratio": (1.3, "the index migration at 100,000 cases vs plain"),
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
    migrated."""
    vault_home, plain_path = paths(tier)
    enc = connect(vault_home / "vault.db", _key(vault_home))
    plain = plain_connect(plain_path)
    set_cache(plain, DEFAULT_CACHE_MIB)
    for conn in (enc, plain):
        migrations.migrate(conn)
    return Repositories(enc, _clock), Repositories(plain, _clock)


def terms_for(store: Repositories) -> tuple[search.Terms, float]:
    """The app's vocabulary (read on a worker after unlocking) and the seconds it took."""
    terms = search.Terms()
    start = time.perf_counter()
    terms.adopt(search.make_terms(store))
    return terms, time.perf_counter() - start


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
    store: Repositories, queries: list[str], terms: search.Terms | None, drawn: Drawn | None = None
) -> list[float]:
    """From the query to the results drawn: the app's search (top 50, snippets for the rows shown) and, with
    ``drawn``, the result list painted."""
    from vpdesk.ui.models.search_results import MARKS

    samples = []
    for q in queries:
        start = time.perf_counter()
        found = search.search(store, q, terms, limit=50, mark=MARKS)
        if drawn is not None:
            drawn.draw(found)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def page_times(enc: Repositories, plain: Repositories, n_cases: int) -> tuple[dict[str, float], dict[str, float]]:
    """Each sort, both directions: the first page, a middle and the last page, by keyset (as the list pages)
    and by offset; each the best of five, the two stores taking turns."""
    out: tuple[dict[str, float], dict[str, float]] = ({}, {})
    for sort in SORTS:
        for descending in (True, False):
            name = f"{sort}_{'desc' if descending else 'asc'}"
            for where, offset in (("first", 0), ("middle", n_cases // 2), ("last", n_cases - PAGE)):
                for store, times in zip((enc, plain), out, strict=True):
                    # the row just before the page, as the list holds it after scrolling there
                    before = store.cases.page(offset=max(offset - 1, 0), limit=1, sort=sort, descending=descending)
                    after = before[0] if offset else None

                    def keyset(s: Repositories = store, k: Any = after, o: str = sort, d: bool = descending) -> None:
                        s.cases.page(after=k, limit=PAGE, sort=o, descending=d)

                    def by_offset(s: Repositories = store, n: int = offset, o: str = sort, d: bool = True) -> None:
                        s.cases.page(offset=n, limit=PAGE, sort=o, descending=d)

                    times[f"{name}_{where}_keyset"] = _best(keyset, 5)
                    times[f"{name}_{where}_offset"] = _best(partial(by_offset, d=descending), 5)
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


def migrate_times(store: Repositories) -> float:
    """Applying the case-list migration again: inside a transaction that takes it off, times it, and rolls back."""
    script = migrations._statements(migrations.MIGRATIONS[migrations.CASE_LIST_INDEXES])
    conn = store.connection
    conn.execute("BEGIN IMMEDIATE")
    try:
        for kind, name in re.findall(r"CREATE (TRIGGER|INDEX) (\w+)", "\n".join(script)):
            conn.execute(f"DROP {kind} {name}")
        conn.execute("ALTER TABLE case_file DROP COLUMN last_contact")
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
    terms, _ = terms_for(store)
    for q in words(make_rows(300, 10), 50):
        search.search(store, q, terms, limit=50)
    store.cases.page(offset=TIERS[tier][0] - PAGE, limit=PAGE, sort="last_contact")
    print(next(line.split()[1] for line in Path("/proc/self/status").read_text().splitlines() if "VmHWM" in line))


def _size_mib(path: Path) -> float:
    files = [p for p in path.parent.glob(path.name + "*")] if path.is_file() else list(path.glob("vault.db*"))
    return sum(p.stat().st_size for p in files) / 2**20


def run_tier(tier: str, figures: dict[str, float]) -> None:
    load = build(tier)
    n_cases = int(load["n_cases"])
    for key in ("bulk_load_encrypted_s", "bulk_load_plain_s", "bulk_load_ratio"):
        figures[f"{tier}_{key}"] = float(load[key])
    vault_home, plain_path = paths(tier)
    figures[f"{tier}_size_encrypted_mib"] = _size_mib(vault_home)
    figures[f"{tier}_size_plain_mib"] = _size_mib(plain_path)
    enc, plain = open_stores(tier)
    queries = list(words(make_rows(300, 10), QUERIES))
    detail: dict[str, Any] = {}
    drawn = Drawn()
    stores = {"encrypted": enc, "plain": plain}
    terms = {}
    for name, store in stores.items():
        terms[name], figures[f"{tier}_vocabulary_{name}_s"] = terms_for(store)
        search_samples(store, queries[:20], terms[name])  # warm the page cache as a session would
    # the two stores take turns query by query (and page by page), so a busy machine weighs on both alike
    for label, vocabulary, draw in (("", True, drawn), ("_no_vocabulary", False, None)):
        samples: dict[str, list[float]] = {name: [] for name in stores}
        for q in queries:
            for name, store in stores.items():
                samples[name] += search_samples(store, [q], terms[name] if vocabulary else None, draw)
        for name, found in samples.items():
            found.sort()
            figures[f"{tier}_fts{label}_p50_{name}_ms"] = statistics.median(found)
            figures[f"{tier}_fts{label}_p95_{name}_ms"] = found[int(len(found) * 0.95) - 1]
            figures[f"{tier}_fts{label}_max_{name}_ms"] = found[-1]
    detail["pages_encrypted"], detail["pages_plain"] = page_times(enc, plain, n_cases)
    for name, store in stores.items():
        figures[f"{tier}_migrate_{name}_ms"] = migrate_times(store)
    figures[f"{tier}_migrate_ratio"] = figures[f"{tier}_migrate_encrypted_ms"] / figures[f"{tier}_migrate_plain_ms"]
    ratios = {k: v / max(detail["pages_plain"][k], 1e-3) for k, v in detail["pages_encrypted"].items()}
    keyset = {k: v for k, v in ratios.items() if k.endswith("_keyset")}
    worst = max(keyset, key=lambda k: keyset[k])
    figures[f"{tier}_page_worst_ratio"] = keyset[worst]
    figures[f"{tier}_page_worst_encrypted_ms"] = max(v for k, v in detail["pages_encrypted"].items() if "keyset" in k)
    figures[f"{tier}_page_worst_offset_encrypted_ms"] = max(
        v for k, v in detail["pages_encrypted"].items() if "offset" in k
    )
    detail["page_ratios"] = ratios
    detail["worst_page"] = worst
    print(f"   {tier}: worst keyset page {worst} at {keyset[worst]:.2f}x plain")
    figures[f"{tier}_unlock_to_list_ms"] = unlock_to_list(tier)
    for name in ("encrypted", "plain"):
        figures[f"{tier}_peak_rss_{name}_mib"] = peak_rss(name, tier)
    RUNS_DETAIL[tier] = detail


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
