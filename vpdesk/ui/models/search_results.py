"""Search hits as a list model; a delegate paints the highlighted snippet, so only visible rows cost anything."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vpdesk.domain.model import SearchHit

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole
MARKS = ("\x01", "\x02")  # the store puts these around matches; the model escapes the text, then makes them <b>


class SearchResultsModel(QAbstractListModel):
    """The hits of one search. A hit that came without its snippet (only those first shown carry one) asks for it
    when the view first paints it: `snippets_wanted` with the conversation ids, answered by `set_snippets`."""

    snippets_wanted = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, int, str, str | None]] = []  # case, conversation, title html, snippet html
        self._asked: set[int] = set()
        self._asking: list[int] = []

    def set_hits(self, hits: list[SearchHit], pseudonyms: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows, self._asked, self._asking = [], set(), []
        for hit in hits:
            when = hit.when.strftime("%d-%m-%Y") if hit.when else ""
            title = f"<b>{html.escape(pseudonyms.get(hit.case_id, ''))}</b> · {when}"
            self._rows.append((hit.case_id, hit.conversation_id, title, _snippet(hit.snippet) if hit.snippet else None))
        self.endResetModel()

    def set_snippets(self, snippets: dict[int, str]) -> None:
        for row, (case_id, conversation_id, title, snippet) in enumerate(self._rows):
            if snippet is None and conversation_id in snippets:
                self._rows[row] = (case_id, conversation_id, title, _snippet(snippets[conversation_id]))
                self.dataChanged.emit(self.index(row), self.index(row))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._asked, self._asking = [], set(), []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case_id, conversation_id, title, snippet = self._rows[index.row()]
        if snippet is None and role == Qt.ItemDataRole.DisplayRole:
            self._ask(conversation_id)
        text = f"{title}<br>{snippet or '…'}"
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text.replace("<b>", "").replace("</b>", "")
        if role == HitRole:
            return (case_id, conversation_id)
        return None

    def _ask(self, conversation_id: int) -> None:
        """Gather the rows painted in one go and ask for their snippets once, after the paint."""
        if conversation_id in self._asked:
            return
        self._asked.add(conversation_id)
        if not self._asking:
            QTimer.singleShot(0, self._send)
        self._asking.append(conversation_id)

    def _send(self) -> None:
        asking, self._asking = self._asking, []
        if asking:
            self.snippets_wanted.emit(asking)


def _snippet(text: str) -> str:
    return html.escape(text).replace(MARKS[0], "<b>").replace(MARKS[1], "</b>")


class RichTextDelegate(QStyledItemDelegate):
    """Paints the display text as rich text (already escaped by the model)."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(text)
        doc.setTextWidth(max(option.rect.width() - 12, 50))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, text)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.left() + 6, opt.rect.top() + 3)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # every hit gets three lines (title, two of snippet): one size for all rows keeps layout cheap
        return QSize(option.rect.width(), option.fontMetrics.lineSpacing() * 3 + 10)
