"""Composition root: builds the services and the main window, wires them. Nothing else (no Qt of its own)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from vpdesk import resources
from vpdesk.errors import KnownError
from vpdesk.policy import Settings
from vpdesk.services.guide import load_rules
from vpdesk.services.session import Session, default_home, load_settings
from vpdesk.ui.application import (
    claim_single_instance,
    install_translation,
    make_application,
    show_already_running,
    show_fatal,
)

if TYPE_CHECKING:
    from vpdesk.ui.application import QApplication
    from vpdesk.ui.controller import Controller

__all__ = ["build", "install_translation", "load_settings", "main"]
log = logging.getLogger(__name__)


def build(
    app: QApplication,
    home: Path,
    settings: Settings,
    now: Callable[[], datetime] = datetime.now,
    session: Session | None = None,
) -> Controller:
    """Build the services, the pages of the open vault and the controller that drives them.

    Pages are VaultPage objects (vpdesk/ui/pages/base.py), shown in this order; add a page by appending it here.
    ``session``: the one to keep (a new language rebuilds the window over the open vault).
    """
    from vpdesk.ui.clipboard import ClipboardGuard
    from vpdesk.ui.controller import Controller
    from vpdesk.ui.desk_controller import DeskController
    from vpdesk.ui.guide_controller import GuideController
    from vpdesk.ui.idle import IdleWatcher
    from vpdesk.ui.os_lock import OsLockWatcher
    from vpdesk.ui.pages.base import VaultPage
    from vpdesk.ui.rooms_controller import RoomsController
    from vpdesk.ui.stats_controller import StatsController
    from vpdesk.ui.tasks import Tasks

    guide = load_rules(settings)
    session = session or Session(home, cache_mib=settings.vault_cache_mib)
    tasks = Tasks()
    idle = IdleWatcher(settings.idle_lock_minutes * 60)
    app.installEventFilter(idle)
    desk = DeskController(session, settings, resources.taxonomy(), tasks, guide.rules, now)
    rooms = RoomsController(session, settings, tasks, now)
    wegwijzer = GuideController(guide.rules, tasks, settings.language, now)  # the guide without a case
    pages: list[VaultPage] = [desk, wegwijzer, rooms, StatsController(session, settings, tasks, guide.rules, now)]
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
    controller.menu.settings_changed.connect(lambda new: _relaunch(app, controller, new, now))
    return controller


def _relaunch(app: QApplication, old: Controller, settings: Settings, now: Callable[[], datetime]) -> Controller | None:
    """A new language, applied at once: the window is built again in it over the same session (the vault stays
    open, the adviser stays where they were), and the old window goes."""
    if settings.language == old.language:
        return None
    state = old.hand_over()
    app.aboutToQuit.disconnect(old.quit)
    app.removeEventFilter(old.idle)
    install_translation(app, settings.language)
    new = build(app, old.session.home, settings, now, session=old.session)
    new.window.setGeometry(old.window.geometry())
    new.window.show()
    new.take_over(*state)
    old.window.hide()
    old.window.deleteLater()
    old.deleteLater()
    _current[0] = new
    return new


_current: list[Controller | None] = [None]  # the controller of the window shown now (main() keeps it alive)


def main() -> int:
    from vpdesk.hardening import harden_process
    from vpdesk.policy import policy_wipes_memory

    harden_process(policy_wipes_memory())  # also when started without `vpdesk` (__main__ did it: harmless twice)
    app = make_application()
    home = default_home()
    try:
        settings = load_settings(home)
    except KnownError as exc:  # a bad policy file
        from vpdesk.ui.errors import describe

        return show_fatal(app, describe(exc))
    instance = claim_single_instance(home)  # held until the app exits
    if instance is None:
        return show_already_running(app, settings.language)
    install_translation(app, settings.language)
    controller = build(app, home, settings)
    _current[0] = controller
    controller.start()
    controller.window.show()
    return app.exec()
