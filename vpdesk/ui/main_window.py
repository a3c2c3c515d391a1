"""The main window only assembles pages: first start, unlock, and the desk (plus any page app.py adds)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, pages: dict[str, QWidget]) -> None:
        super().__init__()
        self.pages = pages
        self.stack = QStackedWidget()
        for page in pages.values():
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.resize(1280, 800)
        self.set_title(practice=False)

    def show_page(self, name: str) -> None:
        self.stack.setCurrentWidget(self.pages[name])

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def set_title(self, practice: bool) -> None:
        title = "vpdesk"
        if practice:
            title += " — " + self.tr("OEFENKLUIS")
        self.setWindowTitle(title)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # the controller saves and locks before the window goes
        super().closeEvent(event)
