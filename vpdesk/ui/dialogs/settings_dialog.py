"""Bestand > Instellingen: the idle lock (within the bound IT allows), the language (applied at once) and the
backup reminder. A setting IT's policy fixes is shown greyed out, with "ingesteld door uw organisatie"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.policy import MAX_BACKUP_REMINDER_DAYS, MAX_IDLE_LOCK_MINUTES, Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(480)
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.idle = QSpinBox()
        self.idle.setRange(1, MAX_IDLE_LOCK_MINUTES)
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setAccessibleName(self.tr("Vergrendelen na zoveel minuten zonder gebruik"))
        self.idle.setToolTip(
            self.tr("Hoogstens {n} minuten (Baseline Informatiebeveiliging Overheid)").format(n=MAX_IDLE_LOCK_MINUTES)
        )
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Taal"))
        self.reminder = QSpinBox()
        self.reminder.setRange(0, MAX_BACKUP_REMINDER_DAYS)
        self.reminder.setSuffix(self.tr(" dagen"))
        self.reminder.setSpecialValueText(self.tr("nooit"))
        self.reminder.setValue(settings.backup_reminder_days)
        self.reminder.setAccessibleName(self.tr("Herinnering aan een back-up na zoveel dagen"))
        self.notes: dict[str, QLabel] = {}
        rows = (
            ("idle_lock_minutes", self.tr("Vergrendelen na"), self.idle),
            ("language", self.tr("Taal"), self.language),
            ("backup_reminder_days", self.tr("Back-up herinneren na"), self.reminder),
        )
        for name, label, widget in rows:
            row = QHBoxLayout()
            row.addWidget(widget)
            note = QLabel()
            note.setStyleSheet("color: palette(dark);")
            row.addWidget(note, 1)
            self.notes[name] = note
            if settings.is_locked(name):
                widget.setEnabled(False)
                if settings.locked_by:  # the organisation named in the policy file, as the admin guide says
                    note.setText(self.tr("ingesteld door {org}").format(org=settings.locked_by))
                else:
                    note.setText(self.tr("ingesteld door uw organisatie"))
                note.setWordWrap(True)
                note.setToolTip(settings.locked_by)
            form.addRow(label, row)
        layout.addLayout(form)
        explain = QLabel(self.tr("De taal wisselt meteen. De kluis blijft open en u blijft waar u was."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        """The adviser's own settings that differ from those in force; a locked one is never among them."""
        chosen: dict[str, Any] = {
            "idle_lock_minutes": self.idle.value(),
            "language": self.language.currentData(),
            "backup_reminder_days": self.reminder.value(),
        }
        return {
            name: value
            for name, value in chosen.items()
            if not self.settings.is_locked(name) and value != getattr(self.settings, name)
        }
