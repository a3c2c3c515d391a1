"""A new case, or a correction of one: categories, org unit, pseudonym, the melder's position and gender."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from vpdesk.domain.model import Case, Gender, MelderPosition
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.ui.labels import gender_label, position_label


class NewCaseDialog(QDialog):
    def __init__(self, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe zaak"))
        self.resize(520, 560)
        form = QFormLayout(self)
        self.categories = QTreeWidget()
        self.categories.setHeaderHidden(True)
        self.categories.setAccessibleName(self.tr("Categorieën"))
        for top in taxonomy.top_level():
            parent_item = QTreeWidgetItem([top.name(lang)])
            parent_item.setData(0, Qt.ItemDataRole.UserRole, top.code)
            parent_item.setCheckState(0, Qt.CheckState.Unchecked)
            for child in taxonomy.children(top.code):
                item = QTreeWidgetItem([child.name(lang)])
                item.setData(0, Qt.ItemDataRole.UserRole, child.code)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                parent_item.addChild(item)
            self.categories.addTopLevelItem(parent_item)
        self.categories.expandAll()
        self.org_unit = QLineEdit()
        self.org_unit.setAccessibleName(self.tr("Organisatieonderdeel"))
        self.org_unit.setPlaceholderText(self.tr("bijvoorbeeld DGOO/Directie Arbeidszaken"))
        self.pseudonym = QLineEdit()
        self.pseudonym.setAccessibleName(self.tr("Pseudoniem"))
        self.pseudonym.setPlaceholderText(self.tr("leeg laten: vpdesk kiest er een"))
        form.addRow(self.tr("&Categorieën"), self.categories)
        form.addRow(self.tr("&Organisatieonderdeel"), self.org_unit)
        form.addRow(self.tr("&Pseudoniem"), self.pseudonym)
        self.pseudonym_hint = QLabel(  # it shows in the list, in search hits and in the inzage PDF's title
            self.tr("Nooit de echte naam van de melder: een verzonnen naam of code.")
        )
        self.pseudonym_hint.setWordWrap(True)
        self.pseudonym_hint.setStyleSheet("color: #555;")
        form.addRow("", self.pseudonym_hint)
        self.position = QComboBox()
        self.position.setAccessibleName(self.tr("Positie van de melder"))
        self.position.addItem(self.tr("niet vastgelegd"), None)
        for position in MelderPosition:
            self.position.addItem(position_label(position), position.value)
        self.gender = QComboBox()
        self.gender.setAccessibleName(self.tr("Gender van de melder"))
        self.gender.addItem(self.tr("niet vastgelegd"), None)
        for gender in Gender:
            self.gender.addItem(gender_label(gender), gender.value)
        form.addRow(self.tr("Po&sitie"), self.position)
        form.addRow(self.tr("&Gender"), self.gender)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.categories.itemChanged.connect(self._update)
        self._update()

    def prefill(self, case: Case, pseudonym: str) -> None:
        """Correcting an existing case: its values, and the dialog says so."""
        self.setWindowTitle(self.tr("Zaak bewerken"))
        for code in case.categories:
            self.check(code)
        self.org_unit.setText(case.org_unit)
        self.pseudonym.setText(pseudonym)
        self.pseudonym.setPlaceholderText("")
        self.position.setCurrentIndex(max(0, self.position.findData(case.position.value if case.position else None)))
        self.gender.setCurrentIndex(max(0, self.gender.findData(case.gender.value if case.gender else None)))

    def melder(self) -> tuple[MelderPosition | None, Gender | None]:
        position, gender = self.position.currentData(), self.gender.currentData()
        return (MelderPosition(position) if position else None, Gender(gender) if gender else None)

    def checked(self) -> tuple[str, ...]:
        codes: list[str] = []
        for i in range(self.categories.topLevelItemCount()):
            top = self.categories.topLevelItem(i)
            if top is None:
                continue
            items = [top, *(top.child(j) for j in range(top.childCount()))]
            codes += [
                str(item.data(0, Qt.ItemDataRole.UserRole))
                for item in items
                if item is not None and item.checkState(0) == Qt.CheckState.Checked
            ]
        return tuple(codes)

    def check(self, code: str) -> None:
        for item in self.categories.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.checked()))
