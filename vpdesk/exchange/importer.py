"""Opening a .vpstats file (the coordinator's side): verify before reading, then validate strictly.

Checks, in this order, before any figure is read; each failure is one ``ImportRejected`` with a per-file
sentence and a ``reason`` code, and nothing of the file is used:

    size cap (before decrypting) -> decryption (this coordinator's identity) -> UTF-8 -> nesting depth (scanned
    before parsing) -> JSON -> envelope shape and canonical bytes -> signer on the trust list -> signature ->
    payload schema (types, known keys, known version, ranges) -> internal consistency (months and quarters
    inside the period, tables adding up as a tally makes them).

The coordinator stores each verified file in one transaction (services/stats_import.py). **Replacement key**: (adviser
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

from vpdesk.domain.model import Channel, ContactKind, Gender, MelderPosition, Outcome
from vpdesk.domain.statistics import ONE_D, QUARTERS, STILL_OPEN, TOTALS, UNKNOWN
from vpdesk.domain.taxonomy import Taxonomy, group, is_known_version, upgrade_code
from vpdesk.errors import KnownError
from vpdesk.exchange.identity import fingerprint, verify

SCHEMA = "vpstats/2"
MAX_FILE = 1 << 20  # 1 MiB: an honest export is a few kilobytes
MAX_DEPTH = 6
# Cell names are matched whole (re.fullmatch: no trailing newline), start with a letter or digit (never "=", "+",
# "-" or "@", which a spreadsheet evaluates) and use ASCII only, except org units, which may use Latin-1 letters
# (Dutch names); no Cyrillic or Greek look-alikes anywhere.
CELL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .,/&()'+_-]{0,79}$")
_LATIN = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"  # ASCII letters and digits, Latin-1 letters
ORG_UNIT = re.compile(f"^[{_LATIN}][{_LATIN} .,/&()'+_-]{{0,79}}$")
ROUTE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
CREATED = re.compile(r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$")
MAX_COUNT = 10_000_000
MAX_MINUTES_PER_CONVERSATION = 600  # ten hours: more in one conversation is not plausible
MAX_SEQUENCE = 10**9
MAX_CELLS = 500
MAX_ORG_LEVEL = 10
FINGERPRINT = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$")
TAXONOMY_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
PAYLOAD_KEYS = frozenset(
    {"schema", "adviser", "year", "quarter", "taxonomy", "org_level", "created", "sequence", "tables"}
)


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
    "older",
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
    created: str = ""  # signed: when the adviser made it (UTC, "YYYY-MM-DDTHH:MM:SSZ")
    sequence: int = 0  # signed: the adviser's export number

    def newer_than(self, created: str, sequence: int) -> bool:
        """Later by its signed creation time, then by its sequence (an older export never replaces a newer)."""
        return (self.created, self.sequence) > (created, sequence)


FIXED_CELLS: dict[str, tuple[str, ...]] = {
    "channel": tuple(Channel),
    "kind": tuple(ContactKind),
    "position": (*MelderPosition, UNKNOWN),
    "gender": tuple(Gender),
    "outcome": (*Outcome, STILL_OPEN),
    "role": ("vertrouwenspersoon",),
}


def category_codes(taxonomy: Taxonomy) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The cell names the category tables accept: (every code, main categories), each with "onbekend" (a contact
    without a category). Follows the taxonomy (domain/taxonomy.py), so a new version's codes come with it."""
    codes = tuple(sorted({c.code for c in taxonomy.categories} | {UNKNOWN}))
    tops = tuple(sorted({c.code for c in taxonomy.top_level()} | {UNKNOWN}))
    return codes, tops


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


def open_export(
    data: bytes, identity: pyrage.x25519.Identity, trusted: dict[str, str], taxonomy: Taxonomy
) -> VerifiedExport:
    """Verify and read one export. ``trusted`` maps fingerprint -> adviser public key; ``taxonomy`` says which
    category codes exist."""
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
    if not isinstance(signer, str) or not isinstance(signature, str) or not signer.isascii():
        raise ImportRejected("The content is not a signed vpdesk export.", reason="malformed")
    adviser = fingerprint(signer)
    if trusted.get(adviser) != signer:
        raise ImportRejected("The signer {adviser} is not on the trust list.", reason="unknown_signer", adviser=adviser)
    if not verify(signer, signature, canonical(payload)):
        raise ImportRejected("The signature does not match: the file has been tampered with.", reason="tampered")
    validate_payload(payload, taxonomy)
    if payload["adviser"] != adviser:
        raise ImportRejected("The export names another adviser than the one who signed it.", reason="tampered")
    return VerifiedExport(
        adviser=adviser,
        year=payload["year"],
        quarter=payload["quarter"],
        taxonomy=payload["taxonomy"],
        tables=payload["tables"],
        file_sha256=hashlib.sha256(data).hexdigest(),
        created=payload["created"],
        sequence=payload["sequence"],
    )


def _int(value: Any, field: str, maximum: int = MAX_COUNT) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
        raise ImportRejected(
            "The field {field} must be a whole number from 0 to {maximum}.", field=field, maximum=maximum
        )
    return value


def validate_payload(payload: Any, taxonomy: Taxonomy) -> None:
    """The payload, strictly: its shape (exactly docs/export-format.schema.json), then its sums and bounds."""
    validate_shape(payload, taxonomy)
    tables = payload["tables"]
    conversations = tables["totals"]["conversations"]
    if tables["totals"]["minutes"] > MAX_MINUTES_PER_CONVERSATION * conversations:
        raise ImportRejected(
            "The export counts more than {limit} minutes per conversation: not plausible.",
            limit=MAX_MINUTES_PER_CONVERSATION,
        )
    cases = tables["totals"]["cases"]
    if cases > conversations or (conversations > 0) != (cases > 0):
        raise ImportRejected("The export counts more cases than conversations, or cases without conversations.")
    for name, most in (("category", conversations), ("top_category", conversations), ("route", cases)):
        for cell, n in tables[name].items():
            if n > most:  # a contact counts once per code and main category, a case once per route
                raise ImportRejected(
                    "The table {name} counts {cell} more often than there were conversations or cases.",
                    name=name,
                    cell=cell,
                )
    _consistent(tables, payload["year"], payload["quarter"], conversations)


def validate_shape(payload: Any, taxonomy: Taxonomy) -> None:
    """Types, known keys, known version, ranges, cell names: what the JSON Schema says, no more, no less."""
    if not isinstance(payload, dict) or set(payload) != PAYLOAD_KEYS:
        raise ImportRejected("The export does not have the fields of a vpdesk export.")
    if payload["schema"] != SCHEMA:
        raise ImportRejected(
            "Unknown export version {version}; this vpdesk reads {supported}.",
            reason="unknown_version",
            hint="Update vpdesk, or ask the adviser to export with the same version.",
            version=repr(str(payload["schema"])[:20]),
            supported=SCHEMA,
        )
    if not isinstance(payload["adviser"], str) or not FINGERPRINT.fullmatch(payload["adviser"]):
        raise ImportRejected("The adviser's fingerprint is malformed.")
    year = _int(payload["year"], "year")
    if not 2000 <= year <= 2100:
        raise ImportRejected("The year is out of range.")
    if _int(payload["quarter"], "quarter") > 4:
        raise ImportRejected("The quarter must be 0 (whole year) to 4.")
    if not isinstance(payload["taxonomy"], str) or not re.fullmatch(
        r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}", payload["taxonomy"]
    ):
        raise ImportRejected("The taxonomy version is malformed.")
    if not is_known_version(payload["taxonomy"]):  # an older version is mapped at import; a newer one is unknown
        raise ImportRejected(
            "The export uses taxonomy {version}, which this vpdesk does not know.",
            reason="unknown_version",
            hint="Update vpdesk, or ask the adviser to export with the same version.",
            version=payload["taxonomy"],
        )
    _int(payload["org_level"], "org_level", MAX_ORG_LEVEL)
    if not isinstance(payload["created"], str) or not CREATED.fullmatch(payload["created"]):
        raise ImportRejected("The export's creation time is malformed.")
    if not 1 <= _int(payload["sequence"], "sequence", MAX_SEQUENCE) <= MAX_SEQUENCE:
        raise ImportRejected(
            "The field {field} must be a whole number from 1 to {maximum}.", field="sequence", maximum=MAX_SEQUENCE
        )
    tables = payload["tables"]
    expected = {*ONE_D, "month", "category_quarter", "totals"}
    if not isinstance(tables, dict) or set(tables) != expected:
        raise ImportRejected("The export's tables are not the expected ones.")
    codes, tops = category_codes(taxonomy)
    allowed: dict[str, tuple[str, ...]] = {**FIXED_CELLS, "category": codes, "top_category": tops}
    for name in ONE_D:
        pattern = ORG_UNIT if name == "org_unit" else ROUTE if name == "route" else CELL
        for cell in _cells(tables[name], name, pattern):
            code = upgrade_code(cell, payload["taxonomy"]) if name in ("category", "top_category") else cell
            if name in allowed and code not in allowed[name]:  # an older taxonomy's code counts as its successor
                raise ImportRejected("The table {name} has an unknown code {code}.", name=name, code=cell)
    _cells(tables["month"], "month", MONTH)
    grid = tables["category_quarter"]
    if not isinstance(grid, dict) or len(grid) > MAX_CELLS:
        raise ImportRejected("The table category_quarter is malformed.")
    for top, row in grid.items():
        if upgrade_code(top, payload["taxonomy"]) not in tops:
            raise ImportRejected("The table {name} has an unknown code {code}.", name="category_quarter", code=top)
        if not isinstance(row, dict) or not set(row) <= set(QUARTERS):
            raise ImportRejected("The table category_quarter is malformed.")
        for n in row.values():
            _int(n, "category_quarter")
    totals = tables["totals"]
    if not isinstance(totals, dict) or set(totals) != set(TOTALS):
        raise ImportRejected("The totals are malformed.")
    _int(totals["conversations"], "totals.conversations")
    _int(totals["cases"], "totals.cases")
    _int(totals["minutes"], "totals.minutes", MAX_MINUTES_PER_CONVERSATION * MAX_COUNT)


def _consistent(tables: dict[str, Any], year: int, quarter: int, conversations: int) -> None:
    """What a tally always satisfies: the period holds every month and quarter, each contact counts once in the
    once-per-contact tables, and a main category's quarters add up to its count."""
    for month in tables["month"]:
        if int(month[:4]) != year:
            raise ImportRejected("A month in the export lies outside its year.")
        if quarter and (int(month[5:7]) - 1) // 3 + 1 != quarter:
            raise ImportRejected("A month in the export lies outside its quarter.")
    grid = tables["category_quarter"]
    for row in grid.values():
        if quarter and set(row) - {f"Q{quarter}"}:
            raise ImportRejected("A quarter in the export lies outside its period.")
    for name in ("month", "channel", "kind", "role", "org_unit"):
        if sum(tables[name].values()) != conversations:
            raise ImportRejected("The table {name} does not add up to the number of conversations.", name=name)
    cases = tables["totals"]["cases"]
    for name in ("position", "outcome"):
        if sum(tables[name].values()) != cases:
            raise ImportRejected("The table {name} does not add up to the number of cases.", name=name)
    if sum(tables["gender"].values()) > cases:
        raise ImportRejected("The table gender counts more melders than there were cases.")
    main = tables["top_category"]
    if {r: sum(row.values()) for r, row in grid.items() if sum(row.values())} != {r: n for r, n in main.items() if n}:
        raise ImportRejected("The table category_quarter does not add up to the main categories.")
    for top, n in main.items():
        if sum(m for code, m in tables["category"].items() if group(code) == top) < n:
            raise ImportRejected("A main category counts more contacts than its subcategories.")
    if any(group(code) not in main for code in tables["category"]):
        raise ImportRejected("A subcategory has no main category.")


def _cells(table: Any, name: str, pattern: re.Pattern[str]) -> dict[str, int]:
    if not isinstance(table, dict) or len(table) > MAX_CELLS:
        raise ImportRejected("The table {name} is malformed.", name=name)
    for cell, n in table.items():
        if not isinstance(cell, str) or not pattern.fullmatch(cell):
            raise ImportRejected("The table {name} has a malformed cell name.", name=name)
        _int(n, name)
    return table
