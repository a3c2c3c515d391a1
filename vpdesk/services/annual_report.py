"""Use cases of the annual report: the coordinator's report over all advisers (suppressed), or an adviser's own
(a PDF for their own use, not suppressed), in the language asked for and with the organisation's route names.

Publishing runs the disclosure audits (max-flow) and can take a while: callers run it off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vpdesk import resources
from vpdesk.domain.disclosure import Rules as SuppressionRules
from vpdesk.domain.guide import Rules
from vpdesk.domain.statistics import Tables, aggregate
from vpdesk.errors import KnownError, writing
from vpdesk.policy import Settings
from vpdesk.reports.annual_pdf import write_annual_pdf
from vpdesk.reports.publish import Report, publish, publish_steps
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

    def count(self) -> int:
        return sum(target is not None for target in (self.pdf, self.ods, self.csv))

    @classmethod
    def in_folder(cls, folder: Path, year: int) -> Targets:
        return cls(
            folder / f"jaarverslag-{year}.pdf", folder / f"jaarverslag-{year}.ods", folder / f"jaarverslag-{year}-csv"
        )


Progress = Callable[[int, int], None]  # (steps done, steps in all)


class Steps:
    """Counts the steps of publishing and tells ``progress`` (done, total): about a hundred times at most, so a
    run over 10,000 advisers does not flood the window with updates."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress
        self.done = 0
        self.total = 0
        self._told = -1

    def plan(self, steps: int) -> None:
        """Add ``steps`` to the work ahead (known once the imports are read)."""
        self.total += steps
        self._tell(force=True)

    def tick(self) -> None:
        self.done += 1
        self._tell()

    def _tell(self, force: bool = False) -> None:
        if self.progress is None or self.total <= 0:
            return
        shown = self.done * 100 // self.total
        if force or shown != self._told or self.done == self.total:
            self._told = shown
            self.progress(min(self.done, self.total), self.total)


def build(
    vault: Repositories, year: int, settings: Settings, rules: Rules, lang: str, steps: Steps | None = None
) -> Report:
    """The published report of ``year``: summed over the trusted advisers' imports with small counts suppressed in
    a coordinator vault (with the year before beside the key figures, where imported), the adviser's own counts
    (unsuppressed) in an adviser vault. ``steps``: the progress of the work, planned here."""
    steps = steps or Steps()
    names = route_names(rules, lang)
    if not stats.is_coordinator(vault):
        tables = stats.adviser_tables(vault, year, 0, settings.org_unit_level)
        steps.plan(publish_steps(0))
        return publish(
            tables,
            year=year,
            advisers=1,
            taxonomy=resources.taxonomy(),
            lang=lang,
            k=None,
            route_names=names,
            tick=steps.tick,
        )
    parts, before = stats.coordinator_parts(vault, year), stats.coordinator_parts(vault, year - 1)
    steps.plan(publish_steps(len(parts)) + (publish_steps(len(before)) if before else 0))
    report = _coordinator_report(parts, year, settings, lang, names, steps)
    if before:
        report.previous = _coordinator_report(before, year - 1, settings, lang, names, steps)
    return report


def _coordinator_report(
    parts: list[Tables], year: int, settings: Settings, lang: str, names: dict[str, str], steps: Steps
) -> Report:
    return publish(
        aggregate(parts),
        year=year,
        advisers=len(parts),
        taxonomy=resources.taxonomy(),
        lang=lang,
        k=suppression_rules(settings),
        route_names=names,
        parts=parts,
        tick=steps.tick,
    )


@dataclass(frozen=True, slots=True)
class Published:
    paths: list[Path]  # every file written
    hidden: int  # figures shown as the mark
    figures: int  # figures in all


def publish_to(
    vault: Repositories,
    year: int,
    settings: Settings,
    rules: Rules,
    lang: str,
    targets: Targets,
    today: date,
    progress: Progress | None = None,
) -> Published:
    """Build the report of ``year`` and write it where asked, telling ``progress`` (steps done, steps in all) as
    it goes: what the window's publishing runs in the background."""
    check_targets(targets)
    steps = Steps(progress)
    steps.plan(targets.count())  # one step per file written
    report = build(vault, year, settings, rules, lang, steps)
    paths = write(report, targets, today, settings.locked_by, steps)
    hidden, figures = report.hidden_figures() if report.k is not None else (0, 0)
    return Published(paths, hidden, figures)


def suppression_rules(settings: Settings) -> SuppressionRules:
    """The policy's suppression parameters (docs/decisions.md, the method note of the report)."""
    return SuppressionRules(
        settings.suppression_threshold, settings.suppression_min_advisers, settings.suppression_dominance
    )


def check_targets(targets: Targets) -> None:
    if not (targets.pdf or targets.ods or targets.csv):
        raise KnownError("Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.")


def write(
    report: Report, targets: Targets, today: date, organisation: str = "", steps: Steps | None = None
) -> list[Path]:
    """Write the report where asked; returns every file written. An adviser's own report (not suppressed) is a PDF
    only: tables leave the laptop through the export."""
    check_targets(targets)
    if report.k is None and (targets.ods or targets.csv):
        raise KnownError("An adviser's own jaarverslag is a PDF only: tables leave the laptop through 'export'.")
    steps = steps or Steps()
    written: list[Path] = []
    if targets.pdf:
        with writing(targets.pdf):
            write_annual_pdf(targets.pdf, report, today, organisation)
        written.append(targets.pdf)
        steps.tick()
    if targets.ods:
        with writing(targets.ods):
            write_ods(targets.ods, report)
        written.append(targets.ods)
        steps.tick()
    if targets.csv:
        with writing(targets.csv):
            written += write_csv(targets.csv, report)
        steps.tick()
    return written
