"""The wegwijzer: the questions that apply, and every route as a card with its verdict, reason, what comes first,
how to reach it and its source.

Passive: it emits the answers; its controller classifies them and hands back the advice and the questions to show.
Used inside a case (with "record a referral"; its controller keeps the answers with the case) and on its own page
(``recording=False``: nothing is stored).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.guide import Fit, RouteAdvice, Rules, answer_lines
from vpdesk.services.cases import NOT_A_REFERRAL
from vpdesk.ui.wheel import guard_wheel

COLOURS = {Fit.FITS: "#1b5e20", Fit.FITS_AFTER: "#8a5a00", Fit.OPEN: "#154273", Fit.DOES_NOT_FIT: "#777777"}
OPTIONS = (Fit.FITS, Fit.FITS_AFTER)  # the verdicts of a route the melder can take: detail, and recordable
WIDE = 760  # from this width the questions and the cards stand side by side


def retired_route(route_id: str) -> str:
    """A recorded referral's route that the rules no longer have (the removed JenV route `paritaire_commissie`):
    said in words, not shown as a bare id. The same sentence as vpdesk.domain.guide.route_label, for the UI."""
    text = QCoreApplication.translate("GuidePanel", "route niet meer in de wegwijzer: {route}")
    return text.format(route=route_id.replace("_", " "))


class GuidePanel(QWidget):
    answers_changed = Signal(dict)
    record_requested = Signal(str)  # route id
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None, recording: bool = True) -> None:
        super().__init__(parent)
        self.lang = "nl"
        self._inputs: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}
        self._text = ""
        self._read_only = False
        self.rules: Rules | None = None
        self.questions = QWidget()
        self.form = QVBoxLayout(self.questions)
        self.form.setContentsMargins(4, 4, 8, 4)
        self.cards = QWidget()
        self.cards.setAccessibleName(self.tr("Routes"))
        self.card_layout = QVBoxLayout(self.cards)
        self.card_layout.setContentsMargins(4, 4, 8, 4)
        self.card_layout.setSpacing(6)
        self.route_choice = QComboBox()
        self.route_choice.setAccessibleName(self.tr("Route om vast te leggen"))
        self.record_button = QPushButton(self.tr("Verwi&jzing vastleggen"))
        self.print_button = QPushButton(self.tr("Wegwijzer als PD&F…"))
        self.print_button.setToolTip(self.tr("Eén pagina voor de melder met de passende routes, zonder zaakgegevens"))
        self.reset_button = QPushButton(self.tr("&Opnieuw beginnen"))
        self.recorded = QLabel()  # what "Verwijzing vastleggen" just recorded, and how to take it back
        self.recorded.setWordWrap(True)
        self.recorded.setAccessibleName(self.tr("Vastgelegd"))
        self.recorded.setVisible(False)
        self.kept = QLabel()  # about the answers kept with the case: those the rules no longer accept, a failure
        self.kept.setWordWrap(True)
        self.kept.setStyleSheet("color: #8a5a00")
        self.kept.setAccessibleName(self.tr("Bewaarde antwoorden"))
        self.kept.setVisible(False)
        actions = QHBoxLayout()
        if recording:
            actions.addWidget(self.route_choice, 1)
            actions.addWidget(self.record_button)
        else:
            note = QLabel(self.tr("Hier wordt niets bewaard. Een verwijzing legt u vast in een zaak."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555")
            actions.addWidget(note, 1)
            actions.addWidget(self.reset_button)
            self.route_choice.hide()
            self.record_button.hide()
        actions.addWidget(self.print_button)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(_scroll(self.questions, self.tr("Vragen")))
        self.split.addWidget(_scroll(self.cards, self.tr("Passende routes")))
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kept)
        layout.addWidget(self.split, 1)
        layout.addLayout(actions)
        layout.addWidget(self.recorded)
        self.record_button.clicked.connect(lambda: self.record_requested.emit(self.route_choice.currentData() or ""))
        self.record_button.setEnabled(False)
        self.route_choice.currentIndexChanged.connect(
            lambda: self.record_button.setEnabled(self.route_choice.currentData() is not None and not self._read_only)
        )
        self.print_button.clicked.connect(self.print_requested)
        self.reset_button.clicked.connect(self.reset)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= WIDE
        self.split.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    # --- questions --------------------------------------------------------------------------------------------
    def set_rules(self, rules: Rules, lang: str) -> None:
        self.lang = lang
        self.rules = rules
        while self.form.count():
            item = self.form.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self._inputs, self._rows = {}, {}
        for question in rules.questions:
            text = question.text.get(lang)
            row = QWidget()
            line = QHBoxLayout(row) if question.type == "bool" else QVBoxLayout(row)
            line.setContentsMargins(0, 2, 0, 2)
            if question.type == "bool":  # the box, then the question across the whole width
                box = QCheckBox()
                box.setAccessibleName(text)
                box.toggled.connect(self._changed)
                line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                line.addWidget(_ClickLabel(text, box), 1)
                self._inputs[question.id] = box
            else:
                label = QLabel(text)
                label.setWordWrap(True)  # a whole question, never cut off
                combo = QComboBox()
                combo.setAccessibleName(text)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(16)
                combo.addItem(self.tr("(nog niet bekend)"), None)
                for choice_id, choice in question.choices:
                    combo.addItem(choice.get(lang), choice_id)
                combo.currentIndexChanged.connect(self._changed)
                label.setBuddy(combo)
                line.addWidget(label)
                line.addWidget(combo)
                self._inputs[question.id] = combo
            self.form.addWidget(row)
            self._rows[question.id] = row
        self.form.addStretch(1)
        guard_wheel(self.questions)  # scrolling the questions never changes an answer

    def show_questions(self, asked: set[str]) -> None:
        """Only the questions that apply; a question that no longer applies keeps its answer out of sight."""
        for qid, row in self._rows.items():
            row.setVisible(qid in asked)

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

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Fill the form with kept answers (the others blank), without emitting: loading is not an edit."""
        for qid, widget in self._inputs.items():
            widget.blockSignals(True)
            if qid in answers:
                self.set_answer(qid, answers[qid])
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.show_recorded("")

    def describe_answers(self, answers: dict[str, bool | str], version: str) -> str:
        """The answers a referral rested on, one line each in words ("question: ja" or the choice), for the
        timeline's tooltip; the questions left unticked are not listed. Empty when none were kept."""
        shown = answer_lines(self.rules, answers, self.lang, self.tr("ja"))
        if not shown:
            return ""
        lines = [self.tr("Gegeven antwoorden (wegwijzer {version}):").format(version=version)]
        lines += [f"• {text} → {answer}" for text, answer in shown]
        return "\n".join(lines)

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: its answers shown, not changed, and nothing recorded."""
        for widget in self._inputs.values():
            widget.setEnabled(not read_only)
        self._read_only = read_only
        self.route_choice.setEnabled(self.route_choice.count() > 1 and not read_only)
        self.record_button.setEnabled(self.route_choice.currentData() is not None and not read_only)

    def show_kept(self, text: str) -> None:
        self.kept.setText(text)
        self.kept.setVisible(bool(text))

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
        self.show_recorded("")
        self.answers_changed.emit(self.answers())

    def show_recorded(self, route: str, on: str = "") -> None:
        """After "Verwijzing vastleggen": one line naming what went into the timeline and how to undo it."""
        text = ""
        if route:
            text = self.tr(
                "Vastgelegd in de tijdlijn: verwijzing naar {route} op {on}. Vergist? Kies hem in de tijdlijn en "
                "druk op Delete; Ctrl+Z zet hem terug."
            ).format(route=route, on=on)
        self.recorded.setText(text)
        self.recorded.setVisible(bool(text))

    # --- routes -----------------------------------------------------------------------------------------------
    def show_advice(self, advice: list[RouteAdvice], asked: set[str] | None = None) -> None:
        if asked is not None:
            self.show_questions(asked)
        while self.card_layout.count():
            taken = self.card_layout.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.hide()  # gone now, not at the next event loop turn
                widget.deleteLater()
        names = {a.route.id: a.route.name.get(self.lang) for a in advice}
        texts = []
        for one in advice:
            card = self._card(one, names)
            self.card_layout.addWidget(card)
            texts.append(card.plain())
        self.card_layout.addStretch(1)
        self._text = "\n\n".join(texts)
        current = self.route_choice.currentData()
        self.route_choice.clear()
        self.route_choice.addItem(self.tr("Kies de route om vast te leggen…"), None)  # nothing recorded by accident
        for a in advice:
            if a.fit in OPTIONS and a.route.id not in NOT_A_REFERRAL:  # the VP's own support is no referral
                self.route_choice.addItem(a.route.name.get(self.lang), a.route.id)
        if self.route_choice.count() == 1:  # no route to record yet: say why, rather than an empty list
            hint = self.tr("Nog geen route om vast te leggen: beantwoord eerst de vragen")
            self.route_choice.setItemText(0, hint)
            self.route_choice.setToolTip(hint)
        else:
            self.route_choice.setToolTip("")
        self.route_choice.setEnabled(self.route_choice.count() > 1 and not self._read_only)
        self.route_choice.setCurrentIndex(max(0, self.route_choice.findData(current)))

    def _card(self, item: RouteAdvice, names: dict[str, str]) -> _Card:
        lang, route = self.lang, item.route
        verdict = {
            Fit.FITS: self.tr("Past"),
            Fit.FITS_AFTER: self.tr("Past daarna"),
            Fit.OPEN: self.tr("Open vraag"),
            Fit.DOES_NOT_FIT: self.tr("Past nu niet"),
        }[item.fit]
        after, first, reach, source, checked = (
            self.tr("na"),
            self.tr("Eerst"),
            self.tr("Zo bereikt u het"),
            self.tr("Bron"),
            self.tr("gecontroleerd"),
        )
        if item.after:
            verdict += f" ({after} {names.get(item.after, item.after)})"
        colour = COLOURS[item.fit]
        e = html.escape
        parts = [
            f"<span style='color:{colour}; font-weight:bold'>{e(verdict)}</span> · <b>{e(route.name.get(lang))}</b>",
            e(item.reason.get(lang)),
        ]
        if item.fit in OPTIONS:  # the detail of a route the melder can take
            parts += [
                f"<i>{e(first)}:</i> {e(route.first.get(lang))}",
                f"<i>{e(reach)}:</i> {e(route.how_to_reach.get(lang))}",
                f"<span style='color:#555'>{e(route.description.get(lang))}</span>",
            ]
        sources = "; ".join(
            s.text() + (f", {checked} {s.checked.strftime('%d-%m-%Y')}" if s.checked else "") for s in route.sources
        )
        parts.append(f"<span style='color:#666; font-size:small'>{e(source)}: {e(sources)}</span>")
        card = _Card("<br>".join(parts), colour, muted=item.fit not in OPTIONS)
        card.setAccessibleName(f"{route.name.get(lang)}: {verdict}")
        return card

    def text(self) -> str:
        """The cards as plain text, in order (what a screen reader or a test reads)."""
        return self._text

    def clear(self) -> None:
        self.show_advice([])
        self.route_choice.clear()


class _Card(QLabel):
    """One route: a framed, wrapping text with a coloured edge for its verdict."""

    def __init__(self, rich: str, colour: str, muted: bool) -> None:
        super().__init__(rich)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        background = "#f7f7f7" if muted else "#ffffff"
        self.setStyleSheet(
            f"QLabel {{ background: {background}; border: 1px solid #d6d6d6; border-left: 5px solid {colour};"
            " border-radius: 3px; padding: 6px; }"
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wrapping label in a scroll area is squeezed to a sliver unless it asks for the height its text needs
        # at the width it has (the layout gives a word-wrapped label no minimum height of its own).
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def plain(self) -> str:
        document = QTextDocument()
        document.setHtml(super().text())
        return document.toPlainText()


def _scroll(widget: QWidget, name: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    return scroll


class _ClickLabel(QLabel):
    """A check box's question as a wrapping label; clicking it toggles the box, as a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self._box.isEnabled()
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self._box.toggle()
        super().mouseReleaseEvent(event)
