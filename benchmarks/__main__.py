"""`make bench`: run every benchmark module, print figures, ratios and targets, write bench.json.

`python -m benchmarks scale_bench` (`make bench-scale`) runs only the modules named."""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("store_bench", "ui_bench", "rooms_bench", "stats_bench", "kdf_bench")


def _machine() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    import sqlcipher3

    try:
        build = f"sqlcipher3 {version('sqlcipher3')}, compiled here"
    except PackageNotFoundError:
        build = f"sqlcipher3-binary {version('sqlcipher3-binary')}, prebuilt (unoptimised)"
    return {
        "sqlcipher3_build": build,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite_in_sqlcipher3": sqlcipher3.sqlite_version,
    }


def main() -> int:
    previous: dict[str, Any] = {}
    out = ROOT / "bench.json"
    if out.exists():
        try:
            previous = json.loads(out.read_text()).get("figures", {})
        except ValueError:
            previous = {}
    results: dict[str, dict[str, float]] = dict(previous) if sys.argv[1:] else {}  # a part run keeps the rest
    details: dict[str, Any] = {}  # a module's RUNS_DETAIL: every run behind its figures
    print("   ".join(f"{k}: {v}" for k, v in _machine().items()))
    misses = 0
    for name in sys.argv[1:] or MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"benchmarks.{name}":
                print(f"-- {name}: not present, skipped")
                continue
            raise
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        try:
            figures = module.run()
        except Exception:
            print(f"!! {name} failed:\n{traceback.format_exc()}")
            continue
        results[name] = figures
        if getattr(module, "RUNS_DETAIL", None):
            details[name] = module.RUNS_DETAIL
        for key, value in figures.items():
            before = previous.get(name, {}).get(key)
            change = f"   (was {before:.3g})" if isinstance(before, int | float) else ""
            print(f"   {key:<44} {value:>12.3f}{change}")
        for key, (limit, label) in getattr(module, "TARGETS", {}).items():
            if key in figures:
                ok = figures[key] <= limit
                misses += not ok
                print(f"   {'PASS' if ok else 'MISS'}  {label}: {figures[key]:.2f} (target <= {limit})")
        print(f"   ({time.perf_counter() - start:.0f} s)", flush=True)
    out.write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "machine": _machine(),
                "figures": results,
                "runs": details,
            },
            indent=1,
        )
    )
    print(f"figures written to {out.name}; {misses} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
