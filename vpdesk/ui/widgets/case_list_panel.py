"""The left side of the desk: filters and the case list, or the search results while a search is typed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.model import CaseFilter, CaseStatus, SearchHit
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.ui.models.case_table import SORTABLE, CaseTableModel
from vpdesk.ui.models.search_results import HitRole, RichTextDelegate, SearchResultsModel

# the order in which the columns stay when the list is narrow: the first always, the last to fold away first
# (Nr., Pseudoniem, Laatste contact, Categorie, Status, Geopend, Organisatieonderdeel)
FOLD_ORDER = (1, 6, 2, 0, 4, 5, 3)
NAME_COLUMNS = (1, 2, 3)  # pseudonym, category, org unit: they take the room left over (and elide with a tooltip)
NAME_MIN = 96  # a name column narrower than this shows too little to be worth it
SORT_ARROW = 26  # the header's padding and sort indicator beside its title


class CaseListPanel(QWidget):
    case_selected = Signal(int)
    hit_chosen = Signal(int, int)  # case id, conversation id
    filter_changed = Signal(object)  # CaseFilter

    def __init__(self, model: CaseTableModel, taxonomy: Taxonomy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._chosen: int | None = None  # the case shown: highlighted again whenever the rows are read anew
        self._quiet = False  # re-highlighting it does not open it again
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter op status"))
        self.status.addItem(self.tr("Alle zaken"), None)
        self.status.addItem(self.tr("Open"), CaseStatus.OPEN.value)
        self.status.addItem(self.tr("Gesloten"), CaseStatus.CLOSED.value)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter op categorie"))
        self.category.addItem(self.tr("Alle categorieën"), None)
        for top in taxonomy.top_level():
            self.category.addItem(top.name(lang), top.code)
            for child in taxonomy.children(top.code):
                self.category.addItem("   " + child.name(lang), child.code)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Filter op periode"))
        self.period.addItem(self.tr("Elke periode"), None)
        self.period.addItem(self.tr("Afgelopen 30 dagen"), "30d")
        self.period.addItem(self.tr("Afgelopen 12 maanden"), "12m")
        self.period.addItem(self.tr("Dit jaar"), "year")
        self.period.addItem(self.tr("Vorig jaar"), "last_year")
        filters = QHBoxLayout()
        for combo in (self.status, self.category, self.period):
            # a long category name must not hold the list wide: the open list shows names in full
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            filters.addWidget(combo, 2 if combo is self.category else 1)
            combo.currentIndexChanged.connect(self._filters_changed)
        self.table = QTableView()
        self.table.setModel(model)  # no proxy: sorting and filtering run in SQL (docs/decisions.md, 28)
        self.table.setAccessibleName(self.tr("Zaken"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the case view; the arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 10,000 rows stay cheap
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setHighlightSections(False)  # a bold header on selection would clip "Laatste contact"
        header.setSortIndicatorShown(True)
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self._sorted = (5, Qt.SortOrder.DescendingOrder)  # a click on a column that does not sort puts it back
        # the columns fit the list's width: never a sideways scrollbar; what does not fit folds away (_fit_columns)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        model.headerDataChanged.connect(self._fit_columns)
        header.sortIndicatorChanged.connect(self._sort)
        # the chosen row, not the current one: focus arriving by Tab makes a row current without choosing it
        self.table.selectionModel().selectionChanged.connect(self._row_changed)
        model.modelReset.connect(self._reselect)  # after the view's own handling of the reset, which clears it
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        self.hits = SearchResultsModel()
        self.results = QListView()
        self.results.setModel(self.hits)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._hit_activated)
        self.results.clicked.connect(self._hit_activated)
        self.no_hits = QLabel(self.tr("Geen aantekeningen gevonden."))
        self.no_hits.setStyleSheet("color: palette(mid); padding: 8px;")
        self.stack = QStackedWidget()
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.count)
        self.stack.addWidget(listing)
        found = QWidget()
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        found_layout.addWidget(self.no_hits)
        found_layout.addWidget(self.results, 1)
        self.stack.addWidget(found)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Each column at least as wide as its header (with the sort arrow) and its usual content; the columns that
        do not fit the list's width are hidden, the least needed first (widen the list to see them); the room left
        goes to the columns of names, so nothing is cut off and the list never scrolls sideways."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        bold = header.fontMetrics()
        sample = {
            4: QCoreApplication.translate("CaseTableModel", "gesloten"),
            5: "28-12-2026",
            6: "28-12-2026",
            0: "9999",
        }
        need = {}
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            content = metrics.horizontalAdvance(sample[column]) + 12 if column in sample else NAME_MIN
            need[column] = max(bold.horizontalAdvance(title) + SORT_ARROW, content)
        room = self.table.viewport().width()
        shown: list[int] = []
        for column in FOLD_ORDER:
            if sum(need[c] for c in shown) + need[column] <= room or not shown:
                shown.append(column)
        spare = max(0, room - sum(need[c] for c in shown))
        names = [c for c in NAME_COLUMNS if c in shown]
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in shown)
            if column in shown:
                extra = spare // len(names) if column in names else 0
                self.table.setColumnWidth(column, need[column] + extra)
        if names:  # the rounding's last pixels to the last name column, so the columns end at the edge
            last = names[-1]
            self.table.setColumnWidth(last, self.table.columnWidth(last) + spare % len(names))
        hidden = [c for c in range(self.model.columnCount()) if c not in shown]
        header.setToolTip(
            self.tr("Maak de lijst breder voor meer kolommen ({names}).").format(
                names=", ".join(str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in hidden)
            )
            if hidden
            else ""
        )

    def hidden_columns(self) -> list[int]:
        return [c for c in range(self.model.columnCount()) if self.table.isColumnHidden(c)]

    def current_filter(self, today: date) -> CaseFilter:
        status = self.status.currentData()
        period = self.period.currentData()
        start = end = None
        if period == "30d":
            start = today - timedelta(days=30)
        elif period == "12m":
            start = today - timedelta(days=365)
        elif period == "year":
            start = date(today.year, 1, 1)
        elif period == "last_year":
            start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return CaseFilter(
            status=CaseStatus(status) if status else None,
            category=self.category.currentData(),
            opened_from=start,
            opened_to=end,
        )

    def _filters_changed(self) -> None:
        self.filter_changed.emit(None)

    def _update_count(self) -> None:
        self.count.setText(count_text(self.model.rowCount(), self.model.total, self._filtered()))

    def _filtered(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in (self.status, self.category, self.period))

    def _row_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            case_id = self.model.data(rows[0], Qt.ItemDataRole.UserRole)
            if case_id is not None:
                self._chosen = int(case_id)
                if not self._quiet:
                    self.case_selected.emit(int(case_id))

    def select_case(self, case_id: int) -> None:
        """Highlight ``case_id``; if its row has not arrived yet (the list reads in the background), as soon as it
        does, and again after every sort, filter or reload that still holds it."""
        self._chosen = case_id
        self._highlight(scroll=True, quiet=False)

    def _reselect(self) -> None:
        self._highlight(scroll=False, quiet=True)  # the same case, found again: nothing to open

    def _highlight(self, scroll: bool, quiet: bool) -> None:
        row = None if self._chosen is None else self.model.row_of(self._chosen)
        if row is None:
            return
        index = self.model.index(row, 0)
        self._quiet = quiet
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        finally:
            self._quiet = False
        if scroll:
            self.table.scrollTo(index)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORTABLE:  # the categories (several per case) have no order: the arrow stays where it was
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted)
            header.blockSignals(False)
            return
        self._sorted = (column, order)
        self.table.scrollToTop()  # a new order starts at its top; staying below would fetch a second page at once
        self.model.sort(column, order)

    def show_results(self, hits: list[SearchHit] | None, pseudonyms: dict[int, str]) -> None:
        if hits is None:
            self.hits.clear()
            self.stack.setCurrentIndex(0)
            return
        self.hits.set_hits(hits, pseudonyms)
        self.no_hits.setVisible(not hits)
        self.stack.setCurrentIndex(1)
        if hits:
            self.results.setCurrentIndex(self.hits.index(0))

    def enter(self) -> bool:
        """Down from the search box: into the search results (at the first, or the one already current) while a
        search is shown, else into the case list. False when there is nothing to enter."""
        if self.stack.currentIndex() == 1:
            if self.hits.rowCount() == 0:
                return False
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.hits.index(0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if self.model.rowCount() == 0:
            return False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _hit_activated(self, index: QModelIndex) -> None:
        data = index.data(HitRole)
        if data:
            self.hit_chosen.emit(int(data[0]), int(data[1]))

    def clear(self) -> None:
        self._chosen = None
        self.hits.clear()
        self.stack.setCurrentIndex(0)


def count_text(shown: int, total: int, filtered: bool) -> str:
    """Under the list, in plain words: how many cases there are, and whether the list shows them all yet."""
    if total == 0:
        if filtered:
            return QCoreApplication.translate("CaseListPanel", "Geen zaken die bij deze keuze passen.")
        return QCoreApplication.translate("CaseListPanel", "Nog geen zaken.")
    if shown >= total:
        if total == 1:
            return QCoreApplication.translate("CaseListPanel", "1 zaak")
        return QCoreApplication.translate("CaseListPanel", "{total} zaken").format(total=total)
    return QCoreApplication.translate("CaseListPanel", "De eerste {shown} van {total} zaken; scroll voor meer.").format(
        shown=shown, total=total
    )
