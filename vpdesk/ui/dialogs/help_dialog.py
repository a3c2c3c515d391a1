"""Help > Handleiding (F1): the adviser's and coordinator's manual, rendered from the Markdown shipped with the app
(resources/help), screenshots included. Offline: links out of the manual are not followed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def _image(resource: object) -> QImage:
    """What the document holds for a picture (a QImage, QPixmap or the file's bytes) as a QImage."""
    if isinstance(resource, QImage):
        return resource
    if isinstance(resource, QPixmap):
        return resource.toImage()
    if isinstance(resource, QByteArray | bytes):
        return QImage.fromData(resource)
    return QImage()


class HelpDialog(QDialog):
    def __init__(self, manual: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.resize(860, 560)  # fits a 1366x768 screen at 125% (1093x614)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        """Pictures as wide as the text, never wider: no sideways scrolling, also on a small screen."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    picture = _image(document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name())))
                    natural = picture.width() or room
                    width = min(room, natural)
                    if int(image.width()) != width:
                        fitted = QTextImageFormat(image)
                        fitted.setWidth(width)
                        fitted.setHeight(picture.height() * width / natural)
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(fitted)
                it += 1
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        """A heading of the manual is followed; a web address is not (offline: nothing leaves the laptop)."""
        if url.hasFragment() and url.scheme() in ("", "file"):
            self.browser.scrollToAnchor(url.fragment())
