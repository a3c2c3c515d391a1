"""The wegwijzer in the case view: the guide's questions, and a live list of routes with their reasons.

Passive: it emits the answers; the controller classifies them and hands back the advice to show.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.guide import Fit, RouteAdvice, Rules
from vpdesk.services.cases import NOT_A_REFERRAL


class GuidePanel(QWidget):
    answers_changed = Signal(dict)
    record_requested = Signal(str)  # route id
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "nl"
        self._inputs: dict[str, QWidget] = {}
        self.questions = QWidget()
        self.form = QFormLayout(self.questions)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.routes = QTextBrowser()
        self.routes.setAccessibleName(self.tr("Passende routes"))
        self.route_choice = QComboBox()
        self.route_choice.setAccessibleName(self.tr("Route om vast te leggen"))
        self.record_button = QPushButton(self.tr("Verwi&jzing vastleggen"))
        self.print_button = QPushButton(self.tr("Wegwijzer als PD&F…"))
        self.print_button.setToolTip(self.tr("Eén pagina voor de melder met de passende routes, zonder zaakgegevens"))
        actions = QHBoxLayout()
        actions.addWidget(self.route_choice, 1)
        actions.addWidget(self.record_button)
        actions.addWidget(self.print_button)
        scroll = QScrollArea()
        scroll.setWidget(self.questions)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # questions wrap instead
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(self.routes)
        split.setSizes([230, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.record_button.clicked.connect(lambda: self.record_requested.emit(self.route_choice.currentData() or ""))
        self.record_button.setEnabled(False)
        self.route_choice.currentIndexChanged.connect(
            lambda: self.record_button.setEnabled(self.route_choice.currentData() is not None)
        )
        self.print_button.clicked.connect(self.print_requested)

    def set_rules(self, rules: Rules, lang: str) -> None:
        self.lang = lang
        while self.form.rowCount():
            self.form.removeRow(0)
        self._inputs = {}
        for question in rules.questions:
            text = question.text.get(lang)
            label = QLabel(text)
            label.setWordWrap(True)  # a whole question, never cut off behind a scrollbar
            if question.type == "bool":  # the box, then the question across the whole width
                box = QCheckBox()
                box.setAccessibleName(text)
                box.toggled.connect(self._changed)
                label = _ClickLabel(text, box)
                row = QHBoxLayout()
                row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(label, 1)
                self.form.addRow(row)
                self._inputs[question.id] = box
            else:
                combo = QComboBox()
                combo.setAccessibleName(text)
                # as narrow as the panel: long choices are elided in the box and shown whole in the list
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(16)
                combo.addItem(self.tr("(niet van toepassing)"), None)
                for choice_id, choice in question.choices:
                    combo.addItem(choice.get(lang), choice_id)
                combo.currentIndexChanged.connect(self._changed)
                label.setBuddy(combo)
                self.form.addRow(label, combo)
                self._inputs[question.id] = combo

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for qid, widget in self._inputs.items():
            if isinstance(widget, QCheckBox):
                out[qid] = widget.isChecked()
            elif isinstance(widget, QComboBox) and widget.currentData() is not None:
                out[qid] = widget.currentData()
        return out

    def set_answer(self, qid: str, value: Any) -> None:
        widget = self._inputs[qid]
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))

    def reset(self) -> None:
        for widget in self._inputs.values():
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self._changed()

    def _changed(self, *_: object) -> None:
        self.answers_changed.emit(self.answers())

    def show_advice(self, advice: list[RouteAdvice]) -> None:
        lang = self.lang
        names = {a.route.id: a.route.name.get(lang) for a in advice}
        labels = {
            Fit.FITS: self.tr("Past"),
            Fit.FITS_AFTER: self.tr("Past daarna"),
            Fit.DOES_NOT_FIT: self.tr("Past nu niet"),
        }
        colours = {Fit.FITS: "#1b5e20", Fit.FITS_AFTER: "#8a5a00", Fit.DOES_NOT_FIT: "#777777"}
        parts = []
        for fit in Fit:
            group = [a for a in advice if a.fit == fit]
            if not group:
                continue
            parts.append(f"<h4 style='color:{colours[fit]}; margin-bottom:2px'>{html.escape(labels[fit])}</h4>")
            for a in group:
                after = f" ({html.escape(self.tr('na'))} {html.escape(names.get(a.after, a.after))})" if a.after else ""
                parts.append(
                    f"<p style='margin-top:2px'><b>{html.escape(a.route.name.get(lang))}</b>{after}<br>"
                    f"{html.escape(a.reason.get(lang))}<br>"
                    f"<span style='color:#666'>{html.escape(self.tr('Bron'))}: {html.escape(a.route.source)}</span></p>"
                )
        self.routes.setHtml("".join(parts))
        current = self.route_choice.currentData()
        self.route_choice.clear()
        self.route_choice.addItem(self.tr("Kies de route om vast te leggen…"), None)  # nothing recorded by accident
        for a in advice:
            if a.fit != Fit.DOES_NOT_FIT and a.route.id not in NOT_A_REFERRAL:  # the VP's own support is no referral
                self.route_choice.addItem(a.route.name.get(lang), a.route.id)
        self.route_choice.setCurrentIndex(max(0, self.route_choice.findData(current)))

    def clear(self) -> None:
        self.routes.clear()
        self.route_choice.clear()


class _ClickLabel(QLabel):
    """A check box's question as a wrapping label; clicking it toggles the box, as a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._box.toggle()
        super().mouseReleaseEvent(event)
