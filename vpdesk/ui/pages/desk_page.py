"""The adviser's desk: search, the case list and the open case."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
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
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.cases)
        split.addWidget(self.case_view)
        split.setCollapsible(0, True)  # the list can be dragged narrow or shut (F9 shows it again)
        split.setCollapsible(1, False)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 6)
        split.setSizes([480, 720])
        self.list_action = QAction(self.tr("Zakenlijst tonen"), self)
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.list_action.setShortcut(QKeySequence("F9"))
        self.list_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list_action.toggled.connect(self.show_list)
        self.addAction(self.list_action)
        split.splitterMoved.connect(self._list_moved)
        self._list_width = 480
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        QWidget.setTabOrder(self.agenda_button, self.lock_button)  # Tab follows the buttons as they are shown
        self.search.textChanged.connect(self.search_changed)
        self.search.installEventFilter(self)  # Down enters the results (or the case list)
        self.new_case_button.clicked.connect(self.new_case_requested)
        self.lock_button.clicked.connect(self.lock_requested)
        self.agenda_button.clicked.connect(self.agenda_requested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            return self.cases.enter()
        return False

    def show_list(self, shown: bool) -> None:
        """Show the case list at its last width, or fold it away so the open case has the whole window."""
        sizes = self.split.sizes()
        if shown and sizes[0] == 0:
            total = sum(sizes)
            width = min(max(self._list_width, self.cases.minimumSizeHint().width()), total // 2)
            self.split.setSizes([width, total - width])
        elif not shown and sizes[0] > 0:
            self._list_width = sizes[0]
            self.split.setSizes([0, sum(sizes)])
            if self.cases.isAncestorOf(self.focusWidget()):
                self.case_view.setFocus()
        self.list_action.blockSignals(True)
        self.list_action.setChecked(shown)
        self.list_action.blockSignals(False)

    def _list_moved(self, _pos: int, _index: int) -> None:
        shown = self.split.sizes()[0] > 0
        if shown:
            self._list_width = self.split.sizes()[0]
        if shown != self.list_action.isChecked():
            self.list_action.blockSignals(True)
            self.list_action.setChecked(shown)
            self.list_action.blockSignals(False)

    def clear(self) -> None:
        self.search.blockSignals(True)
        self.search.setText("")  # unlike clear(), this also empties the undo history
        self.search.blockSignals(False)
        self.cases.clear()
        self.case_view.clear()
