"""Help > Sneltoetsen: every shortcut of the window, with what it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget


def describe_key(key: str) -> str:
    """What a shortcut does, in the UI's language; '' for a key this table does not know."""
    known = {
        "Ctrl+N": QCoreApplication.translate("Shortcuts", "Nieuwe zaak"),
        "Ctrl+Shift+N": QCoreApplication.translate("Shortcuts", "Nieuw gesprek in de open zaak"),
        "Ctrl+F": QCoreApplication.translate("Shortcuts", "Zoeken in alle aantekeningen"),
        "Ctrl+G": QCoreApplication.translate("Shortcuts", "Agenda: termijnen van meldprocessen"),
        "Ctrl+W": QCoreApplication.translate("Shortcuts", "Wegwijzer zonder zaak: welke route bij een situatie past"),
        "Ctrl+Shift+E": QCoreApplication.translate("Shortcuts", "Gegevens van de open zaak wijzigen"),
        "Ctrl+Shift+I": QCoreApplication.translate("Shortcuts", "Inzagedocument voor de melder van de open zaak"),
        "Ctrl+Shift+A": QCoreApplication.translate("Shortcuts", "Auditlogboek: wie deed wat, nooit de inhoud"),
        "Ctrl+Z": QCoreApplication.translate("Shortcuts", "Laatst verwijderde gesprek of verwijzing terugzetten"),
        "Ctrl+Shift+K": QCoreApplication.translate("Shortcuts", "Nieuwe sleutels en een nieuwe herstelcode"),
        "Ctrl+R": QCoreApplication.translate("Shortcuts", "Ruimtes: naar het zoeken van beschikbare tijden"),
        "Ctrl+E": QCoreApplication.translate("Shortcuts", "Jaarcijfers: naar de keuze van het jaar"),
        "Ctrl+L": QCoreApplication.translate("Shortcuts", "Vergrendelen"),
        "Ctrl+Q": QCoreApplication.translate("Shortcuts", "Afsluiten (bewaart en vergrendelt eerst)"),
        "F1": QCoreApplication.translate("Shortcuts", "Handleiding"),
        "Tab": QCoreApplication.translate("Shortcuts", "Naar het volgende onderdeel; Shift+Tab terug"),
        "Alt": QCoreApplication.translate("Shortcuts", "Met de onderstreepte letter: die knop of dat menu"),
    }
    return known.get(key, "")


class ShortcutsDialog(QDialog):
    def __init__(self, keys: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``keys``: (key, where) of every shortcut the window has; `where` names the page it belongs to."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        self._rows = [(key, describe_key(key) or where) for key, where in [*keys, ("Tab", ""), ("Alt", "")]]
        body = QWidget()
        form = QFormLayout(body)
        for key, what in self._rows:
            label = QLabel(f"<b>{key}</b>")
            text = QLabel(what)
            text.setWordWrap(True)
            form.addRow(label, text)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return list(self._rows)
