"""Help > Over vpdesk: the version, where the vault and the settings live, where the log is, and the policy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    def __init__(
        self, version: str, home: Path, log_dir: Path, policy: Path, org: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over vpdesk"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>vpdesk {version}</h2>")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Versleutelde aantekeningen voor vertrouwenspersonen. Alles blijft op deze laptop; alleen u "
                "opent de kluis. vpdesk stuurt niets naar buiten, behalve reserveringen naar de zalenserver "
                "als uw organisatie die heeft ingesteld."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        rows = (
            ("home", self.tr("Uw kluis"), str(home)),
            ("log", self.tr("Logboek (zonder inhoud)"), str(log_dir)),
            ("policy", self.tr("Beleid van de organisatie"), str(policy) if org else self.tr("geen")),
        )
        for name, label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = field
            form.addRow(label, field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
