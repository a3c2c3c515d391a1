"""The audit trail for accountability: read it by period and action, export it as CSV, verify its hash chain."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

from vpdesk.domain.model import AuditEntry
from vpdesk.errors import KnownError, writing
from vpdesk.files import write_atomic
from vpdesk.store.audit import AuditQuery
from vpdesk.store.repositories import Repositories

CSV_COLUMNS = ("id", "at", "actor", "action", "object", "result")


def entries(
    vault: Repositories, since: date | None = None, until: date | None = None, action: str | None = None
) -> list[AuditEntry]:
    """Newest first; ``until`` is inclusive (the whole day)."""
    if since is not None and until is not None and until < since:
        raise KnownError("The end of the period lies before its start.")
    return vault.audit.query(
        AuditQuery(
            since=datetime.combine(since, time()) if since else None,
            until=datetime.combine(until + timedelta(days=1), time()) if until else None,
            action=action or None,
        )
    )


def actions(vault: Repositories) -> list[str]:
    return vault.audit.actions()


def to_csv(rows: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in sorted(rows, key=lambda e: e.id or 0):
        writer.writerow((e.id, e.at.isoformat(timespec="seconds"), e.actor, e.action, e.object, e.result))
    return out.getvalue()


def export_csv(vault: Repositories, path: Path, since: date | None = None, until: date | None = None) -> int:
    """Write the trail (of the period) as CSV; the export is itself recorded. Returns the number of rows."""
    n = write_csv(vault, path, since, until)
    record_export(vault)
    return n


def write_csv(vault: Repositories, path: Path, since: date | None = None, until: date | None = None) -> int:
    """The writing alone (reads only, for a worker); then `record_export`."""
    rows = entries(vault, since, until)
    with writing(path):
        write_atomic(path, to_csv(rows).encode("utf-8"))
    return len(rows)


def record_export(vault: Repositories) -> None:
    vault.audit.record("export", "audit")


def verify(vault: Repositories) -> list[str]:
    """Problems of the hash chain (a removed, changed or inserted row); empty when it is whole."""
    return vault.audit.verify()
