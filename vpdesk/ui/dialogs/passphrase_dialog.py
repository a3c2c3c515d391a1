"""Kluis > Wachtwoordzin wijzigen: the current passphrase (proof), then the new one twice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from vpdesk.ui.dialogs.work_dialog import WorkDialog
from vpdesk.ui.widgets.passphrase_field import PassphraseField


class PassphraseDialog(WorkDialog):
    change_requested = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Wachtwoordzin wijzigen"),
            self.tr(
                "Uw aantekeningen blijven zoals ze zijn; alleen de zin waarmee u de kluis opent verandert. "
                "Uw herstelcode blijft geldig. Back-ups die u eerder maakte openen met de oude wachtwoordzin."
            ),
            self.tr("&Wijzigen"),
            parent,
        )
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Huidige wachtwoordzin"))
        self.new = PassphraseField()
        form = self.new.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(0, self.tr("Huidige wachtwoordzin"), self.current)  # one column of fields
        form.insertRow(1, "", QLabel(self.tr("Nieuwe wachtwoordzin, twee keer:")))
        self.form.addWidget(self.new)
        self.setTabOrder(self.current, self.new.first)
        self.mark_form(self.current, self.new)
        self.start_button.setEnabled(False)
        self.current.textChanged.connect(self._update)
        self.new.validity_changed.connect(self._update)
        self.start_requested.connect(lambda: self.change_requested.emit(self.current.text(), self.new.passphrase()))

    def _update(self) -> None:
        self.start_button.setEnabled(bool(self.current.text()) and self.new.is_valid())

    def forget(self) -> None:
        self.current.setText("")
        self.new.clear()
