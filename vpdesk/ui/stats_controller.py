"""The Jaarcijfers page: decides what the StatsPage shows and does the work, slow parts in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem, QMessageBox

from vpdesk.domain.guide import Rules
from vpdesk.errors import writing
from vpdesk.policy import Settings
from vpdesk.services import annual_report, stats
from vpdesk.services.guide import route_names
from vpdesk.services.session import Session
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.pages.stats_page import StatsPage
from vpdesk.ui.tasks import Tasks

IMPORT_CHUNK = 25  # files verified and stored per step of an import, between two progress reports


def _day(moment: str) -> str:
    """A stored ISO time as the coordinator reads a date: "2026-11-30T10:05:00+01:00" -> "30-11-2026"."""
    year, month, day = moment[:10].split("-")
    return f"{day}-{month}-{year}"


class _Progress(QObject):
    """Carries (done, total) from the worker to the page (a queued signal across threads)."""

    step = Signal(int, int)


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
        self.rules = rules
        self.route_names = route_names(rules, settings.language)
        self.now = now
        self.page.preview_requested.connect(self.preview)
        self.page.export_requested.connect(self.export)
        self.page.own_report_requested.connect(self.own_report)
        self.page.import_requested.connect(self.import_files)
        self.page.trust_requested.connect(self.trust)
        self.page.report_requested.connect(self.report)
        self.page.rename_requested.connect(self.rename)
        self.page.remove_requested.connect(self.remove)
        self.page.age_key_requested.connect(self.write_age_key)
        self.page.year.valueChanged.connect(self._year_changed)
        self.page.recipient.textChanged.connect(self._recipient_changed)
        self.progress = _Progress()
        self.progress.step.connect(self.page.set_progress)

    def title(self) -> str:
        return self.tr("Jaarcijfers")

    def shortcuts(self) -> list[Shortcut]:
        return [("Ctrl+E", self.page.year.setFocus)]

    def is_start(self) -> bool:
        """A coordinator's vault has no cases: its work is here."""
        return stats.is_coordinator(self.session.vault)

    def exclusive(self) -> bool:
        """A coordinator's vault shows only this page (no cases, no rooms)."""
        return stats.is_coordinator(self.session.vault)

    def opened(self) -> None:
        coordinator = stats.is_coordinator(self.session.vault)
        self.page.set_coordinator(coordinator)
        now = self.now().astimezone()
        # the first time, it makes the key: on the write lane, so the unlock never waits for it here (decision 244)
        made = self.session.writer.submit(lambda db: stats.identity(db, now))
        self.tasks.follow(made, lambda ident: self._show_identity(ident, coordinator), self._identity_failed)
        if not coordinator and not self.page.recipient.text():
            self.page.recipient.setText(stats.last_recipient(self.session.vault))  # public; typed once, kept
        if coordinator:
            self._show_trusted()

    def _identity_failed(self, exc: BaseException) -> None:
        if self.session.is_open:
            self.page.identity.setText(describe(exc))

    def _show_identity(self, ident: stats.Identity, coordinator: bool) -> None:
        if not self.session.is_open:
            return
        if coordinator:
            said = self.tr(
                "Geef de vertrouwenspersonen deze sleutel; zij vullen hem in bij hun export.\nSleutel: {key}\n"
                "Vingerafdruk: {fp}"
            )
        else:
            said = self.tr(
                "De coördinator vraagt hier één keer om, om uw exports te kunnen controleren.\nSleutel: {key}\n"
                "Vingerafdruk (voor te lezen aan de telefoon): {fp}"
            )
        self.page.identity.setText(said.format(key=ident.public, fp=ident.fingerprint))

    def locked(self) -> None:
        self.page.clear()

    # --- adviser ----------------------------------------------------------------------------------------------
    def _period(self) -> tuple[int, int]:
        return self.page.year.value(), int(self.page.quarter.currentData())

    def preview(self) -> None:
        """Show exactly what would leave; counting runs in the background on a connection of its own."""
        year, quarter = self._period()
        level, now, lang = self.settings.org_unit_level, self.now().astimezone(), self.settings.language
        names = self.route_names
        work = self.session.job(lambda v: stats.preview_text(v, year, quarter, level, now, lang, names))

        def show(text: object) -> None:
            self.page.preview.setPlainText(str(text))

        self._run(work, show)

    def _recipient_changed(self, text: str) -> None:
        found = stats.recipient_fingerprint(text)
        said = self.tr("Vingerafdruk: {fp} (vergelijk met wat de coördinator voorleest)").format(fp=found)
        self.page.recipient_fingerprint.setText(said if found else "")

    def export(self, target: Path | None = None) -> None:
        recipient = self.page.recipient.text().strip()
        if not recipient:
            self.page.status.setText(self.tr("Vul eerst de sleutel van de coördinator in (age1…)."))
            return
        year, quarter = self._period()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Export opslaan"), suggested(f"jaarcijfers-{year}.vpstats"), "vpdesk (*.vpstats)"
            )
            if not name:
                return
            target = Path(name)
        chosen = stats.export_path(target)
        level, now, lang, names = (
            self.settings.org_unit_level,
            self.now().astimezone(),
            self.settings.language,
            self.route_names,
        )
        prepare = self.session.job(lambda v: stats.prepare_export(v, year, quarter, recipient, level, now))
        write = self.session.write_later()

        def work() -> tuple[str, Path]:
            prepared = prepare()  # counted once, signed, encrypted: on a read-only connection of the worker's own
            write(lambda db: stats.record_export(db, year, quarter, prepared.payload["sequence"], recipient))
            with writing(chosen):
                chosen.write_bytes(prepared.data)
            return stats.readable(prepared.payload, lang, names), chosen

        def done(result: object) -> str:
            assert isinstance(result, tuple)
            text, path = result
            self.page.preview.setPlainText(text)  # the adviser sees exactly what left
            return self.tr("Export geschreven naar {p}.").format(p=path)

        self._run(work, done)

    def own_report(self, target: Path | None = None) -> None:
        year = self.page.year.value()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Jaarverslag opslaan"), suggested(f"jaarverslag-{year}.pdf"), "PDF (*.pdf)"
            )
            if not name:
                return
            target = Path(name)
        self._write_report(year, annual_report.Targets(pdf=target), lambda _r: self.tr("PDF geschreven."))

    # --- coordinator ------------------------------------------------------------------------------------------
    def _year_changed(self, _year: int) -> None:
        if self.session.is_open and stats.is_coordinator(self.session.vault):
            self._show_trusted()

    def _show_trusted(self) -> None:
        """The delivery overview of the chosen year: who delivered when, who replaced it, who is missing."""
        rows = []
        for d in stats.deliveries(self.session.vault, self.page.year.value()):
            delivered = "; ".join(self._quarter(q) + _day(first) for q, first, _ in d.periods) or self.tr("ontbreekt")
            replaced = "; ".join(self._quarter(q) + _day(again) for q, _, again in d.periods if again)
            name = d.label or "—"
            if d.removed:
                name = self.tr("{name} (verwijderd, cijfers behouden)").format(name=name)
            rows.append((name, d.fingerprint, delivered, replaced))
        self.page.show_deliveries(rows)

    def _quarter(self, quarter: int) -> str:
        return "" if quarter == 0 else self.tr("K{q}: ").format(q=quarter)

    def rename(self, fingerprint: str) -> None:
        label, ok = QInputDialog.getText(self.page, self.tr("Naam wijzigen"), self.tr("Nieuwe naam"))
        if not ok or not label.strip():
            return
        try:
            self.session.write(lambda db: stats.rename(db, fingerprint, label))
        except Exception as exc:
            self.page.status.setText(describe(exc))
            return
        self._show_trusted()

    def remove(self, fingerprint: str, keep: bool | None = None) -> None:
        """Remove an adviser: ask whether their figures stay in the reports, then say which it was."""
        if keep is None:
            box = QMessageBox(self.page)
            box.setWindowTitle(self.tr("Vertrouwenspersoon verwijderen"))
            box.setText(
                self.tr(
                    "Nieuwe exports van deze vertrouwenspersoon worden daarna geweigerd. Blijven de cijfers die al "
                    "zijn ingelezen in de jaarverslagen?"
                )
            )
            kept = box.addButton(self.tr("Verwijderen, cijfers &behouden"), QMessageBox.ButtonRole.AcceptRole)
            dropped = box.addButton(self.tr("Verwijderen met alle &cijfers"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (kept, dropped):
                return
            keep = box.clickedButton() is kept
        now, keep_figures = self.now().astimezone(), keep
        try:
            said = self.session.write(lambda db: stats.untrust(db, fingerprint, keep_figures, now))
        except Exception as exc:
            self.page.status.setText(describe(exc))
            return
        self.page.status.setText(describe(said))
        self._show_trusted()

    def write_age_key(self, target: Path | None = None) -> None:
        """The age identity to a file of the coordinator's choice, after a warning of what it opens."""
        if target is None:
            warning = QMessageBox.warning(
                self.page,
                self.tr("Sleutel voor het age-programma"),
                self.tr(
                    "Met dit bestand opent iedereen elke export die aan u is gericht. Bewaar het alleen zolang u "
                    "het nodig hebt, op een versleutelde schijf of een losse drager; nooit in een gedeelde map of "
                    "e-mail."
                ),
                QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            )
            if warning != QMessageBox.StandardButton.Ok:
                return
            name, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Sleutel opslaan"), suggested("coordinator-age.txt")
            )
            if not name:
                return
            target = Path(name)
        chosen = target
        try:
            written = self.session.write(lambda db: stats.write_age_identity(db, chosen))
        except Exception as exc:
            self.page.status.setText(describe(exc))
            return
        self.page.status.setText(self.tr("Sleutel geschreven naar {p}.").format(p=written))

    def trust(self, key: str, fingerprint: str, label: str) -> None:
        try:
            now = self.now().astimezone()
            self.session.write(lambda db: stats.trust(db, key.strip(), label.strip(), fingerprint, now))
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
            paths, _ = QFileDialog.getOpenFileNames(
                self.page, self.tr("Exports inlezen"), suggested(), "vpdesk (*.vpstats)"
            )
        if not paths:
            return
        files = [(Path(p).name, stats.read_file(Path(p))) for p in paths]
        now = self.now().astimezone()
        # decrypting and verifying many files takes a while: in the background, on a connection of its own, a
        # chunk at a time with the progress shown, and one short write per chunk (an autosave never waits long)
        chunks = [files[i : i + IMPORT_CHUNK] for i in range(len(files))[::IMPORT_CHUNK]]
        checks = [self.session.job(partial(stats.check_files, files=chunk, now=now)) for chunk in chunks]
        write, step = self.session.write_later(), self.progress.step

        def work() -> list[stats.ImportResult]:
            results: list[stats.ImportResult] = []
            step.emit(0, len(files))
            for check in checks:
                checked = check()
                results += write(partial(stats.store_checked, checked=checked, now=now))
                step.emit(len(results), len(files))
            return results

        self._run(work, self._show_imported)

    def _show_imported(self, found: object) -> str:
        """Add the results to those of this session (they stay until the vault locks) and refresh the overview."""
        results: list[stats.ImportResult] = found if isinstance(found, list) else []
        self._show_trusted()
        for result in results:
            self.page.results.addItem(
                QListWidgetItem(f"{'✔' if result.ok else '✘'}  {result.name}: {describe(result.note)}")
            )
        failed = sum(not r.ok for r in results)
        again = sum(r.ok and r.again for r in results)
        if again:
            return self.tr("{ok} ingelezen, {again} al ingelezen, {bad} geweigerd.").format(
                ok=len(results) - failed - again, again=again, bad=failed
            )
        return self.tr("{ok} ingelezen, {bad} geweigerd.").format(ok=len(results) - failed, bad=failed)

    def report(self, directory: Path | None = None) -> None:
        year = self.page.year.value()
        if directory is None:
            name = QFileDialog.getExistingDirectory(self.page, self.tr("Map voor het jaarverslag"), suggested())
            if not name:
                return
            directory = Path(name)
        folder: Path = directory
        self._write_report(
            year,
            annual_report.Targets.in_folder(folder, year),
            lambda r: self._published(r, folder),
        )

    def _published(self, result: object, folder: Path) -> str:
        """Where it went, and at once how much of it is hidden: a report of nothing but marks should not need
        opening to be noticed (trial 4, F11)."""
        said = self.tr("Jaarverslag (PDF, ODS en CSV) geschreven in {p}.").format(p=folder)
        if isinstance(result, annual_report.Published) and result.hidden:
            hidden = self.tr("{h} van de {n} cijfers zijn afgeschermd (te klein om te publiceren).")
            said += " " + hidden.format(h=result.hidden, n=result.figures)
            if 2 * result.hidden > result.figures:  # mostly marks
                said += " " + self.tr("Met de exports van meer vertrouwenspersonen wordt minder afgeschermd.")
        return said

    def _write_report(self, year: int, targets: annual_report.Targets, message: Callable[[object], str]) -> None:
        """Count (or sum the imports), publish (the suppression audits) and write, all in the background, with the
        steps counted on the bar as for an import."""
        settings, rules, lang, today = self.settings, self.rules, self.settings.language, self.now().date()
        step = self.progress.step
        work = self.session.job(
            lambda v: annual_report.publish_to(v, year, settings, rules, lang, targets, today, step.emit)
        )
        self._run(work, message)

    def _run(self, work: Callable[[], object], message: Callable[[object], str | None]) -> None:
        """``work`` in the background with the busy bar; ``message`` tells the outcome (None: nothing to say)."""
        self.page.set_busy(True)

        def done(result: object) -> None:
            self.page.set_busy(False)
            if self.session.is_open and (text := message(result)) is not None:
                self.page.status.setText(text)

        def failed(exc: BaseException) -> None:
            self.page.set_busy(False)
            text = describe(exc)  # a bug is logged all the same
            if self.session.is_open:  # work cut off by the lock has nobody to tell (the page was cleared)
                self.page.status.setText(text)

        self.tasks.run(work, done, failed)
