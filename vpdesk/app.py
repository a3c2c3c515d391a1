"""Composition root: builds the services and the main window, wires them. Nothing else."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from vpdesk import resources
from vpdesk.errors import KnownError
from vpdesk.policy import Settings, effective_settings, load_policy
from vpdesk.services.session import Session, UserSettings
from vpdesk.store.paths import default_home

log = logging.getLogger(__name__)


def _qt_messages(mode: object, context: object, message: str) -> None:
    # Qt's own warnings go to our log, never to the terminal; they carry no case content.
    log.debug("qt: %s", message.split("\n", 1)[0][:200])


def load_settings(home: Path) -> Settings:
    policy, org = load_policy()
    return effective_settings(UserSettings(home / "settings.json").load(), policy, org)


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Dutch is the UI's source language; vpdesk_en.qm translates it to English and vpdesk_nl.qm translates the
    (English) sentences of KnownError to Dutch."""
    if language not in ("nl", "en"):
        language = "nl"
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt = QTranslator(app)  # Qt's own words: the Cancel and Close of standard buttons, context menus
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
    translator = QTranslator(app)
    if translator.load(str(resources.path(f"i18n/vpdesk_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    log.warning("no translation for language %s", language)
    return None


def build(app: QApplication, home: Path, settings: Settings, now: Callable[[], datetime] = datetime.now):  # type: ignore[no-untyped-def]
    """Build the services, the pages of the open vault and the controller that drives them.

    Pages are VaultPage objects (vpdesk/ui/pages/base.py), shown in this order; add a page by appending it here.
    """
    from vpdesk.services.guide import GuideRules
    from vpdesk.ui.clipboard import ClipboardGuard
    from vpdesk.ui.controller import Controller
    from vpdesk.ui.desk_controller import DeskController
    from vpdesk.ui.idle import IdleWatcher
    from vpdesk.ui.os_lock import OsLockWatcher
    from vpdesk.ui.pages.base import VaultPage
    from vpdesk.ui.rooms_controller import RoomsController
    from vpdesk.ui.stats_controller import StatsController
    from vpdesk.ui.tasks import Tasks

    override = Path(settings.guide_override) if settings.guide_override else None
    guide = GuideRules().load(override)
    session = Session(home)
    tasks = Tasks()
    idle = IdleWatcher(settings.idle_lock_minutes * 60)
    app.installEventFilter(idle)
    desk = DeskController(session, settings, resources.taxonomy(), tasks, guide.rules, now)
    rooms = RoomsController(session, settings, tasks, now)
    pages: list[VaultPage] = [desk, rooms, StatsController(session, settings, tasks, guide.rules, now)]
    clipboard = ClipboardGuard(settings.clipboard_clear_seconds)
    controller = Controller(session, settings, tasks, idle, clipboard, pages, now)
    OsLockWatcher(parent=controller).lock_requested.connect(lambda _why: controller.lock())

    def plan(case_id: int, label: str) -> None:
        rooms.plan_for_case(case_id, label)
        controller.window.show_work(rooms.key)

    desk.plan_requested.connect(plan)
    if guide.error:  # the last good rules stay in use; say which file is wrong and where
        controller.window.show_notice(guide.error)
    app.aboutToQuit.connect(controller.quit)
    return controller


def main() -> int:
    qInstallMessageHandler(_qt_messages)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("vpdesk")
    app.setOrganizationName("vpdesk")
    home = default_home()
    try:
        settings = load_settings(home)
    except KnownError as exc:  # a bad policy file: say so in the default language, Dutch
        from vpdesk.ui.errors import describe

        install_translation(app, "nl")
        QMessageBox.critical(None, "vpdesk", describe(exc))
        return 1
    install_translation(app, settings.language)
    controller = build(app, home, settings)
    controller.start()
    controller.window.show()
    return app.exec()
