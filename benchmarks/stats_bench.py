"""Statistics at scale: export from 100,000 conversations, import and aggregate 500 exports, render the report;
each beside plain json.loads and summing of the same data in the same run."""

from __future__ import annotations

import json
import random
import tempfile
import time
from datetime import date
from pathlib import Path

import pyrage

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, aggregate, tally
from vpdesk.exchange.format import build_export, open_export
from vpdesk.exchange.identity import age_identity, fingerprint, new_age_identity, new_signing_key
from vpdesk.reports.annual_pdf import write_annual_pdf
from vpdesk.reports.publish import publish

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
    age_secret, recipient = new_age_identity()
    identity = age_identity(age_secret)

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

    # 500 advisers, each a signed, encrypted export; the coordinator verifies, parses and sums them
    exports, trusted = [], {}
    for n in range(500):
        s, p = new_signing_key()
        trusted[fingerprint(p)] = p
        exports.append(
            build_export(
                tally(_records(200, n), 2026),
                year=2026,
                quarter=0,
                taxonomy="2026.1",
                org_level=1,
                signing_key=s,
                recipient=recipient,
                codes=resources.taxonomy(),
            )
        )
    start = time.perf_counter()
    verified = [open_export(blob, identity, trusted, resources.taxonomy()).tables for blob in exports]
    total = aggregate(verified)
    figures["import_and_aggregate_500_ms"] = (time.perf_counter() - start) * 1000
    plaintexts = [bytes(pyrage.decrypt(blob, [identity])) for blob in exports]
    start = time.perf_counter()
    parsed = [json.loads(p)["payload"]["tables"] for p in plaintexts]
    _ = sum(t["totals"]["conversations"] for t in parsed)
    figures["baseline_json_loads_and_sum_500_ms"] = (time.perf_counter() - start) * 1000
    figures["import_ratio"] = figures["import_and_aggregate_500_ms"] / figures["baseline_json_loads_and_sum_500_ms"]
    figures["imported_conversations"] = float(total["totals"]["conversations"])

    start = time.perf_counter()
    report = publish(total, year=2026, advisers=500, taxonomy=resources.taxonomy(), lang="nl", k=5)
    figures["publish_with_disclosure_control_ms"] = (time.perf_counter() - start) * 1000
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_annual_pdf(Path(tmp) / "report.pdf", report, date(2027, 1, 15))
        figures["render_report_pdf_ms"] = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        (Path(tmp) / "plain.json").write_text(json.dumps(total))
        figures["baseline_json_dump_same_tables_ms"] = (time.perf_counter() - start) * 1000
    figures["render_ratio"] = figures["render_report_pdf_ms"] / figures["baseline_json_dump_same_tables_ms"]
    return figures
