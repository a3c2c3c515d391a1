"""A passphrase entry with a repeat field and a strength meter. Emits `validity_changed(bool)`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from vpdesk.services.passphrase import estimate

_ADVICE = (
    QCoreApplication.translate("Passphrase", "Kies een wachtwoordzin van een paar woorden."),
    QCoreApplication.translate("Passphrase", "Gebruik minstens 15 tekens, bijvoorbeeld vier losse woorden."),
    QCoreApplication.translate("Passphrase", "Te voorspelbaar: vermijd herhaling en bekende woorden."),
    QCoreApplication.translate("Passphrase", "Goed genoeg; een woord extra maakt hem sterker."),
    QCoreApplication.translate("Passphrase", "Sterk genoeg."),
)


class PassphraseField(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Nieuwe wachtwoordzin"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Herhaal de wachtwoordzin"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Sterkte van de wachtwoordzin"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setMinimumHeight(3 * self.advice.fontMetrics().lineSpacing())  # room for advice: no jump
        self.advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Wachtwoordzin"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.advice)
        form.addRow(self.tr("Herhaal"), self.repeat)
        self.first.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._valid = False
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def is_valid(self) -> bool:
        return self._valid

    def clear(self) -> None:
        self.first.setText("")  # clear() would keep it in the undo history
        self.repeat.setText("")

    def _update(self) -> None:
        strength = estimate(self.first.text())
        self.meter.setValue(strength.score)
        colour = ("#b3261e", "#b3261e", "#c77700", "#2e7d32", "#1b5e20")[strength.score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        advice = QCoreApplication.translate("Passphrase", strength.advice)
        if strength.acceptable and self.repeat.text() and self.repeat.text() != self.first.text():
            advice = self.tr("De twee wachtwoordzinnen verschillen.")
        self.advice.setText(advice)
        valid = strength.acceptable and self.repeat.text() == self.first.text()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
