"""The coordinator's imports: decrypt and verify exports (the slow, read-only part), store them a batch per short
transaction (an older export never replaces a newer one), and read the year's figures back per adviser."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vpdesk import resources
from vpdesk.domain.statistics import Tables, aggregate
from vpdesk.domain.taxonomy import STORED_BEFORE_TAXONOMY_2, upgrade_tables
from vpdesk.errors import KnownError, Note, os_problem
from vpdesk.exchange.format import MAX_FILE, ImportRejected, VerifiedExport, canonical, open_export
from vpdesk.exchange.identity import age_identity
from vpdesk.services.stats_role import age_key, require_coordinator
from vpdesk.store.keys import StatsImport
from vpdesk.store.repositories import Repositories


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
    require_coordinator(vault)
    identity_ = age_identity(age_key(vault)[0])
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
    require_coordinator(vault)
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
