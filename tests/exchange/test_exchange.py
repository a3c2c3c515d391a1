"""From an adviser's vault to the coordinator's report: counts only, signed, encrypted, verified, idempotent."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from vpdesk import resources
from vpdesk.errors import KnownError
from vpdesk.exchange.format import MAX_FILE, ImportRejected, canonical, open_export
from vpdesk.exchange.identity import age_identity, fingerprint
from vpdesk.services import stats
from vpdesk.store.vault import Vault

from .conftest import NOW


def _enrol(coordinator: Vault, adviser: Vault, label: str = "VP Noord") -> str:
    ident = stats.identity(adviser, NOW)
    stats.trust(coordinator, ident.public, label, ident.fingerprint.lower(), NOW)
    return ident.fingerprint


def _recipient(coordinator: Vault) -> str:
    return stats.identity(coordinator, NOW).public


def _age_secret(coordinator: Vault) -> bytes:
    """The coordinator's age secret key, as the import reads it."""
    found = coordinator.keys.identity("age")
    assert found is not None
    return found[0]


def test_export_holds_counts_only_and_survives_case_destruction(adviser: Vault, coordinator: Vault) -> None:
    preview = stats.export_preview(adviser, 2026, 0, 1, NOW)
    text = json.dumps(preview, ensure_ascii=False)
    assert "Geheim" not in text and "notitie" not in text and "Team 4" not in text and "2026-01-03" not in text
    assert preview["tables"]["totals"] == {"conversations": 12, "minutes": 540, "cases": 12}
    assert preview["tables"]["org_unit"] == {"DGOO": 12}
    assert preview["tables"]["route"] == {"raba": 3}
    for case_id in range(1, 13):
        adviser.cases.destroy(case_id)
    assert stats.export_preview(adviser, 2026, 0, 1, NOW)["tables"] == preview["tables"]


def test_round_trip_import_is_idempotent_and_sums_exactly(adviser: Vault, coordinator: Vault, tmp_path: Path) -> None:
    fp = _enrol(coordinator, adviser)
    data = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    results = stats.import_files(coordinator, [("a.vpstats", lambda: data)], NOW)
    assert [(r.ok, r.message) for r in results] == [(True, "VP Noord, 2026: imported.")]
    again = stats.import_files(coordinator, [("a.vpstats", lambda: data)], NOW)
    assert again[0].message == "VP Noord, 2026: already imported."
    tables, advisers = stats.coordinator_tables(coordinator, 2026)
    assert advisers == 1 and tables["totals"]["conversations"] == 12
    assert [i.adviser for i in coordinator.keys.imports(2026)] == [fp]


def test_the_coordinator_can_open_an_export_with_the_standard_age_format(adviser: Vault, coordinator: Vault) -> None:
    data = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    secret = _age_secret(coordinator)
    envelope = json.loads(pyrage.decrypt(data, [age_identity(secret)]))
    assert set(envelope) == {"payload", "signature", "signer"} and envelope["payload"]["schema"] == "vpstats/2"


def test_the_standard_age_tool_opens_an_export(
    adviser: Vault, coordinator: Vault, tmp_path: Path, tool: Callable[[str], str]
) -> None:
    import subprocess

    age = tool("age")
    data = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    key = stats.write_age_identity(coordinator, tmp_path / "key.txt")  # what docs/export-format.md tells to do
    assert key.stat().st_mode & 0o777 == 0o600
    with pytest.raises(KnownError, match="exists already"):
        stats.write_age_identity(coordinator, key)  # never over an existing file
    export = tmp_path / "vp.vpstats"
    export.write_bytes(data)
    out = subprocess.run([age, "-d", "-i", str(key), str(export)], capture_output=True, check=True).stdout
    assert json.loads(out)["payload"]["tables"]["totals"]["conversations"] == 12


def test_fingerprint_must_match_when_enrolling(adviser: Vault, coordinator: Vault) -> None:
    public = stats.identity(adviser, NOW).public
    with pytest.raises(KnownError, match="fingerprint does not match") as wrong:
        stats.trust(coordinator, public, "x", "AAAA-BBBB-CCCC-DDDD-EEEE", NOW)
    assert fingerprint(public) not in str(wrong.value)  # the right value is never given away
    spoken = fingerprint(public).lower().replace("-", " ")  # as typed while listening on the phone
    assert stats.trust(coordinator, public, "x", spoken, NOW).fingerprint == fingerprint(public)
    with pytest.raises(KnownError, match="not a vpdesk adviser key"):
        stats.trust(coordinator, "age1abc", "x", "AAAA", NOW)
    with pytest.raises(KnownError, match="adviser vault"):
        stats.trust(adviser, public, "x", fingerprint(public), NOW)


def _open(coordinator: Vault, data: bytes) -> object:
    secret = _age_secret(coordinator)
    trusted = {a.fingerprint: a.public_key for a in coordinator.keys.trusted()}
    return open_export(data, age_identity(secret), trusted, resources.taxonomy())


def test_unknown_signer_wrong_recipient_and_tampering_are_refused(
    adviser: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    data = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    with pytest.raises(ImportRejected, match="not on the trust list"):
        _open(coordinator, data)
    _enrol(coordinator, adviser)
    other, _ = Vault.create(tmp_path / "other", "another coordinator passphrase")
    other_recipient = stats.make_coordinator(other, NOW)
    other.close()
    with pytest.raises(ImportRejected, match="not addressed to this coordinator"):
        _open(coordinator, stats.export(adviser, 2026, 0, other_recipient, 1, NOW))
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 1
    with pytest.raises(ImportRejected, match="damaged"):
        _open(coordinator, bytes(flipped))
    with pytest.raises(ImportRejected, match="larger than"):
        _open(coordinator, b"x" * (MAX_FILE + 1))


def _reencrypt(coordinator: Vault, envelope: object) -> bytes:
    recipient = pyrage.x25519.Recipient.from_str(_recipient(coordinator))
    raw = envelope if isinstance(envelope, bytes) else canonical(envelope)
    return bytes(pyrage.encrypt(raw, [recipient]))


def _envelope(adviser: Vault, coordinator: Vault) -> dict[str, Any]:
    data = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    secret = _age_secret(coordinator)
    envelope: dict[str, Any] = json.loads(pyrage.decrypt(data, [age_identity(secret)]))
    return envelope


def test_a_changed_count_breaks_the_signature(adviser: Vault, coordinator: Vault) -> None:
    _enrol(coordinator, adviser)
    envelope = _envelope(adviser, coordinator)
    envelope["payload"]["tables"]["totals"]["conversations"] += 1
    with pytest.raises(ImportRejected, match="signature does not match"):
        _open(coordinator, _reencrypt(coordinator, envelope))


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"{not json", "not valid JSON"),
        (b'{"a": 1}', "not a signed vpdesk export"),
        (b"\xff\xfe", "not text"),
    ],
)
def test_malformed_contents_get_a_clear_error(adviser: Vault, coordinator: Vault, raw: bytes, message: str) -> None:
    _enrol(coordinator, adviser)
    with pytest.raises(ImportRejected, match=message):
        _open(coordinator, _reencrypt(coordinator, raw))


def test_unknown_version_and_wrong_types_are_refused_even_when_signed(adviser: Vault, coordinator: Vault) -> None:
    from vpdesk.exchange.identity import sign

    _enrol(coordinator, adviser)
    secret, _public = stats.signing_key(adviser, NOW)
    changes: list[tuple[Callable[[dict[str, Any]], None], str]] = [
        (lambda p: p.update(schema="vpstats/9"), "Unknown export version"),
        (lambda p: p["tables"]["channel"].update(phone="12"), "whole number"),
        (lambda p: p["tables"]["channel"].update(phone=-1), "whole number"),
        (lambda p: p["tables"].update(notes={"x": 1}), "expected ones"),
        (lambda p: p["tables"]["month"].update({"2025-01": 1}), "outside its year"),
    ]
    for change, message in changes:
        envelope = _envelope(adviser, coordinator)
        change(envelope["payload"])
        envelope["signature"] = sign(secret, canonical(envelope["payload"]))
        with pytest.raises(ImportRejected, match=message):
            _open(coordinator, _reencrypt(coordinator, envelope))


def test_a_bad_file_among_good_ones_imports_nothing_of_itself(adviser: Vault, coordinator: Vault) -> None:
    _enrol(coordinator, adviser)
    good = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    results = stats.import_files(coordinator, [("bad", lambda: b"junk"), ("good", lambda: good)], NOW)
    assert [r.ok for r in results] == [False, True]
    assert len(coordinator.keys.imports(2026)) == 1


def test_an_export_for_a_year_that_has_not_begun_is_refused(adviser: Vault, coordinator: Vault) -> None:
    """Signed and well-formed, but from a laptop whose clock runs a year ahead: refused, nothing stored."""
    from datetime import timedelta

    _enrol(coordinator, adviser)
    later = NOW + timedelta(days=366)
    data = stats.export(adviser, later.year, 0, _recipient(coordinator), 1, later)
    results = stats.import_files(coordinator, [("ahead.vpstats", lambda: data)], NOW)
    assert [(r.ok, r.message) for r in results] == [
        (False, f"The export is for {later.year}, a year that has not begun.")
    ]
    assert stats.coordinator_tables(coordinator, later.year)[1] == 0


def test_an_older_export_never_replaces_a_newer_one(adviser: Vault, coordinator: Vault) -> None:
    from datetime import timedelta

    _enrol(coordinator, adviser)
    older = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    newer = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW + timedelta(days=2))
    first = stats.import_files(coordinator, [("new.vpstats", lambda: newer)], NOW + timedelta(days=3))
    assert [r.ok for r in first] == [True]
    late = stats.import_files(coordinator, [("old.vpstats", lambda: older)], NOW + timedelta(days=4))
    assert not late[0].ok
    made, kept_at = (  # the signed UTC times, shown as the coordinator's local time
        datetime(2027, 1, day, 9, tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M") for day in (10, 12)
    )
    assert late[0].message == (
        f"VP Noord, 2026: this export (made {made}) is older than the one already imported "
        f"(made {kept_at}); the newer one is kept."
    )
    (kept,) = coordinator.keys.imports(2026)
    assert kept.created == "2027-01-12T09:00:00Z" and kept.sequence == 2


def test_the_coordinator_sees_deliveries_renames_and_removes_keeping_or_dropping_figures(
    adviser: Vault, coordinator: Vault, tmp_path: Path
) -> None:
    from datetime import timedelta

    from vpdesk.exchange.identity import new_signing_key
    from vpdesk.store.keys import TrustedAdviser

    fp = _enrol(coordinator, adviser)
    _, other = new_signing_key()  # trusted, never delivers
    coordinator.keys.trust(TrustedAdviser(fingerprint(other), other, "VP Zuid", NOW.isoformat()))
    assert [(d.label, d.missing) for d in stats.deliveries(coordinator, 2026)] == [
        ("VP Noord", True),
        ("VP Zuid", True),
    ]
    first = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    stats.import_files(coordinator, [("a", lambda: first)], NOW)
    again = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW + timedelta(days=1))
    stats.import_files(coordinator, [("b", lambda: again)], NOW + timedelta(days=5))
    noord, zuid = stats.deliveries(coordinator, 2026)
    assert noord.periods == ((0, NOW.isoformat(timespec="seconds"), (NOW + timedelta(days=5)).isoformat()),)
    assert zuid.missing
    stats.rename(coordinator, fp, "VP Noord-Holland")
    said = stats.untrust(coordinator, fp, keep_figures=True, now=NOW)
    assert str(said) == "Removed VP Noord-Holland; the figures already imported from them stay in the reports."
    assert stats.coordinator_tables(coordinator, 2026)[1] == 1  # kept
    assert fp not in {a.fingerprint for a in stats.trusted(coordinator)}
    refused = stats.import_files(coordinator, [("c", lambda: again)], NOW)  # no new import from a removed adviser
    assert not refused[0].ok and "not on the trust list" in refused[0].message
    assert [d.removed != "" for d in stats.deliveries(coordinator, 2026)] == [True, False]
    said = stats.untrust(coordinator, fingerprint(other), keep_figures=False, now=NOW)
    assert str(said) == "Removed VP Zuid, with every figure imported from them."
    stats.trust(coordinator, stats.identity(adviser, NOW).public, "VP Noord", fp, NOW)  # trusted again
    assert [d.label for d in stats.deliveries(coordinator, 2026)] == ["VP Noord"]


def test_the_report_puts_the_year_before_beside_this_year_where_imported(adviser: Vault, coordinator: Vault) -> None:
    from vpdesk.policy import Settings
    from vpdesk.services import annual_report
    from vpdesk.services.guide import load_rules

    _enrol(coordinator, adviser)
    rules = load_rules(Settings()).rules
    this = stats.export(adviser, 2026, 0, _recipient(coordinator), 1, NOW)
    stats.import_files(coordinator, [("2026", lambda: this)], NOW)
    assert annual_report.build(coordinator, 2026, Settings(), rules, "nl").previous is None  # nothing from 2025
    earlier = stats.export(adviser, 2025, 0, _recipient(coordinator), 1, NOW)
    assert [r.ok for r in stats.import_files(coordinator, [("2025", lambda: earlier)], NOW)] == [True]
    report = annual_report.build(coordinator, 2026, Settings(), rules, "nl")
    assert report.previous is not None and report.previous.year == 2025 and report.previous.conversations == 0
