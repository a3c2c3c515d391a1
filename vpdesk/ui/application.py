"""The Qt application itself: its translators, Qt's own messages routed to our log, and a fatal message box."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QLockFile,
    Qt,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from vpdesk import resources

__all__ = ["QApplication", "claim_single_instance", "install_translation", "make_application", "show_fatal"]
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


LOCK_NAME = "app.lock"  # in the data folder: one window per vault


def claim_single_instance(home: Path) -> QLockFile | None:
    """The one running app on this data folder, or None when another vpdesk has it (trial4 F21: two windows on
    one vault overwrote each other's notes without a word). A lock left by a vpdesk that crashed (its process is
    gone) is taken over. Keep the returned lock for the life of the app."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = QLockFile(str(home / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: only when the process that holds it has gone
    return lock if lock.tryLock(200) else None


def already_running_box() -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "vpdesk", "")
    box.setText(
        QCoreApplication.translate(
            "Application",
            "vpdesk is al geopend op deze computer. Gebruik dat venster (kijk in de taakbalk). Twee vensters op "
            "dezelfde kluis zouden elkaars aantekeningen overschrijven.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_already_running(app: QApplication, language: str) -> int:
    install_translation(app, language)
    already_running_box().exec()
    return 1
