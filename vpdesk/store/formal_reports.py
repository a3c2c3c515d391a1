"""Repository for formal reports (meldproces) on cases."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vpdesk.domain.meldproces import FormalReport, Phase, ReportKind
from vpdesk.errors import KnownError
from vpdesk.store.audit import AuditLog
from vpdesk.store.connection import Connection, transaction
from vpdesk.store.ids import next_id
from vpdesk.store.rows import iso as _iso
from vpdesk.store.rows import to_date as _date

COLUMNS = ("reported_on", "acknowledged_on", "feedback_on", "decided_on", "evaluated_on")


class FormalReportStore:
    def __init__(self, conn: Connection, audit: AuditLog) -> None:
        self._conn = conn
        self._audit = audit

    def save(self, report: FormalReport) -> FormalReport:
        values = (
            report.kind.value,
            report.phase.value,
            *(_iso(getattr(report, c)) for c in COLUMNS),
            report.procesbegeleider,
        )
        with transaction(self._conn):
            if report.id is None:
                cur = self._conn.execute(
                    "INSERT INTO formal_report(kind, phase, reported_on, acknowledged_on, feedback_on, decided_on,"
                    " evaluated_on, procesbegeleider, case_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, report.case_id, next_id(self._conn, "formal_report")),
                )
                report = replace(report, id=cur.lastrowid)
            else:
                cur = self._conn.execute(
                    "UPDATE formal_report SET kind=?, phase=?, reported_on=?, acknowledged_on=?, feedback_on=?,"
                    " decided_on=?, evaluated_on=?, procesbegeleider=? WHERE id=?",
                    (*values, report.id),
                )
                if cur.rowcount == 0:
                    raise KnownError("There is no formal report {report}.", report=report.id)
            self._audit.write("save", f"formal_report:{report.id}")
        return report

    def for_case(self, case_id: int) -> list[FormalReport]:
        return self._select("WHERE case_id = ? ORDER BY id", (case_id,))

    def all(self) -> list[FormalReport]:
        return self._select("ORDER BY id", ())

    def _select(self, where: str, params: tuple[Any, ...]) -> list[FormalReport]:
        rows = self._conn.execute(
            "SELECT id, case_id, kind, phase, reported_on, acknowledged_on, feedback_on, decided_on, evaluated_on,"
            f" procesbegeleider FROM formal_report {where}",
            params,
        ).fetchall()
        return [
            FormalReport(
                id=r[0],
                case_id=r[1],
                kind=ReportKind(r[2]),
                phase=Phase(r[3]),
                reported_on=_date(r[4]),
                acknowledged_on=_date(r[5]),
                feedback_on=_date(r[6]),
                decided_on=_date(r[7]),
                evaluated_on=_date(r[8]),
                procesbegeleider=r[9],
            )
            for r in rows
        ]
