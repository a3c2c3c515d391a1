"""Meeting rooms: find an available room on a day within a time window, a week view per room (a free quarter is
booked by clicking it or pressing Enter on it), and the adviser's own bookings with the case each is for."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.rooms import FEATURES, QUANTUM, WORKDAY
from vpdesk.ui.models.week_model import WeekModel
from vpdesk.ui.widgets.elided_label import ElidedLabel


def _quarters() -> list[time]:
    at, end, out = datetime.combine(date(2000, 1, 3), WORKDAY[0]), datetime.combine(date(2000, 1, 3), WORKDAY[1]), []
    while at <= end:
        out.append(at.time())
        at += QUANTUM
    return out


class RoomsPage(QWidget):
    find_requested = Signal()
    book_requested = Signal()
    room_changed = Signal()
    week_moved = Signal(int)
    day_changed = Signal()
    quarter_chosen = Signal(int, int)  # row, column of the week view
    cancel_requested = Signal()
    ics_requested = Signal()

    def __init__(self, week: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_label = ElidedLabel()  # a long pseudonym ends in …, with a tooltip
        self.case_label.setStyleSheet("font-weight: bold;")
        find_box = QGroupBox(self.tr("Ruimte zoeken"))
        form = QFormLayout(find_box)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Dag"))
        self.start = QComboBox()
        self.start.setAccessibleName(self.tr("Vanaf"))
        self.end = QComboBox()
        self.end.setAccessibleName(self.tr("Tot"))
        for at in _quarters():
            self.start.addItem(f"{at:%H:%M}", f"{at:%H:%M}")
            self.end.addItem(f"{at:%H:%M}", f"{at:%H:%M}")
        self.start.setCurrentIndex(0)
        self.end.setCurrentIndex(self.end.count() - 1)
        window = QHBoxLayout()
        window.addWidget(self.start, 1)
        window.addWidget(QLabel(self.tr("tot")))
        window.addWidget(self.end, 1)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 20)
        self.capacity.setValue(2)
        self.capacity.setAccessibleName(self.tr("Aantal personen"))
        self.minutes = QComboBox()
        self.minutes.setAccessibleName(self.tr("Duur"))
        for minutes in (30, 45, 60, 90, 120):
            self.minutes.addItem(self.tr("{n} minuten").format(n=minutes), minutes)
        self.minutes.setCurrentIndex(2)
        form.addRow(self.tr("&Dag"), self.day)
        form.addRow(self.tr("Tussen"), window)
        size = QHBoxLayout()
        size.addWidget(self.capacity)
        size.addWidget(QLabel(self.tr("personen,")))
        size.addWidget(self.minutes, 1)
        form.addRow(self.tr("Voor"), size)
        labels = {
            "soundproof": self.tr("geluiddicht"),
            "out_of_sight": self.tr("uit het zicht van collega's"),
            "accessible": self.tr("toegankelijk"),
            "near_exit": self.tr("dicht bij de uitgang"),
        }
        self.features: dict[str, QCheckBox] = {}
        boxes = QGridLayout()
        for n, feature in enumerate(FEATURES):
            box = QCheckBox(labels[feature])
            self.features[feature] = box
            boxes.addWidget(box, n // 2, n % 2)
        form.addRow(boxes)
        self.find_button = QPushButton(self.tr("Beschikbare tijden &zoeken"))
        self.find_button.setToolTip(self.tr("Beschikbare tijden zoeken (Ctrl+R)"))
        form.addRow(self.find_button)
        self.slots = QListWidget()
        self.slots.setAccessibleName(self.tr("Beschikbare tijden"))
        self.slots.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.slots.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.book_button = QPushButton(self.tr("&Reserveren"))
        self.book_button.setToolTip(self.tr("De gekozen tijd reserveren (ook: Enter of dubbelklik op een tijd)"))
        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Ruimte"))
        self.room.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.room.setMinimumContentsLength(16)
        self.week = QTableView()
        self.week.setModel(week)
        self.week.setAccessibleName(self.tr("Weekoverzicht"))
        self.week.setToolTip(
            self.tr("Klik op een vrij kwartier, of kies het met de pijltjes en Enter, om te reserveren")
        )
        self.week.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.week.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week.setTabKeyNavigation(False)  # Tab leaves the week; the arrows move inside
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.horizontalHeader().setMinimumSectionSize(40)
        self.week.verticalHeader().setDefaultSectionSize(14)
        self.week.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.prev_button = QPushButton("◀")
        self.prev_button.setAccessibleName(self.tr("Vorige week"))
        self.prev_button.setToolTip(self.tr("Vorige week"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Volgende week"))
        self.next_button.setToolTip(self.tr("Volgende week"))
        for button in (self.prev_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("▶") * 4)
        nav = QHBoxLayout()
        nav.addWidget(self.room, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        mine_box = QGroupBox(self.tr("Mijn reserveringen"))
        mine_layout = QVBoxLayout(mine_box)
        self.mine = QListWidget()
        self.mine.setAccessibleName(self.tr("Mijn reserveringen"))
        self.mine.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.case_label)
        left_layout.addWidget(find_box)
        left_layout.addWidget(self.slots, 1)
        left_layout.addWidget(self.book_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(nav)
        right_layout.addWidget(self.week, 3)
        right_layout.addWidget(mine_box, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.find_button.clicked.connect(self.find_requested)
        self.book_button.clicked.connect(self.book_requested)
        self.slots.itemActivated.connect(lambda _item: self.book_requested.emit())
        self.slots.currentRowChanged.connect(lambda _row: self._book_enabled())
        self.mine.currentRowChanged.connect(lambda _row: self._book_enabled())
        self.day.dateChanged.connect(lambda _d: self.day_changed.emit())
        self.room.currentIndexChanged.connect(lambda _i: self.room_changed.emit())
        self.prev_button.clicked.connect(lambda: self.week_moved.emit(-1))
        self.next_button.clicked.connect(lambda: self.week_moved.emit(1))
        self.week.clicked.connect(self._quarter)
        self.week.activated.connect(self._quarter)  # Enter on the current quarter (and a double click)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.ics_button.clicked.connect(self.ics_requested)

    def _quarter(self, index: QModelIndex) -> None:
        if index.isValid():
            self.quarter_chosen.emit(index.row(), index.column())

    def chosen_day(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_day(self, day: date, first: date) -> None:
        """The day the search looks at, never before ``first`` (today)."""
        self.day.blockSignals(True)
        self.day.setMinimumDate(QDate(first.year, first.month, first.day))
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.blockSignals(False)

    def time_window(self) -> tuple[time, time]:
        return time.fromisoformat(self.start.currentData()), time.fromisoformat(self.end.currentData())

    def set_time_window(self, start: time, end: time) -> None:
        self.start.setCurrentIndex(self.start.findData(f"{start:%H:%M}"))
        self.end.setCurrentIndex(self.end.findData(f"{end:%H:%M}"))

    def confirm(self, question: str) -> bool:
        """Ask before booking a quarter of the week view or a second room at the same time; tests answer through
        a replacement."""
        answer = QMessageBox.question(self, self.tr("Reserveren"), question)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_cancel(self, question: str) -> bool:
        """Ask before a booking is cancelled (No is the default: the room is scarce)."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, self.tr("Reservering annuleren"), question, yes | no, no) == yes

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.find_button.setEnabled(not busy)
        self._book_enabled()

    def _book_enabled(self) -> None:
        """Reserveren needs a chosen time and no work under way: a second click (a double click) books nothing
        twice; after a booking no time is chosen until the adviser chooses one."""
        busy = self.busy.isVisibleTo(self)
        self.book_button.setEnabled(not busy and self.slots.currentRow() >= 0)
        for button in (self.cancel_button, self.ics_button):
            button.setEnabled(not busy and self.mine.currentRow() >= 0)

    def choose_no_slot(self) -> None:
        self.slots.setCurrentRow(-1)
        self.slots.clearSelection()
        self._book_enabled()

    def clear(self) -> None:
        self.slots.clear()
        self.mine.clear()
        self.case_label.clear()
        self.status.clear()
        self.set_busy(False)
        self._book_enabled()
