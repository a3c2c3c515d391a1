"""Use cases of the annual figures, the adviser's side: counting, the preview of exactly what leaves, the signed and
encrypted export. The coordinator's side lives in stats_role, stats_trust and stats_import; its names are
importable from here too, so both faces call `stats.<use case>`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, Tables, tally
from vpdesk.errors import KnownError
from vpdesk.exchange.format import make_payload, seal
from vpdesk.exchange.identity import age_recipient, fingerprint, new_signing_key
from vpdesk.reports.preview_text import preview_text as reports_preview_text
from vpdesk.services.stats_import import (
    BATCH,
    Checked,
    ImportResult,
    check_files,
    coordinator_parts,
    coordinator_tables,
    import_files,
    read_file,
    store_checked,
)
from vpdesk.services.stats_role import COORDINATOR, ROLE_KEY, age_key, is_coordinator, make_coordinator
from vpdesk.services.stats_trust import (
    AGE_IDENTITY_WARNING,
    Delivery,
    deliveries,
    rename,
    trust,
    trusted,
    untrust,
    write_age_identity,
)
from vpdesk.store.repositories import Repositories

__all__ = [
    "AGE_IDENTITY_WARNING",
    "BATCH",
    "COORDINATOR",
    "ROLE_KEY",
    "Checked",
    "Delivery",
    "Identity",
    "ImportResult",
    "PreparedExport",
    "adviser_tables",
    "check_files",
    "coordinator_parts",
    "coordinator_tables",
    "deliveries",
    "export",
    "export_path",
    "export_preview",
    "identity",
    "import_files",
    "is_coordinator",
    "last_recipient",
    "make_coordinator",
    "prepare_export",
    "preview_text",
    "read_file",
    "readable",
    "recipient_fingerprint",
    "record_export",
    "rename",
    "signing_key",
    "store_checked",
    "trust",
    "trusted",
    "untrust",
    "write_age_identity",
]


def signing_key(vault: Repositories, now: datetime) -> tuple[bytes, str]:
    """The adviser's Ed25519 key, made on first use."""
    found = vault.keys.identity("signing")
    if found is None:
        secret, public = new_signing_key()
        vault.keys.set_identity("signing", secret, public, now)
        return secret, public
    return found


@dataclass(frozen=True, slots=True)
class Identity:
    role: str
    public: str
    fingerprint: str


def identity(vault: Repositories, now: datetime) -> Identity:
    if is_coordinator(vault):
        public = age_key(vault)[1]
        return Identity(COORDINATOR, public, fingerprint(public))
    _, public = signing_key(vault, now)
    return Identity("adviser", public, fingerprint(public))


def adviser_tables(vault: Repositories, year: int, quarter: int = 0, org_level: int = 1) -> Tables:
    records = [ContactRecord.from_row(row) for row in vault.contact_stats.rows(year)]
    return tally(records, year, quarter, org_level)


SEQUENCE_KEY = "stats_sequence"


def _last_sequence(vault: Repositories) -> int:
    """The sequence number of the last export that left (0 = none yet)."""
    return int(vault.settings.get(SEQUENCE_KEY) or 0)


def export_preview(vault: Repositories, year: int, quarter: int, org_level: int, now: datetime) -> dict[str, Any]:
    """Exactly the payload that would leave, before signing and encryption."""
    _, public = signing_key(vault, now)
    return _payload(vault, public, year, quarter, org_level, adviser_tables(vault, year, quarter, org_level), now)


def _payload(
    vault: Repositories, public: str, year: int, quarter: int, org_level: int, tables: Tables, now: datetime
) -> dict[str, Any]:
    return make_payload(
        public,
        tables,
        year=year,
        quarter=quarter,
        taxonomy=resources.taxonomy().version,
        org_level=org_level,
        created=now,
        sequence=_last_sequence(vault) + 1,
    )


def preview_text(
    vault: Repositories, year: int, quarter: int, org_level: int, now: datetime, lang: str, route_names: dict[str, str]
) -> str:
    """The preview as the adviser reads it: every figure under its label, then the exact payload."""
    return readable(export_preview(vault, year, quarter, org_level, now), lang, route_names)


def readable(payload: dict[str, Any], lang: str, route_names: dict[str, str]) -> str:
    return reports_preview_text(payload, resources.taxonomy(), lang, route_names)


def export(vault: Repositories, year: int, quarter: int, recipient: str, org_level: int, now: datetime) -> bytes:
    """The signed, encrypted export of ``year`` (and ``quarter``; 0 is the whole year), recorded in the audit log."""
    signing_key(vault, now)
    prepared = prepare_export(vault, year, quarter, recipient, org_level, now)
    record_export(vault, year, quarter, prepared.payload["sequence"], recipient)
    return prepared.data


@dataclass(frozen=True, slots=True)
class PreparedExport:
    payload: dict[str, Any]  # exactly what leaves, for the adviser to see
    data: bytes  # the same, signed and encrypted to the coordinator


def prepare_export(
    vault: Repositories, year: int, quarter: int, recipient: str, org_level: int, now: datetime
) -> PreparedExport:
    """Count once, sign and encrypt: reads only (the signing key must exist, see `identity`), so a worker can run
    it on a read-only connection; `record_export` then writes the audit entry."""
    if is_coordinator(vault):
        raise KnownError("A coordinator vault has no figures of its own to export.")
    if year > now.year:
        raise KnownError("The year {year} has not begun yet.", year=year)
    secret, public = signing_key(vault, now)  # made at opening (`identity`), so a read here
    payload = _payload(vault, public, year, quarter, org_level, adviser_tables(vault, year, quarter, org_level), now)
    return PreparedExport(payload, seal(payload, secret, recipient, resources.taxonomy()))


def export_path(path: Path) -> Path:
    """Where an export goes: the chosen name, ending in .vpstats (what the coordinator's import looks for)."""
    return path if path.suffix == ".vpstats" else path.with_suffix(".vpstats")


RECIPIENT_KEY = "coordinator_recipient"  # the coordinator's public age key the last export went to


def recipient_fingerprint(text: str) -> str:
    """The fingerprint of a coordinator's key as typed, to compare with what the coordinator reads out; "" while
    it is not (yet) a valid key."""
    try:
        age_recipient(text)
    except KnownError:
        return ""
    return fingerprint(text.strip())


def last_recipient(vault: Repositories) -> str:
    """The coordinator's key the last export was encrypted to ("" before the first): public, so kept for next time."""
    return vault.settings.get(RECIPIENT_KEY) or ""


def record_export(vault: Repositories, year: int, quarter: int, sequence: int = 0, recipient: str = "") -> None:
    """The audit entry of an export that left, and its sequence number (the next export gets a higher one); the
    coordinator's key it went to is kept for the next export."""
    if sequence > _last_sequence(vault):
        vault.settings.set(SEQUENCE_KEY, str(sequence))
    if recipient:
        vault.settings.set(RECIPIENT_KEY, recipient)
    vault.audit.record("export", f"stats:{year}-Q{quarter}")
