"""The adviser's desk: search, the case list and the open case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.ui.models.case_table import CaseTableModel
from vpdesk.ui.widgets.case_list_panel import CaseListPanel
from vpdesk.ui.widgets.case_view import CaseView


class DeskPage(QWidget):
    search_changed = Signal(str)
    new_case_requested = Signal()
    lock_requested = Signal()
    agenda_requested = Signal()

    def __init__(self, model: CaseTableModel, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in alle aantekeningen (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Zoeken in aantekeningen"))
        self.search.setClearButtonEnabled(True)
        self.new_case_button = QPushButton(self.tr("&Nieuwe zaak"))
        self.new_case_button.setToolTip(self.tr("Nieuwe zaak (Ctrl+N)"))
        self.lock_button = QPushButton(self.tr("&Vergrendelen"))
        self.lock_button.setToolTip(self.tr("Vergrendelen (Ctrl+L)"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_case_button)
        self.agenda_button = QPushButton(self.tr("&Agenda"))
        self.agenda_button.setToolTip(self.tr("Termijnen van meldprocessen (Ctrl+G)"))
        top.addWidget(self.agenda_button)
        top.addWidget(self.lock_button)
        self.cases = CaseListPanel(model, taxonomy, lang)
        self.case_view = CaseView()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.cases)
        split.addWidget(self.case_view)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        QWidget.setTabOrder(self.agenda_button, self.lock_button)  # Tab follows the buttons as they are shown
        self.search.textChanged.connect(self.search_changed)
        self.new_case_button.clicked.connect(self.new_case_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.agenda_button.clicked.connect(self.agenda_requested)

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), this also empties the undo history
        self.search.blockSignals(False)
        self.cases.clear()
        self.case_view.clear()
