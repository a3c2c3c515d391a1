"""A dialog that starts one piece of slow work (a backup, a restore, a passphrase change): its form, a progress
bar while the work runs, one clear sentence when it fails (the form keeps what was typed), and the outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WorkDialog(QDialog):
    start_requested = Signal()

    def __init__(self, title: str, intro: str, start: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QVBoxLayout()
        self.layout_.addLayout(self.form)
        self.layout_.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Voortgang"))
        self.layout_.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.layout_.addWidget(self.progress)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setAccessibleName(self.tr("Melding"))
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button: QPushButton = self.buttons.addButton(start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.setDefault(True)
        self.layout_.addWidget(self.buttons)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.busy = False

    def showEvent(self, event: QShowEvent) -> None:
        # Qt gives the default role to the first enabled "auto-default" button (Kiezen…, Annuleren) when the start
        # button starts disabled; with none of them auto-default the start button keeps it (Enter: keyPressEvent)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.start_button.setDefault(True)
        super().showEvent(event)
        self.fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field starts the work (when the form is complete), as on the lock screen; it never cancels.
        On a focused push button (Kiezen…, Annuleren) Enter presses that button; on a check box it starts too."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self.start_button:
                focused.click()
            elif self.start_button.isVisible():
                self._start()
            else:
                self.close_button.click()  # the work is done: Enter closes, as Sluiten is the only button
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_height(self) -> None:
        """Tall enough for its wrapped text at its width: a sentence is never cut off."""
        self.layout_.activate()
        needed = self.layout_.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _start(self) -> None:
        if not self.busy and self.start_button.isEnabled():
            self.error.clear()
            self.start_requested.emit()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.status.setText(text)
        self.start_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        for child in self.findChildren(QWidget):
            if child.property("form"):
                child.setEnabled(not busy)

    def set_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(text)
        self.fit_height()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.status.clear()
        self.error.setText(text)
        self.fit_height()

    def show_done(self, text: str) -> None:
        """The work succeeded: say what happened; the only button left closes the dialog."""
        self.set_busy(False)
        self.status.setText(text)
        self.start_button.setVisible(False)
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setFocus()
        self.fit_height()

    def mark_form(self, *widgets: QWidget) -> None:
        """The widgets the adviser fills in: disabled while the work runs."""
        for widget in widgets:
            widget.setProperty("form", True)

    def reject(self) -> None:
        if not self.busy:  # the work runs to its end: a half-written backup or restore helps nobody
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
