"""The main window only assembles pages: first start and unlock while the vault is closed, and the pages of the
open vault (the desk, then whatever app.py adds) as tabs. Above them: the menu bar, the practice banner and a notice
bar. The menu's actions only emit `triggered`; the controller decides what they do and when they are enabled."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

WORK = "work"  # the name of the open-vault area among the window's pages
PREFERRED = QSize(1280, 800)  # the first size on a large screen
FRAME = QSize(16, 48)  # room for the window manager's frame and title bar, which come on top of the geometry


def first_geometry(available: QRect) -> QRect:
    """The window's first place: the preferred size, shrunk to fit the screen's available area (without taskbar)
    with its frame, centred in it. On a 1366x768 laptop the bottom rows (the wegwijzer's actions, "Bewaard om",
    Reserveren) stay visible."""
    size = QSize(
        min(PREFERRED.width(), available.width() - FRAME.width()),
        min(PREFERRED.height(), available.height() - FRAME.height()),
    )
    place = QRect(0, 0, size.width(), size.height())
    place.moveCenter(available.center())
    return place


class MainWindow(QMainWindow):
    closing = Signal()
    page_requested = Signal(str)  # Beeld > a page of the open vault

    def __init__(self, gates: dict[str, QWidget], work: list[tuple[str, str, QWidget]]) -> None:
        """`gates`: name -> page shown while the vault is closed; `work`: (key, title, widget) of open-vault pages."""
        super().__init__()
        self.keep_open = False  # set by the controller while `closing` is handled: the adviser chose to stay
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
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("background: #e8f0fe; color: #1a3a6b; padding: 6px;")
        self.reminder.setAccessibleName(self.tr("Herinnering"))
        self.reminder.setVisible(False)
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
        layout.addWidget(self.reminder)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menu_actions: dict[str, QAction] = {}
        self.page_actions: dict[str, QAction] = {}
        self._menus(work)
        self.set_vault_open(False)
        self.fit_to_screen()
        self.set_practice(False)

    def fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:  # no screen at all (a headless start): the preferred size
            self.resize(PREFERRED)
            return
        self.setGeometry(first_geometry(screen.availableGeometry()))

    # --- the menu bar -------------------------------------------------------------------------------------------
    def _action(self, menu: QMenu, name: str, text: str, key: str = "") -> QAction:
        action = menu.addAction(text)
        if key:
            action.setShortcut(QKeySequence(key))
        self.menu_actions[name] = action
        return action

    def _menus(self, work: list[tuple[str, str, QWidget]]) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&Bestand"))
        self._action(file, "backup", self.tr("&Back-up maken…"))
        self._action(file, "restore", self.tr("Back-up &terugzetten…"))
        file.addSeparator()
        self._action(file, "settings", self.tr("&Instellingen…"))
        file.addSeparator()
        self._action(file, "quit", self.tr("&Afsluiten"), "Ctrl+Q")
        vault = bar.addMenu(self.tr("&Kluis"))
        self.vault_menu = vault
        self._action(vault, "passphrase", self.tr("&Wachtwoordzin wijzigen…"))
        self._action(vault, "renew", self.tr("&Nieuwe sleutels en herstelcode…"), "Ctrl+Shift+K")
        vault.addSeparator()
        self._action(vault, "lock", self.tr("&Vergrendelen"), "Ctrl+L")
        view = bar.addMenu(self.tr("B&eeld"))
        for key, title, _widget in work:  # one entry per page; the page's own shortcuts work on it
            action = view.addAction(title)
            self.page_actions[key] = action
            action.triggered.connect(lambda _checked=False, key=key: self.page_requested.emit(key))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, "manual", self.tr("&Handleiding"), "F1")
        self._action(help_menu, "shortcuts", self.tr("&Sneltoetsen"))
        help_menu.addSeparator()
        self._action(help_menu, "about", self.tr("&Over vpdesk"))

    def set_vault_open(self, is_open: bool) -> None:
        """What needs an open vault is enabled only then; restoring a backup works also on a new laptop."""
        for name in ("backup", "passphrase", "renew", "lock"):
            self.menu_actions[name].setEnabled(is_open)
        for action in self.page_actions.values():
            action.setEnabled(is_open)

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

    def show_reminder(self, text: str) -> None:
        self.reminder.setText(text)
        self.reminder.setVisible(bool(text))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_open = False
        self.closing.emit()  # the controller saves and locks before the window goes, or says keep_open
        if self.keep_open:
            event.ignore()
            return
        super().closeEvent(event)
