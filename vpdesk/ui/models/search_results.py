"""Search hits as a list model; a delegate paints the highlighted snippet, so only visible rows cost anything."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vpdesk.domain.model import SearchHit

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole
MARKS = ("\x01", "\x02")  # the store puts these around matches; the model escapes the text, then makes them <b>


class SearchResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, int, str]] = []

    def set_hits(self, hits: list[SearchHit], pseudonyms: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = []
        for hit in hits:
            when = hit.when.strftime("%d-%m-%Y") if hit.when else ""
            snippet = html.escape(hit.snippet).replace(MARKS[0], "<b>").replace(MARKS[1], "</b>")
            title = html.escape(pseudonyms.get(hit.case_id, ""))
            self._rows.append((hit.case_id, hit.conversation_id, f"<b>{title}</b> · {when}<br>{snippet}"))
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case_id, conversation_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text.replace("<b>", "").replace("</b>", "")
        if role == HitRole:
            return (case_id, conversation_id)
        return None


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
