"""First start (passphrase meter, code typed back before the vault exists), the recovery sheet, and recovery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from vpdesk.store.vault import Vault
from vpdesk.ui.controller import Controller
from vpdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from vpdesk.ui.recovery_sheet import print_recovery_sheet

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


def _printer_to(target: Path) -> Callable[[QPrinter, QWidget | None], bool]:
    """Stands in for the print dialog: the adviser picks a printer, here one that prints into ``target``."""

    def ask(printer: QPrinter, _parent: QWidget | None) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    return ask


def test_recovery_sheet_prints_the_code_and_the_word_to_keep_the_paper_safe(
    tmp_path: Path, qapp: QApplication, pdf_text: Callable[..., str]
) -> None:
    target = tmp_path / "what-the-printer-got.pdf"
    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    assert print_recovery_sheet(None, code, date(2026, 11, 28), ask=_printer_to(target), printers=lambda: True)
    assert target.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf_text(target).split())
    assert code in text and "28-11-2026" in text and "Herstelcode" in text
    assert "veilige plek" in text and "Maak geen foto" in text
    assert not print_recovery_sheet(None, code, date(2026, 11, 28), ask=lambda _p, _w: False, printers=lambda: True)


def test_without_a_printer_the_sheet_says_to_copy_the_code_by_hand(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    asked: list[QPrinter] = []

    def ask(printer: QPrinter, _parent: QWidget | None) -> bool:
        asked.append(printer)
        return True

    code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    assert not print_recovery_sheet(None, code, date(2026, 11, 28), ask=ask, printers=lambda: False)
    assert asked == [] and len(said) == 1 and "met de hand" in said[0]


def test_the_setup_page_prints_the_sheet_and_writes_no_file(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 15 point 3: no "save as PDF" with a default name in the home folder; the print dialog, without its
    print-to-file choice."""
    c = controller
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    seen: list[bool] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        seen.append(dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        _printer_to(tmp_path / "paper.pdf")(dialog.printer(), None)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    monkeypatch.setattr("vpdesk.ui.recovery_sheet.has_printer", lambda: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("a file dialog was offered"))
    c.setup.code = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    assert not hasattr(c.setup, "pdf_button")
    c.setup.print_button.click()
    assert seen == [False]
    assert (tmp_path / "paper.pdf").read_bytes().startswith(b"%PDF")
    assert list((tmp_path / "home").iterdir()) == []


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
