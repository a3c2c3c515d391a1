"""Use cases of the annual figures: the adviser's export, the coordinator's identity, trust list and imports."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, Tables, aggregate, tally
from vpdesk.domain.taxonomy import STORED_BEFORE_TAXONOMY_2, upgrade_tables
from vpdesk.errors import KnownError, Note, os_problem, writing
from vpdesk.exchange.format import (
    MAX_FILE,
    ImportRejected,
    VerifiedExport,
    canonical,
    make_payload,
    open_export,
    seal,
)
from vpdesk.exchange.identity import (
    age_identity,
    fingerprint,
    new_age_identity,
    new_signing_key,
    parse_signing_public,
)
from vpdesk.files import write_atomic
from vpdesk.reports.preview_text import preview_text as reports_preview_text
from vpdesk.store.keys import StatsImport, TrustedAdviser
from vpdesk.store.repositories import Repositories

ROLE_KEY = "role"
COORDINATOR = "coordinator"


def is_coordinator(vault: Repositories) -> bool:
    return vault.settings.get(ROLE_KEY) == COORDINATOR


def make_coordinator(vault: Repositories, now: datetime) -> str:
    """Turn a fresh vault into a coordinator vault: an age identity to receive exports. Returns the recipient."""
    if vault.keys.identity("age") is None:
        secret, recipient = new_age_identity()
        vault.keys.set_identity("age", secret, recipient, now)
    vault.settings.set(ROLE_KEY, COORDINATOR)
    found = vault.keys.identity("age")
    assert found is not None
    return found[1]


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
        found = vault.keys.identity("age")
        assert found is not None
        return Identity(COORDINATOR, found[1], fingerprint(found[1]))
    _, public = signing_key(vault, now)
    return Identity("adviser", public, fingerprint(public))


def adviser_tables(vault: Repositories, year: int, quarter: int = 0, org_level: int = 1) -> Tables:
    records = [ContactRecord.from_row(row) for row in vault.contact_stats.rows(year)]
    return tally(records, year, quarter, org_level)


SEQUENCE_KEY = "stats_sequence"


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
        sequence=int(vault.settings.get(SEQUENCE_KEY) or 0) + 1,
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
    record_export(vault, year, quarter, prepared.payload["sequence"])
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


def record_export(vault: Repositories, year: int, quarter: int, sequence: int = 0) -> None:
    """The audit entry of an export that left, and its sequence number (the next export gets a higher one)."""
    if sequence > int(vault.settings.get(SEQUENCE_KEY) or 0):
        vault.settings.set(SEQUENCE_KEY, str(sequence))
    vault.audit.record("export", f"stats:{year}-Q{quarter}")


def trust(vault: Repositories, public: str, label: str, confirm: str, now: datetime) -> TrustedAdviser:
    """Enrol an adviser; ``confirm`` is the fingerprint read out by the adviser, and must match."""
    _require_coordinator(vault)
    parse_signing_public(public)
    expected = fingerprint(public)
    # the adviser reads it out: case, spaces and dashes do not matter; the right value is never shown, or the
    # check would only confirm whatever key arrived
    if "".join(c for c in confirm.upper() if c.isalnum()) != expected.replace("-", ""):
        raise KnownError("The fingerprint does not match this key. Check the key and the fingerprint with the adviser.")
    adviser = TrustedAdviser(expected, public, label, now.isoformat(timespec="seconds"))
    vault.keys.trust(adviser)
    return adviser


def trusted(vault: Repositories) -> list[TrustedAdviser]:
    _require_coordinator(vault)
    return vault.keys.trusted()


def untrust(vault: Repositories, fingerprint: str, keep_figures: bool = False, now: datetime | None = None) -> Note:
    """Remove an adviser: with every figure imported from them, or keeping them in the reports (no new import is
    accepted then). Returns the sentence that says which."""
    _require_coordinator(vault)
    key = fingerprint.strip().upper()
    who = next((a.label for a in vault.keys.advisers() if a.fingerprint == key), "") or key
    when = (now or datetime.now().astimezone()).isoformat(timespec="seconds")
    vault.keys.untrust(key, keep_figures, when)
    vault.audit.record("untrust", f"adviser:{key}:{'kept' if keep_figures else 'dropped'}")
    if keep_figures:
        return Note("Removed {who}; the figures already imported from them stay in the reports.", who=who)
    return Note("Removed {who}, with every figure imported from them.", who=who)


def rename(vault: Repositories, fingerprint: str, label: str) -> None:
    _require_coordinator(vault)
    vault.keys.rename(fingerprint.strip().upper(), label.strip())


@dataclass(frozen=True, slots=True)
class Delivery:
    """One adviser's delivery for a year: when it first arrived and when it was last replaced, per period."""

    fingerprint: str
    label: str
    removed: str  # "" = on the trust list
    periods: tuple[tuple[int, str, str], ...]  # (quarter, delivered on, replaced on or ""); empty = missing

    @property
    def missing(self) -> bool:
        return not self.periods


def deliveries(vault: Repositories, year: int) -> list[Delivery]:
    """Who has delivered for ``year`` and when, and who has not (the coordinator's overview)."""
    _require_coordinator(vault)
    got: dict[str, list[tuple[int, str, str]]] = {}
    for adviser, quarter, imported, first_imported in vault.keys.import_dates(year):
        first = first_imported or imported
        got.setdefault(adviser, []).append((quarter, first, "" if first == imported else imported))
    return [
        Delivery(a.fingerprint, a.label, a.removed, tuple(sorted(got.get(a.fingerprint, []))))
        for a in vault.keys.advisers()
        if not a.removed or a.fingerprint in got
    ]


AGE_IDENTITY_WARNING = (
    "This file opens every export sent to this coordinator. Keep it only as long as you need it, on an encrypted "
    "disk or a removable medium, never in a shared folder or e-mail."
)


def write_age_identity(vault: Repositories, path: Path) -> Path:
    """Write the coordinator's age identity to ``path`` (mode 0600, never over an existing file), so the standard
    `age -d -i FILE export.vpstats` opens an export. See AGE_IDENTITY_WARNING."""
    _require_coordinator(vault)
    found = vault.keys.identity("age")
    assert found is not None
    if path.exists() or path.is_symlink():
        raise KnownError("{path} exists already; choose a new file name.", path=path)
    text = f"# vpdesk coordinator age identity; public key: {found[1]}\n".encode("ascii") + found[0] + b"\n"
    with writing(path):
        write_atomic(path, text, 0o600)
    vault.audit.record("export", "age-identity")
    return path


def _require_coordinator(vault: Repositories) -> None:
    if not is_coordinator(vault):
        raise KnownError("This is an adviser vault; create a coordinator vault with 'vpdesk init --coordinator'.")


@dataclass(frozen=True, slots=True)
class ImportResult:
    name: str
    ok: bool
    note: KnownError  # the outcome as a translatable sentence (a Note when it went well)
    again: bool = False  # the same file was already imported (in this batch or before): nothing new

    @property
    def message(self) -> str:
        return str(self.note)


@dataclass(frozen=True, slots=True)
class Checked:
    """One file after decryption and verification: what to store, or why it was refused."""

    name: str
    verified: VerifiedExport | None
    refused: KnownError | None = None


def import_files(
    vault: Repositories, files: Iterable[tuple[str, Callable[[], bytes]]], now: datetime
) -> list[ImportResult]:
    """Verify and store each file in its own transaction; a bad file stores nothing and stops nothing else."""
    return store_checked(vault, check_files(vault, files, now), now)


def check_files(vault: Repositories, files: Iterable[tuple[str, Callable[[], bytes]]], now: datetime) -> list[Checked]:
    """Decrypt and verify every file (reads only, the slow part): a worker runs it on a read-only connection."""
    _require_coordinator(vault)
    found = vault.keys.identity("age")
    assert found is not None
    identity_ = age_identity(found[0])
    trusted = {a.fingerprint: a.public_key for a in vault.keys.trusted()}
    checked = []
    for name, read in files:
        try:
            verified = open_export(read(), identity_, trusted, resources.taxonomy())
            if verified.year > now.year:  # signed, but not yet possible: a wrong clock or a wrong --year
                raise ImportRejected("The export is for {year}, a year that has not begun.", year=verified.year)
        except KnownError as exc:  # ImportRejected, and a file too large to read
            checked.append(Checked(name, None, exc))
        except OSError as exc:
            checked.append(
                Checked(name, None, KnownError("The file cannot be read: {problem}.", problem=os_problem(exc)))
            )
        else:
            checked.append(Checked(name, verified))
    return checked


BATCH = 200  # files stored per transaction: short writes, and 10,000 imports without 20,000 commits


def store_checked(vault: Repositories, checked: Iterable[Checked], now: datetime) -> list[ImportResult]:
    """Store the verified files, a batch of them per short transaction (each with its audit entry), and say what
    became of every file. An export older than the one stored for the same adviser and period is refused."""
    labels = {a.fingerprint: a.label for a in vault.keys.advisers()}
    results: list[ImportResult] = []
    pending: dict[tuple[str, int, int], StatsImport] = {}  # stored when the batch is written
    batch: list[tuple[int, StatsImport, str, str]] = []  # (index in results, item, who, period)

    def flush() -> None:
        def audit(item: StatsImport, replaced: bool) -> None:
            vault.audit.write("import", f"stats:{item.adviser}:{item.year}-Q{item.quarter}")

        done = vault.keys.store_imports([item for _, item, _, _ in batch], audit)
        for (index, _, who, period), replaced in zip(batch, done, strict=True):
            note = (  # two whole sentences, so the translators' scan finds both
                Note("{who}, {period}: replaced the earlier import.", who=who, period=period)
                if replaced
                else Note("{who}, {period}: imported.", who=who, period=period)
            )
            results[index] = ImportResult(results[index].name, True, note)
        batch.clear()
        pending.clear()

    for item in checked:
        verified = item.verified
        if verified is None:
            assert item.refused is not None
            results.append(ImportResult(item.name, False, item.refused))
            continue
        period = f"{verified.year}" + (f" Q{verified.quarter}" if verified.quarter else "")
        who = labels.get(verified.adviser) or verified.adviser
        key = (verified.adviser, verified.year, verified.quarter)
        stored = pending.get(key) or vault.keys.stored_import(*key)
        if stored is not None and stored.file_sha256 == verified.file_sha256:
            results.append(
                ImportResult(
                    item.name, True, Note("{who}, {period}: already imported.", who=who, period=period), again=True
                )
            )
            continue
        if stored is not None and not verified.newer_than(stored.created, stored.sequence):
            refused = ImportRejected(
                "{who}, {period}: this export (made {made}) is older than the one already imported (made {kept}); "
                "the newer one is kept.",
                reason="older",
                who=who,
                period=period,
                made=_local_time(verified.created),
                kept=_local_time(stored.created) if stored.created else "earlier",
            )
            results.append(ImportResult(item.name, False, refused))
            continue
        pending[key] = StatsImport(
            verified.adviser,
            verified.year,
            verified.quarter,
            canonical(upgrade_tables(verified.tables, verified.taxonomy)).decode("utf-8"),  # in current codes
            verified.file_sha256,
            now.isoformat(timespec="seconds"),
            verified.created,
            verified.sequence,
        )
        results.append(ImportResult(item.name, False, Note("{who}, {period}: imported.", who=who, period=period)))
        batch.append((len(results) - 1, pending[key], who, period))
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return results


def coordinator_tables(vault: Repositories, year: int) -> tuple[Tables, int]:
    """The sum over advisers for ``year``, and the number of advisers (see `coordinator_parts`)."""
    parts = coordinator_parts(vault, year)
    return aggregate(parts), len(parts)


def coordinator_parts(vault: Repositories, year: int) -> list[Tables]:
    """Each adviser's tables of ``year``: their whole-year export, or else the sum of their quarters. The
    suppression rules against insiders need them one by one (domain/disclosure.py)."""
    _require_coordinator(vault)
    by_adviser: dict[str, dict[int, Tables]] = {}
    for item in vault.keys.imports(year):
        tables = upgrade_tables(json.loads(item.tables), STORED_BEFORE_TAXONOMY_2)  # a no-op on current tables
        by_adviser.setdefault(item.adviser, {})[item.quarter] = tables
    return [periods[0] if 0 in periods else aggregate(periods.values()) for _, periods in sorted(by_adviser.items())]


def read_file(path: Path) -> Callable[[], bytes]:
    """A reader of one export that checks the size before reading (a huge or sparse file is refused unread) and
    never reads more than the cap, even when the file grows in between."""

    def read() -> bytes:
        if not path.is_file():  # a folder, a pipe or a device: never opened (a pipe would block the batch)
            raise KnownError("This is not a file: not a vpdesk export.")
        with path.open("rb") as fh:
            if os.fstat(fh.fileno()).st_size > MAX_FILE:
                raise _too_large()
            data = fh.read(MAX_FILE + 1)
        if len(data) > MAX_FILE:
            raise _too_large()
        return data

    return read


def _too_large() -> ImportRejected:
    return ImportRejected(
        "The file is larger than {kib} KiB: not a vpdesk export.", reason="too_large", kib=MAX_FILE // 1024
    )


def _local_time(created: str) -> str:
    """An export's signed creation time (UTC, ISO) as the coordinator reads a time: local, "30-11-2026 17:06"."""
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return created
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")
