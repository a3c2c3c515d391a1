"""The adviser's day, offscreen: first start, a case, a note, lock, unlock, the note is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vpdesk.store.vault import Vault
from vpdesk.ui.controller import Controller
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog

from .conftest import PASSPHRASE, FakeClock, create_vault, desk_of

MARKER = "KOALAMARKER-29d1"


def _add_case(qtbot: QtBot, c: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(dialog: NewCaseDialog) -> int:
        dialog.check("oo.pesten")
        dialog.org_unit.setText("DGOO/Directie Arbeidszaken")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCaseDialog, "exec", fake_exec)
    d = desk_of(c)
    qtbot.keyClick(c.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert d.page.case_view.case_id is not None
    case_id = d.page.case_view.case_id  # the list reloads on the read lane, then selects the new case
    qtbot.waitUntil(lambda: d.model.row_of(case_id) is not None, timeout=3000)


def _unlock(qtbot: QtBot, c: Controller, passphrase: str = PASSPHRASE) -> None:
    c.unlock.field.setText("")
    qtbot.keyClicks(c.unlock.field, passphrase)
    qtbot.keyClick(c.unlock.field, Qt.Key.Key_Return)


def test_first_start_case_note_lock_unlock_note_is_there(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    editor = d.page.case_view.editor
    assert editor.isEnabled() and d.model.rowCount() == 1
    qtbot.keyClicks(editor.notes, f"Eerste gesprek. {MARKER}")
    # autosave: stored within the delay after typing stops, without any explicit save
    qtbot.waitUntil(
        lambda: MARKER in c.session.vault.conversations.get(editor.conversation_id or 0).notes, timeout=3000
    )
    qtbot.keyClick(c.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert c.window.current_page() == "unlock" and not c.session.is_open
    _unlock(qtbot, c)
    qtbot.waitUntil(lambda: c.window.current_page() == "work", timeout=10_000)
    # back where the adviser was: same case, same conversation, the note intact
    assert d.page.case_view.case_id == 1
    assert MARKER in d.page.case_view.editor.notes.toPlainText()
    assert c.unlock.field.text() == "" and not c.unlock.field.isUndoAvailable()  # the passphrase is gone


def test_lock_saves_unsaved_typing_immediately(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    d.autosave.setInterval(60_000)  # the debounce would not fire: only the lock can save this
    qtbot.keyClicks(d.page.case_view.editor.notes, "net getypt")
    conv_id = d.page.case_view.editor.conversation_id
    c.lock()
    _unlock(qtbot, c)
    qtbot.waitUntil(lambda: c.window.current_page() == "work", timeout=10_000)
    assert c.session.vault.conversations.get(conv_id or 0).notes == "net getypt"


def test_wrong_passphrase_shows_a_clear_message(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    create_vault(qtbot, c)
    c.lock()
    _unlock(qtbot, c, "dit is niet de wachtwoordzin")
    qtbot.waitUntil(lambda: bool(c.unlock.error.text()), timeout=10_000)
    assert c.unlock.error.text() == "Wrong passphrase."  # source sentence; Dutch comes from the .qm in the app
    assert c.window.current_page() == "unlock" and c.unlock.field.isEnabled()


def test_idle_lock_driven_by_a_controllable_clock(
    qtbot: QtBot, controller: Controller, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    clock.t += 4 * 60
    c.idle.check()
    assert c.session.is_open  # 4 minutes: still open
    qtbot.keyClick(d.page.search, Qt.Key.Key_A)  # activity resets the idle clock
    clock.t += 4 * 60
    c.idle.check()
    assert c.session.is_open
    clock.t += 61
    qtbot.waitUntil(lambda: not c.session.is_open, timeout=2000)  # the poll timer notices by itself
    assert c.window.current_page() == "unlock"


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        texts.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # list models keep columnCount private
            columns = 1
        for row in range(model.rowCount(root)):
            for col in range(columns):
                texts.append(str(model.data(model.index(row, col, root))))
    return texts


def test_after_lock_no_widget_holds_a_trace_of_the_note(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    qtbot.keyClicks(d.page.case_view.editor.notes, f"gevoelig {MARKER} detail")
    d.save()
    qtbot.keyClicks(d.page.search, "KOALAMARKER")  # typed: it is in the field's undo history too
    qtbot.waitUntil(lambda: d.page.cases.hits.rowCount() == 1, timeout=2000)
    assert any(MARKER in t for w in QApplication.allWidgets() for t in _texts(w))  # the walk does see it
    c.lock()
    found = [
        (type(w).__name__, t) for w in QApplication.allWidgets() for t in _texts(w) if MARKER in t or "M-0001" in t
    ]
    assert found == []
    assert d.model.rowCount() == 0
    # nor in an undo history, where Ctrl+Z would bring it back
    with_undo = [
        type(w).__name__
        for w in QApplication.allWidgets()
        if (isinstance(w, QLineEdit) and w.isUndoAvailable())
        or (isinstance(w, QPlainTextEdit | QTextEdit) and w.document().isUndoAvailable())
    ]
    assert with_undo == []


def test_search_as_you_type_highlights_and_opens_the_conversation(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    qtbot.keyClicks(d.page.case_view.editor.notes, "De teamleider <script> dreigt met gevolgen")
    d.save()
    first_conv = d.page.case_view.editor.conversation_id
    d.new_conversation()
    qtbot.keyClicks(d.page.case_view.editor.notes, "Tweede gesprek, rustiger")
    d.save()
    qtbot.keyClicks(d.page.search, "dreig")
    panel = d.page.cases
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == 1 and panel.hits.rowCount() == 1, timeout=2000)
    shown = panel.hits.data(panel.hits.index(0))
    assert "<b>dreigt</b>" in shown and "&lt;script&gt;" in shown and "<script>" not in shown
    panel.results.activated.emit(panel.hits.index(0))
    assert d.page.case_view.editor.conversation_id == first_conv
    d.page.search.setText("zzzonbekend")
    qtbot.waitUntil(lambda: panel.hits.rowCount() == 0 and not panel.no_hits.isHidden(), timeout=2000)
    d.page.search.clear()
    qtbot.waitUntil(lambda: d.page.cases.stack.currentIndex() == 0, timeout=2000)


def test_clipboard_is_cleared_after_the_timeout_and_at_lock(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    clipboard = QApplication.clipboard()
    notes = d.page.case_view.editor.notes
    qtbot.keyClicks(notes, "vertrouwelijke tekst")
    notes.selectAll()
    notes.copy()  # an ordinary Ctrl+C in the notes
    assert clipboard.text() == "vertrouwelijke tekst"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)  # cleared after the (test) timeout
    notes.selectAll()
    notes.copy()
    assert clipboard.text() == "vertrouwelijke tekst"
    c.lock()
    assert clipboard.text() == ""  # and at lock, without waiting


def test_practice_vault_is_marked_everywhere(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    d = desk_of(c)
    c.setup.practice_button.click()
    qtbot.waitUntil(lambda: c.window.current_page() == "work", timeout=20_000)
    assert "OEFENKLUIS" in c.window.windowTitle()
    assert c.window.banner.isVisible() and "OEFENKLUIS" in c.window.banner.text()
    qtbot.waitUntil(lambda: d.model.total == 60, timeout=3000)
    assert not c.session.has_vault()  # the adviser's real vault does not exist yet


def test_language_choice_is_saved_and_applied_at_once(qtbot: QtBot, controller: Controller, home: Path) -> None:
    from vpdesk.services.session import UserSettings

    with qtbot.waitSignal(controller.menu.settings_changed) as changed:  # app.py rebuilds the window in it
        controller.choose_language("en")
    assert UserSettings(home / "settings.json").load()["language"] == "en"
    assert changed.args is not None and changed.args[0].language == "en"
    assert "herstart" not in controller.unlock.language_note.text()  # no restart needed (tests/ui/test_menu.py)


def test_a_new_conversation_updates_its_row_in_the_list(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)  # adds the first conversation too
    d = desk_of(c)
    case_id = d.page.case_view.case_id
    assert case_id is not None
    row = d.model.row_of(case_id)
    assert row is not None
    assert d.model._rows[row].conversations == 1
    new = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(c.window, Qt.Key.Key_N, new)  # the first is still empty: no second one (issue 12)
    assert d.model._rows[row].conversations == 1
    qtbot.keyClicks(d.page.case_view.editor.notes, "eerste gesprek")
    qtbot.keyClick(c.window, Qt.Key.Key_N, new)
    assert d.model._rows[row].conversations == 2
    qtbot.keyClick(c.window, Qt.Key.Key_N, new)
    assert d.model._rows[row].conversations == 2
    assert d.model.data(d.model.index(row, 6)) == "28-11-2026"  # last contact, without reloading the list


def test_a_new_conversations_timeline_entry_shows_its_first_line_once_saved(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)  # with its first, empty conversation open
    d = desk_of(c)
    timeline = d.page.case_view.timeline
    assert timeline.count() == 1 and "\n" not in timeline.item(0).text()
    notes = d.page.case_view.editor.notes
    qtbot.keyClicks(notes, "Melder belt over de reorganisatie")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "meer daarna")
    qtbot.waitUntil(lambda: "Bewaard om" in d.page.case_view.editor.saved.text(), timeout=3000)  # the autosave
    entry = timeline.currentItem()
    assert entry is not None and entry.text().endswith("\n      Melder belt over de reorganisatie")
    assert timeline.count() == 1 and d.page.case_view.editor.notes.hasFocus()  # the typing goes on where it was


def test_the_ui_threads_connection_never_writes(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every write of the desk goes through the write lane: the connection the UI thread reads on runs no
    transaction while an adviser adds a case, types (autosave), starts a follow-up, records a referral and
    closes the case."""
    c = controller
    create_vault(qtbot, c)
    statements: list[str] = []
    c.session.vault.connection.set_trace_callback(statements.append)
    _add_case(qtbot, c, monkeypatch)
    d = desk_of(c)
    qtbot.keyClicks(d.page.case_view.editor.notes, "eerste gesprek")
    qtbot.waitUntil(lambda: "Bewaard" in d.page.case_view.editor.saved.text(), timeout=3000)
    d.new_conversation()
    d.tools.record_referral("raba")
    c.lock()
    writes = [s for s in statements if s.split()[0].upper() in ("BEGIN", "INSERT", "UPDATE", "DELETE", "REPLACE")]
    assert writes == [] and any(s.startswith("SELECT") for s in statements)
    with Vault.unlock(c.session.home, PASSPHRASE) as vault:
        convs = vault.conversations.for_case(1)
        # the follow-up left blank is dropped at the lock (decision 109)
        assert [conv.notes for conv in convs] == ["eerste gesprek"] and len(vault.referrals.for_case(1)) == 1


def test_a_new_case_is_the_selected_row_once_the_list_has_reloaded(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As before the read lane: after Ctrl+N the new case is the selected row of the list (the selection made when
    the reload landed was wiped by the view's own handling of that reset, which ran after it)."""
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    table = d.page.cases.table
    qtbot.waitUntil(lambda: not d.model.loading, timeout=3000)
    assert table.selectionModel().currentIndex().row() == d.model.row_of(d.page.case_view.case_id or 0) == 0


def test_unlocking_returns_to_the_conversation_the_adviser_was_in_not_the_cases_last(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The place kept at the lock is restored, and stays restored when the list arrives from the read lane (its
    late selection of the case re-opened the case at its last conversation)."""
    c = controller
    d = desk_of(c)
    create_vault(qtbot, c)
    _add_case(qtbot, c, monkeypatch)
    first = d.page.case_view.editor.conversation_id
    qtbot.keyClicks(d.page.case_view.editor.notes, "eerste")  # a blank one would be dropped (decision 109)
    d.new_conversation()
    assert d.page.case_view.editor.conversation_id != first
    qtbot.keyClicks(d.page.case_view.editor.notes, "tweede")
    d.page.case_view.select_conversation(first or 0)
    assert d.page.case_view.editor.conversation_id == first
    c.lock()
    _unlock(qtbot, c)
    qtbot.waitUntil(lambda: c.window.current_page() == "work", timeout=10_000)
    qtbot.waitUntil(lambda: d.model.rowCount() == 1 and not d.model.loading, timeout=3000)
    qtbot.wait(50)  # the queued deliveries of the read lane
    assert d.page.case_view.editor.conversation_id == first
