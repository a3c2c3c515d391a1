"""The conversation editor: when, how long, which channel, first or follow-up, and the notes.

Passive: it shows a Conversation and emits `edited` on every change; the controller saves (debounced).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.model import Channel, ContactKind, Conversation
from vpdesk.ui.labels import channel_label, kind_label

QUIET = "color: palette(mid);"  # the status line: saved at, saving


class ConversationEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conversation: Conversation | None = None
        self._loading = False
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Datum en tijd van het gesprek"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duur in minuten"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Kanaal"))
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Eerste of vervolgcontact"))
        for kind in ContactKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Aantekeningen"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes: the whole desk works by keyboard alone
        self.notes.setPlaceholderText(self.tr("Aantekeningen van het gesprek. vpdesk bewaart ze vanzelf."))
        self.saved = QLabel()
        self.saved.setAccessibleName(self.tr("Opslagstatus"))
        self.saved.setStyleSheet(QUIET)

        row = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Wannee&r"), self.when)
        form.addRow(self.tr("&Duur"), self.duration)
        form2 = QFormLayout()
        form2.addRow(self.tr("Kanaa&l"), self.channel)
        form2.addRow(self.tr("&Soort"), self.kind)
        row.addLayout(form)
        row.addSpacing(24)
        row.addLayout(form2)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.saved)
        for signal in (
            self.when.dateTimeChanged,
            self.duration.valueChanged,
            self.channel.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.notes.textChanged,
        ):
            signal.connect(self._changed)
        self.setEnabled(False)

    def notify(self, sentence: str) -> None:
        """A sentence the adviser should not miss in the status line (in the text colour, not the quiet grey)."""
        self.saved.setStyleSheet("")
        self.saved.setText(sentence)

    def _changed(self, *_: object) -> None:
        if not self._loading and self._conversation is not None:
            self.saved.setStyleSheet(QUIET)
            self.saved.setText(self.tr("Wijzigingen worden bewaard…"))
            self.edited.emit()

    def show_conversation(self, conversation: Conversation) -> None:
        self._loading = True
        try:
            self._show_fields(conversation)
            self.notes.setPlainText(conversation.notes)  # another conversation: a fresh undo history
        finally:
            self._loading = False

    def _show_fields(self, conversation: Conversation) -> None:
        self._conversation = conversation
        w = conversation.when
        self.when.setDateTime(QDateTime(QDate(w.year, w.month, w.day), QTime(w.hour, w.minute)))
        self.duration.setValue(conversation.duration_min)
        self.channel.setCurrentIndex(self.channel.findData(conversation.channel.value))
        self.kind.setCurrentIndex(self.kind.findData(conversation.kind.value))
        self.saved.setStyleSheet(QUIET)
        self.saved.clear()
        self.setEnabled(True)

    def show_saved(self, conversation: Conversation) -> None:
        """The conversation as a save left it (merged with a write elsewhere, decision 200), shown without losing the
        notes' undo history: the new text goes in as one edit, so Ctrl+Z brings back what the adviser typed."""
        notes = self.notes.toPlainText()
        self._loading = True
        try:
            self._show_fields(conversation)
            if conversation.notes == notes:
                return
            cursor = QTextCursor(self.notes.document())
            at = self.notes.textCursor().position()
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(conversation.notes)
            cursor.endEditBlock()
            self.notes.setTextCursor(self._cursor_after_merge(conversation.notes, notes, at))
        finally:
            self._loading = False

    def _cursor_after_merge(self, merged: str, typed: str, at: int) -> QTextCursor:
        """Where the adviser was typing, in the merged text (their text ends it when it was kept whole)."""
        cursor = self.notes.textCursor()
        end = self.notes.document().characterCount() - 1  # never past the end
        if merged.endswith(typed):  # Qt counts UTF-16 units (an emoji is two), as ``at`` does: so does this
            cursor.setPosition(max(0, min(_units(merged) - _units(typed) + at, end)))
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def set_read_only(self, read_only: bool) -> None:
        """A closed case: the notes can be read and copied, nothing can be changed."""
        self.notes.setReadOnly(read_only)
        for field in (self.when, self.duration, self.channel, self.kind):
            field.setEnabled(not read_only)

    def conversation(self) -> Conversation | None:
        """The edited conversation as it stands in the widgets."""
        if self._conversation is None:
            return None
        when: datetime = self.when.dateTime().toPython()  # type: ignore[assignment]
        return replace(
            self._conversation,
            when=when.replace(second=0, microsecond=0),
            duration_min=self.duration.value(),
            channel=Channel(self.channel.currentData()),
            kind=ContactKind(self.kind.currentData()),
            notes=self.notes.toPlainText(),
        )

    def loaded(self) -> Conversation | None:
        """The conversation as loaded or last saved: a save writes only over that (decision 200)."""
        return self._conversation

    @property
    def conversation_id(self) -> int | None:
        return None if self._conversation is None else self._conversation.id

    def mark_saved(self, at: datetime) -> None:
        current = self.conversation()
        if current is not None:
            self._conversation = current
        self.saved.setStyleSheet(QUIET)
        self.saved.setText(self.tr("Bewaard om {time}").format(time=at.strftime("%H:%M:%S")))

    def clear(self) -> None:
        self._loading = True
        try:
            self._conversation = None
            self.notes.clear()
            self.duration.setValue(0)
            self.saved.clear()
            self.set_read_only(False)
            self.setEnabled(False)
        finally:
            self._loading = False


def _units(text: str) -> int:
    """The length of ``text`` as Qt counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
