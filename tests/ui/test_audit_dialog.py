"""The audit dialog speaks the UI's language: actions, results and objects in words, not stored codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.ui.whole_app import whole_app
from vpdesk.ui.desk_controller import DeskController

STORED = {"create", "update", "destroy", "reopen", "close", "ok", "vp"}


@pytest.mark.parametrize(
    ("language", "created", "case_word", "everything"),
    [("nl", "aangemaakt", "zaak ", "alle acties"), ("en", "created", "case ", "every action")],
)
def test_the_audit_dialog_shows_actions_and_objects_in_words(
    qtbot: QtBot, home: Path, language: str, created: str, case_word: str, everything: str
) -> None:
    with whole_app(qtbot, home, language, cases=3) as c:
        desk = c.page("desk")
        assert isinstance(desk, DeskController)
        desk.actions.run("audit")
        dialog = desk.actions.audit_dialog
        assert dialog is not None
        model = dialog.model
        dialog.until.setDate(QDate(2100, 1, 1))  # the store stamps entries with the real clock, the app's is fixed
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
        rows = [[str(model.data(model.index(r, col))) for col in range(5)] for r in range(model.rowCount())]
        cells = {cell for row in rows for cell in row}
        assert not cells & STORED, cells & STORED  # no stored code reaches the screen
        assert not any(":" in row[4] for row in rows), [row[4] for row in rows]  # "case:29" reads "zaak 29"
        assert any(row[1] == created and row[4].startswith(case_word) for row in rows)
        combo = [dialog.action.itemText(i) for i in range(dialog.action.count())]
        assert combo[0] == everything and created in combo and "create" not in combo
        assert dialog.action.itemData(combo.index(created)) == "create"  # the filter still asks for the code
        dialog.action.setCurrentIndex(combo.index(created))
        qtbot.waitUntil(lambda: {model.data(model.index(r, 1)) for r in range(model.rowCount())} == {created})
        dialog.reject()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_period_captions_are_whole_and_clear_of_their_fields(qtbot: QtBot, language: str) -> None:
    """ "Tot en met" sat as close to the "Vanaf" field before it as to its own field, and read as one with both."""
    from datetime import date
    from itertools import pairwise

    from PySide6.QtWidgets import QApplication, QLabel

    from tests.ui.whole_app import translated
    from vpdesk.ui.dialogs.audit_dialog import AuditDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with translated(app, language):
        dialog = AuditDialog(date(2026, 11, 30), ["create", "destroy"])
        qtbot.addWidget(dialog)
        dialog.show()
        for width, height in ((dialog.width(), dialog.height()), (1093, 614), (dialog.minimumSizeHint().width(), 400)):
            dialog.resize(width, height)
            QApplication.processEvents()
            captions = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
            assert len(captions) == 3
            captions.sort(key=lambda label: label.x())
            for before, caption in pairwise(captions):
                plain = caption.text().replace("&", "")
                ink = caption.fontMetrics().boundingRect(plain)
                assert caption.width() >= max(ink.right() + 1, caption.fontMetrics().horizontalAdvance(plain)), plain
                own = caption.buddy().geometry().left() - caption.geometry().right()
                previous = caption.geometry().left() - before.buddy().geometry().right()
                assert 0 < own < previous, (plain, own, previous)  # it reads as the caption of its own field
