"""The main window only assembles pages: first start and unlock while the vault is closed, and the pages of the
open vault (the desk, then whatever app.py adds) as tabs. Above them: the practice banner and a notice bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

WORK = "work"  # the name of the open-vault area among the window's pages


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, gates: dict[str, QWidget], work: list[tuple[str, str, QWidget]]) -> None:
        """`gates`: name -> page shown while the vault is closed; `work`: (key, title, widget) of open-vault pages."""
        super().__init__()
        self.banner = QLabel(self.tr("OEFENKLUIS · alle zaken en namen zijn verzonnen · niet voor echte aantekeningen"))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background: #f5a623; color: #1a1a1a; font-weight: bold; padding: 6px;")
        self.banner.setAccessibleName(self.tr("Oefenkluis"))
        self.banner.setVisible(False)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fdecea; color: #7a1c12; padding: 6px;")
        self.notice.setAccessibleName(self.tr("Melding"))
        self.notice.setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # one page: no tab bar
        self.tabs.setAccessibleName(self.tr("Onderdelen"))
        self.work_keys: list[str] = []
        for key, title, widget in work:
            self.tabs.addTab(widget, title)
            self.work_keys.append(key)
        if len(work) < 2:  # the hidden tab bar would swallow Tab and trap the keyboard focus
            self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages = {**gates, WORK: self.tabs}
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self.set_practice(False)

    # --- pages ------------------------------------------------------------------------------------------------
    def show_page(self, name: str) -> None:
        self.stack.setCurrentWidget(self.pages[name])

    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is current)

    def show_work(self, key: str) -> None:
        self.show_page(WORK)
        self.tabs.setCurrentIndex(self.work_keys.index(key))

    def set_work_visible(self, keys: set[str]) -> None:
        """Show only these open-vault pages (all, when empty)."""
        for index, key in enumerate(self.work_keys):
            self.tabs.setTabVisible(index, not keys or key in keys)

    def work_visible(self, key: str) -> bool:
        return self.tabs.isTabVisible(self.work_keys.index(key))

    def current_work(self) -> str:
        return self.work_keys[self.tabs.currentIndex()] if self.work_keys else ""

    # --- marks --------------------------------------------------------------------------------------------------
    def set_practice(self, practice: bool) -> None:
        """The practice vault is marked everywhere: the window title and a coloured banner over every page."""
        title = "vpdesk"
        if practice:
            title += " — " + self.tr("OEFENKLUIS")
        self.setWindowTitle(title)
        self.banner.setVisible(practice)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # the controller saves and locks before the window goes
        super().closeEvent(event)
