"""The wegwijzer engine, table-driven: what fits, what fits after what, and why."""

from __future__ import annotations

import pytest

from vpdesk import resources
from vpdesk.domain.guide import Fit, Rules, RulesError, classify, merge_override, parse_rules
from vpdesk.errors import KnownError

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


def _fits(rules: Rules, answers: dict[str, object]) -> dict[str, tuple[Fit, str | None]]:
    return {a.route.id: (a.fit, a.after) for a in classify(rules, answers)}


@pytest.mark.parametrize("topic", CAO_16_2)
def test_cao_16_2_topics_have_direct_access_to_the_geschillencommissie(rules: Rules, topic: str) -> None:
    result = _fits(rules, {"labour_dispute": True, "labour_topic": topic})
    assert result["geschillencommissie"] == (Fit.FITS, None)
    assert result["raba"][0] == Fit.FITS and result["kantonrechter"][0] == Fit.FITS
    reason = next(
        a.reason.en
        for a in classify(rules, {"labour_dispute": True, "labour_topic": topic})
        if a.route.id == "geschillencommissie"
    )
    assert "16.2" in reason


@pytest.mark.parametrize("topic", ["overig", None])
def test_every_other_labour_topic_goes_to_raba_first(rules: Rules, topic: str | None) -> None:
    answers: dict[str, object] = {"labour_dispute": True}
    if topic:
        answers["labour_topic"] = topic
    result = _fits(rules, answers)
    assert result["geschillencommissie"] == (Fit.FITS_AFTER, "raba")
    assert result["raba"] == (Fit.FITS, None)
    assert result["kantonrechter"][0] == Fit.FITS  # the court stays open either way


def test_no_labour_dispute_means_no_labour_routes(rules: Rules) -> None:
    result = _fits(rules, {"labour_dispute": False, "undesirable_behaviour": True})
    assert result["geschillencommissie"][0] == result["raba"][0] == Fit.DOES_NOT_FIT
    assert result["klachtencommissie"][0] == Fit.FITS


def test_the_klokkenluider_route_carries_its_deadlines_and_source(rules: Rules) -> None:
    advice = {a.route.id: a for a in classify(rules, {"public_interest": True})}
    misstand = advice["misstand"]
    assert misstand.fit == Fit.FITS
    assert "7" in misstand.route.description.nl and "3 maanden" in misstand.route.description.nl
    assert "klokkenluiders" in misstand.route.source.lower()
    assert advice["meldproces"].fit == Fit.DOES_NOT_FIT


def test_police_for_criminal_acts_only(rules: Rules) -> None:
    assert _fits(rules, {"criminal": True})["politie"][0] == Fit.FITS
    assert _fits(rules, {"criminal": False})["politie"][0] == Fit.DOES_NOT_FIT


def test_external_vp_when_the_melder_wants_distance(rules: Rules) -> None:
    assert _fits(rules, {"wants_distance": True})["external_vp"][0] == Fit.FITS
    assert _fits(rules, {})["external_vp"][0] == Fit.DOES_NOT_FIT


def test_the_adviser_always_fits_and_every_route_has_a_reason_and_source(rules: Rules) -> None:
    advice = classify(rules, {})
    assert advice[0].route.id == "vp" and advice[0].fit == Fit.FITS
    assert all(a.reason.nl and a.reason.en and a.route.source for a in advice)
    assert len(advice) == len(rules.routes)  # options, never one forced answer


def test_mediation_needs_both_parties(rules: Rules) -> None:
    assert _fits(rules, {"both_willing": True, "labour_dispute": True})["mediation"][0] == Fit.FITS
    assert _fits(rules, {"both_willing": False, "labour_dispute": True})["mediation"][0] == Fit.DOES_NOT_FIT


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"nonsense": True}, "Unknown question 'nonsense'"),
        ({"criminal": "yes"}, "must be true or false"),
        ({"labour_topic": "weather"}, "'weather' is not a choice"),
    ],
)
def test_bad_answers_are_clear_errors(rules: Rules, answers: dict[str, object], message: str) -> None:
    with pytest.raises(KnownError, match=message):
        classify(rules, answers)


OVERRIDE = """
organisation = "Openbaar Ministerie"
version = "om-1"
hide = ["collega_coaching"]

[[route]]
id = "biom"
nl = "BIOM (Bureau Integriteit OM)"
en = "BIOM (integrity office of the OM)"
description_nl = "d"
description_en = "d"
how_to_reach_nl = "BIOM, intranet OM"
how_to_reach_en = "BIOM, OM intranet"
fits = { q = "integrity_suspicion", is = true }
reason_fits_nl = "r"
reason_fits_en = "r"
source = "Regeling BIOM"

[[route]]
id = "raba"
how_to_reach_nl = "RABA via P&O van het OM"
"""


def test_an_override_adds_changes_and_hides_routes(rules: Rules) -> None:
    merged = merge_override(rules, OVERRIDE, "om.toml")
    result = _fits(merged, {"integrity_suspicion": True})
    assert result["biom"][0] == Fit.FITS and "collega_coaching" not in result
    raba = merged.route("raba")
    assert raba is not None and raba.how_to_reach.nl == "RABA via P&O van het OM"
    assert raba.how_to_reach.en == rules.route("raba").how_to_reach.en  # type: ignore[union-attr]
    assert raba.organisation == "Openbaar Ministerie" and merged.version == "2026.1+om-1"
    assert rules.route("biom") is None  # the shipped rules are untouched


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('organisation = "x"\nhide = ["nope"]\n', r"om.toml, line 2: cannot hide unknown route 'nope'"),
        ('organisation = "x"\nhide = ["vp"]\n', "cannot be hidden"),
        ("hide = []\n", "needs an 'organisation'"),
        (
            'organisation = "x"\n[[route]]\nid = "raba"\ncolour = "red"\n',
            r"line 4: route 'raba': unknown field 'colour'",
        ),
        (
            'organisation = "x"\n[[route]]\nid = "new"\nnl = "n"\nen = "n"\nfits = { q = "ghost", is = true }\n'
            'description_nl="d"\ndescription_en="d"\nhow_to_reach_nl="h"\nhow_to_reach_en="h"\n'
            'reason_fits_nl="r"\nreason_fits_en="r"\n',
            r"line 6: route 'new' asks about an unknown question 'ghost'",
        ),
        ('organisation = "x"\n[[route]\n', r"om.toml, line 2"),
        ('organisation = "x"\n[[route]]\nid = "raba"\nafter = "nowhere"\n', "unknown route 'nowhere'"),
    ],
)
def test_malformed_overrides_name_file_line_and_problem(rules: Rules, text: str, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        merge_override(rules, text, "om.toml")


def test_malformed_rules_name_the_line() -> None:
    with pytest.raises(RulesError, match=r"guide.toml, line 3"):
        parse_rules('version = "1"\n[[question]]\nid = = "x"\n')
    with pytest.raises(RulesError, match="defined twice"):
        base = resources.path("guide.toml").read_text(encoding="utf-8")
        parse_rules(
            base + '\n[[route]]\nid = "vp"\nnl="a"\nen="b"\nfits={always=true}\n'
            'description_nl="d"\ndescription_en="d"\nhow_to_reach_nl="h"\nhow_to_reach_en="h"\n'
            'reason_fits_nl="r"\nreason_fits_en="r"\n'
        )
