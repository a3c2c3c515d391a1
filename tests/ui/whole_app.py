"""The whole app as `vpdesk` builds it (desk, rooms, annual figures), in a chosen language, with a demo vault open.

For the tests that walk every page: the keyboard walk, the language check, the small screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from vpdesk.app import build
from vpdesk.policy import Settings
from vpdesk.services import reminders
from vpdesk.services.demo import populate
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.application import install_translation
from vpdesk.ui.controller import Controller

PASSPHRASE = "paard batterij niet vandaag"
TODAY = date(2026, 11, 26)  # a Thursday: the rooms page shows this week


def now() -> datetime:
    return datetime(2026, 11, 26, 9, 40)


@contextmanager
def translated(app: QApplication, language: str) -> Iterator[None]:
    """The UI in ``language`` for the duration; Qt's and ours are removed again afterwards."""
    before = set(app.findChildren(QTranslator))
    install_translation(app, language)
    try:
        yield
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()


@contextmanager
def whole_app(qtbot: QtBot, home: Path, language: str, cases: int = 12) -> Iterator[Controller]:
    """The built app in ``language``, its vault open with ``cases`` made-up cases and the case list read."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with translated(app, language):
        c = build(app, home, Settings(autosave_seconds=0.3, language=language), now=now)
        qtbot.addWidget(c.window)
        c.session.create(PASSPHRASE, "A" * 32, params=Argon2Params(8192, 1, 1))
        populate(c.session.vault, n_cases=cases, conversations_per_case=2, seed=3, today=TODAY)
        reminders.agenda_opens_today(c.session.vault, TODAY)  # the agenda (due: the demo's old cases) was seen today
        c.start()
        c.window.show()
        c._opened()
        desk = c.page("desk")
        qtbot.waitUntil(lambda: desk.model.rowCount() == cases and not desk.model.loading)  # type: ignore[attr-defined]
        c.tasks.wait()
        try:
            yield c
        finally:
            c.tasks.wait()
            c.lock()
            app.removeEventFilter(c.idle)
