"""Forgot the passphrase: the recovery code and a new passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from vpdesk.ui.widgets.passphrase_field import PassphraseField


class RecoveryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kluis openen met de herstelcode"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Typ de herstelcode van uw blad over en kies een nieuwe wachtwoordzin."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Herstelcode"))
        layout.addWidget(self.code)
        self.passphrase = PassphraseField()
        layout.addWidget(self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.validity_changed.connect(self._update)
        self.code.textChanged.connect(self._update)

    def _update(self) -> None:
        ok = self.passphrase.is_valid() and len(self.code.text().replace("-", "").replace(" ", "")) >= 32
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
