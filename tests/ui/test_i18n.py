"""Dutch by default, English selectable: the compiled translations load and cover every UI string."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from vpdesk.ui.application import install_translation

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n"  # translators' source files: not shipped


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    for translator in qapp.findChildren(__import__("PySide6.QtCore", fromlist=["QTranslator"]).QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_english_translates_the_dutch_interface(app: QApplication) -> None:
    assert install_translation(app, "en") is not None
    assert QCoreApplication.translate("UnlockPage", "vpdesk is vergrendeld") == "vpdesk is locked"
    assert QCoreApplication.translate("KnownError", "Wrong passphrase.") == "Wrong passphrase."


def test_dutch_translates_the_known_error_sentences(app: QApplication) -> None:
    assert install_translation(app, "nl") is not None
    assert QCoreApplication.translate("KnownError", "Wrong passphrase.") == "Onjuiste wachtwoordzin."
    assert QCoreApplication.translate("UnlockPage", "vpdesk is vergrendeld") == "vpdesk is vergrendeld"


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None, message.findtext("source")
    return translation.get("type") in ("unfinished", "obsolete") or not message.findtext("translation")


def test_every_interface_string_has_an_english_translation() -> None:
    tree = ET.parse(TS / "vpdesk_en.ts")
    missing = [
        m.findtext("source")
        for ctx in tree.getroot()
        if ctx.findtext("name") != "KnownError"
        for m in ctx.findall("message")
        if _unfinished(m)
    ]
    assert missing == []


def test_the_calm_bug_message_is_english_in_english(app: QApplication) -> None:
    from vpdesk.ui.errors import describe

    assert install_translation(app, "en") is not None
    text = describe(RuntimeError("a bug"))
    assert text.startswith("Something unexpected went wrong.")


def test_dutch_translates_qts_own_buttons(app: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    assert install_translation(app, "nl") is not None
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Sluiten"}
    box.deleteLater()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_shipped_qm_holds_every_finished_translation_of_the_ts(lang: str) -> None:
    """A .qm built before the .ts was finished (or not rebuilt after it) shows Dutch in English mode, as the
    wegwijzer's "Bron:" did in a user trial; `make i18n` rebuilds it."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(TS / f"vpdesk_{lang}.qm"))
    stale = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(TS / f"vpdesk_{lang}.ts").getroot()
        for m in ctx.findall("message")
        if not _unfinished(m)
        and translator.translate(ctx.findtext("name") or "", m.findtext("source") or "") != m.findtext("translation")
    ]
    assert stale == []


def test_the_english_wegwijzer_cards_say_source_and_open_question(app: QApplication) -> None:
    from vpdesk import resources
    from vpdesk.domain.guide import classify, parse_rules
    from vpdesk.ui.widgets.guide_panel import GuidePanel

    assert install_translation(app, "en") is not None
    rules = parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))
    panel = GuidePanel(recording=False)
    panel.set_rules(rules, "en")
    panel.show_advice(classify(rules, {"labour_dispute": True}))
    text = panel.text()
    assert "Source: " in text and "Bron" not in text
    assert "Open question · RABA" in text and "Answer first: What is the melder's legal position?" in text
    panel.deleteLater()
