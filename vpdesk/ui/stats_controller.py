"""The Jaarcijfers page: decides what the StatsPage shows and does the work, slow parts in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QListWidgetItem

from vpdesk import resources
from vpdesk.domain.guide import Rules
from vpdesk.errors import writing
from vpdesk.policy import Settings
from vpdesk.reports.annual_pdf import write_annual_pdf
from vpdesk.reports.preview_text import preview_text
from vpdesk.reports.publish import publish
from vpdesk.reports.tables_out import write_csv, write_ods
from vpdesk.services import stats
from vpdesk.services.session import Session
from vpdesk.ui.errors import describe
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.pages.stats_page import StatsPage
from vpdesk.ui.tasks import Tasks


class StatsController(VaultPage):
    key = "stats"

    def __init__(
        self, session: Session, settings: Settings, tasks: Tasks, rules: Rules, now: Callable[[], datetime]
    ) -> None:
        self.page = StatsPage()
        super().__init__(self.page)
        self.session = session
        self.settings = settings
        self.tasks = tasks
        self.route_names = {r.id: r.name.get(settings.language) for r in rules.routes}
        self.now = now
        self.page.preview_requested.connect(self.preview)
        self.page.export_requested.connect(self.export)
        self.page.own_report_requested.connect(self.own_report)
        self.page.import_requested.connect(self.import_files)
        self.page.trust_requested.connect(self.trust)
        self.page.report_requested.connect(self.report)

    def title(self) -> str:
        return self.tr("Jaarcijfers")

    def shortcuts(self) -> list[Shortcut]:
        return [("Ctrl+E", self.page.year.setFocus)]

    def is_start(self) -> bool:
        """A coordinator's vault has no cases: its work is here."""
        return stats.is_coordinator(self.session.vault)

    def opened(self) -> None:
        vault = self.session.vault
        coordinator = stats.is_coordinator(vault)
        self.page.set_coordinator(coordinator)
        ident = stats.identity(vault, self.now().astimezone())
        role = self.tr("coördinator") if coordinator else self.tr("vertrouwenspersoon")
        self.page.identity.setText(
            self.tr("Deze kluis: {role}. Sleutel: {key}\nVingerafdruk (voor te lezen aan de telefoon): {fp}").format(
                role=role, key=ident.public, fp=ident.fingerprint
            )
        )
        if coordinator:
            self._show_trusted()

    def locked(self) -> None:
        self.page.clear()

    # --- adviser ----------------------------------------------------------------------------------------------
    def _period(self) -> tuple[int, int]:
        return self.page.year.value(), int(self.page.quarter.currentData())

    def preview(self) -> None:
        year, quarter = self._period()
        payload = stats.export_preview(
            self.session.vault, year, quarter, self.settings.org_unit_level, self.now().astimezone()
        )
        self.page.preview.setPlainText(
            preview_text(payload, resources.taxonomy(), self.settings.language, self.route_names)
        )

    def export(self, target: Path | None = None) -> None:
        recipient = self.page.recipient.text().strip()
        if not recipient:
            self.page.status.setText(self.tr("Vul eerst de sleutel van de coördinator in (age1…)."))
            return
        self.preview()  # the adviser sees exactly what leaves, also when exporting directly
        year, quarter = self._period()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Export opslaan"), f"jaarcijfers-{year}.vpstats", "vpdesk (*.vpstats)"
            )
            if not name:
                return
            target = Path(name)
        vault, level, now = self.session.vault, self.settings.org_unit_level, self.now().astimezone()

        def work() -> Path:
            data = stats.export(vault, year, quarter, recipient, level, now)
            with writing(target):
                target.write_bytes(data)
            return target

        self._run(work, lambda path: self.tr("Export geschreven naar {p}.").format(p=path))

    def own_report(self, target: Path | None = None) -> None:
        year = self.page.year.value()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Jaarverslag opslaan"), f"jaarverslag-{year}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return
            target = Path(name)
        tables = stats.adviser_tables(self.session.vault, year, 0, self.settings.org_unit_level)
        report = publish(
            tables,
            year=year,
            advisers=1,
            taxonomy=resources.taxonomy(),
            lang=self.settings.language,
            k=None,
            route_names=self.route_names,
        )
        today = self.now().date()
        self._run(lambda: write_annual_pdf(target, report, today), lambda _r: self.tr("PDF geschreven."))

    # --- coordinator ------------------------------------------------------------------------------------------
    def _show_trusted(self) -> None:
        self.page.trusted.clear()
        for adviser in self.session.vault.keys.trusted():
            self.page.trusted.addItem(f"{adviser.label or '—'}  ·  {adviser.fingerprint}")

    def trust(self, key: str, fingerprint: str, label: str) -> None:
        try:
            stats.trust(self.session.vault, key.strip(), label.strip(), fingerprint, self.now().astimezone())
        except Exception as exc:
            self.page.status.setText(describe(exc))
            return
        self.page.new_key.clear()
        self.page.new_fingerprint.clear()
        self.page.new_label.clear()
        self.page.status.setText(self.tr("Toegevoegd."))
        self._show_trusted()

    def import_files(self, paths: list[str]) -> None:
        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self.page, self.tr("Exports inlezen"), "", "vpdesk (*.vpstats)")
        if not paths:
            return
        results = stats.import_files(
            self.session.vault, [(Path(p).name, stats.read_file(Path(p))) for p in paths], self.now().astimezone()
        )
        self.page.results.clear()
        for result in results:
            item = QListWidgetItem(f"{'✔' if result.ok else '✘'}  {result.name}: {describe(result.note)}")
            self.page.results.addItem(item)
        failed = sum(not r.ok for r in results)
        self.page.status.setText(
            self.tr("{ok} ingelezen, {bad} geweigerd.").format(ok=len(results) - failed, bad=failed)
        )

    def report(self, directory: Path | None = None) -> None:
        year = self.page.year.value()
        if directory is None:
            name = QFileDialog.getExistingDirectory(self.page, self.tr("Map voor het jaarverslag"))
            if not name:
                return
            directory = Path(name)
        tables, advisers = stats.coordinator_tables(self.session.vault, year)
        report = publish(
            tables,
            year=year,
            advisers=advisers,
            taxonomy=resources.taxonomy(),
            lang=self.settings.language,
            k=self.settings.suppression_threshold,
            route_names=self.route_names,
        )
        today, org = self.now().date(), self.settings.locked_by

        def work() -> Path:
            write_annual_pdf(directory / f"jaarverslag-{year}.pdf", report, today, org)
            write_ods(directory / f"jaarverslag-{year}.ods", report)
            write_csv(directory / f"jaarverslag-{year}-csv", report)
            return directory

        self._run(work, lambda path: self.tr("Jaarverslag (PDF, ODS en CSV) geschreven in {p}.").format(p=path))

    def _run(self, work: Callable[[], object], message: Callable[[object], str]) -> None:
        self.page.set_busy(True)

        def done(result: object) -> None:
            self.page.set_busy(False)
            self.page.status.setText(message(result))

        def failed(exc: BaseException) -> None:
            self.page.set_busy(False)
            self.page.status.setText(describe(exc))

        self.tasks.run(work, done, failed)
