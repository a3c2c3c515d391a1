"""Alt+letter does what its underlined letter says: no two visible controls share a letter, in Dutch or English, on
any page, step or tab of the window (with its menu bar, which takes Alt+letter too), inside any menu, or in any
dialog the app builds. The walk fails when a dialog class exists that it did not open, so a new dialog is covered."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

import vpdesk.ui
from vpdesk.app import build
from vpdesk.domain.model import Referral
from vpdesk.policy import Settings
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.application import install_translation
from vpdesk.ui.controller import Controller
from vpdesk.ui.dialogs.agenda_dialog import AgendaDialog
from vpdesk.ui.dialogs.pool_login_dialog import PoolLoginDialog
from vpdesk.ui.dialogs.referral_dialog import ReferralDialog
from vpdesk.ui.dialogs.renew_keys_dialog import NewCodeDialog, RenewKeysDialog
from vpdesk.ui.dialogs.unsaved_dialog import UnsavedDialog
from vpdesk.ui.dialogs.work_dialog import WorkDialog

from .conftest import desk_of

BASES_ONLY = {WorkDialog}  # never shown as such: its subclasses (back-up, restore, passphrase) are


def _letter(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters used twice among what is visible in ``root`` (a window also counts its menu bar)."""
    QApplication.processEvents()
    seen: dict[str, list[str]] = {}
    widgets: list[QAbstractButton | QLabel | QGroupBox] = [
        *root.findChildren(QAbstractButton),
        *root.findChildren(QLabel),
        *root.findChildren(QGroupBox),
    ]
    for w in widgets:
        if isinstance(w, QLabel) and w.textFormat() == Qt.TextFormat.RichText:
            continue  # rich text has no mnemonic: "&amp;" in a route card is an ampersand
        text = w.title() if isinstance(w, QGroupBox) else w.text()
        if w.isVisible() and (letter := _letter(text)):
            seen.setdefault(letter, []).append(text)
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisible():
            for i in range(tabs.count()):
                if letter := _letter(tabs.tabText(i)):
                    seen.setdefault(letter, []).append("tab " + tabs.tabText(i))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.isVisible() and (letter := _letter(action.text())):
                seen.setdefault(letter, []).append("menu " + action.text())
    return {k: v for k, v in seen.items() if len(v) > 1}


def _menu_clashes(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for menu in window.menuBar().findChildren(QMenu):
        seen: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isVisible() and (letter := _letter(action.text())):
                seen.setdefault(letter, []).append(action.text())
        if clash := {k: v for k, v in seen.items() if len(v) > 1}:
            found["menu " + menu.title()] = clash
    return found


def _dialog_classes() -> set[type[QDialog]]:
    """Every dialog class vpdesk.ui defines."""
    for info in pkgutil.walk_packages(vpdesk.ui.__path__, "vpdesk.ui."):
        importlib.import_module(info.name)
    out: set[type[QDialog]] = set()
    todo: list[type[QDialog]] = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("vpdesk."):
                out.add(sub)
    return out


@pytest.fixture(params=["nl", "en"])
def app_in(request: pytest.FixtureRequest, qapp: QApplication, home: Path) -> Iterator[Controller]:
    install_translation(qapp, request.param)
    c = build(qapp, home, Settings())
    c.start()
    c.window.resize(1280, 800)
    c.window.show()
    yield c
    c.quit()
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
        t.deleteLater()


def test_no_two_visible_controls_share_an_alt_letter_anywhere(
    app_in: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = app_in
    found: dict[str, dict[str, list[str]]] = dict(_menu_clashes(c.window))
    # the gates: every step of the first start (the recovery code step had Alt+B twice), the unlock page
    for step in range(c.setup.steps.count()):
        c.setup.steps.setCurrentIndex(step)
        found[f"setup step {step + 1}"] = _clashes(c.window)
    c.window.show_page("unlock")
    found["unlock"] = _clashes(c.window)
    # the open vault: every page and every tab of the case view
    c.session.open_practice(date(2026, 11, 28), params=Argon2Params(8192, 1, 1))
    c._opened()
    desk = desk_of(c)
    desk.open_case(desk.model.case_id(0) or 1, select_in_list=True)
    found["desk"] = _clashes(c.window)
    for tabs in desk.page.case_view.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found[f"desk / {tabs.tabText(i)}"] = _clashes(c.window)
    for key in ("guide", "rooms", "stats"):
        c.window.show_work(key)
        found[key] = _clashes(c.window)
    c.window.show_work("desk")

    # every dialog, opened the way the app opens it where a click can do that here, else built as the app builds it
    opened: set[type[QDialog]] = set()

    def look(dialog: QDialog) -> int:
        dialog.show()
        found[f"dialog {type(dialog).__name__}: {dialog.windowTitle()}"] = _clashes(dialog)
        opened.add(type(dialog))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", look)
    monkeypatch.setattr(QDialog, "open", look)
    for ask in (c.menu.backup, c.menu.restore, c.menu.change_passphrase, c.menu.edit_settings, c.menu.manual,
                c.menu.shortcuts, c.menu.about, c.recover, desk.new_case, desk.close_case, desk.actions.edit,
                desk.actions.hold, desk.actions.follow_up, desk.actions.show_audit):  # fmt: skip
        ask()
    case_id = desk.page.case_view.case_id or 1
    today = date(2026, 11, 28)
    for dialog in (
        AgendaDialog([], {}, c.window),
        PoolLoginDialog(c.window),
        ReferralDialog(Referral(case_id, "raba", today, "notitie", id=1), {"raba": "RABA"}, c.window),
        RenewKeysDialog(c.window, [Path.home() / "vervangen"]),
        NewCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", today, c.window),
        NewCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", today, c.window, interrupted=True),
        UnsavedDialog("Case 1 is closed; reopen it to change it.", "getypte tekst", c.window),
    ):
        look(dialog)
        dialog.deleteLater()
    missing = sorted(cls.__name__ for cls in _dialog_classes() - opened - BASES_ONLY)
    assert not missing, f"dialogs the walk did not open: {missing}"
    clashes = {where: clash for where, clash in found.items() if clash}
    assert not clashes, "\n".join(f"{w}: {c}" for w, c in clashes.items())
