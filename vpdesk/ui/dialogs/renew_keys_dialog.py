"""My passphrase or recovery code may be known: new keys (asks the current and a new passphrase), and the new
recovery code shown once afterwards. Passive: the controller runs the renewal (vault_admin.renew_keys_at)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vpdesk.ui.recovery_sheet import print_recovery_sheet
from vpdesk.ui.widgets.passphrase_field import PassphraseField


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RenewKeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, replaced: Sequence[Path] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mijn wachtwoordzin of herstelcode is misschien bekend"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _text(
                self.tr(
                    "vpdesk maakt nieuwe sleutels voor uw kluis, met een nieuwe wachtwoordzin en een nieuwe "
                    "herstelcode. Daarna openen de oude wachtwoordzin en de oude herstelcode deze kluis niet meer. "
                    "De kluis wordt eerst vergrendeld; dit duurt enkele seconden."
                )
            )
        )
        layout.addWidget(
            _text(
                self.tr(
                    "Let op: back-ups van vóór vandaag openen nog wel met de oude wachtwoordzin of herstelcode. "
                    "Vernietig ze, of bewaar ze even veilig als de oude code."
                )
            )
        )
        # vaults a restore kept: they open with the passphrase of their day, which may be the one that is known
        self.delete_replaced = QCheckBox(self.tr("De vervangen kluizen ook &verwijderen"))
        self.delete_replaced.setChecked(True)
        if replaced:
            layout.addWidget(
                _text(
                    self.tr(
                        "Bij het terugzetten van een back-up bewaarde vpdesk de vervangen kluis in {folders}. Die "
                        "opent nog met de wachtwoordzin van toen. Let op: daarin kan werk staan dat niet in uw "
                        "huidige kluis staat (wat u vastlegde na de datum van de teruggezette back-up). Heeft u "
                        "dat nog nodig, vink dan uit en vraag uw beheerder het eerst terug te halen."
                    ).format(folders=", ".join(str(p) for p in replaced))
                )
            )
            layout.addWidget(self.delete_replaced)
        else:
            self.delete_replaced.setChecked(False)
            self.delete_replaced.hide()
        layout.addWidget(QLabel(self.tr("Huidige wachtwoordzin")))
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Huidige wachtwoordzin"))
        layout.addWidget(self.current)
        layout.addWidget(QLabel(self.tr("Nieuwe wachtwoordzin")))
        self.passphrase = PassphraseField()
        layout.addWidget(self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Nieuwe sleutels maken"))
        self.ok.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.validity_changed.connect(self._update)
        self.current.textChanged.connect(self._update)

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.current.text()) and self.passphrase.is_valid())

    def take(self) -> tuple[str, str]:
        """The current and the new passphrase; the fields are emptied (without undo history)."""
        current, new = self.current.text(), self.passphrase.passphrase()
        self.current.setText("")
        self.passphrase.clear()
        return current, new


class NewCodeDialog(QDialog):
    """The new recovery code, shown once: print it or copy it by hand."""

    def __init__(self, code: str, today: date, parent: QWidget | None = None, *, interrupted: bool = False) -> None:
        super().__init__(parent)
        self._code, self._today = code, today
        self.setWindowTitle(self.tr("Uw nieuwe herstelcode"))
        layout = QVBoxLayout(self)
        if interrupted:
            layout.addWidget(
                _text(
                    self.tr(
                        "Het maken van nieuwe sleutels werd onderbroken voordat u de nieuwe herstelcode zag. "
                        "vpdesk heeft het nu afgemaakt en een nieuwe herstelcode gemaakt."
                    )
                )
            )
        layout.addWidget(
            _text(
                self.tr(
                    "Uw kluis heeft nieuwe sleutels. Dit is uw nieuwe herstelcode; u ziet hem maar één keer. "
                    "Druk hem af of schrijf hem over, bewaar het papier op een veilige plek, gescheiden van uw "
                    "laptop, en vernietig het oude blad."
                )
            )
        )
        self.code_label = QLabel(code)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAccessibleName(self.tr("Nieuwe herstelcode"))
        layout.addWidget(self.code_label)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.done_button = QPushButton(self.tr("Ik heb de code &bewaard"))
        self.done_button.setDefault(True)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.print_button.clicked.connect(self._print)
        self.done_button.clicked.connect(self.accept)
        self.finished.connect(self._forget)

    def _print(self) -> None:
        print_recovery_sheet(self, self._code, self._today)

    def _forget(self) -> None:
        self._code = ""
        self.code_label.setText("")
