"""Unlock: the passphrase, a busy indicator while the key is derived, a clear message when it is wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    forgot_requested = Signal()
    practice_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QWidget()
        box.setFixedWidth(480)
        layout = QVBoxLayout(box)
        title = QLabel(self.tr("vpdesk is vergrendeld"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(self.tr("Voer uw wachtwoordzin in om uw kluis te openen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Wachtwoordzin"))
        self.field.setAccessibleName(self.tr("Wachtwoordzin"))
        layout.addWidget(self.field)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig met ontgrendelen"))
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.forgot_button = QPushButton(self.tr("Wachtwoordzin &vergeten?"))
        self.forgot_button.setFlat(True)
        self.unlock_button = QPushButton(self.tr("&Ontgrendelen"))
        self.unlock_button.setDefault(True)
        row.addWidget(self.forgot_button)
        row.addStretch()
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.practice_button = QPushButton(self.tr("Oefenkluis openen"))
        self.practice_button.setFlat(True)
        layout.addWidget(self.practice_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language_note = QLabel()
        self.language_note.setStyleSheet("color: palette(mid);")
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.language)
        lang_row.addWidget(self.language_note, 1)
        layout.addLayout(lang_row)
        self.language.activated.connect(lambda _i: self.language_chosen.emit(self.language.currentData()))
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(box, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)
        self.field.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.forgot_button.clicked.connect(self.forgot_requested)
        self.practice_button.clicked.connect(self.practice_requested)

    def _submit(self) -> None:
        if not self.field.text() or self.busy.isVisible():
            return
        self.error.clear()
        self.set_busy(True)
        self.unlock_requested.emit(self.field.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.field.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.field.selectAll()
        self.field.setFocus()

    def reset(self) -> None:
        self.set_busy(False)
        self.field.setText("")  # clear() would keep the passphrase in the undo history
        self.error.clear()
        self.field.setFocus()

    def set_language(self, language: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
