"""First start (passphrase meter, code typed back before the vault exists), the recovery sheet, and recovery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from vpdesk.store.vault import Vault
from vpdesk.ui.controller import Controller
from vpdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vpdesk.ui.recovery_sheet import write_recovery_sheet

from .conftest import PASSPHRASE, create_vault


def test_the_meter_refuses_weak_or_mismatched_passphrases(qtbot: QtBot, controller: Controller) -> None:
    field, next_button = controller.setup.passphrase, controller.setup.next_button
    field.first.setText("Xk9#mQ2!vL")  # short, whatever its classes
    field.repeat.setText("Xk9#mQ2!vL")
    assert not next_button.isEnabled() and "15 tekens" in field.advice.text()
    assert field.meter.value() <= 2
    field.first.setText(PASSPHRASE)
    assert not next_button.isEnabled() and "verschillen" in field.advice.text()
    field.repeat.setText(PASSPHRASE)
    assert next_button.isEnabled() and field.meter.value() >= 3
    qtbot.keyClick(field.repeat, Qt.Key.Key_Return)  # Enter goes on, like the button
    assert controller.setup.steps.currentIndex() == 1 and controller.setup.code


def test_no_vault_exists_until_the_code_is_typed_back(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    c.setup.passphrase.first.setText(PASSPHRASE)
    c.setup.passphrase.repeat.setText(PASSPHRASE)
    c.setup.next_button.click()
    shown = c.setup.code_label.text()
    assert shown == c.setup.code and len(shown.split("-")) == 8
    c.setup.saved_button.click()
    c.setup.group_a.setText("ABCD")
    c.setup.group_b.setText("EFGH")
    c.setup.create_button.click()
    assert "klopt niet" in c.setup.confirm_error.text()
    assert not c.session.has_vault() and not c.session.is_open
    groups = shown.split("-")
    c.setup.group_a.setText(groups[c.setup.groups[0]])
    c.setup.group_b.setText(groups[c.setup.groups[1]])
    qtbot.keyClick(c.setup.group_b, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.session.is_open, timeout=10_000)
    assert c.session.has_vault()
    # the code and the passphrase are gone from the widgets once the vault exists
    assert c.setup.code == "" and c.setup.code_label.text() == "" and c.setup.passphrase.passphrase() == ""


def test_recovery_sheet_is_a_pdf_with_the_code(
    tmp_path: Path, qapp: QApplication, pdf_text: Callable[..., str]
) -> None:
    target = tmp_path / "herstelcode.pdf"
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    write_recovery_sheet(str(target), code, date(2026, 11, 28))
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert code in text and "28-11-2026" in text and "Herstelcode" in text


def test_forgotten_passphrase_recovers_with_the_code(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    c = controller
    code = create_vault(qtbot, c)
    c.lock()
    new = "een nieuwe zin voor de kluis"

    def fill(dialog: RecoveryDialog) -> int:
        dialog.code.setText(code.lower())
        dialog.passphrase.first.setText(new)
        dialog.passphrase.repeat.setText(new)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", fill)
    c.unlock.forgot_button.click()
    qtbot.waitUntil(lambda: c.session.is_open and c.window.current_page() == "work", timeout=10_000)
    c.lock()
    with Vault.unlock(home, new) as vault:  # the new passphrase opens the vault
        assert vault.is_open


def test_a_wrong_recovery_code_says_so(qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    c = controller
    create_vault(qtbot, c)
    c.lock()

    def fill(dialog: RecoveryDialog) -> int:
        dialog.code.setText("AAAA-" * 7 + "AAAA")
        dialog.passphrase.first.setText("een nieuwe zin voor de kluis")
        dialog.passphrase.repeat.setText("een nieuwe zin voor de kluis")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryDialog, "exec", fill)
    c.unlock.forgot_button.click()
    qtbot.waitUntil(lambda: bool(c.unlock.error.text()), timeout=10_000)
    assert c.unlock.error.text() == "Wrong recovery code."
    assert not c.session.is_open and c.unlock.field.isEnabled()


def test_the_passphrase_form_does_not_jump_and_creating_says_what_it_does(qtbot: QtBot, controller: Controller) -> None:
    controller.window.resize(1280, 800)
    field = controller.setup.passphrase
    field.first.setText("een lange wachtwoordzin voor de kluis")
    QApplication.processEvents()
    # the label reserves room for its advice, so the form below it never moves (at the field's width, 380 px)
    reserved = field.advice.minimumHeight()
    assert field.advice.heightForWidth(380) <= reserved
    field.repeat.setText("een andere wachtwoordzin")
    QApplication.processEvents()
    assert "verschillen" in field.advice.text() and field.advice.heightForWidth(380) <= reserved
    controller.setup.set_busy(True)
    assert not controller.setup.busy_text.isHidden() and "paar seconden" in controller.setup.busy_text.text()
    controller.setup.set_busy(False)
    assert controller.setup.busy_text.isHidden()
