"""The scale tier's vaults, built once and cached under build/bench-cache (outside git).

A tier is an encrypted vault and a plain SQLite database holding the same synthetic rows (benchmarks/synth.py),
with the time each took to load kept beside them: building the 1,000,000-note tier costs minutes of CPU, so every
later run of `make bench-scale` measures its queries against the cached files. Delete the folder to rebuild.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks.synth import build_plain, build_vault, make_rows
from vpdesk.store import migrations

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench-cache"
TIERS = {"100k": (10_000, 10), "1m": (100_000, 10)}  # notes = cases x conversations per case


def tier_dir(tier: str) -> Path:
    n_cases, convs = TIERS[tier]
    return CACHE / f"{tier}-{n_cases}x{convs}"


def schema_hash(upto: int) -> str:
    """The migrations 1..``upto`` as they are today, hashed: a cache loaded under other ones is not upgradable."""
    text = "\n".join(f"{n}:{migrations.MIGRATIONS[n]}" for n in sorted(migrations.MIGRATIONS) if n <= upto)
    return hashlib.sha256(text.encode()).hexdigest()


def build(tier: str) -> dict[str, Any]:
    """The tier's paths and load figures; builds both databases the first time (minutes at 1,000,000 notes)."""
    n_cases, convs = TIERS[tier]
    home = tier_dir(tier)
    figures_file = home / "load.json"
    if figures_file.exists():
        figures = dict(json.loads(figures_file.read_text()))
        schema = figures.get("bulk_load_schema")
        if isinstance(schema, int) and figures.get("schema_hash") == schema_hash(schema):
            return figures  # today's migrations up to the cached one are the ones it was loaded with: it upgrades
        # made with other migrations under the same numbers (a branch before the merge renumbered them): its
        # user_version names other migrations than today's, so it cannot be upgraded; built again (which times
        # the bulk load with today's schema)
        print(f"   the cached {tier} tier was made with other migrations: built again")
    home.mkdir(parents=True, exist_ok=True)
    vault_home, plain = home / "vault", home / "plain.db"
    for stale in (*home.glob("plain.db*"), *(vault_home.iterdir() if vault_home.exists() else ())):
        stale.unlink()
    (home / "upgrades.json").unlink(missing_ok=True)
    print(f"   building the {tier} tier ({n_cases:,} cases, {n_cases * convs:,} notes) once, into {home}")
    figures = _load(tier, vault_home, plain)
    figures_file.write_text(json.dumps(figures, indent=1))
    return figures


def _load(tier: str, vault_home: Path, plain: Path) -> dict[str, Any]:
    """Bulk-load the tier's rows into a new vault and a new plain database; the time each took."""
    n_cases, convs = TIERS[tier]
    rows = make_rows(n_cases, convs)
    start = time.perf_counter()
    build_vault(vault_home, n_cases, convs, rows=rows)
    encrypted = time.perf_counter() - start
    start = time.perf_counter()
    build_plain(plain, rows).close()
    plain_s = time.perf_counter() - start
    return {
        "n_cases": n_cases,
        "n_notes": n_cases * convs,
        "bulk_load_encrypted_s": encrypted,
        "bulk_load_plain_s": plain_s,
        "bulk_load_ratio": encrypted / plain_s,
        "bulk_load_schema": migrations.LATEST,  # the schema (and its triggers) the rows were loaded into
        "schema_hash": schema_hash(migrations.LATEST),
        "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def reload(tier: str) -> dict[str, Any]:
    """Time the bulk load again with today's schema, into a scratch folder beside the cached tier (kept as it is),
    and record it with the tier's figures. Minutes of CPU at 1,000,000 notes."""
    build(tier)
    home = tier_dir(tier)
    scratch = home / "reload"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    try:
        print(f"   loading the {tier} tier again into {scratch} (today's schema)", flush=True)
        figures = {**json.loads((home / "load.json").read_text()), **_load(tier, scratch / "vault", scratch / "p.db")}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    (home / "load.json").write_text(json.dumps(figures, indent=1))
    return figures


def paths(tier: str) -> tuple[Path, Path]:
    """The tier's vault folder and plain database."""
    home = tier_dir(tier)
    return home / "vault", home / "plain.db"


if __name__ == "__main__":
    import sys

    again = "--reload" in sys.argv  # `python -m benchmarks.scale_cache --reload 1m`: the bulk load timed again
    for name in [a for a in sys.argv[1:] if a != "--reload"] or list(TIERS):
        print(json.dumps(reload(name) if again else build(name), indent=1))
