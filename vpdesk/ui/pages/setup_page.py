"""First start: what vpdesk is, a passphrase, the recovery code shown once and typed back, or a practice vault."""

from __future__ import annotations

import random
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vpdesk.services.vault_admin import new_recovery_code, normalise_recovery_code
from vpdesk.ui.recovery_sheet import print_recovery_sheet
from vpdesk.ui.widgets.passphrase_field import PassphraseField


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SetupPage(QWidget):
    create_requested = Signal(str, str)  # passphrase, recovery code
    practice_requested = Signal()
    restore_requested = Signal()  # a new laptop: bring the vault back from a backup instead

    def __init__(self, rng: random.Random | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rng = rng or random.SystemRandom()
        self.code = ""
        self.groups: tuple[int, int] = (0, 1)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._intro_step())
        self.steps.addWidget(self._code_step())
        self.steps.addWidget(self._confirm_step())
        self.steps.setMaximumWidth(640)
        self.steps.setMinimumHeight(420)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        outer.addWidget(self.steps, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    # --- step 1 ---------------------------------------------------------------------------------------------
    def _intro_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Welkom bij vpdesk")))
        layout.addWidget(
            _text(
                self.tr(
                    "vpdesk bewaart uw aantekeningen als vertrouwenspersoon versleuteld op deze laptop. "
                    "Alleen u kunt ze openen, met een wachtwoordzin die u nu kiest. Kies een zin van een "
                    "paar woorden die u onthoudt; hoofdletters of cijfers zijn niet nodig."
                )
            )
        )
        self.passphrase = PassphraseField()
        layout.addWidget(self.passphrase)
        self.coordinator = QCheckBox(self.tr("Ik ben &coördinator: deze kluis ontvangt de jaarcijfers van anderen"))
        layout.addWidget(self.coordinator)  # a coordinator vault: no cases, only the figures of the advisers
        buttons = QHBoxLayout()
        self.practice_button = QPushButton(self.tr("&Oefenkluis openen"))
        self.practice_button.setToolTip(self.tr("Een kluis met verzonnen zaken om het programma te leren kennen"))
        self.next_button = QPushButton(self.tr("&Verder"))
        self.next_button.setDefault(True)
        self.next_button.setEnabled(False)
        self.restore_button = QPushButton(self.tr("Back-up &terugzetten…"))
        self.restore_button.setToolTip(self.tr("Op een nieuwe laptop: uw kluis terugzetten uit een back-up"))
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(self.next_button)
        layout.addStretch()
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_requested)
        self.passphrase.validity_changed.connect(self.next_button.setEnabled)
        self.passphrase.repeat.returnPressed.connect(self._to_code)
        self.next_button.clicked.connect(self._to_code)
        self.practice_button.clicked.connect(self.practice_requested)
        return page

    def _to_code(self) -> None:
        if not self.passphrase.is_valid():
            return
        self.code = new_recovery_code()
        self.code_label.setText(self.code)
        self.groups = tuple(sorted(self._rng.sample(range(8), 2)))  # type: ignore[assignment]
        self.group_a_label.setText(self.tr("Groep {n}").format(n=self.groups[0] + 1))
        self.group_b_label.setText(self.tr("Groep {n}").format(n=self.groups[1] + 1))
        self.steps.setCurrentIndex(1)
        self.saved_button.setFocus()

    # --- step 2 ---------------------------------------------------------------------------------------------
    def _code_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Uw herstelcode")))
        layout.addWidget(
            _text(
                self.tr(
                    "Vergeet u uw wachtwoordzin, dan opent deze code uw kluis. U ziet hem maar één keer. "
                    "Druk hem af of schrijf hem over, en bewaar het papier op een veilige plek, gescheiden van uw "
                    "laptop. Bewaar hem niet als bestand of foto."
                )
            )
        )
        self.code_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.7)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Herstelcode"))
        self.code_label.setStyleSheet("padding: 18px; border: 1px solid palette(mid); border-radius: 6px;")
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.saved_button = QPushButton(self.tr("Ik heb de code be&waard"))
        self.saved_button.setDefault(True)
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.saved_button)
        layout.addStretch()
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self._print_sheet)
        self.saved_button.clicked.connect(self._to_confirm)
        return page

    def _print_sheet(self) -> None:
        """On paper only: a PDF of the code on the laptop it protects would open the vault for a thief."""
        print_recovery_sheet(self, self.code, date.today())

    def _to_confirm(self) -> None:
        self.steps.setCurrentIndex(2)
        self.group_a.setFocus()

    # --- step 3 ---------------------------------------------------------------------------------------------
    def _confirm_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_title(self.tr("Controle")))
        layout.addWidget(_text(self.tr("Typ ter controle twee groepen van uw herstelcode over.")))
        form = QFormLayout()
        self.group_a, self.group_b = QLineEdit(), QLineEdit()
        self.group_a_label, self.group_b_label = QLabel(), QLabel()
        for field, label in ((self.group_a, self.group_a_label), (self.group_b, self.group_b_label)):
            field.setMaxLength(4)
            field.setMaximumWidth(120)
            field.setAccessibleName(self.tr("Groep van de herstelcode"))
            form.addRow(label, field)
        layout.addLayout(form)
        self.confirm_error = QLabel()
        self.confirm_error.setStyleSheet("color: #b3261e;")
        self.confirm_error.setWordWrap(True)
        layout.addWidget(self.confirm_error)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig met aanmaken"))
        self.busy_text = QLabel(
            self.tr("De kluis wordt aangemaakt en de sleutel afgeleid; dat duurt een paar seconden.")
        )
        self.busy_text.setVisible(False)
        layout.addWidget(self.busy_text)
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Terug naar de code"))
        self.create_button = QPushButton(self.tr("Kluis &aanmaken"))
        self.create_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        layout.addStretch()
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self.steps.setCurrentIndex(1))
        self.create_button.clicked.connect(self._create)
        self.group_b.returnPressed.connect(self._create)
        return page

    def typed_back_ok(self) -> bool:
        groups = self.code.split("-")
        return [normalise_recovery_code(self.group_a.text()), normalise_recovery_code(self.group_b.text())] == [
            normalise_recovery_code(groups[self.groups[0]]),
            normalise_recovery_code(groups[self.groups[1]]),
        ]

    def _create(self) -> None:
        if not self.typed_back_ok():
            self.confirm_error.setText(self.tr("Dat klopt niet. Kijk nog eens naar uw herstelcode."))
            return
        self.confirm_error.clear()
        self.set_busy(True)
        self.create_requested.emit(self.passphrase.passphrase(), self.code)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        self.create_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.confirm_error.setText(text)

    def forget(self) -> None:
        """After the vault exists: drop the passphrase and the code from the widgets."""
        self.passphrase.clear()
        self.group_a.setText("")
        self.group_b.setText("")
        self.code = ""
        self.code_label.clear()
        self.steps.setCurrentIndex(0)
        self.set_busy(False)
