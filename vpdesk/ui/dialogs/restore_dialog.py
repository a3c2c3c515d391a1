"""Bestand > Back-up terugzetten: the file, its passphrase (or recovery code), and what happens to the vault now on
this laptop (it is kept, still encrypted, in a folder beside it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from vpdesk.ui.dialogs.work_dialog import WorkDialog


class RestoreDialog(WorkDialog):
    restore_requested = Signal(str, str, bool)  # file, passphrase or recovery code, is it the recovery code

    def __init__(self, has_vault: bool, parent: QWidget | None = None) -> None:
        intro = self.tr(
            "Zet een back-up terug, bijvoorbeeld op een nieuwe laptop. vpdesk controleert het hele bestand "
            "voordat het iets vervangt."
        )
        if has_vault:
            intro += " " + self.tr(
                "De kluis die nu op deze laptop staat wordt niet gewist: die blijft versleuteld bewaard in een "
                "map naast de kluis. Is de kluis open, dan wordt hij pas vergrendeld als de back-up in orde is."
            )
        super().__init__(self.tr("Back-up terugzetten"), intro, self.tr("&Terugzetten"), parent)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Back-upbestand"))
        self.choose = QPushButton(self.tr("&Kiezen…"))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        form.addRow(self.tr("Bestand"), row)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Wachtwoordzin van de back-up"))
        form.addRow(self.tr("Wachtwoordzin"), self.secret)
        self.recovery = QCheckBox(self.tr("Ik gebruik de &herstelcode in plaats van de wachtwoordzin"))
        form.addRow("", self.recovery)
        self.form.addLayout(form)
        self.mark_form(self.path, self.choose, self.secret, self.recovery)
        self.start_button.setEnabled(False)
        self.choose.clicked.connect(self._choose)
        self.path.textChanged.connect(self._update)
        self.secret.textChanged.connect(self._update)
        self.recovery.toggled.connect(self._recovery)
        self.start_requested.connect(self._request)

    def _recovery(self, on: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Herstelcode") if on else self.tr("Wachtwoordzin van de back-up"))

    def _update(self) -> None:
        self.start_button.setEnabled(bool(self.path.text().strip() and self.secret.text()))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Back-up kiezen"), "", self.tr("vpdesk-back-up (*.vpbak)"))
        if path:
            self.path.setText(path)

    def _request(self) -> None:
        self.restore_requested.emit(self.path.text().strip(), self.secret.text(), self.recovery.isChecked())

    def forget(self) -> None:
        self.secret.setText("")  # not clear(): that keeps the secret in the undo history
