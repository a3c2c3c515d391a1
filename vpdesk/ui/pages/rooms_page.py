"""Meeting rooms: find a free room, a week view per room, and the adviser's own bookings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.rooms import FEATURES
from vpdesk.ui.models.week_model import WeekModel


class RoomsPage(QWidget):
    find_requested = Signal()
    book_requested = Signal()
    room_changed = Signal()
    week_moved = Signal(int)
    cancel_requested = Signal()
    ics_requested = Signal()

    def __init__(self, week: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_label = QLabel()
        self.case_label.setStyleSheet("font-weight: bold;")
        find_box = QGroupBox(self.tr("Ruimte zoeken"))
        form = QFormLayout(find_box)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 20)
        self.capacity.setValue(2)
        self.capacity.setAccessibleName(self.tr("Aantal personen"))
        self.minutes = QComboBox()
        self.minutes.setAccessibleName(self.tr("Duur"))
        for minutes in (30, 45, 60, 90, 120):
            self.minutes.addItem(self.tr("{n} minuten").format(n=minutes), minutes)
        self.minutes.setCurrentIndex(2)
        labels = {
            "soundproof": self.tr("geluiddicht"),
            "out_of_sight": self.tr("uit het zicht van collega's"),
            "accessible": self.tr("toegankelijk"),
            "near_exit": self.tr("dicht bij de uitgang"),
        }
        self.features: dict[str, QCheckBox] = {}
        for feature in FEATURES:
            box = QCheckBox(labels[feature])
            self.features[feature] = box
            form.addRow(box)
        form.insertRow(0, self.tr("Personen"), self.capacity)
        form.insertRow(1, self.tr("Duur"), self.minutes)
        self.find_button = QPushButton(self.tr("&Zoek vrije tijd"))
        form.addRow(self.find_button)
        self.slots = QListWidget()
        self.slots.setAccessibleName(self.tr("Vrije tijden"))
        form.addRow(self.slots)
        self.book_button = QPushButton(self.tr("&Reserveren"))
        form.addRow(self.book_button)
        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Ruimte"))
        self.week = QTableView()
        self.week.setModel(week)
        self.week.setAccessibleName(self.tr("Weekoverzicht"))
        self.week.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.week.setTabKeyNavigation(False)  # Tab leaves the week; the arrows move inside
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.verticalHeader().setDefaultSectionSize(14)
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(self.tr("Vorige week"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Volgende week"))
        nav = QHBoxLayout()
        nav.addWidget(self.room, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        mine_box = QGroupBox(self.tr("Mijn reserveringen"))
        mine_layout = QVBoxLayout(mine_box)
        self.mine = QListWidget()
        self.mine.setAccessibleName(self.tr("Mijn reserveringen"))
        mine_layout.addWidget(self.mine)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Reservering &annuleren"))
        self.ics_button = QPushButton(self.tr("Naar eigen agenda (.&ics)…"))
        row.addWidget(self.cancel_button)
        row.addWidget(self.ics_button)
        row.addStretch()
        mine_layout.addLayout(row)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.case_label)
        left.addWidget(find_box, 1)
        right = QVBoxLayout()
        right.addLayout(nav)
        right.addWidget(self.week, 3)
        right.addWidget(mine_box, 1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.find_button.clicked.connect(self.find_requested)
        self.book_button.clicked.connect(self.book_requested)
        self.room.currentIndexChanged.connect(lambda _i: self.room_changed.emit())
        self.prev_button.clicked.connect(lambda: self.week_moved.emit(-1))
        self.next_button.clicked.connect(lambda: self.week_moved.emit(1))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.ics_button.clicked.connect(self.ics_requested)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.find_button, self.book_button, self.cancel_button):
            button.setEnabled(not busy)

    def clear(self) -> None:
        self.slots.clear()
        self.mine.clear()
        self.case_label.clear()
        self.status.clear()
        self.set_busy(False)
