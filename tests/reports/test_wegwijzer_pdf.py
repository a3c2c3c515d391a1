"""The one-page wegwijzer for the melder carries what the screen shows for each route that fits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.guide import Fit, Rules, classify, parse_rules
from vpdesk.services.guide import write_sheet

ALL_AT_ONCE: dict[str, Any] = {
    "criminal": True,
    "undesirable_behaviour": True,
    "behaviour_kind": "seksuele_intimidatie",
    "other_party": "eigen_leidinggevende",
    "labour_dispute": True,
    "labour_topic": "overig",
    "legal_position": "cao_rijk",
    "integrity_suspicion": True,
    "public_interest": True,
    "health_strain": True,
    "wants_distance": True,
    "both_willing": True,
}


@pytest.fixture(scope="module")
def rules() -> Rules:
    return parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))


def test_each_route_carries_reason_first_step_how_to_reach_and_source(
    rules: Rules, tmp_path: Path, pdf_text: Callable[..., str]
) -> None:
    advice = classify(rules, {"undesirable_behaviour": True, "behaviour_kind": "agressie", "other_party": "burger"})
    path = tmp_path / "w.pdf"
    write_sheet(path, advice, "nl", rules.version, date(2026, 11, 30))
    text = " ".join(pdf_text(path).split())
    protocol = rules.route("agressieprotocol")
    assert protocol is not None
    for part in (protocol.reason_fits.nl, protocol.first.nl, protocol.how_to_reach.nl):
        assert " ".join(part.split()) in text
    assert "Eerst:" in text and "Zo bereikt u het:" in text and "Bron: Arbeidsomstandighedenwet" in text
    assert "gecontroleerd 30-11-2026" in text and "regels 2026.3" in text
    assert "Klachtencommissie" not in text  # a route that does not fit is not on the melder's sheet


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_even_a_long_list_stays_on_one_page(
    rules: Rules, tmp_path: Path, pdf_text: Callable[..., str], lang: str
) -> None:
    advice = classify(rules, ALL_AT_ONCE)
    assert sum(a.fit != Fit.DOES_NOT_FIT for a in advice) >= 15
    path = tmp_path / "long.pdf"
    write_sheet(path, advice, lang, rules.version, date(2026, 11, 30))
    text = pdf_text(path)
    assert text.count("\f") == 1  # pdftotext ends every page with a form feed
    assert "Geschillencommissie Rijk" in text and ("0900-8844" in text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_sheet_reads_right_at_home_and_gives_no_manager_talk_for_a_citizen(
    rules: Rules, tmp_path: Path, pdf_text: Callable[..., str], lang: str
) -> None:
    answers = {"undesirable_behaviour": True, "behaviour_kind": "agressie", "other_party": "burger"}
    path = tmp_path / f"w-{lang}.pdf"
    write_sheet(path, classify(rules, answers), lang, rules.version, date(2026, 11, 30))
    text = " ".join(pdf_text(path).split())
    vp = rules.route("vp")
    assert vp is not None and " ".join(vp.how_to_reach.get(lang).split()) in text
    assert "now" not in vp.how_to_reach.en.split() and "nu" not in vp.how_to_reach.nl.split()  # not "talking now"
    assert "intranet" in vp.how_to_reach.get(lang)  # where to find the adviser again, from home
    talk, protocol = rules.route("gesprek_leidinggevende"), rules.route("agressieprotocol")
    assert talk is not None and protocol is not None
    assert talk.name.get(lang) not in text and protocol.name.get(lang) in text
