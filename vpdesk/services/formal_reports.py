"""Use cases of the meldproces: a case's formal report, saving it, and the agenda of due and overdue deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vpdesk.domain.meldproces import DueItem, FormalReport, due_items, validate_report
from vpdesk.services.cases import require_open
from vpdesk.store.repositories import Repositories


@dataclass(frozen=True, slots=True)
class Agenda:
    items: list[DueItem]
    pseudonyms: dict[int, str]  # case id -> pseudonym, for each item's case


def report_for_case(vault: Repositories, case_id: int) -> FormalReport | None:
    reports = vault.formal_reports.for_case(case_id)
    return reports[0] if reports else None


def save_report(vault: Repositories, report: FormalReport, today: date) -> FormalReport:
    """Store a formal report whose dates can be right (each step after the one it follows, none in the future)."""
    validate_report(report, today)
    require_open(vault, report.case_id)
    return vault.formal_reports.save(report)


def agenda(vault: Repositories, today: date) -> Agenda:
    items = due_items(vault.formal_reports.all(), today)
    return Agenda(items, vault.clients.pseudonyms({i.case_id for i in items}))
