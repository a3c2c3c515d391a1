"""Is a visible string in the wrong language? Vocabularies from the translators' files, texts from the widgets.

Dutch words are those of the Dutch interface (the UI's source strings, the Dutch of the error sentences) that the
English interface never uses, and the other way round: so a word both share ("status", "open", "video") is never
a finding, and the lists grow by themselves with every string the project adds."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n"
_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*", re.UNICODE)  # "re-integratie" is one word
_NOISE = re.compile(r"<[^>]+>|\{[^}]*\}|&(?:amp;)?(?=\w)|https?://\S+")


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_NOISE.sub(" ", text))}


@cache
def vocabularies() -> tuple[frozenset[str], frozenset[str]]:
    """(words only the Dutch interface uses, words only the English one uses)."""
    dutch: set[str] = set()
    english: set[str] = set()
    for language in ("nl", "en"):
        for context in ET.parse(TS / f"vpdesk_{language}.ts").getroot():
            errors = context.findtext("name") == "KnownError"
            for message in context.findall("message"):
                source, translation = message.findtext("source") or "", message.findtext("translation") or ""
                if errors:  # English sentences, translated to Dutch
                    english.update(words(source))
                    if language == "nl":
                        dutch.update(words(translation))
                elif language == "en":  # Dutch source strings, translated to English
                    dutch.update(words(source))
                    english.update(words(translation))
    return frozenset(dutch - english), frozenset(english - dutch)


def visible_texts(root: QWidget, data_views: set[QWidget] | frozenset[QWidget] = frozenset()) -> list[tuple[str, str]]:
    """(where, text) of every string a user can see or hear (screen readers read names and tooltips) in ``root``;
    of the ``data_views`` (lists of the adviser's own text) only the names and headers."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: object) -> None:
        if isinstance(text, str) and text.strip():
            where = f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"
            found.append((where, text))

    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if w.isWindow():
            add(w, w.windowTitle())
        add(w, w.toolTip())
        add(w, w.accessibleName())
        if isinstance(w, QLabel | QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
                add(w, w.tabToolTip(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            add(w, w.placeholderText())
            if w.isReadOnly():
                add(w, w.toPlainText())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns = 1 if isinstance(w, QListView) else model.columnCount(QModelIndex())
            for c in range(columns):
                add(w, model.headerData(c, Qt.Orientation.Horizontal))
            for r in range(0 if w in data_views else min(model.rowCount(QModelIndex()), 60)):
                for c in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(r, c), role)
                        if isinstance(value, str):
                            add(w, value)
    return found


def wrong_language(texts: list[tuple[str, str]], language: str, data: set[str]) -> list[str]:
    """The texts with a word of the other language; ``data`` (pseudonyms, notes, room and unit names: what the
    adviser or the organisation typed) is taken out first."""
    dutch_only, english_only = vocabularies()
    foreign = dutch_only if language == "en" else english_only
    wrong = []
    for where, text in texts:
        bare = text
        for value in sorted(data, key=len, reverse=True):  # whole words only: the day "do" is not in "door"
            bare = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", bare)
        hits = sorted(words(bare) & foreign)
        if hits:
            wrong.append(f"{where}: {text!r} ({', '.join(hits)})")
    return sorted(set(wrong))
