"""Use cases of the annual report: the coordinator's report over all advisers (suppressed), or an adviser's own
(a PDF for their own use, not suppressed), in the language asked for and with the organisation's route names.

Publishing runs the disclosure audits (max-flow) and can take a while: callers run it off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vpdesk import resources
from vpdesk.domain.disclosure import Rules as SuppressionRules
from vpdesk.domain.guide import Rules
from vpdesk.domain.statistics import aggregate
from vpdesk.errors import KnownError, writing
from vpdesk.policy import Settings
from vpdesk.reports.annual_pdf import write_annual_pdf
from vpdesk.reports.publish import Report, publish
from vpdesk.reports.tables_out import write_csv, write_ods
from vpdesk.services import stats
from vpdesk.services.guide import route_names
from vpdesk.store.repositories import Repositories


@dataclass(frozen=True, slots=True)
class Targets:
    """Where to write: any of a PDF file, an ODS file and a folder of CSV files."""

    pdf: Path | None = None
    ods: Path | None = None
    csv: Path | None = None

    @classmethod
    def in_folder(cls, folder: Path, year: int) -> Targets:
        return cls(
            folder / f"jaarverslag-{year}.pdf", folder / f"jaarverslag-{year}.ods", folder / f"jaarverslag-{year}-csv"
        )


def build(vault: Repositories, year: int, settings: Settings, rules: Rules, lang: str) -> Report:
    """The published report of ``year``: summed over the trusted advisers' imports with small counts suppressed in
    a coordinator vault (with the year before beside the key figures, where imported), the adviser's own counts
    (unsuppressed) in an adviser vault."""
    names = route_names(rules, lang)
    if not stats.is_coordinator(vault):
        tables = stats.adviser_tables(vault, year, 0, settings.org_unit_level)
        return publish(
            tables, year=year, advisers=1, taxonomy=resources.taxonomy(), lang=lang, k=None, route_names=names
        )
    report = _coordinator_report(vault, year, settings, lang, names)
    if stats.coordinator_parts(vault, year - 1):
        report.previous = _coordinator_report(vault, year - 1, settings, lang, names)
    return report


def _coordinator_report(vault: Repositories, year: int, settings: Settings, lang: str, names: dict[str, str]) -> Report:
    parts = stats.coordinator_parts(vault, year)
    return publish(
        aggregate(parts),
        year=year,
        advisers=len(parts),
        taxonomy=resources.taxonomy(),
        lang=lang,
        k=suppression_rules(settings),
        route_names=names,
        parts=parts,
    )


def suppression_rules(settings: Settings) -> SuppressionRules:
    """The policy's suppression parameters (docs/decisions.md, the method note of the report)."""
    return SuppressionRules(
        settings.suppression_threshold, settings.suppression_min_advisers, settings.suppression_dominance
    )


def check_targets(targets: Targets) -> None:
    if not (targets.pdf or targets.ods or targets.csv):
        raise KnownError("Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.")


def write(report: Report, targets: Targets, today: date, organisation: str = "") -> list[Path]:
    """Write the report where asked; returns every file written. An adviser's own report (not suppressed) is a PDF
    only: tables leave the laptop through the export."""
    check_targets(targets)
    if report.k is None and (targets.ods or targets.csv):
        raise KnownError("An adviser's own jaarverslag is a PDF only: tables leave the laptop through 'export'.")
    written: list[Path] = []
    if targets.pdf:
        with writing(targets.pdf):
            write_annual_pdf(targets.pdf, report, today, organisation)
        written.append(targets.pdf)
    if targets.ods:
        with writing(targets.ods):
            write_ods(targets.ods, report)
        written.append(targets.ods)
    if targets.csv:
        with writing(targets.csv):
            written += write_csv(targets.csv, report)
    return written
