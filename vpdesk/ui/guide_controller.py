"""The wegwijzer on its own page of the main window: no case needed and nothing stored. The adviser answers the
questions with the melder, sees every route as a card, and can hand over the one-page PDF. A referral is recorded
in a case (the case view's own wegwijzer). Locking clears the answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from vpdesk.domain.guide import RouteAdvice, Rules, classify
from vpdesk.services.guide import write_sheet
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.tasks import Tasks
from vpdesk.ui.widgets.guide_panel import GuidePanel

SHORTCUT = "Ctrl+W"  # W for wegwijzer (Ctrl+G is the agenda)


def asked_ids(rules: Rules, answers: dict[str, Any]) -> set[str]:
    return {q.id for q in rules.asked(answers)}


class GuideController(VaultPage):
    key = "guide"

    def __init__(self, rules: Rules, tasks: Tasks, lang: str, now: Callable[[], datetime]) -> None:
        self.panel = GuidePanel(recording=False)
        super().__init__(self.panel)
        self.rules, self.tasks, self.lang, self.now = rules, tasks, lang, now
        self.advice: list[RouteAdvice] = []
        self.panel.set_rules(rules, lang)
        self.panel.answers_changed.connect(self.classify)
        self.panel.print_requested.connect(self.print_wegwijzer)
        self.classify({})

    def title(self) -> str:
        return self.tr("Wegwijzer")

    def shortcuts(self) -> list[Shortcut]:
        return [(SHORTCUT, self.focus)]

    def classify(self, answers: dict[str, Any]) -> None:
        self.advice = classify(self.rules, answers)
        self.panel.show_advice(self.advice, asked_ids(self.rules, answers))

    def print_wegwijzer(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.panel, self.tr("Wegwijzer opslaan"), suggested("wegwijzer.pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_wegwijzer(Path(path))

    def write_wegwijzer(self, path: Path, on_done: Callable[[Any], None] | None = None) -> None:
        advice, version, today, lang = list(self.advice), self.rules.version, self.now().date(), self.lang
        self.tasks.run(lambda: write_sheet(path, advice, lang, version, today), on_done, self._warn)

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self.panel, "vpdesk", describe(exc))

    def locked(self) -> None:
        self.panel.reset()  # the answers describe a melder's situation: they go with the lock
