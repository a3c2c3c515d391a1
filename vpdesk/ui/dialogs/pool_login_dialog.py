"""The room pool's login, asked once: the app checks it with the pool and keeps it in the keyring or the vault."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class PoolLoginDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inloggen bij de ruimtepool"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "De ruimtepool vraagt uw gebruikersnaam en wachtwoord. vpdesk bewaart ze in de sleutelbos van "
                "uw computer, of in uw kluis als die er niet is."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Gebruikersnaam"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Wachtwoord"))
        form.addRow(self.tr("&Gebruikersnaam"), self.user)
        form.addRow(self.tr("&Wachtwoord"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> tuple[str, str]:
        return self.user.text().strip(), self.password.text()
