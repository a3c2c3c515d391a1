"""Pluggable pages, locking with a dialog open, quitting saves, closing a case, keyboard and responsiveness."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import UnionType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vpdesk.domain.model import CaseStatus, ContactKind, Outcome
from vpdesk.policy import Settings
from vpdesk.resources import taxonomy
from vpdesk.services.guide import GuideRules
from vpdesk.services.session import Session
from vpdesk.store.vault import Vault
from vpdesk.ui.clipboard import ClipboardGuard
from vpdesk.ui.controller import Controller
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.close_case_dialog import CloseCaseDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.idle import IdleWatcher
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.tasks import Tasks

from .conftest import NOW, PASSPHRASE, create_vault, desk_of

MARKER = "WOMBATMARKER-71"


class ExtraPage(VaultPage):
    """A page like the coming rooms or coordinator pages: shows something from the vault."""

    key = "extra"

    def __init__(self, session: Session) -> None:
        self.session = session
        self.field = QLineEdit()
        self.field.setAccessibleName("extra")
        super().__init__(self.field)
        self.events: list[object] = []

    def title(self) -> str:
        return "Extra"

    def shortcuts(self) -> list[Shortcut]:
        return [("Ctrl+R", lambda: self.events.append("shortcut"))]

    def opened(self) -> None:
        self.field.setText(self.session.vault.settings.get("marker") or "")
        self.events.append("opened")

    def restore(self, place: object) -> None:
        self.events.append(("restore", place))

    def save(self) -> str | None:
        self.events.append("save")
        return None

    def place(self) -> object:
        return "where I was"

    def locked(self) -> None:
        self.field.clear()
        self.events.append("locked")


def _build(home: Path, pages_after_desk: Sequence[Callable[[Session], VaultPage]] = ()) -> Controller:
    settings = Settings(autosave_seconds=0.3)
    session, tasks = Session(home), Tasks()
    desk = DeskController(session, settings, taxonomy(), tasks, GuideRules().load().rules, now=NOW)
    extra = [make(session) for make in pages_after_desk]
    idle = IdleWatcher(300, poll_ms=60_000)
    return Controller(session, settings, tasks, idle, ClipboardGuard(30), [desk, *extra], NOW)


@pytest.fixture
def two_pages(qtbot: QtBot, home: Path) -> Iterator[Controller]:
    c = _build(home, [ExtraPage])
    qtbot.addWidget(c.window)
    c.start()
    c.window.show()
    yield c
    c.tasks.wait()
    c.session.lock()


def test_an_added_page_gets_a_tab_a_shortcut_and_the_whole_life_cycle(qtbot: QtBot, two_pages: Controller) -> None:
    c = two_pages
    extra = c.page("extra")
    assert isinstance(extra, ExtraPage)
    assert c.window.tabs.count() == 2 and c.window.tabs.tabText(1) == "Extra"
    create_vault(qtbot, c)
    assert extra.events == ["opened", ("restore", None)]
    assert c.window.current_work() == "desk"
    c.session.vault.settings.set("marker", MARKER)
    qtbot.keyClick(c.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert c.window.current_work() == "extra" and extra.events[-1] == "shortcut"
    extra.opened()
    assert extra.field.text() == MARKER
    extra.events.clear()
    qtbot.keyClick(c.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert extra.events == ["save", "locked"] and extra.field.text() == ""
    qtbot.keyClick(c.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # no page work while locked
    assert extra.events == ["save", "locked"]
    c.unlock.field.setText(PASSPHRASE)
    qtbot.keyClick(c.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.session.is_open, timeout=10_000)
    assert extra.events[2:] == ["opened", ("restore", "where I was")]
    assert c.window.current_work() == "extra"  # back on the page the adviser left


def test_one_page_shows_no_tab_bar_and_taken_shortcuts_are_refused(
    qtbot: QtBot, controller: Controller, home: Path
) -> None:
    assert controller.window.tabs.tabBar().isHidden()

    class Greedy(ExtraPage):
        key = "greedy"

        def shortcuts(self) -> list[Shortcut]:
            return [("Ctrl+L", lambda: None)]

    with pytest.raises(ValueError, match="Ctrl\\+L"):
        _build(home, [Greedy])


def _add_case(c: Controller, monkeypatch: pytest.MonkeyPatch) -> DeskController:
    def fake_exec(dialog: NewCaseDialog) -> int:
        dialog.check("sv.werkdruk")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCaseDialog, "exec", fake_exec)
    d = desk_of(c)
    d.new_case()
    monkeypatch.undo()
    return d


def test_a_lock_while_the_new_case_dialog_is_open_closes_it_and_adds_nothing(
    qtbot: QtBot, controller: Controller
) -> None:
    c = controller
    create_vault(qtbot, c)
    d = desk_of(c)
    seen: list[bool] = []

    def lock_during_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewCaseDialog) and w.isVisible()]
        seen.append(bool(dialogs))
        dialogs[0].org_unit.setText(MARKER)
        c.lock()

    QTimer.singleShot(50, lock_during_dialog)
    d.new_case()  # the real modal dialog; the lock ends it
    assert seen == [True] and not c.session.is_open and c.window.current_page() == "unlock"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    c.unlock.field.setText(PASSPHRASE)
    qtbot.keyClick(c.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.session.is_open, timeout=10_000)
    assert c.session.vault.cases.count(None) == 0


def test_quitting_saves_what_was_just_typed(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    c = controller
    create_vault(qtbot, c)
    d = _add_case(c, monkeypatch)
    d.autosave.setInterval(60_000)
    qtbot.keyClicks(d.page.case_view.editor.notes, f"laatste woorden {MARKER}")
    qtbot.keyClick(c.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not c.session.is_open
    with Vault.unlock(home, PASSPHRASE) as vault:
        assert [h.case_id for h in vault.search.notes(MARKER)] == [1]


def test_closing_a_case_records_the_outcome(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    create_vault(qtbot, c)
    d = _add_case(c, monkeypatch)

    def choose(dialog: CloseCaseDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REFERRED.value))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseCaseDialog, "exec", choose)
    d.page.case_view.close_button.click()
    case = c.session.vault.cases.get(1)
    assert case.status == CaseStatus.CLOSED and case.outcome == Outcome.REFERRED and case.closed == NOW().date()
    assert "doorverwezen" in d.page.case_view.details.text()
    assert not d.page.case_view.close_button.isEnabled()
    qtbot.waitUntil(lambda: d.model.data(d.model.index(0, 4)) == "gesloten", timeout=3000)  # reloaded on the lane
    panel = d.page.cases
    panel.status.setCurrentIndex(panel.status.findData(CaseStatus.OPEN.value))
    qtbot.waitUntil(lambda: d.model.total == 0 and not d.model.loading, timeout=3000)
    panel.status.setCurrentIndex(panel.status.findData(CaseStatus.CLOSED.value))
    qtbot.waitUntil(lambda: d.model.total == 1 and not d.model.loading, timeout=3000)


def test_new_conversation_by_keyboard_details_reach_the_timeline(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    create_vault(qtbot, c)
    d = _add_case(c, monkeypatch)
    qtbot.keyClicks(d.page.case_view.editor.notes, "eerste")  # an empty first one would be reused (issue 12)
    qtbot.keyClick(c.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    convs = c.session.vault.conversations.for_case(1)
    assert [v.kind for v in convs] == [ContactKind.FIRST, ContactKind.FOLLOW_UP]
    assert convs[1].duration_min == 45  # the default duration (issue 13)
    editor = d.page.case_view.editor
    assert editor.conversation_id == convs[1].id and editor.notes.hasFocus()
    editor.duration.setValue(50)
    qtbot.waitUntil(lambda: c.session.vault.conversations.get(convs[1].id or 0).duration_min == 50, timeout=3000)
    timeline = d.page.case_view.timeline
    assert "50 min" in timeline.currentItem().text()
    assert editor.saved.text().startswith("Bewaard om")


def _inside(widget: QWidget, kinds: type | UnionType) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def _unnamed_inputs(root: QWidget) -> list[str]:
    """Focusable controls that a screen reader could not name: no accessible name and no label buddy."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if _inside(widget, QComboBox | QAbstractSpinBox):  # the inner line edit or popup list of a combo/spin box
            continue
        if not widget.accessibleName() and id(widget) not in buddies:
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and not (button.text() or button.accessibleName()):
            missing.append(f"{type(button).__name__} without text")
    return missing


def test_every_control_has_a_name_for_screen_readers(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    assert _unnamed_inputs(c.setup) == []
    assert _unnamed_inputs(c.unlock) == []
    create_vault(qtbot, c)
    _add_case(c, monkeypatch)
    assert _unnamed_inputs(c.window.tabs) == []


@pytest.mark.slow
def test_the_window_keeps_responding_while_the_real_key_is_derived(
    qtbot: QtBot, controller: Controller, real_kdf: None
) -> None:
    c = controller
    gaps: list[float] = []
    busy_seen: list[bool] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        busy_seen.append(c.unlock.busy.isVisible() or c.setup.busy.isVisible())

    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)
    probe.start()
    started = datetime.now()
    create_vault(qtbot, c)  # calibrates and derives the real Argon2id key in the worker
    c.lock()
    last[0] = time.perf_counter()
    gaps.clear()
    busy_seen.clear()
    c.unlock.field.setText(PASSPHRASE)
    qtbot.keyClick(c.unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c.session.is_open, timeout=20_000)
    probe.stop()
    # the event loop kept ticking while the busy indicator was up: the key was derived off the UI thread
    # (derived on it, the loop would stall for the whole derivation: at most one tick with the indicator up)
    assert sum(busy_seen) >= 3, (sum(busy_seen), len(gaps))
    # 10 ms ticks; 250 ms is a bound that a 2-core machine with three CPU-bound processes met with a margin
    # of 3x (longest gap 74 ms); the 16/50 ms targets of unlocking are benchmarks/ui_bench.py's
    assert max(gaps) < 0.25, (max(gaps), datetime.now() - started)


def test_tab_walks_the_desk_in_reading_order_and_leaves_the_notes(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    create_vault(qtbot, c)
    d = _add_case(c, monkeypatch)
    c.window.activateWindow()
    d.page.search.setFocus()
    order = []
    for _ in range(8):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    panel = d.page.cases
    expected = [d.page.search, d.page.new_case_button, d.page.agenda_button, d.page.lock_button]
    assert order[:4] == expected
    assert order[4:8] == [panel.status, panel.category, panel.period, panel.table]
    notes = d.page.case_view.editor.notes
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not notes and "\t" not in notes.toPlainText()


def test_a_failed_write_never_blocks_the_lock_and_is_reported(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vpdesk.errors import KnownError

    c = controller
    create_vault(qtbot, c)
    d = _add_case(c, monkeypatch)

    def disk_full(*_args: object) -> None:
        raise KnownError("The disk is full: the last change was not saved.")

    monkeypatch.setattr("vpdesk.services.cases.save_conversation", disk_full)
    qtbot.keyClicks(d.page.case_view.editor.notes, "tekst")
    qtbot.waitUntil(lambda: d.page.case_view.editor.saved.text().startswith("Niet bewaard"), timeout=3000)
    assert "disk is full" in d.page.case_view.editor.saved.text()
    c.idle.idle.emit()  # an idle lock: nobody is there to click a dialog away
    assert not c.session.is_open and c.window.current_page() == "unlock"
    assert "niet alles bewaard" in c.unlock.error.text() and "disk is full" in c.unlock.error.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_a_task_that_finishes_after_its_relay_is_gone_says_nothing(
    qapp: QApplication, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the window while an unlock still runs: the worker's result has nobody to go to, quietly."""
    import shiboken6

    from vpdesk.ui import tasks as tasks_module
    from vpdesk.ui.tasks import _Job, _post, _Relay

    gone = _Relay()
    shiboken6.delete(gone)
    monkeypatch.setattr(tasks_module, "_RELAY", [gone])  # the process's relay, gone with the application

    def post(value: object) -> None:
        _post(lambda: None)

    _Job(lambda: 42, post, post).run()
    _Job(lambda: 1 / 0, post, post).run()
    assert capfd.readouterr().err == ""


def test_the_closed_case_stays_selected_in_the_list_once_the_list_has_reloaded(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As before the read lane: closing a case reloads the list and the closed case is the selected row after it.
    (The selection was made on the old rows, then the reset of the reload arriving from the lane cleared it.)"""
    c = controller
    create_vault(qtbot, c)
    d = _add_case(c, monkeypatch)
    table = d.page.cases.table
    qtbot.waitUntil(lambda: table.selectionModel().currentIndex().row() == 0, timeout=3000)
    monkeypatch.setattr(CloseCaseDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    d.page.case_view.close_button.click()
    qtbot.waitUntil(lambda: d.model.data(d.model.index(0, 4)) == "gesloten", timeout=3000)  # the reload landed
    assert table.selectionModel().currentIndex().row() == 0
    assert table.selectionModel().isRowSelected(0)
