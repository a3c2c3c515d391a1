"""Statistics at scale: export from 100,000 conversations, import and aggregate 500 exports, render the report;
each beside plain json.loads and summing of the same data in the same run."""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyrage

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.exchange.format import build_export
from vpdesk.exchange.identity import age_identity, fingerprint, new_age_identity, new_signing_key
from vpdesk.reports.annual_pdf import write_annual_pdf

CHANNELS = ("in_person", "phone", "video", "mail")


def _records(n: int, seed: int) -> list[ContactRecord]:
    rng = random.Random(seed)
    codes = [c.code for c in resources.taxonomy().categories if c.parent]
    return [
        ContactRecord(
            month=f"2026-{rng.randrange(1, 13):02d}",
            categories=(rng.choice(codes),),
            channel=rng.choice(CHANNELS),
            kind=rng.choice(("first", "follow_up")),
            position=rng.choice(("employee", "manager", None)),
            org_unit=rng.choice(("DGOO/a", "DGBK/b", "SG/c")),
            duration_min=rng.choice((15, 30, 45, 60)),
            routes=("raba",) if rng.random() < 0.2 else (),
            outcome=rng.choice(("listened", "referred", "advised")),
        )
        for _ in range(n)
    ]


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    records = _records(100_000, 1)
    secret, _public = new_signing_key()
    _age_secret, recipient = new_age_identity()

    start = time.perf_counter()
    tables = tally(records, 2026)
    data = build_export(
        tables,
        year=2026,
        quarter=0,
        taxonomy="2026.1",
        org_level=1,
        signing_key=secret,
        recipient=recipient,
        codes=resources.taxonomy(),
    )
    figures["export_100k_conversations_ms"] = (time.perf_counter() - start) * 1000
    figures["export_file_bytes"] = float(len(data))
    plain_rows = json.dumps([[r.month, r.channel, r.kind, r.duration_min] for r in records])
    start = time.perf_counter()
    loaded = json.loads(plain_rows)
    _ = sum(row[3] for row in loaded)
    figures["baseline_json_loads_and_sum_100k_ms"] = (time.perf_counter() - start) * 1000
    figures["export_ratio"] = figures["export_100k_conversations_ms"] / figures["baseline_json_loads_and_sum_100k_ms"]

    figures.update(_coordinator_year(ADVISERS))
    return figures


ADVISERS = 10_000  # every adviser of every ministry
TARGETS = {
    "import_and_aggregate_10000_s": (30.0, "import and aggregate 10,000 exports, seconds"),
}


def _coordinator_year(advisers: int) -> dict[str, float]:
    """A coordinator vault imports ``advisers`` signed, encrypted exports through the service (decrypt, verify,
    validate, store each in its own transaction), sums them, publishes with every audit, renders the PDF."""
    from datetime import UTC, datetime

    from vpdesk.policy import Settings
    from vpdesk.services import annual_report, stats
    from vpdesk.services.guide import load_rules
    from vpdesk.store.keys import TrustedAdviser
    from vpdesk.store.vault import Vault

    figures: dict[str, float] = {}
    now = datetime(2027, 1, 20, 9, tzinfo=UTC)
    shapes = [tally(_records(rng_n * 7 % 90 + 10, rng_n), 2026) for rng_n in range(200)]  # 10-100 a year
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "coordinator", "coordinator passphrase for the bench")
        with vault:
            recipient = stats.make_coordinator(vault, now)
            files: list[tuple[str, bytes]] = []
            for n in range(advisers):
                secret, public = new_signing_key()
                vault.keys.trust(TrustedAdviser(fingerprint(public), public, f"VP {n}", now.isoformat()))
                blob = build_export(
                    shapes[n % len(shapes)],
                    year=2026,
                    quarter=0,
                    taxonomy=resources.taxonomy().version,
                    org_level=1,
                    signing_key=secret,
                    recipient=recipient,
                    codes=resources.taxonomy(),
                    created=now,
                )
                files.append((f"vp{n}.vpstats", blob))
            start = time.perf_counter()
            results = stats.import_files(vault, [(name, _reader(blob)) for name, blob in files], now)
            tables, count = stats.coordinator_tables(vault, 2026)
            figures["import_and_aggregate_10000_s"] = time.perf_counter() - start
            assert all(r.ok for r in results) and count == advisers, [r.message for r in results if not r.ok][:3]
            identity = age_identity(vault.keys.identity("age")[0])  # type: ignore[index]
            plaintexts = [bytes(pyrage.decrypt(blob, [identity])) for _, blob in files]
            start = time.perf_counter()
            parsed = [json.loads(p)["payload"]["tables"] for p in plaintexts]
            _ = sum(t["totals"]["conversations"] for t in parsed)
            figures["baseline_json_loads_10000_s"] = time.perf_counter() - start
            figures["import_ratio_vs_json"] = (
                figures["import_and_aggregate_10000_s"] / figures["baseline_json_loads_10000_s"]
            )
            figures["imported_conversations"] = float(tables["totals"]["conversations"])
            start = time.perf_counter()
            report = annual_report.build(vault, 2026, Settings(), load_rules(Settings()).rules, "nl")
            figures["publish_10000_with_all_audits_s"] = time.perf_counter() - start
            figures["published_hidden_cells"] = float(report.suppressed_cells + report.complementary_cells)
        start = time.perf_counter()
        write_annual_pdf(Path(tmp) / "report.pdf", report, date(2027, 1, 20))
        figures["render_report_pdf_ms"] = (time.perf_counter() - start) * 1000
    return figures


def _reader(blob: bytes) -> Callable[[], bytes]:
    return lambda: blob
