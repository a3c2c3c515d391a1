"""The .vpstats format without a vault: build, open, and every way a file can be refused."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.errors import KnownError
from vpdesk.exchange.format import build_export
from vpdesk.exchange.identity import age_identity, fingerprint, new_age_identity, new_signing_key, sign
from vpdesk.exchange.importer import (
    MAX_FILE,
    REASONS,
    ImportRejected,
    canonical,
    open_export,
)

RECORDS = [
    ContactRecord("2026-02", ("oo.pesten",), "phone", "first", org_unit="DGOO/X", duration_min=30),
    ContactRecord("2026-07", ("misstand", "oo"), "mail", "follow_up", gender="male", routes=("raba",)),
]


class Party:
    def __init__(self) -> None:
        self.secret, self.public = new_signing_key()
        age_secret, self.recipient = new_age_identity()
        self.identity = age_identity(age_secret)
        self.age_secret = age_secret
        self.trusted = {fingerprint(self.public): self.public}

    def export(self, quarter: int = 0) -> bytes:
        return build_export(
            tally(RECORDS, 2026, quarter),
            year=2026,
            quarter=quarter,
            taxonomy="2026.1",
            org_level=1,
            signing_key=self.secret,
            recipient=self.recipient,
            codes=resources.taxonomy(),
        )

    def envelope(self) -> dict[str, Any]:
        envelope: dict[str, Any] = json.loads(pyrage.decrypt(self.export(), [self.identity]))
        return envelope

    def reseal(self, envelope: Any, resign: bool = True) -> bytes:
        if isinstance(envelope, bytes):
            raw = envelope
        else:
            if resign:
                envelope["signature"] = sign(self.secret, canonical(envelope["payload"]))
            raw = canonical(envelope)
        return bytes(pyrage.encrypt(raw, [pyrage.x25519.Recipient.from_str(self.recipient)]))

    def open(self, data: bytes) -> Any:
        return open_export(data, self.identity, self.trusted, resources.taxonomy())


@pytest.fixture
def party() -> Party:
    return Party()


def _reason(party: Party, data: bytes) -> str:
    with pytest.raises(ImportRejected) as info:
        party.open(data)
    assert isinstance(info.value, KnownError) and info.value.reason in REASONS
    assert info.value.message.endswith(".")
    return info.value.reason


def test_round_trip(party: Party) -> None:
    data = party.export()
    verified = party.open(data)
    assert verified.adviser == fingerprint(party.public) and (verified.year, verified.quarter) == (2026, 0)
    assert verified.tables == tally(RECORDS, 2026)
    assert json.loads(canonical(verified.tables)) == verified.tables
    # a re-export of the same period is a new file for the same adviser and period
    again = party.open(party.export())
    assert (again.adviser, again.year, again.quarter) == (verified.adviser, 2026, 0)


def test_the_plaintext_is_canonical_json_with_integers_only(party: Party) -> None:
    plain = bytes(pyrage.decrypt(party.export(), [party.identity]))
    envelope = json.loads(plain)
    assert canonical(envelope) == plain and b" " not in plain.replace(b"vpdesk-ed25519:", b"")
    assert envelope["payload"]["schema"] == "vpstats/2" and envelope["signer"] == party.public

    def numbers(v: Any) -> list[Any]:
        if isinstance(v, dict):
            return [n for x in v.values() for n in numbers(x)]
        return [v] if isinstance(v, int | float) and not isinstance(v, bool) else []

    assert all(isinstance(n, int) for n in numbers(envelope["payload"]))


def test_binary_age_format_opens_with_the_standard_tool(
    party: Party, tmp_path: Path, tool: Callable[[str], str]
) -> None:
    data = party.export()
    assert data.startswith(b"age-encryption.org/v1\n")  # binary, not armored
    age = tool("age")
    (tmp_path / "key.txt").write_bytes(party.age_secret + b"\n")
    (tmp_path / "x.vpstats").write_bytes(data)
    out = subprocess.run(
        [age, "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "x.vpstats")], capture_output=True, check=True
    ).stdout
    assert json.loads(out)["payload"]["tables"]["totals"]["conversations"] == 2


def test_each_failure_has_its_reason(party: Party) -> None:
    data = party.export()
    assert _reason(party, b"x" * (MAX_FILE + 1)) == "too_large"
    assert _reason(party, Party().export()) == "wrong_recipient"
    assert _reason(party, data[: len(data) // 2]) == "damaged"
    flipped = bytearray(data)
    flipped[-5] ^= 0x10
    assert _reason(party, bytes(flipped)) == "damaged"
    assert _reason(party, b"not age at all") == "damaged"
    assert _reason(party, party.reseal(b"[" * 50_000 + b"]" * 50_000)) == "too_deep"
    assert _reason(party, party.reseal(b'{"payload": [[[[[[[1]]]]]]]}')) == "too_deep"
    assert _reason(party, party.reseal(b"\xff\xfe")) == "not_text"
    assert _reason(party, party.reseal(b"{nope")) == "not_json"
    assert _reason(party, party.reseal(b'{"a":1}')) == "malformed"
    assert _reason(party, party.reseal(json.dumps(party.envelope(), indent=1).encode())) == "not_canonical"
    stranger = Party()
    party.trusted = {fingerprint(stranger.public): stranger.public}
    assert _reason(party, data) == "unknown_signer"


def test_a_key_swapped_under_a_trusted_fingerprint_is_refused(party: Party) -> None:
    other = Party()
    party.trusted = {fingerprint(party.public): other.public}
    assert _reason(party, party.export()) == "unknown_signer"


def test_tampering_is_caught_before_the_payload_is_read(party: Party) -> None:
    envelope = party.envelope()
    envelope["payload"]["tables"]["totals"]["conversations"] = 99  # would also fail validation: signature first
    assert _reason(party, party.reseal(envelope, resign=False)) == "tampered"
    envelope = party.envelope()
    envelope["signature"] = envelope["signature"].rstrip("=")  # same bytes, non-canonical spelling
    assert _reason(party, party.reseal(envelope, resign=False)) == "tampered"


@pytest.mark.parametrize(
    ("change", "reason", "message"),
    [
        (lambda p: p.update(schema="vpstats/1"), "unknown_version", "Unknown export version"),
        (lambda p: p.update(year="2026"), "invalid", "year"),
        (lambda p: p.update(year=1999), "invalid", "year"),
        (lambda p: p.update(quarter=5), "invalid", "quarter"),
        (lambda p: p.update(extra=1), "invalid", "fields"),
        (lambda p: p["tables"]["channel"].update(phone=1.0), "invalid", "whole number"),
        (lambda p: p["tables"]["channel"].update(phone=True), "invalid", "whole number"),
        (lambda p: p["tables"]["channel"].update(phone=-1), "invalid", "whole number"),
        (lambda p: p["tables"].update(notes={}), "invalid", "expected ones"),
        (lambda p: p["tables"]["month"].update({"2025-01": 1}), "invalid", "outside its year"),
        (lambda p: p["tables"]["channel"].update({"a\nb": 0}), "invalid", "cell name"),
        (lambda p: p["tables"]["channel"].update(phone=2), "invalid", "add up"),
        (lambda p: p["tables"]["category_quarter"]["oo"].update(Q1=5), "invalid", "main categories"),
        (lambda p: p["tables"]["category"].pop("oo.pesten"), "invalid", "subcategories"),
        (lambda p: p.update(adviser="AAAA-AAAA-AAAA-AAAA-AAAA"), "tampered", "another adviser"),
    ],
)
def test_signed_but_invalid_payloads_are_refused(party: Party, change: Any, reason: str, message: str) -> None:
    envelope = party.envelope()
    change(envelope["payload"])
    with pytest.raises(ImportRejected, match=message) as info:
        party.open(party.reseal(envelope))
    assert info.value.reason == reason


def test_a_quarterly_export_must_stay_inside_its_quarter(party: Party) -> None:
    assert party.open(party.export(quarter=3)).quarter == 3
    envelope = json.loads(pyrage.decrypt(party.export(quarter=1), [party.identity]))
    envelope["payload"]["tables"]["month"] = {"2026-07": 1}
    with pytest.raises(ImportRejected, match="outside its quarter"):
        party.open(party.reseal(envelope))


def test_an_adviser_cannot_build_an_export_the_coordinator_would_refuse(party: Party) -> None:
    tables = tally(RECORDS, 2026)
    tables["channel"]["phone"] += 1
    with pytest.raises(ImportRejected, match="add up"):
        build_export(
            tables,
            year=2026,
            quarter=0,
            taxonomy="2026.1",
            org_level=1,
            signing_key=party.secret,
            recipient=party.recipient,
            codes=resources.taxonomy(),
        )
    with pytest.raises(KnownError, match="coordinator key"):
        build_export(
            tally(RECORDS, 2026),
            year=2026,
            quarter=0,
            taxonomy="2026.2",
            org_level=1,
            signing_key=party.secret,
            recipient="age1nonsense",
            codes=resources.taxonomy(),
        )


def test_a_signer_with_a_non_ascii_character_is_malformed_not_a_crash(party: Party) -> None:
    """Found by the 10,000-mutation fuzz: one mutated byte in the signer made the fingerprint's encode fail."""
    envelope = party.envelope()
    envelope["signer"] = envelope["signer"][:20] + "Ǡ" + envelope["signer"][21:]
    with pytest.raises(ImportRejected) as info:
        party.open(party.reseal(envelope))
    assert info.value.reason == "malformed"
