"""Findings of the second new-user trial (ids reused, blank conversations, closing dates, restoring a folder), in
the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from vpdesk.domain.model import CaseStatus, Outcome
from vpdesk.services import cases
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.dialogs.restore_dialog import RestoreDialog

from .conftest import PASSPHRASE, create_vault, desk_of


def _new_case(qtbot: QtBot, c: Controller, monkeypatch: pytest.MonkeyPatch) -> tuple[DeskController, int]:
    def fake_exec(dialog: NewCaseDialog) -> int:
        dialog.check("oo.pesten")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCaseDialog, "exec", fake_exec)
    d = desk_of(c)
    qtbot.keyClick(c.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    case_id = d.page.case_view.case_id
    assert case_id is not None
    return d, case_id


def test_the_close_dialog_offers_only_dates_from_the_opening_to_today(qtbot: QtBot) -> None:
    dialog = CloseCaseDialog(date(2026, 11, 28), opened=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.on.setDate(QDate(2029, 11, 30))
    assert dialog.result_values()[1] == date(2026, 11, 28)
    dialog.on.setDate(QDate(2020, 1, 1))
    assert dialog.result_values()[1] == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("on", "sentence"),
    [
        (date(2029, 11, 30), "A case cannot be closed on a day still to come (2029-11-30)."),
        (date(2020, 1, 1), "A case cannot be closed before the day it was opened (2026-11-28)."),
    ],
)
def test_closing_on_a_date_outside_the_case_is_refused(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, on: date, sentence: str
) -> None:
    create_vault(qtbot, controller)
    d, case_id = _new_case(qtbot, controller, monkeypatch)
    monkeypatch.setattr(CloseCaseDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(CloseCaseDialog, "result_values", lambda _dialog: (Outcome.ADVISED, on))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    d.page.case_view.close_button.click()
    assert warnings == [sentence]  # the tests run untranslated; tests/test_known_errors.py checks the Dutch
    assert cases.detail(controller.session.vault, case_id).case.status == CaseStatus.OPEN


def test_restoring_a_folder_from_the_menu_is_one_sentence(qtbot: QtBot, controller: Controller, tmp_path: Path) -> None:
    c = controller
    create_vault(qtbot, c)
    c.menu.restore()
    dialog = c.menu.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.path.setText(str(tmp_path))
    dialog.secret.setText(PASSPHRASE)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.error.text() == f"{tmp_path} is a folder; choose the backup file (.vpbak) in it."
    assert not [p for p in c.session.home.iterdir() if p.name.startswith("replaced-")]


def test_a_blank_conversation_is_dropped_when_left_or_locked(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Decision 109: a new conversation (45 minutes, the policy's default) left without notes is not a contact."""
    c = controller
    create_vault(qtbot, c)
    _, first = _new_case(qtbot, c, monkeypatch)  # a new case starts with a new conversation
    qtbot.keyClick(c.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    vault = c.session.vault
    assert [x.duration_min for x in cases.detail(vault, first).conversations] == [c.settings.conversation_minutes]
    _, second = _new_case(qtbot, c, monkeypatch)  # leaving the first case
    assert cases.detail(vault, first).conversations == []
    assert len(cases.detail(vault, second).conversations) == 1
    c.lock()
    c.session.unlock(PASSPHRASE)
    assert cases.detail(c.session.vault, second).conversations == []
    assert c.session.vault.contact_stats.rows(2026) == []  # nothing counted
