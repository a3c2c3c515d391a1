"""Opening a .vpstats file (the coordinator's side): verify before reading, then validate strictly.

Checks, in this order, before any figure is read; each failure is one ``ImportRejected`` with a per-file
sentence and a ``reason`` code, and nothing of the file is used:

    size cap (before decrypting) -> decryption (this coordinator's identity) -> UTF-8 -> nesting depth (scanned
    before parsing) -> JSON -> envelope shape and canonical bytes -> signer on the trust list -> signature ->
    payload schema (types, known keys, known version, ranges) -> internal consistency (months and quarters
    inside the period, tables adding up as a tally makes them).

The coordinator stores each verified file in one transaction (services/stats.py). **Replacement key**: (adviser
fingerprint, year, quarter): a new import for the same adviser and period replaces the earlier one, so importing
the same file twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import pyrage

from vpdesk.domain.statistics import ONE_D, QUARTERS
from vpdesk.domain.taxonomy import is_known_version
from vpdesk.errors import KnownError
from vpdesk.exchange.identity import fingerprint, verify

SCHEMA = "vpstats/1"
MAX_FILE = 1 << 20  # 1 MiB: an honest export is a few kilobytes
MAX_DEPTH = 6
CELL = re.compile(r"^[\w .,/&()'+-]{1,80}$")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
MAX_COUNT = 10_000_000


REASONS = (
    "too_large",
    "wrong_recipient",
    "damaged",
    "not_text",
    "too_deep",
    "not_json",
    "malformed",
    "not_canonical",
    "unknown_signer",
    "tampered",
    "unknown_version",
    "invalid",
)


class ImportRejected(KnownError):
    """One file could not be imported; nothing of it was stored. ``reason`` is one of REASONS."""

    def __init__(self, message: str, *, reason: str = "invalid", hint: str = "", **fields: object) -> None:
        super().__init__(message, hint=hint, **fields)
        self.reason = reason


def canonical(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8 (not \\u-escaped), integers as written: one spelling per value."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True, slots=True)
class VerifiedExport:
    adviser: str  # fingerprint
    year: int
    quarter: int
    taxonomy: str
    tables: dict[str, Any]
    file_sha256: str


def _depth_ok(text: str) -> bool:
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def open_export(data: bytes, identity: pyrage.x25519.Identity, trusted: dict[str, str]) -> VerifiedExport:
    """Verify and read one export. ``trusted`` maps fingerprint -> adviser public key."""
    if len(data) > MAX_FILE:
        raise ImportRejected(
            "The file is larger than {kib} KiB: not a vpdesk export.", reason="too_large", kib=MAX_FILE // 1024
        )
    try:
        plain = pyrage.decrypt(data, [identity])
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise ImportRejected("The file is not addressed to this coordinator.", reason="wrong_recipient") from None
        raise ImportRejected("The file is damaged or not a vpdesk export.", reason="damaged") from None
    if len(plain) > MAX_FILE:
        raise ImportRejected("The content is too large: not a vpdesk export.", reason="too_large")
    try:
        text = bytes(plain).decode("utf-8")
    except UnicodeDecodeError:
        raise ImportRejected("The content is not text: not a vpdesk export.", reason="not_text") from None
    if not _depth_ok(text):
        raise ImportRejected("The content is nested too deeply: not a vpdesk export.", reason="too_deep")
    try:
        envelope = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportRejected("The content is not valid JSON.", reason="not_json") from None
    if not isinstance(envelope, dict) or set(envelope) != {"payload", "signature", "signer"}:
        raise ImportRejected("The content is not a signed vpdesk export.", reason="malformed")
    if canonical(envelope) != plain:
        raise ImportRejected("The export has been altered (it is not in canonical form).", reason="not_canonical")
    signer, signature, payload = envelope["signer"], envelope["signature"], envelope["payload"]
    if not isinstance(signer, str) or not isinstance(signature, str):
        raise ImportRejected("The content is not a signed vpdesk export.", reason="malformed")
    adviser = fingerprint(signer)
    if trusted.get(adviser) != signer:
        raise ImportRejected("The signer {adviser} is not on the trust list.", reason="unknown_signer", adviser=adviser)
    if not verify(signer, signature, canonical(payload)):
        raise ImportRejected("The signature does not match: the file has been tampered with.", reason="tampered")
    validate_payload(payload)
    if payload["adviser"] != adviser:
        raise ImportRejected("The export names another adviser than the one who signed it.", reason="tampered")
    return VerifiedExport(
        adviser=adviser,
        year=payload["year"],
        quarter=payload["quarter"],
        taxonomy=payload["taxonomy"],
        tables=payload["tables"],
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def _int(value: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
        raise ImportRejected(
            "The field {field} must be a whole number from 0 to {maximum}.", field=field, maximum=MAX_COUNT
        )
    return value


def validate_payload(payload: Any) -> None:
    """The payload's schema, strictly (it agrees with docs/export-format.schema.json)."""
    keys = {"schema", "adviser", "year", "quarter", "taxonomy", "org_level", "tables"}
    if not isinstance(payload, dict) or set(payload) != keys:
        raise ImportRejected("The export does not have the fields of a vpdesk export.")
    if payload["schema"] != SCHEMA:
        raise ImportRejected(
            "Unknown export version {version}; this vpdesk reads {supported}.",
            reason="unknown_version",
            hint="Update vpdesk, or ask the adviser to export with the same version.",
            version=repr(str(payload["schema"])[:20]),
            supported=SCHEMA,
        )
    if not isinstance(payload["adviser"], str) or not re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){4}", payload["adviser"]):
        raise ImportRejected("The adviser's fingerprint is malformed.")
    year = _int(payload["year"], "year")
    if not 2000 <= year <= 2100:
        raise ImportRejected("The year is out of range.")
    if _int(payload["quarter"], "quarter") > 4:
        raise ImportRejected("The quarter must be 0 (whole year) to 4.")
    if not isinstance(payload["taxonomy"], str) or len(payload["taxonomy"]) > 40:
        raise ImportRejected("The taxonomy version is malformed.")
    if not is_known_version(payload["taxonomy"]):  # an older version is mapped at import; a newer one is unknown
        raise ImportRejected(
            "The export uses taxonomy {version}, which this vpdesk does not know.",
            reason="unknown_version",
            hint="Update vpdesk, or ask the adviser to export with the same version.",
            version=payload["taxonomy"],
        )
    _int(payload["org_level"], "org_level")
    tables = payload["tables"]
    expected = {*ONE_D, "month", "category_quarter", "totals"}
    if not isinstance(tables, dict) or set(tables) != expected:
        raise ImportRejected("The export's tables are not the expected ones.")
    for name in ONE_D:
        _cells(tables[name], name)
    for month in _cells(tables["month"], "month"):
        match = MONTH.match(month)
        if not match or int(match.group(1)) != year:
            raise ImportRejected("A month in the export lies outside its year.")
    grid = tables["category_quarter"]
    if not isinstance(grid, dict):
        raise ImportRejected("The table category_quarter is malformed.")
    for top, row in grid.items():
        if not isinstance(top, str) or not CELL.match(top):
            raise ImportRejected("The table category_quarter is malformed.")
        if not isinstance(row, dict) or not set(row) <= set(QUARTERS):
            raise ImportRejected("The table category_quarter is malformed.")
        for n in row.values():
            _int(n, "category_quarter")
    totals = tables["totals"]
    if not isinstance(totals, dict) or set(totals) != {"conversations", "minutes"}:
        raise ImportRejected("The totals are malformed.")
    conversations = _int(totals["conversations"], "totals.conversations")
    if not isinstance(totals["minutes"], int) or isinstance(totals["minutes"], bool) or totals["minutes"] < 0:
        raise ImportRejected("The minutes must be a whole number of at least 0.")
    _consistent(tables, payload["quarter"], conversations)


def _consistent(tables: dict[str, Any], quarter: int, conversations: int) -> None:
    """What a tally always satisfies: the period holds every month and quarter, each contact counts once in the
    once-per-contact tables, and a main category's quarters add up to its count."""
    for month in tables["month"]:
        if quarter and (int(month[5:7]) - 1) // 3 + 1 != quarter:
            raise ImportRejected("A month in the export lies outside its quarter.")
    grid = tables["category_quarter"]
    for row in grid.values():
        if quarter and set(row) - {f"Q{quarter}"}:
            raise ImportRejected("A quarter in the export lies outside its period.")
    for name in ("month", "channel", "kind", "position", "role", "outcome", "org_unit"):
        if sum(tables[name].values()) != conversations:
            raise ImportRejected("The table {name} does not add up to the number of conversations.", name=name)
    if sum(tables["gender"].values()) > conversations:
        raise ImportRejected("The table gender counts more contacts than there were conversations.")
    main = tables["top_category"]
    if {r: sum(row.values()) for r, row in grid.items() if sum(row.values())} != {r: n for r, n in main.items() if n}:
        raise ImportRejected("The table category_quarter does not add up to the main categories.")
    for top, n in main.items():
        if sum(m for code, m in tables["category"].items() if code.split(".", 1)[0] == top) < n:
            raise ImportRejected("A main category counts more contacts than its subcategories.")
    if any(code.split(".", 1)[0] not in main for code in tables["category"]):
        raise ImportRejected("A subcategory has no main category.")


def _cells(table: Any, name: str) -> dict[str, int]:
    if not isinstance(table, dict) or len(table) > 500:
        raise ImportRejected("The table {name} is malformed.", name=name)
    for cell, n in table.items():
        if not isinstance(cell, str) or not CELL.match(cell):
            raise ImportRejected("The table {name} has a malformed cell name.", name=name)
        _int(n, name)
    return table
