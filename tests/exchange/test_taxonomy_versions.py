"""Exports say their taxonomy version; a coordinator importing a mix of versions gets one report in the current
codes (vpdesk/domain/taxonomy.py), and a version newer than this vpdesk knows is refused in one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.domain.taxonomy import CURRENT_VERSION
from vpdesk.exchange.format import build_export, canonical
from vpdesk.services import stats
from vpdesk.store.keys import StatsImport
from vpdesk.store.vault import Vault

from .conftest import NOW


@pytest.fixture
def advisers(tmp_path: Path) -> Iterator[list[Vault]]:
    vaults = [Vault.create(tmp_path / f"vp{i}", f"adviser {i} passphrase long enough")[0] for i in range(3)]
    yield vaults
    for vault in vaults:
        vault.close()


def _export(adviser: Vault, coordinator: Vault, version: str, *codes: tuple[str, ...]) -> bytes:
    ident = stats.identity(adviser, NOW)
    if ident.fingerprint not in {a.fingerprint for a in stats.trusted(coordinator)}:
        stats.trust(coordinator, ident.public, ident.fingerprint[:9], ident.fingerprint.lower(), NOW)
    secret, _ = stats.signing_key(adviser, NOW)
    records = [
        ContactRecord(month=f"2026-0{i + 1}", categories=c, channel="phone", kind="first") for i, c in enumerate(codes)
    ]
    tables = tally(records, 2026)
    recipient = stats.identity(coordinator, NOW).public
    return build_export(
        tables,
        year=2026,
        quarter=0,
        taxonomy=version,
        org_level=1,
        signing_key=secret,
        recipient=recipient,
        codes=resources.taxonomy(),
    )


def test_an_export_says_its_taxonomy_version(advisers: list[Vault], coordinator: Vault) -> None:
    assert (
        stats.export_preview(advisers[0], 2026, 0, 1, NOW)["taxonomy"]
        == CURRENT_VERSION
        == resources.taxonomy().version
    )


def test_a_mix_of_versions_gives_one_report_in_current_codes(advisers: list[Vault], coordinator: Vault) -> None:
    old = _export(advisers[0], coordinator, "2026.1", ("int.omgang",), ("int.misstand", "int.financieel"))
    new = _export(advisers[1], coordinator, CURRENT_VERSION, ("oo.pesten",), ("misstand",))
    results = stats.import_files(coordinator, [("old.vpstats", lambda: old), ("new.vpstats", lambda: new)], NOW)
    assert [r.ok for r in results] == [True, True]
    # a table a coordinator vault stored before taxonomy 2 (as 2026.1, without its version) counts the same way
    legacy = tally([ContactRecord(month="2026-03", categories=("int.omgang",), channel="phone", kind="first")], 2026)
    fingerprint = stats.identity(advisers[2], NOW)
    stats.trust(coordinator, fingerprint.public, "legacy", fingerprint.fingerprint.lower(), NOW)
    coordinator.keys.store_import(
        StatsImport(fingerprint.fingerprint, 2026, 0, canonical(legacy).decode("utf-8"), "0" * 64, NOW.isoformat())
    )
    tables, count = stats.coordinator_tables(coordinator, 2026)
    assert count == 3
    assert tables["category"] == {"int.financieel": 1, "misstand": 2, "oo": 2, "oo.pesten": 1}
    assert tables["top_category"] == {"int": 1, "misstand": 2, "oo": 3}
    taxonomy = resources.taxonomy()
    assert all(code in taxonomy for code in tables["category"]) and all(g in taxonomy for g in tables["top_category"])
    for group, n in tables["top_category"].items():
        assert sum(tables["category_quarter"][group].values()) == n


def test_a_newer_taxonomy_than_this_vpdesk_knows_is_refused(advisers: list[Vault], coordinator: Vault) -> None:
    with pytest.raises(Exception, match=r"The export uses taxonomy 2099\.1, which this vpdesk does not know"):
        _export(advisers[0], coordinator, "2099.1", ("oo",))


def test_the_same_file_twice_in_one_batch_is_imported_once_and_said_so(
    advisers: list[Vault], coordinator: Vault
) -> None:
    data = _export(advisers[0], coordinator, CURRENT_VERSION, ("oo.pesten",))
    results = stats.import_files(coordinator, [("a.vpstats", lambda: data), ("b.vpstats", lambda: data)], NOW)
    assert [(r.ok, r.again) for r in results] == [(True, False), (True, True)]
    assert "already imported" in results[1].message
