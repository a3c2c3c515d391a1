"""The case lifecycle in the app: the meldproces tracker never loses an edit (switching case, locking, a killed
process), its calendars open at today, a closed case is read-only until Heropenen, deletions undo with Ctrl+Z,
destruction asks once and says that backups still hold the case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.services.rawpages import files_holding
from tests.ui.conftest import NOW, PASSPHRASE, create_vault, desk_of
from vpdesk.domain.meldproces import FormalReport, ReportKind
from vpdesk.domain.model import Outcome
from vpdesk.services import cases
from vpdesk.store.vault import Vault
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog


def _two_cases(qtbot: QtBot, c: Controller) -> DeskController:
    create_vault(qtbot, c)
    d = desk_of(c)
    vault = c.session.vault
    for name in ("Een", "Twee"):
        case = cases.add_case(vault, ["oo.pesten"], NOW().date(), "", name)
        cases.start_conversation(vault, case.id or 0, NOW(), duration_min=30, notes=f"notitie van {name}")
    vault.formal_reports.save(FormalReport(1, ReportKind.INTEGRITEIT))
    d.model.reload()
    d.open_case(1, select_in_list=True)
    return d


def test_the_tracker_is_saved_when_switching_case_and_when_locking(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    panel = d.page.case_view.meldproces
    qtbot.keyClicks(panel.procesbegeleider, "P&O-adviseur")
    d.open_case(2)  # at once, before the autosave delay
    assert c.session.vault.formal_reports.for_case(1)[0].procesbegeleider == "P&O-adviseur"
    d.open_case(1)
    panel.dates["reported_on"].setDate(panel.dates["reported_on"].date().addYears(26))  # 2026-01-01
    panel.procesbegeleider.setText("vertrouwenspersoon")
    home = c.session.home
    c.lock()
    with Vault.unlock(home, PASSPHRASE) as vault:
        report = vault.formal_reports.for_case(1)[0]
        assert (report.reported_on, report.procesbegeleider) == (date(2026, 1, 1), "vertrouwenspersoon")


def test_the_tracker_is_saved_when_quitting(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    d.page.case_view.meldproces.procesbegeleider.setText("bij afsluiten")
    home = c.session.home
    c.window.close()
    assert not c.session.is_open
    with Vault.unlock(home, PASSPHRASE) as vault:
        assert vault.formal_reports.for_case(1)[0].procesbegeleider == "bij afsluiten"


def test_the_tracker_saves_itself(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    qtbot.keyClicks(d.page.case_view.meldproces.procesbegeleider, "HR")
    qtbot.waitUntil(lambda: c.session.vault.formal_reports.for_case(1)[0].procesbegeleider == "HR", timeout=3000)
    assert d.page.case_view.meldproces.saved.text().startswith("Bewaard om")


def test_a_refused_tracker_date_stays_on_screen_with_the_reason(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    panel = d.page.case_view.meldproces
    panel.dates["reported_on"].setDate(panel.dates["reported_on"].date().addYears(40))  # 2040: in the future
    assert d.save() is not None
    assert panel.saved.text().startswith("Niet bewaard")
    assert panel.dates["reported_on"].date().year() == 2040
    assert c.session.vault.formal_reports.for_case(1)[0].reported_on is None


@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing the keyboard)")  # the popup, offscreen
def test_an_empty_date_opens_its_calendar_at_today(qtbot: QtBot, controller: Controller) -> None:
    d = _two_cases(qtbot, controller)
    view = d.page.case_view
    view.tabs.setCurrentWidget(view.meldproces)
    edit = view.meldproces.dates["feedback_on"]
    calendar = edit.calendarWidget()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 5, edit.height() // 2))  # the arrow
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert (calendar.yearShown(), calendar.monthShown()) == (NOW().year, NOW().month)
    assert edit.date() == view.meldproces.dates["reported_on"].date()  # still empty: nothing chosen yet
    calendar.window().close()


def test_a_closed_case_is_read_only_until_reopened(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    cases.close_case(c.session.vault, 1, Outcome.ADVISED, NOW().date(), 12, today=NOW().date())
    d.open_case(2)
    d.open_case(1)
    view = d.page.case_view
    assert view.read_only and view.reopen_button.isVisible() and not view.close_button.isVisible()
    assert view.editor.notes.isReadOnly() and not view.editor.duration.isEnabled()
    assert not view.meldproces.form_widget.isEnabled() and not view.new_button.isVisible()
    assert "alleen te lezen" in view.state_note.text() and "28-11-2027" in view.state_note.text()
    qtbot.keyClick(c.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(c.session.vault.conversations.for_case(1)) == 1
    view.reopen_button.click()
    assert not view.read_only and not view.editor.notes.isReadOnly() and view.close_button.isVisible()
    assert c.session.vault.cases.get(1).destroy_on is None


def test_delete_and_undo_with_ctrl_z(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    view = d.page.case_view
    view.timeline.setFocus()
    view.timeline.setCurrentRow(0)
    qtbot.keyClick(view.timeline, Qt.Key.Key_Delete)
    assert c.session.vault.conversations.for_case(1) == [] and view.timeline.count() == 0
    qtbot.keyClick(view.timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [v.notes for v in c.session.vault.conversations.for_case(1)] == ["notitie van Een"]
    assert view.timeline.count() == 1


def test_edit_case_from_the_app(qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    c = controller
    d = _two_cases(qtbot, c)

    def fake_exec(dialog: NewCaseDialog) -> int:
        assert dialog.windowTitle() == "Zaak bewerken" and dialog.pseudonym.text() == "Een"
        dialog.pseudonym.setText("Eén-b")
        dialog.position.setCurrentIndex(2)
        dialog.gender.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCaseDialog, "exec", fake_exec)
    d.page.case_view.editor.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(d.page.case_view.editor.notes, " en nog iets")  # typed, not yet autosaved
    qtbot.keyClick(c.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert d.page.case_view.editor.notes.toPlainText() == "notitie van Een en nog iets"
    assert c.session.vault.conversations.for_case(1)[0].notes == "notitie van Een en nog iets"
    case = c.session.vault.cases.get(1)
    assert case.position is not None and case.gender is not None
    assert d.page.case_view.title.text() == "Eén-b" and "vrouw" in d.page.case_view.details.text()


def test_destroy_asks_once_and_names_the_backups(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = _two_cases(qtbot, c)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", answer)
    d.actions.run("destroy")  # an open case: refused, one sentence
    assert (asked and "still open" in asked[0]) or "nog open" in asked[0]
    asked.clear()
    cases.close_case(c.session.vault, 1, Outcome.ADVISED, NOW().date(), 12, today=NOW().date())
    d.open_case(2)
    d.open_case(1)
    d.actions.run("destroy")
    assert len(asked) == 1 and "Oudere back-ups bevatten de zaak nog" in asked[0]
    assert d.page.case_view.case_id is None
    qtbot.waitUntil(lambda: c.session.vault.cases.count() == 1, timeout=3000)
    qtbot.waitUntil(lambda: d.model.row_of(1) is None and d.model.row_of(2) is not None, timeout=3000)
    home = c.session.home
    c.lock()  # the app's own path (write lane, reader lane) leaves no page of any file holding the case
    with Vault.unlock(home, PASSPHRASE) as vault:
        key = vault.slots.database_keys(vault.master_key_for_backup())[0]
        db = vault.paths.db
        assert vault.search.notes("notitie Een") == [] and vault.clients.by_pseudonym("Een") is None
    assert files_holding(db, key, b"notitie van Een") == [] and files_holding(db, key, b"notitie van Twee")


def test_the_advisers_own_support_is_not_offered_as_a_referral(qtbot: QtBot, controller: Controller) -> None:
    d = _two_cases(qtbot, controller)
    d.tools.classify({})
    choice = d.page.case_view.guide.route_choice
    offered = [choice.itemData(i) for i in range(choice.count())]
    assert "vp" not in offered and offered[0] is None  # only the "choose a route" line
    assert any(a.route.id == "vp" for a in d.tools.advice)  # still shown as advice: always available


def test_destroy_names_the_vaults_a_restore_kept_and_deletes_them_when_asked(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review point 4: the replaced vault a restore kept still holds the case; the dialog names it and offers to
    delete it with the case."""
    c = controller
    d = _two_cases(qtbot, c)
    kept = c.session.home / "replaced-20260101-120000"
    kept.mkdir()
    (kept / "vault.db").write_bytes(b"the vault before the restore")
    warned: list[str] = []
    asked: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        warned.append(text)
        return QMessageBox.StandardButton.Yes

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "question", question)
    cases.close_case(c.session.vault, 1, Outcome.ADVISED, NOW().date(), 12, today=NOW().date())
    d.open_case(1)
    d.actions.run("destroy")
    assert len(warned) == 1 and str(kept) in warned[0] and len(asked) == 1
    qtbot.waitUntil(lambda: c.session.vault.cases.count() == 1 and not kept.exists(), timeout=3000)
    assert c.session.write(lambda db: db.audit.entries(1))[0].action == "delete-replaced"
