"""Publishing the coordinator's report counts its steps (steps done / steps in all), like an import does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tests.reports.year40 import YEAR, year_parts
from vpdesk import resources
from vpdesk.exchange.format import build_export
from vpdesk.exchange.identity import fingerprint, new_signing_key
from vpdesk.policy import Settings
from vpdesk.reports.publish import publish_steps
from vpdesk.services import annual_report, stats
from vpdesk.services.guide import GuideRules
from vpdesk.store.vault import Vault

NOW = datetime(2027, 1, 10, 9, tzinfo=UTC)
ADVISERS = 6


def imported(vault: Vault, advisers: int, year: int = YEAR) -> None:
    """``advisers`` trusted advisers, each with a signed, encrypted export of ``year`` imported."""
    recipient = stats.make_coordinator(vault, NOW)
    files = []
    for n, tables in enumerate(year_parts(advisers)):
        secret, public = new_signing_key()
        stats.trust(vault, public, f"VP {n + 1}", fingerprint(public), NOW)
        blob = build_export(
            tables, year=year, quarter=0, taxonomy=resources.taxonomy().version, org_level=1, signing_key=secret,
            recipient=recipient, codes=resources.taxonomy(), created=NOW,
        )  # fmt: skip
        files.append((f"vp{n}.vpstats", (lambda b=blob: b)))
    assert all(r.ok for r in stats.import_files(vault, files, NOW))


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Vault]:
    vault, _ = Vault.create(tmp_path / "coordinator", "coordinator passphrase long enough")
    imported(vault, ADVISERS)
    yield vault
    vault.close()


def test_publishing_counts_its_steps_up_to_the_total(coordinator: Vault, tmp_path: Path) -> None:
    told: list[tuple[int, int]] = []
    written = annual_report.publish_to(
        coordinator,
        YEAR,
        Settings(),
        GuideRules().load().rules,
        "nl",
        annual_report.Targets.in_folder(tmp_path, YEAR),
        date(2027, 1, 15),
        lambda done, total: told.append((done, total)),
    )
    assert (tmp_path / f"jaarverslag-{YEAR}.pdf") in written.paths
    assert 0 <= written.hidden <= written.figures and written.figures > 10
    total = publish_steps(ADVISERS) + 3  # each adviser's network, each table, three files
    assert told[-1] == (total, total)
    assert len(told) >= 10  # counted as it goes, not only at the end
    done = [d for d, _ in told if _ == total]
    assert done == sorted(done) and done[0] < total // 2


def test_steps_tell_about_a_hundred_times_however_many_there_are() -> None:
    told: list[tuple[int, int]] = []
    steps = annual_report.Steps(lambda d, t: told.append((d, t)))
    steps.plan(10_000)
    for _ in range(10_000):
        steps.tick()
    assert 100 <= len(told) <= 102 and told[0] == (0, 10_000) and told[-1] == (10_000, 10_000)
