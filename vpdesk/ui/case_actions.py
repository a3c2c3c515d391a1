"""The case lifecycle in the app: correct, delete with undo, reopen, keep (legal hold), follow up, the melder's
access document, destruction and the audit trail. Wires the case view's actions to the services.

Deletions of conversations and referrals can be undone (Ctrl+Z) until the vault locks: the undo list lives in
memory only and is dropped at the lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from vpdesk.domain.guide import Rules
from vpdesk.domain.model import Conversation, Referral
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.policy import Settings
from vpdesk.services import access, cases, lifecycle, vault_admin
from vpdesk.services.cases import NOT_A_REFERRAL
from vpdesk.services.session import Session
from vpdesk.ui.case_audit import AuditView, Read
from vpdesk.ui.dialogs.audit_dialog import AuditDialog
from vpdesk.ui.dialogs.date_note_dialog import DateNoteDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.dialogs.referral_dialog import ReferralDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested
from vpdesk.ui.pages.desk_page import DeskPage
from vpdesk.ui.tasks import Tasks


@dataclass(frozen=True)
class Hooks:
    """What the desk gives: save the editors first, show a case again, reload the list, read in the background."""

    save: Callable[[], str | None]
    show_case: Callable[[int], None]
    reload_list: Callable[[], None]
    read: Read
    route_names: Callable[[], dict[str, str]]
    guide_rules: Callable[[], Rules]


class CaseActions(QObject):
    def __init__(
        self,
        session: Session,
        desk: DeskPage,
        tasks: Tasks,
        settings: Settings,
        taxonomy: Taxonomy,
        now: Callable[[], datetime],
        hooks: Hooks,
    ) -> None:
        super().__init__()
        self.session = session
        self.desk = desk
        self.tasks = tasks
        self.settings = settings
        self.taxonomy = taxonomy
        self.now = now
        self.hooks = hooks
        self.undo_stack: list[Conversation | Referral] = []
        self.audit = AuditView(session, desk, tasks, now, hooks.read, self._warn, self._written)
        view = desk.case_view
        view.reopen_requested.connect(self.reopen)
        view.action_requested.connect(self.run)
        view.delete_requested.connect(self.delete)
        view.edit_referral_requested.connect(self.edit_referral)

    @property
    def case_id(self) -> int | None:
        return self.desk.case_view.case_id

    def run(self, action: str) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "edit": self.edit,
            "follow_up": self.follow_up,
            "hold": self.hold,
            "release": self.release,
            "access": self.write_access,
            "destroy": self.destroy,
            "audit": self.show_audit,
        }
        if self.session.is_open:
            self.hooks.save()  # what is typed is written before anything changes the case around it
        handlers[action]()

    def _write(self, work: Callable[[Any], Any]) -> Any:
        """A write on the session; a KnownError becomes a message. Returns None when it failed."""
        try:
            return self.session.write(work)
        except Exception as exc:
            self._warn(exc)
            return None

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self.desk, "vpdesk", describe(exc))

    def _after(self, case_id: int, done: object) -> None:
        if done is not None:
            self.hooks.reload_list()
            self.hooks.show_case(case_id)

    # --- correct ----------------------------------------------------------------------------------------------
    def edit(self) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open or self.desk.case_view.read_only:
            return
        found = cases.detail(self.session.vault, case_id)
        dialog = NewCaseDialog(self.taxonomy, self.settings.language, self.desk)
        dialog.prefill(found.case, found.pseudonym)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        position, gender = dialog.melder()
        edit = lifecycle.CaseEdit(
            pseudonym=dialog.pseudonym.text(),
            categories=dialog.checked(),
            org_unit=dialog.org_unit.text(),
            position=position,
            gender=gender,
            clear_position=position is None,
            clear_gender=gender is None,
        )
        dialog.deleteLater()
        if accepted and self.session.is_open:
            self._after(case_id, self._write(lambda db: lifecycle.edit_case(db, case_id, edit)))

    def delete(self, kind: str, entry_id: int) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open:
            return
        self.hooks.save()
        if kind == "conversation":
            gone = self._write(lambda db: cases.delete_conversation(db, entry_id))
        else:
            gone = self._write(lambda db: cases.delete_referral(db, entry_id))
        if gone is not None:
            self.undo_stack.append(gone)
            if kind == "conversation" and self.desk.case_view.editor.conversation_id == entry_id:
                self.desk.case_view.editor.clear()
            self._after(case_id, gone)

    def undo(self) -> None:
        """Ctrl+Z: bring back the last conversation or referral deleted in this session."""
        if not self.undo_stack or not self.session.is_open:
            return
        item = self.undo_stack.pop()
        if isinstance(item, Conversation):
            done = self._write(lambda db: cases.restore_conversation(db, item))
        else:
            done = self._write(lambda db: cases.restore_referral(db, item))
        self._after(item.case_id, done)

    def edit_referral(self, referral_id: int) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open:
            return
        ref = next((r for r in cases.detail(self.session.vault, case_id).referrals if r.id == referral_id), None)
        if ref is None:
            return
        routes = {k: v for k, v in self.hooks.route_names().items() if k not in NOT_A_REFERRAL}
        dialog = ReferralDialog(ref, routes, self.desk)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        route, on, note = dialog.values()
        dialog.deleteLater()
        if accepted and self.session.is_open:
            done = self._write(lambda db: cases.edit_referral(db, referral_id, route=route, on=on, note=note))
            self._after(case_id, done)

    # --- reopen, keep, follow up ------------------------------------------------------------------------------
    def reopen(self) -> None:
        case_id = self.case_id
        if case_id is not None and self.session.is_open:
            self._after(case_id, self._write(lambda db: lifecycle.reopen(db, case_id)))

    def hold(self) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open:
            return
        today = self.now().date()
        dialog = DateNoteDialog(
            self.tr("Bewaren wegens lopende procedure"),
            self.tr(
                "Zolang een procedure loopt, wordt deze zaak niet vernietigd. Noem de procedure (geen namen) en "
                "kies wanneer u opnieuw beoordeelt of bewaren nog nodig is."
            ),
            self.tr("&Reden"),
            self.tr("&Herbeoordelen op"),
            today + timedelta(days=91),
            today + timedelta(days=1),
            parent=self.desk,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason, review = dialog.values()
        dialog.deleteLater()
        if accepted and self.session.is_open:
            self._after(case_id, self._write(lambda db: lifecycle.hold(db, case_id, reason, review, today)))

    def release(self) -> None:
        case_id = self.case_id
        if case_id is not None and self.session.is_open:
            self._after(case_id, self._write(lambda db: lifecycle.release(db, case_id)))

    def follow_up(self) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open or self.desk.case_view.read_only:
            return
        case = cases.get_case(self.session.vault, case_id)
        today = self.now().date()
        dialog = DateNoteDialog(
            self.tr("Terugbelafspraak"),
            self.tr("De agenda herinnert u eraan vanaf een week ervoor."),
            self.tr("&Wat"),
            self.tr("&Op"),
            case.follow_up_on or today + timedelta(days=7),
            min(today, case.follow_up_on or today),
            case.follow_up_note or self.tr("terugbellen"),
            self.desk,
            can_clear=case.follow_up_on is not None,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        note, on = dialog.values()
        cleared = dialog.cleared
        dialog.deleteLater()
        if accepted and self.session.is_open:
            when: date | None = None if cleared else on
            self._after(case_id, self._write(lambda db: lifecycle.follow_up(db, case_id, when, note)))

    # --- the melder's rights ----------------------------------------------------------------------------------
    def write_access(self) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open:
            return
        self.hooks.save()
        path, chosen = QFileDialog.getSaveFileName(
            self.desk,
            self.tr("Inzagedocument opslaan"),
            suggested("inzage.pdf"),
            self.tr("PDF (*.pdf);;OpenDocument-tekst (*.odt)"),
        )
        if not path:
            return
        target = Path(path)
        odt = target.suffix.lower() == ".odt" or ("odt" in chosen and target.suffix.lower() != ".pdf")
        if odt and target.suffix.lower() != ".odt":
            target = target.with_suffix(".odt")
        lang, today, names = self.settings.language, self.now().date(), self.hooks.route_names()
        rules = self.hooks.guide_rules()
        pdf_path, odt_path = (None, target) if odt else (target, None)
        self.tasks.run(
            self.session.job(lambda db: access.write_files(db, case_id, lang, today, names, pdf_path, odt_path, rules)),
            lambda _doc: self._written(lambda db: access.record(db, case_id), str(target), None),
            self._warn,
        )

    def _written(self, record: Callable[[Any], None], path: str, rows: int | None) -> None:
        """A file left the vault: recorded in the audit trail, and said."""
        if self.session.is_open:
            self._write(record)
        text = (
            self.tr("Het inzagedocument staat in {path}.").format(path=path)
            if rows is None
            else self.tr("{n} regels geschreven naar {path}.").format(n=rows, path=path)
        )
        QMessageBox.information(self.desk, "vpdesk", text)

    def destroy(self) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_open:
            return
        try:
            lifecycle.check_destroyable(self.session.vault, case_id)
        except Exception as exc:
            self._warn(exc)
            return
        home = self.session.home
        replaced = vault_admin.replaced_vaults(home)  # a directory listing: milliseconds
        text = self.tr(
            "Zaak {id} ({name}) en alles daarin worden vernietigd: gesprekken, aantekeningen, verwijzingen, "
            "meldingen en reserveringskoppelingen. Dit kan niet ongedaan worden gemaakt.\n\n"
            "Oudere back-ups bevatten de zaak nog. De jaarcijfers blijven gelijk."
        ).format(id=case_id, name=self.desk.case_view.title.text())
        if replaced:
            text += "\n\n" + self.tr(
                "Bij het terugzetten van een back-up bewaarde vpdesk de vervangen kluis in {folders}. Die bevat "
                "de zaak ook nog (met de wachtwoordzin van toen)."
            ).format(folders=", ".join(str(p) for p in replaced))
        answer = QMessageBox.warning(
            self.desk,
            self.tr("Zaak vernietigen"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.session.is_open:
            return
        also_replaced = bool(replaced) and (
            QMessageBox.question(
                self.desk,
                self.tr("Vervangen kluizen verwijderen"),
                self.tr("De vervangen kluizen ({n}) ook verwijderen? Dat kan niet ongedaan worden gemaakt.").format(
                    n=len(replaced)
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            == QMessageBox.StandardButton.Yes
        )
        if not self.session.is_open:
            return

        level = self.settings.org_unit_level

        def work(db: Any) -> lifecycle.Destroyed:
            destroyed = lifecycle.destroy(db, case_id, level)
            if also_replaced:
                vault_admin.delete_replaced(db, home)
            return destroyed

        # index merge and checkpoint take a second on a large vault: in the background, the case off screen first
        self.undo_stack = [item for item in self.undo_stack if item.case_id != case_id]
        self.desk.case_view.clear()
        write = self.session.write_later()
        self.tasks.run(
            lambda: write(work),
            lambda _done: self.hooks.reload_list(),
            self._destroy_failed(case_id),
        )

    def _destroy_failed(self, case_id: int) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            self._warn(exc)
            if self.session.is_open:
                self.hooks.show_case(case_id)

        return failed

    def show_audit(self) -> None:
        self.audit.show()

    @property
    def audit_dialog(self) -> AuditDialog | None:
        return self.audit.dialog

    def close(self) -> None:
        """The lock: drop the undo list and the audit view."""
        self.undo_stack = []
        self.audit.close()
