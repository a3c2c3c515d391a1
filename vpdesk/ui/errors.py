"""Showing errors: a KnownError's sentence, translated; anything else is a bug, logged with its trace."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from vpdesk.errors import OS_PROBLEM_TEXTS, KnownError, known_sentence

log = logging.getLogger(__name__)

# The app names no command: a sentence written for the command line gets the app's own words here.
APP_WORDING = {
    "Restore it from a backup with 'vpdesk restore FILE'.": known_sentence(
        "Restore it from a backup: File > Restore backup."
    ),
    "Restore the vault from a backup with 'vpdesk restore FILE'.": known_sentence(
        "Restore the vault from a backup: File > Restore backup."
    ),
    "Create one with 'vpdesk init' or restore a backup.": known_sentence(
        "Create one on the welcome page, or restore a backup: File > Restore backup."
    ),
    "This is an adviser vault; create a coordinator vault with 'vpdesk init --coordinator'.": known_sentence(
        "This is an adviser vault; the coordinator's work needs a coordinator vault (see the manual, F1)."
    ),
    "An adviser's own jaarverslag is a PDF only: tables leave the laptop through 'export'.": known_sentence(
        "An adviser's own jaarverslag is a PDF only: the figures leave the laptop as an export (Export…)."
    ),
    # the app shows the adviser's own bookings from the vault while the pool is out of reach (the CLI: `rooms mine`)
    "Nothing was booked or cancelled.": known_sentence(
        "Your own bookings are shown read-only; nothing was booked or cancelled."
    ),
    "Say what to write: --pdf FILE, --ods FILE and/or --csv DIR.": known_sentence(
        "Choose at least one of PDF, ODS or CSV to write."
    ),
}


def describe(exc: BaseException) -> str:
    """The sentence to show for ``exc``; logs a bug with its trace (never with case content)."""
    if isinstance(exc, KnownError):
        text = _translated(exc.template, exc.message, exc.fields)
        if exc.hint:
            text += " " + _translated(exc.hint_template, exc.hint, exc.fields)
        return text
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "KnownError", "Er ging iets onverwachts mis. Uw gegevens zijn veilig; details staan in het logbestand."
    )


def _translated(template: str, english: str, fields: dict[str, str]) -> str:
    """The translation of a KnownError sentence (found by scripts/known_errors.py), filled in; the English
    sentence when there is no translation or the translation's placeholders do not fit."""
    if template in APP_WORDING:
        template = english = APP_WORDING[template]
    text = QCoreApplication.translate("KnownError", template)
    fields = {k: QCoreApplication.translate("KnownError", v) if v in OS_PROBLEM_TEXTS else v for k, v in fields.items()}
    try:
        return text.format(**fields) if fields else text
    except (KeyError, IndexError, ValueError):
        log.warning("a translation does not fit its sentence's placeholders")
        return english
