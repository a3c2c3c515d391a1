"""Bestand > Back-up maken: where the backup goes, then progress while it is made and read back to verify it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from vpdesk.ui.dialogs.work_dialog import WorkDialog


class BackupDialog(WorkDialog):
    backup_requested = Signal(str)  # the target file

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Back-up maken"),
            self.tr(
                "Een back-up is één versleuteld bestand met al uw zaken en aantekeningen. Zet het op een "
                "USB-stick of netwerkschijf, niet alleen op deze laptop. U opent het later met de wachtwoordzin "
                "of de herstelcode die nu bij de kluis hoort. Na het maken leest vpdesk het bestand terug en "
                "controleert het."
            ),
            self.tr("Back-up &maken"),
            parent,
        )
        row = QHBoxLayout()
        self.path = QLineEdit(str(suggested))
        self.path.setAccessibleName(self.tr("Bestand voor de back-up"))
        self.choose = QPushButton(self.tr("&Kiezen…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.form.addLayout(row)
        self.mark_form(self.path, self.choose)
        self.choose.clicked.connect(self._choose)
        self.start_requested.connect(self._request)
        self.path.textChanged.connect(lambda text: self.start_button.setEnabled(bool(text.strip())))

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back-up opslaan"), self.path.text(), self.tr("vpdesk-back-up (*.vpbak)")
        )
        if path:
            self.path.setText(path)

    def _request(self) -> None:
        self.backup_requested.emit(self.path.text().strip())
