"""Jaarcijfers: for an adviser, the export with a preview of exactly what leaves; for a coordinator, the trust
list, importing many files at once (also by drag and drop) with a result per file, and the annual report."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class StatsPage(QWidget):
    preview_requested = Signal()
    export_requested = Signal()
    own_report_requested = Signal()
    import_requested = Signal(list)  # file paths; empty = ask with a dialog
    trust_requested = Signal(str, str, str)  # key, fingerprint, label
    report_requested = Signal()
    rename_requested = Signal(str)  # fingerprint of the adviser chosen in the overview
    remove_requested = Signal(str)
    age_key_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year())
        self.year.setAccessibleName(self.tr("Jaar"))
        self.quarter = QComboBox()
        self.quarter.setAccessibleName(self.tr("Periode"))
        self.quarter.addItem(self.tr("heel jaar"), 0)
        for q in range(1, 5):
            self.quarter.addItem(self.tr("kwartaal {q}").format(q=q), q)
        self.intro = QLabel()  # plain words first: what this page is for
        self.intro.setWordWrap(True)
        self.identity = QLabel()  # the keys and fingerprint: only for whoever sets up the exchange
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setVisible(False)
        self.details = QToolButton()
        self.details.setCheckable(True)
        self.details.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details.setAutoRaise(True)
        self.details.toggled.connect(self.show_details)
        self.show_details(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Bezig"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Jaar")))
        period.addWidget(self.year)
        period.addWidget(self.quarter)
        period.addStretch()
        self.modes = QStackedWidget()
        self.modes.addWidget(self._adviser())
        self.modes.addWidget(self._coordinator())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(period)
        layout.addWidget(self.modes, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.identity)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

    def _adviser(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("age1… (krijgt u van de coördinator)"))
        self.recipient.setAccessibleName(self.tr("Sleutel van de coördinator"))
        form.addRow(self.tr("Sleutel van de &coördinator"), self.recipient)
        self.recipient_fingerprint = QLabel()
        self.recipient_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.recipient_fingerprint)
        layout.addLayout(form)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the figures line up
        self.preview.setAccessibleName(self.tr("Voorbeeld van wat de laptop verlaat"))
        layout.addWidget(QLabel(self.tr("Precies dit verlaat uw laptop: alleen aantallen, geen namen of tekst.")))
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Voorbeeld"))
        self.export_button = QPushButton(self.tr("Ex&porteren…"))
        self.own_button = QPushButton(self.tr("Eigen &jaarverslag (PDF)…"))
        for button in (self.preview_button, self.export_button, self.own_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.preview_button.clicked.connect(self.preview_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.own_button.clicked.connect(self.own_report_requested)
        return page

    def _coordinator(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        trust_box = QGroupBox(self.tr("Vertrouwenspersonen en hun levering over het gekozen jaar"))
        trust = QVBoxLayout(trust_box)
        self.trusted = QTableWidget(0, 4)
        self.trusted.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Vingerafdruk"), self.tr("Geleverd op"), self.tr("Vervangen op")]
        )
        self.trusted.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.trusted.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.trusted.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.trusted.horizontalHeader()  # the name takes the room; the dates and keys what they need
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.trusted.verticalHeader().setVisible(False)
        self.trusted.setAccessibleName(self.tr("Levering per vertrouwenspersoon"))
        trust.addWidget(self.trusted)
        manage = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Naam &wijzigen…"))
        self.remove_button = QPushButton(self.tr("Verwij&deren…"))
        self.age_key_button = QPushButton(self.tr("Sleutel voor het age-programma &opslaan…"))
        self.age_key_button.setToolTip(self.tr("Om een export buiten vpdesk te openen met: age -d -i BESTAND export"))
        for button in (self.rename_button, self.remove_button):
            manage.addWidget(button)
        manage.addStretch()
        manage.addWidget(self.age_key_button)
        trust.addLayout(manage)
        form = QFormLayout()
        self.new_key = QLineEdit()
        self.new_key.setPlaceholderText("vpdesk-ed25519:…")
        self.new_fingerprint = QLineEdit()
        self.new_fingerprint.setPlaceholderText(self.tr("voorgelezen door de vertrouwenspersoon"))
        self.new_label = QLineEdit()
        form.addRow(self.tr("Sleutel"), self.new_key)
        form.addRow(self.tr("Vingerafdruk"), self.new_fingerprint)
        form.addRow(self.tr("Naam"), self.new_label)
        trust.addLayout(form)
        self.trust_button = QPushButton(self.tr("&Toevoegen"))
        trust.addWidget(self.trust_button)
        layout.addWidget(trust_box)
        import_box = QGroupBox(self.tr("Exports inlezen (ook door bestanden hierheen te slepen)"))
        imports = QVBoxLayout(import_box)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Resultaat per bestand"))
        imports.addWidget(self.results)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Inlezen…"))
        self.report_button = QPushButton(self.tr("&Jaarverslag maken…"))
        row.addWidget(self.import_button)
        row.addWidget(self.report_button)
        row.addStretch()
        imports.addLayout(row)
        layout.addWidget(import_box, 1)
        self.trust_button.clicked.connect(
            lambda: self.trust_requested.emit(self.new_key.text(), self.new_fingerprint.text(), self.new_label.text())
        )
        self.import_button.clicked.connect(lambda: self.import_requested.emit([]))
        self.report_button.clicked.connect(self.report_requested)
        self.rename_button.clicked.connect(lambda: self._on_chosen(self.rename_requested))
        self.remove_button.clicked.connect(lambda: self._on_chosen(self.remove_requested))
        self.age_key_button.clicked.connect(self.age_key_requested)
        return page

    def _on_chosen(self, signal: SignalInstance) -> None:
        row = self.trusted.currentRow()
        item = self.trusted.item(row, 1) if row >= 0 else None
        if item is None:
            self.status.setText(self.tr("Kies eerst een vertrouwenspersoon in de lijst."))
            return
        signal.emit(item.text())

    def show_deliveries(self, rows: list[tuple[str, str, str, str]]) -> None:
        """(name, fingerprint, delivered on, replaced on) per adviser; the delivered column says "ontbreekt"."""
        self.trusted.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.trusted.setItem(r, c, QTableWidgetItem(text))

    def set_progress(self, done: int, total: int) -> None:
        """A determinate bar while files are imported or the report is published; back to "busy"
        (indeterminate) with total 0."""
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def set_coordinator(self, coordinator: bool) -> None:
        self.modes.setCurrentIndex(1 if coordinator else 0)
        self.quarter.setVisible(not coordinator)  # the coordinator reports whole years
        if coordinator:
            self.intro.setText(
                self.tr(
                    "Deze kluis is van de coördinator. Hier leest u de exports van de vertrouwenspersonen in en "
                    "maakt u het jaarverslag."
                )
            )
            self.details.setText(self.tr("Gegevens voor de vertrouwenspersonen"))
        else:
            self.intro.setText(
                self.tr(
                    "Hier maakt u de jaarcijfers voor de coördinator: alleen aantallen, geen namen of tekst. "
                    "Kies het jaar, bekijk het voorbeeld en exporteer."
                )
            )
            self.details.setText(self.tr("Gegevens voor de coördinator"))
        self.details.setAccessibleName(self.details.text())

    def show_details(self, shown: bool) -> None:
        """The keys and fingerprint under their heading, folded away until someone asks for them."""
        self.details.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self.details.isChecked() != shown:
            self.details.setChecked(shown)  # toggled: back here once, with the same value
        self.identity.setVisible(shown)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if not busy:
            self.set_progress(0, 0)
        buttons = (
            self.preview_button,
            self.export_button,
            self.import_button,
            self.report_button,
            self.own_button,
            self.rename_button,
            self.remove_button,
        )
        for button in buttons:  # one piece of work at a time: a second click waits for the first
            button.setEnabled(not busy)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.modes.currentIndex() == 1 and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_requested.emit(paths)
            event.acceptProposedAction()

    def clear(self) -> None:
        for widget in (
            self.preview,
            self.recipient,
            self.recipient_fingerprint,
            self.new_key,
            self.new_fingerprint,
            self.new_label,
        ):
            widget.clear()
        self.trusted.setRowCount(0)
        self.results.clear()  # the import results of the session: they go only with the lock
        self.identity.clear()
        self.show_details(False)
        self.status.clear()
        self.set_busy(False)
