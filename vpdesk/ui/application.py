"""The Qt application itself: its translators, Qt's own messages routed to our log, and a fatal message box."""

from __future__ import annotations

import contextlib
import logging
import sys
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from vpdesk import resources

__all__ = ["QApplication", "install_translation", "make_application", "show_fatal"]
log = logging.getLogger(__name__)


# Qt's levels as the log's: a platform plugin that cannot load (a missing system library) is a warning IT must see
LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_messages(mode: QtMsgType, context: object, message: str) -> None:
    # Qt's own messages go to our log at their own level, never to the terminal; they carry no case content.
    log.log(LEVELS.get(mode, logging.WARNING), "qt: %s", message.split("\n", 1)[0][:200])


def make_application() -> QApplication:
    qInstallMessageHandler(_qt_messages)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("vpdesk")
    app.setOrganizationName("vpdesk")
    return app


class _QtGaps(QTranslator):
    """Qt's own words that the qtbase_nl.qm in the PySide6 wheel lacks (its file dialog renamed them with an
    accelerator after the translation was made): without these, "Look in:" and "Files of type:" stood in English
    in a Dutch file dialog (trial4 F9)."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
        ("QFileDialog", "File name:"): "Bestandsnaam:",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.WORDS.get((context, source))  # type: ignore[return-value]  # None: not ours, ask the next

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []  # the translators of the language in use; a new language replaces them


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Dutch is the UI's source language; vpdesk_en.qm translates it to English and vpdesk_nl.qm translates the
    (English) sentences of KnownError to Dutch. Called again with another language, it replaces the first."""
    if language not in ("nl", "en"):
        language = "nl"
    while _installed:
        old = _installed.pop()
        with contextlib.suppress(RuntimeError):  # already removed and deleted by its owner
            app.removeTranslator(old)
            old.deleteLater()
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt = QTranslator(app)  # Qt's own words: the Cancel and Close of standard buttons, context menus
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        else:  # the wheel ships it (PySide6/Qt/translations); a system Qt may not
            log.warning("no Qt base translation for Dutch")
        gaps = _QtGaps(app)
        app.installTranslator(gaps)
        _installed.append(gaps)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translator = QTranslator(app)
    if translator.load(str(resources.path(f"i18n/vpdesk_{language}.qm"))):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    log.warning("no translation for language %s", language)
    return None


def fatal_box(message: str) -> QMessageBox:
    """The adviser's words first (Dutch, the default language: what to do, that the notes are safe); the
    technical sentence for IT below it, selectable so it can be copied into a ticket (trial4 F15)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "vpdesk", "")
    box.setText(
        QCoreApplication.translate(
            "Application",
            "vpdesk kan niet starten. Neem contact op met uw servicedesk en geef hun de melding hieronder. "
            "Uw aantekeningen zijn veilig: er is niets gewijzigd.",
        )
    )
    box.setInformativeText(QCoreApplication.translate("Application", "Melding voor de servicedesk:") + "\n" + message)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_fatal(app: QApplication, message: str) -> int:
    """A problem that stops the app before any window (a bad policy file), in the default language, Dutch."""
    install_translation(app, "nl")
    fatal_box(message).exec()
    return 1
