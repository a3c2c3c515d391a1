"""Help > Handleiding (F1): the adviser's and coordinator's manual, rendered from the Markdown shipped with the app
(resources/help), screenshots included. Offline: links out of the manual are not followed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, manual: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # followed below: inside the manual only
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSource(QUrl.fromLocalFile(str(manual)), QTextDocument.ResourceType.MarkdownResource)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        """A heading of the manual is followed; a web address is not (offline: nothing leaves the laptop)."""
        if url.hasFragment() and url.scheme() in ("", "file"):
            self.browser.scrollToAnchor(url.fragment())
