"""The .vpstats file: canonical JSON, signed by the adviser, encrypted to the coordinator (age, binary).

    payload  = {"schema": "vpstats/2", "adviser": FINGERPRINT, "year": Y, "quarter": 0-4, "taxonomy": VERSION,
                "org_level": N, "created": "YYYY-MM-DDTHH:MM:SSZ", "sequence": N, "tables": {...}}
                                                                                  (docs/export-format.md)
    envelope = canonical({"payload": payload, "signature": base64 Ed25519(canonical(payload)), "signer": KEY})
    file     = age(envelope) to the coordinator's recipient; `age -d -i key.txt FILE.vpstats` opens it.

Opening (importer.py) checks, in this order, before any figure is read: size cap, decryption, nesting depth, JSON, the
envelope being canonical, the signer being trusted, the signature, then the payload's schema, strictly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pyrage

from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.exchange.identity import age_recipient, fingerprint, sign, signing_public
from vpdesk.exchange.importer import (
    CELL,
    MAX_COUNT,
    MAX_DEPTH,
    MAX_FILE,
    SCHEMA,
    ImportRejected,
    VerifiedExport,
    canonical,
    open_export,
    validate_payload,
)

__all__ = [
    "CELL",
    "MAX_COUNT",
    "MAX_DEPTH",
    "MAX_FILE",
    "SCHEMA",
    "ImportRejected",
    "VerifiedExport",
    "build_export",
    "canonical",
    "make_payload",
    "open_export",
    "seal",
    "validate_payload",
]


def build_export(
    tables: dict[str, Any],
    *,
    year: int,
    quarter: int,
    taxonomy: str,
    org_level: int,
    signing_key: bytes,
    recipient: str,
    codes: Taxonomy,
    created: datetime | None = None,
    sequence: int = 1,
) -> bytes:
    payload = make_payload(
        signing_public(signing_key),
        tables,
        year=year,
        quarter=quarter,
        taxonomy=taxonomy,
        org_level=org_level,
        created=datetime.now(UTC) if created is None else created,
        sequence=sequence,
    )
    return seal(payload, signing_key, recipient, codes)


def make_payload(
    public: str,
    tables: dict[str, Any],
    *,
    year: int,
    quarter: int,
    taxonomy: str,
    org_level: int,
    created: datetime,
    sequence: int,
) -> dict[str, Any]:
    """Exactly what leaves, before signing: the adviser sees this in the preview."""
    moment = created.astimezone(UTC) if created.tzinfo else created.replace(tzinfo=UTC)
    return {
        "schema": SCHEMA,
        "adviser": fingerprint(public),
        "year": year,
        "quarter": quarter,
        "taxonomy": taxonomy,
        "org_level": org_level,
        "created": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sequence": sequence,
        "tables": tables,
    }


def seal(payload: dict[str, Any], signing_key: bytes, recipient: str, codes: Taxonomy) -> bytes:
    """Sign ``payload`` and encrypt it to the coordinator."""
    public = signing_public(signing_key)
    validate_payload(payload, codes)  # never send what the coordinator would refuse
    envelope = {"payload": payload, "signature": sign(signing_key, canonical(payload)), "signer": public}
    return bytes(pyrage.encrypt(canonical(envelope), [age_recipient(recipient)]))
