"""The .vpstats file: canonical JSON, signed by the adviser, encrypted to the coordinator (age, binary).

    payload  = {"schema": "vpstats/1", "adviser": FINGERPRINT, "year": Y, "quarter": 0-4, "taxonomy": VERSION,
                "org_level": N, "tables": {...}}                                  (docs/export-format.md)
    envelope = canonical({"payload": payload, "signature": base64 Ed25519(canonical(payload)), "signer": KEY})
    file     = age(envelope) to the coordinator's recipient; `age -d -i key.txt FILE.vpstats` opens it.

Opening (importer.py) checks, in this order, before any figure is read: size cap, decryption, nesting depth, JSON, the
envelope being canonical, the signer being trusted, the signature, then the payload's schema, strictly.
"""

from __future__ import annotations

from typing import Any

import pyrage

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
    "open_export",
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
) -> bytes:
    public = signing_public(signing_key)
    payload = {
        "schema": SCHEMA,
        "adviser": fingerprint(public),
        "year": year,
        "quarter": quarter,
        "taxonomy": taxonomy,
        "org_level": org_level,
        "tables": tables,
    }
    validate_payload(payload)  # never send what the coordinator would refuse
    envelope = {"payload": payload, "signature": sign(signing_key, canonical(payload)), "signer": public}
    return bytes(pyrage.encrypt(canonical(envelope), [age_recipient(recipient)]))
