"""The wegwijzer with the shipped rules, table-driven: what fits, what fits after what, and why."""

from __future__ import annotations

from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.guide import Fit, RouteAdvice, Rules, classify, parse_rules
from vpdesk.errors import KnownError

# CAO Rijk 16.2: the topics with direct access to the Geschillencommissie Rijk
CAO_16_2 = [
    "beoordeling",
    "vwnw",
    "functiegroep",
    "salarisschaal",
    "voorgenomen_straf",
    "benadeling_melding",
    "terugkeer_outsourcing",
    "vergoeding_benadeling",
]


@pytest.fixture(scope="module")
def rules() -> Rules:
    return parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))


def _by_id(rules: Rules, answers: dict[str, Any]) -> dict[str, RouteAdvice]:
    return {a.route.id: a for a in classify(rules, answers)}


def _other_topics() -> list[str]:
    text = resources.path("guide.toml").read_text(encoding="utf-8")
    question = parse_rules(text).question("labour_topic")
    assert question is not None
    return [cid for cid, _ in question.choices if cid not in CAO_16_2]


def test_the_topic_choices_are_the_eight_cao_topics_and_the_rest(rules: Rules) -> None:
    question = rules.question("labour_topic")
    assert question is not None and question.type == "choice"
    assert [cid for cid, _ in question.choices][:8] == CAO_16_2
    assert _other_topics() == ["overig"]


@pytest.mark.parametrize("topic", CAO_16_2)
def test_cao_16_2_topics_have_direct_access_to_the_geschillencommissie(rules: Rules, topic: str) -> None:
    advice = _by_id(rules, {"labour_dispute": True, "labour_topic": topic})
    gc = advice["geschillencommissie"]
    assert (gc.fit, gc.after) == (Fit.FITS, None)
    assert "16.2" in gc.reason.nl and "16.2" in gc.reason.en
    assert any(s.document == "CAO Rijk" and s.section == "hoofdstuk 16.2" for s in gc.sources)
    assert advice["raba"].fit == Fit.FITS  # RABA stays open for advice
    assert advice["kantonrechter"].fit == Fit.FITS  # and so does the court


@pytest.mark.parametrize("answers", [{"labour_topic": t} for t in _other_topics()] + [{}, {"labour_topic": None}])
def test_every_other_labour_topic_goes_to_raba_first(rules: Rules, answers: dict[str, Any]) -> None:
    advice = _by_id(rules, {"labour_dispute": True, **answers})
    gc = advice["geschillencommissie"]
    assert (gc.fit, gc.after) == (Fit.FITS_AFTER, "raba")
    assert "RABA" in gc.reason.nl and "RABA" in gc.reason.en and "16.2" not in gc.reason.en
    assert advice["raba"].fit == Fit.FITS
    assert advice["kantonrechter"].fit == Fit.FITS  # the court stays open either way


@pytest.mark.parametrize("topic", [*CAO_16_2, "overig"])
def test_without_a_labour_dispute_no_labour_route_fits_whatever_the_topic(rules: Rules, topic: str) -> None:
    advice = _by_id(rules, {"labour_dispute": False, "labour_topic": topic})
    for rid in ("raba", "geschillencommissie", "kantonrechter"):
        assert advice[rid].fit == Fit.DOES_NOT_FIT, rid
        assert advice[rid].reason == advice[rid].route.reason_not


def test_the_klokkenluider_route_carries_its_deadlines_and_source(rules: Rules) -> None:
    advice = _by_id(rules, {"public_interest": True})
    misstand = advice["misstand"]
    assert misstand.fit == Fit.FITS and misstand.reason == misstand.route.reason_fits
    assert "7 dagen" in misstand.route.description.nl and "3 maanden" in misstand.route.description.nl
    assert "7 days" in misstand.route.description.en and "3 months" in misstand.route.description.en
    assert "Huis voor Klokkenluiders" in misstand.route.how_to_reach.nl
    documents = {s.document for s in misstand.sources}
    assert {"Wet bescherming klokkenluiders", "Richtlijn (EU) 2019/1937"} <= documents
    assert all(s.url.startswith("https://") for s in misstand.sources)
    assert advice["meldproces"].fit == Fit.DOES_NOT_FIT  # a misstand alone is not an integrity report
    assert _by_id(rules, {"public_interest": False})["misstand"].fit == Fit.DOES_NOT_FIT


def test_an_integrity_suspicion_leads_to_the_meldproces_with_bipo(rules: Rules) -> None:
    meldproces = _by_id(rules, {"integrity_suspicion": True})["meldproces"]
    assert meldproces.fit == Fit.FITS
    assert "procesbegeleider" in meldproces.route.description.nl and "BIPO" in meldproces.route.description.nl
    assert "BIPO" in meldproces.route.source


@pytest.mark.parametrize(("criminal", "fit"), [(True, Fit.FITS), (False, Fit.DOES_NOT_FIT), (None, Fit.DOES_NOT_FIT)])
def test_police_for_criminal_acts_only(rules: Rules, criminal: bool | None, fit: Fit) -> None:
    politie = _by_id(rules, {"criminal": criminal})["politie"]
    assert politie.fit == fit
    assert politie.reason == (politie.route.reason_fits if fit == Fit.FITS else politie.route.reason_not)
    assert "Strafvordering" in politie.route.source


def test_police_is_listed_right_after_the_adviser_when_there_are_criminal_acts(rules: Rules) -> None:
    advice = classify(rules, {"criminal": True, "labour_dispute": True, "undesirable_behaviour": True})
    assert [a.route.id for a in advice][:2] == ["vp", "politie"]


@pytest.mark.parametrize(("distance", "fit"), [(True, Fit.FITS), (False, Fit.DOES_NOT_FIT)])
def test_external_vp_when_the_melder_wants_distance(rules: Rules, distance: bool, fit: Fit) -> None:
    assert _by_id(rules, {"wants_distance": distance})["external_vp"].fit == fit


@pytest.mark.parametrize(
    ("answers", "route"),
    [
        ({"undesirable_behaviour": True}, "klachtencommissie"),
        ({"health_strain": True}, "bedrijfsarts"),
        ({"wants_sparring": True}, "collega_coaching"),
    ],
)
def test_single_question_routes(rules: Rules, answers: dict[str, Any], route: str) -> None:
    assert _by_id(rules, answers)[route].fit == Fit.FITS
    assert _by_id(rules, {})[route].fit == Fit.DOES_NOT_FIT


@pytest.mark.parametrize(
    ("answers", "fit"),
    [
        ({"both_willing": True, "labour_dispute": True}, Fit.FITS),
        ({"both_willing": True, "undesirable_behaviour": True}, Fit.FITS),
        ({"both_willing": False, "labour_dispute": True}, Fit.DOES_NOT_FIT),
        ({"both_willing": True}, Fit.DOES_NOT_FIT),  # no conflict to mediate
    ],
)
def test_mediation_needs_a_conflict_and_both_parties(rules: Rules, answers: dict[str, Any], fit: Fit) -> None:
    assert _by_id(rules, answers)["mediation"].fit == fit


def test_the_adviser_always_fits_and_every_route_has_a_reason_and_source(rules: Rules) -> None:
    for answers in ({}, {"criminal": True}, {"labour_dispute": True, "labour_topic": "overig"}):
        advice = classify(rules, answers)
        assert advice[0].route.id == "vp" and advice[0].fit == Fit.FITS
        assert sorted(a.route.id for a in advice) == sorted(r.id for r in rules.routes)  # each route once
        assert all(a.reason.nl and a.reason.en and a.route.source and a.sources for a in advice)


def test_options_are_shown_side_by_side_in_a_sensible_order(rules: Rules) -> None:
    answers = {"labour_dispute": True, "undesirable_behaviour": True, "health_strain": True, "wants_distance": True}
    advice = classify(rules, answers)
    fits = [a.route.id for a in advice if a.fit == Fit.FITS]
    assert fits == ["vp", "external_vp", "klachtencommissie", "raba", "kantonrechter", "bedrijfsarts"]
    ranks = [{Fit.FITS: 0, Fit.FITS_AFTER: 1, Fit.DOES_NOT_FIT: 2}[a.fit] for a in advice]
    assert ranks == sorted(ranks)  # fitting first, then "after", then the rest
    assert [a.route.id for a in advice if a.fit == Fit.FITS_AFTER] == ["geschillencommissie"]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"nonsense": True}, "Unknown question 'nonsense'"),
        ({"criminal": "yes"}, "must be true or false"),
        ({"criminal": 1}, "must be true or false"),
        ({"labour_topic": "weather"}, "'weather' is not a choice of 'labour_topic'"),
        ({"labour_topic": True}, "'True' is not a choice"),
    ],
)
def test_bad_answers_are_clear_errors(rules: Rules, answers: dict[str, object], message: str) -> None:
    with pytest.raises(KnownError, match=message):
        classify(rules, answers)


def test_the_topic_is_asked_only_when_there_is_a_labour_dispute(rules: Rules) -> None:
    asked = [q.id for q in rules.asked({})]
    assert "labour_topic" not in asked and "labour_dispute" in asked and len(asked) == len(rules.questions) - 1
    assert "labour_topic" in [q.id for q in rules.asked({"labour_dispute": True})]
    assert "labour_topic" not in [q.id for q in rules.asked({"labour_dispute": False, "labour_topic": "vwnw"})]
