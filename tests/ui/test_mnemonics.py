"""Alt+letter does what its underlined letter says: no two visible controls share a letter, in Dutch or English,
on any page or tab an adviser sees."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget

from vpdesk.app import build
from vpdesk.policy import Settings
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.application import install_translation
from vpdesk.ui.controller import Controller

from .conftest import desk_of


def _letter(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _clashes(c: Controller) -> dict[str, list[str]]:
    QApplication.processEvents()
    seen: dict[str, list[str]] = {}
    widgets: list[QAbstractButton | QLabel | QGroupBox] = [
        *c.window.findChildren(QAbstractButton),
        *c.window.findChildren(QLabel),
    ]
    for w in widgets + c.window.findChildren(QGroupBox):
        if isinstance(w, QLabel) and w.textFormat() == Qt.TextFormat.RichText:
            continue  # rich text has no mnemonic: "&amp;" in a route card is an ampersand
        if w.isVisible() and (letter := _letter(w.title() if isinstance(w, QGroupBox) else w.text())):
            seen.setdefault(letter, []).append(w.title() if isinstance(w, QGroupBox) else w.text())
    for tabs in c.window.findChildren(QTabWidget):
        if tabs.isVisible():
            for i in range(tabs.count()):
                if letter := _letter(tabs.tabText(i)):
                    seen.setdefault(letter, []).append("tab " + tabs.tabText(i))
    return {k: v for k, v in seen.items() if len(v) > 1}


@pytest.fixture(params=["nl", "en"])
def app_in(request: pytest.FixtureRequest, qapp: QApplication, home: Path) -> Iterator[Controller]:
    install_translation(qapp, request.param)
    c = build(qapp, home, Settings())
    c.start()
    c.window.resize(1280, 800)
    c.window.show()
    c.session.open_practice(date(2026, 11, 28), params=Argon2Params(8192, 1, 1))
    c._opened()
    yield c
    c.quit()
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
        t.deleteLater()


def test_no_two_visible_controls_share_an_alt_letter(app_in: Controller) -> None:
    c = app_in
    desk = desk_of(c)
    desk.open_case(desk.model.case_id(0) or 1, select_in_list=True)
    found = {"desk": _clashes(c)}
    for tabs in desk.page.case_view.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found[f"desk / {tabs.tabText(i)}"] = _clashes(c)
    for key in ("guide", "rooms", "stats"):
        c.window.show_work(key)
        found[key] = _clashes(c)
    clashes = {where: clash for where, clash in found.items() if clash}
    assert not clashes, "\n".join(f"{w}: {c}" for w, c in clashes.items())
