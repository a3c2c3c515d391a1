"""Every sentence a KnownError can show is a constant, and Dutch (the default language) translates each one with
the same placeholders; the UI fills in the translation."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from vpdesk.errors import KnownError

ROOT = Path(__file__).resolve().parent.parent


def _scanner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("known_errors", ROOT / "scripts" / "known_errors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["known_errors"] = module
    spec.loader.exec_module(module)
    return module


def _dutch() -> dict[str, str | None]:
    tree = ET.parse(ROOT / "resources/i18n/vpdesk_nl.ts")  # a source file: not shipped
    out: dict[str, str | None] = {}
    for ctx in tree.getroot():
        if ctx.findtext("name") == "KnownError":
            for message in ctx.findall("message"):
                translation = message.find("translation")
                assert translation is not None
                done = translation.get("type") not in ("unfinished", "obsolete") and translation.text
                out[message.findtext("source") or ""] = translation.text if done else None
    return out


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


def test_no_sentence_is_an_f_string() -> None:
    assert _scanner().find().fstrings == []


def test_the_scanner_finds_sentences_in_every_form() -> None:
    sentences = _scanner().find().sentences
    assert "Wrong passphrase." in sentences  # super().__init__ in a subclass
    assert "Restore it from a backup with 'vpdesk restore FILE'." in sentences  # detail or "hint"
    assert "There is no case {case}." in sentences  # a template with a field
    assert "The feedback date lies before the report date." in sentences  # known_sentence(...) in a table
    assert len(sentences) > 100


def test_every_sentence_has_a_dutch_translation_with_the_same_placeholders() -> None:
    dutch = _dutch()
    sentences = _scanner().find().sentences
    untranslated = sorted(s for s in sentences if not dutch.get(s))
    assert untranslated == [], "run `make i18n` and translate these in resources/i18n/vpdesk_nl.ts"
    mismatched = sorted(s for s in sentences if _fields(s) != _fields(dutch[s] or ""))
    assert mismatched == []


def test_a_template_is_filled_in_for_the_command_line() -> None:
    error = KnownError("There is no case {case}.", hint="Check {case} again.", case=7)
    assert str(error) == "There is no case 7. Check 7 again."
    assert (error.template, error.fields) == ("There is no case {case}.", {"case": "7"})
    assert str(KnownError("Braces {like this} stay when there are no fields.")) == (
        "Braces {like this} stay when there are no fields."
    )


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    from PySide6.QtCore import QTranslator

    from vpdesk.ui.application import install_translation

    translator = install_translation(qapp, "nl")
    assert translator is not None
    yield
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
        t.deleteLater()


def test_the_ui_shows_the_dutch_sentence_filled_in(dutch: None) -> None:
    from vpdesk.exchange.importer import ImportRejected
    from vpdesk.store.keyslots import SlotFile
    from vpdesk.ui.errors import describe

    assert describe(KnownError("There is no case {case}.", case=12)) == "Zaak 12 bestaat niet."
    rejected = ImportRejected("The signer {adviser} is not on the trust list.", reason="unknown_signer", adviser="AB")
    assert describe(rejected) == "De ondertekenaar AB staat niet op de lijst van vertrouwde vertrouwenspersonen."
    with pytest.raises(KnownError) as caught:
        SlotFile.from_bytes(b"not json")
    assert describe(caught.value) == (
        "Het sleutelbestand is beschadigd. Zet de kluis terug uit een back-up: Bestand > Back-up terugzetten."
    )


def test_a_translation_that_does_not_fit_falls_back_to_english(dutch: None) -> None:
    from vpdesk.ui.errors import _translated

    assert _translated("No such sentence {x}.", "No such sentence 1.", {"y": "1"}) == "No such sentence 1."
