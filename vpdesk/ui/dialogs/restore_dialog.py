"""Bestand > Back-up terugzetten: the file, its passphrase (or recovery code), and what happens to the vault now on
this laptop (it is kept, still encrypted, in a folder beside it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vpdesk.ui.dialogs.work_dialog import WorkDialog
from vpdesk.ui.files import suggested


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
                "map naast de kluis. Is de kluis open, dan wordt hij pas vergrendeld als de back-up in orde is. "
                "Wat u na het maken van de back-up vastlegde, staat niet in de teruggezette kluis; vpdesk noemt de "
                "datum van de back-up en vraagt het u voordat het iets vervangt."
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
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Back-up kiezen"), suggested(), self.tr("vpdesk-back-up (*.vpbak)")
        )
        if path:
            self.path.setText(path)

    def confirm_replace(self, created: str, folder: str) -> bool:
        """The backup is in order and the vault on this laptop will be replaced: say from when the backup is and
        what that means, then ask (No is the default). Tests answer through a replacement."""
        return self.replace_question(created, folder).exec() == QMessageBox.StandardButton.Yes

    def replace_question(self, created: str, folder: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Back-up terugzetten"), "", parent=self)
        box.setText(
            self.tr(
                "Deze back-up is van {created}. Wat u daarna vastlegde, staat niet in de teruggezette kluis. De "
                "kluis die nu op deze laptop staat, blijft versleuteld bewaard in {folder} (in een map die begint "
                "met replaced-); uw beheerder kan hem daaruit terughalen.\n\nDe back-up nu terugzetten?"
            ).format(created=created, folder=folder)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    def _request(self) -> None:
        self.restore_requested.emit(self.path.text().strip(), self.secret.text(), self.recovery.isChecked())

    def forget(self) -> None:
        self.secret.setText("")  # not clear(): that keeps the secret in the undo history
