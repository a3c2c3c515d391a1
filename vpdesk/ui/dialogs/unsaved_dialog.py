"""At quit, text that could not be saved (its case was closed or destroyed elsewhere): shown to copy, and the
adviser chooses to stay (the default: the text stays in the editor) or to quit without it (decision 223)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class UnsavedDialog(QDialog):
    def __init__(self, reason: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tekst niet bewaard"))
        self.message = QLabel(
            self.tr(
                "Deze tekst kon niet worden bewaard: {reason}\n"
                "Kopieer hem (Ctrl+A, Ctrl+C) naar een andere zaak of kies Niet afsluiten; "
                "bij afsluiten zonder bewaren gaat hij verloren."
            ).format(reason=reason)
        )
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)  # selectable and copyable, not editable: it is what was typed
        self.text.setAccessibleName(self.tr("De tekst die niet is bewaard"))
        self.message.setBuddy(self.text)
        buttons = QDialogButtonBox()
        self.stay = QPushButton(self.tr("&Niet afsluiten"))
        self.leave = QPushButton(self.tr("&Afsluiten zonder bewaren"))
        buttons.addButton(self.stay, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.leave, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stay.setDefault(True)
        self.stay.setAutoDefault(True)
        self.leave.setAutoDefault(False)
        self.stay.clicked.connect(self.reject)
        self.leave.clicked.connect(self.accept)  # Escape rejects: staying is what a mistaken key press does
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
