"""The audit trail in the app: the dialog opens at once; its action list, its rows and the hash-chain check are
read in the background (100,000 rows take half a second), never on the UI thread; an export goes to a CSV file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from vpdesk.services import audit
from vpdesk.services.session import Session
from vpdesk.ui.dialogs.audit_dialog import AuditDialog
from vpdesk.ui.files import suggested
from vpdesk.ui.tasks import Tasks

Read = Callable[[Callable[[Any], Any], Callable[[Any], None], Callable[[Any], None]], None]
Written = Callable[[Callable[[Any], None], str, int | None], None]  # record it, say where, how many rows


class AuditView(QObject):
    def __init__(
        self,
        session: Session,
        parent: QWidget,
        tasks: Tasks,
        now: Callable[[], datetime],
        read: Read,
        warn: Callable[[BaseException], None],
        written: Written,
    ) -> None:
        super().__init__()
        self.session = session
        self.parent_widget = parent
        self.tasks = tasks
        self.now = now
        self.read = read
        self.warn = warn
        self.written = written
        self.dialog: AuditDialog | None = None

    def show(self) -> None:
        if not self.session.is_open:
            return
        dialog = AuditDialog(self.now().date(), [], self.parent_widget)
        dialog.filter_changed.connect(self._load)
        dialog.export_requested.connect(self._export)
        self.dialog = dialog
        self.read(audit.actions, lambda found: self._give(dialog, dialog.show_actions, found), self._failed)
        self._load(*dialog.period(), "")
        self.tasks.run(self.session.job(audit.verify), lambda p: self._chain_checked(dialog, p), self._failed)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _give(self, dialog: AuditDialog, show: Callable[[Any], None], value: object) -> None:
        """Give ``value`` to the audit dialog, unless it was closed (or the vault locked) meanwhile."""
        if self.dialog is dialog:
            show(value)

    def _chain_checked(self, dialog: AuditDialog, problems: list[str]) -> None:
        if problems:
            text = self.tr("Let op: de hashketen van het logboek is verbroken: {p}").format(p="; ".join(problems))
            self._give(dialog, dialog.show_problem, text)

    def _failed(self, exc: BaseException) -> None:
        if self.session.is_open:  # a read the lock ended has nobody to tell
            self.warn(exc)

    def _forget(self, dialog: AuditDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _load(self, since: date, until: date, action: str) -> None:
        self.read(
            lambda db: audit.entries(db, since, until, action),
            lambda rows: self.dialog.show_rows(rows) if self.dialog is not None else None,
            self.warn,
        )

    def _export(self, since: date, until: date) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Auditlogboek exporteren"), suggested("auditlog.csv"), self.tr("CSV (*.csv)")
        )
        if path:
            self.tasks.run(
                self.session.job(lambda db: audit.write_csv(db, Path(path), since, until)),
                lambda n: self.written(audit.record_export, path, int(n)),
                self.warn,
            )

    def close(self) -> None:
        """The lock: the audit view goes."""
        if self.dialog is not None:
            self.dialog.model.set_rows([])
            self.dialog.close()
            self.dialog = None
