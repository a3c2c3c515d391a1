"""Correcting a referral: its route, date and note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from vpdesk.domain.model import Referral
from vpdesk.ui.widgets.guide_panel import retired_route


class ReferralDialog(QDialog):
    def __init__(self, referral: Referral, routes: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verwijzing bewerken"))
        form = QFormLayout(self)
        self.route = QComboBox()
        self.route.setAccessibleName(self.tr("Route"))
        for route_id, name in routes.items():
            self.route.addItem(name, route_id)
        if self.route.findData(referral.route) < 0:
            self.route.addItem(retired_route(referral.route), referral.route)  # kept unless another is picked
        self.route.setCurrentIndex(self.route.findData(referral.route))
        self.on = QDateEdit(QDate(referral.on.year, referral.on.month, referral.on.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd-MM-yyyy")
        self.on.setAccessibleName(self.tr("Datum"))
        self.note = QLineEdit(referral.note)
        self.note.setAccessibleName(self.tr("Notitie"))
        form.addRow(self.tr("&Route"), self.route)
        form.addRow(self.tr("&Datum"), self.on)
        form.addRow(self.tr("&Notitie"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, date, str]:
        chosen = self.on.date().toPython()
        assert isinstance(chosen, date)
        return str(self.route.currentData()), chosen, self.note.text().strip()
