"""Showing errors: a KnownError's sentence, translated; anything else is a bug, logged with its trace."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vpdesk.errors import KnownError

log = logging.getLogger(__name__)

# Known sentences, so Qt Linguist offers them for translation (context "KnownError").
_KNOWN = (
    QT_TRANSLATE_NOOP("KnownError", "Wrong passphrase."),
    QT_TRANSLATE_NOOP("KnownError", "Wrong recovery code."),
    QT_TRANSLATE_NOOP("KnownError", "The vault is damaged or has been tampered with."),
    QT_TRANSLATE_NOOP("KnownError", "Restore it from a backup with 'vpdesk restore FILE'."),
    QT_TRANSLATE_NOOP("KnownError", "The vault is locked."),
    QT_TRANSLATE_NOOP("KnownError", "The disk is full: the last change was not saved."),
    QT_TRANSLATE_NOOP("KnownError", "The vault could not be written to disk: the last change was not saved."),
    QT_TRANSLATE_NOOP("KnownError", "The vault is open in another vpdesk window or process: close it first."),
    QT_TRANSLATE_NOOP("KnownError", "The key-slot file of the vault is missing."),
    QT_TRANSLATE_NOOP("KnownError", "A case needs at least one category."),
    QT_TRANSLATE_NOOP("KnownError", "A duration cannot be negative."),
)


def describe(exc: BaseException) -> str:
    """The sentence to show for ``exc``; logs a bug with its trace (never with case content)."""
    if isinstance(exc, KnownError):
        text = QCoreApplication.translate("KnownError", exc.message)
        if exc.hint:
            text += " " + QCoreApplication.translate("KnownError", exc.hint)
        return text
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "KnownError", "Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand."
    )
