"""The shipped wegwijzer rules as a whole: every route's source, order, texts and the questions that apply.
What fits in which situation is tested row by row in tests/domain/guide/test_situations.py."""

from __future__ import annotations

import re
import tomllib
from datetime import date

import pytest

from vpdesk import resources
from vpdesk.domain.guide import Fit, Rules, classify, merge_override, parse_rules
from vpdesk.errors import KnownError

# an official identifier: a BWBR id, a CAO Rijk paragraph, a Staatscourant, Staatsblad or Kamerstuk number, an EU act
REF = re.compile(
    r"BWBR\d{7}|CAO Rijk §\d+\.\d+|Stcrt\. \d{4}, \d+|Stb\. \d{4}, \d+|Kamerstuk \d+(-[A-Z]+)?, nr\. \d+"
    r"|Richtlijn \(EU\) \d{4}/\d+"
)
CHECKED = date(2026, 11, 30)


@pytest.fixture(scope="module")
def rules() -> Rules:
    return parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))


def test_the_rules_have_a_new_version(rules: Rules) -> None:
    assert rules.version == "2026.3"


def test_every_route_names_an_official_source_with_the_date_checked(rules: Rules) -> None:
    for route in rules.routes:
        assert route.sources, route.id
        for source in route.sources:
            assert source.checked == CHECKED, (route.id, source.document)
            assert source.ref == "" or REF.fullmatch(source.ref), (route.id, source.ref)
            assert source.url == "" or source.url.startswith("https://"), (route.id, source.url)
            assert source.ref or source.url, (route.id, source.document)
        # at least one source is a law, CAO paragraph or official publication, not only a web page
        assert any(REF.fullmatch(s.ref) for s in route.sources), route.id


def test_the_repealed_besluit_is_never_cited() -> None:
    assert "BWBR0026951" not in resources.path("guide.toml").read_text(encoding="utf-8")


def test_every_shipped_route_says_what_comes_first() -> None:
    raw = tomllib.loads(resources.path("guide.toml").read_text(encoding="utf-8"))
    for route in raw["route"]:
        assert route.get("first_nl") and route.get("first_en"), route["id"]


def test_the_route_table_of_domain_md_is_covered(rules: Rules) -> None:
    ids = {r.id for r in rules.routes}
    table = {
        "vp", "external_vp", "gesprek_leidinggevende", "gesprek_hoger", "raba", "geschillencommissie", "bezwaar",
        "meldproces", "misstand", "huis_klokkenluiders", "klachtencommissie", "crm", "arbeidsinspectie",
        "collega_coaching", "bedrijfsarts", "bmw", "mediation", "politie", "vakbond", "kantonrechter",
    }  # fmt: skip
    assert table <= ids


def test_urgent_routes_come_first(rules: Rules) -> None:
    advice = classify(rules, {"criminal": True, "other_party": "burger", "undesirable_behaviour": True})
    assert [a.route.id for a in advice][:3] == ["politie", "agressieprotocol", "vp"]
    assert classify(rules, {})[0].route.id == "vp"


def test_fitting_routes_come_before_after_routes_and_the_rest(rules: Rules) -> None:
    advice = classify(rules, {"labour_dispute": True, "legal_position": "cao_rijk", "wants_distance": True})
    ranks = [{Fit.FITS: 0, Fit.FITS_AFTER: 1, Fit.OPEN: 2, Fit.DOES_NOT_FIT: 3}[a.fit] for a in advice]
    assert ranks == sorted(ranks)
    assert sorted(a.route.id for a in advice) == sorted(r.id for r in rules.routes)  # each route once


def test_the_police_route_shows_how_to_reach_it(rules: Rules) -> None:
    politie = rules.route("politie")
    assert politie is not None and "0900-8844" in politie.how_to_reach.nl and "112" in politie.how_to_reach.nl


def test_the_geschillencommissie_is_reached_by_post_or_mail_not_the_rijksportaal(rules: Rules) -> None:
    gc = rules.route("geschillencommissie")
    assert gc is not None and "secretariaat" in gc.how_to_reach.nl and "Rijksportaal" not in gc.how_to_reach.nl


def test_the_huis_voor_klokkenluiders_needs_nothing_first(rules: Rules) -> None:
    huis = rules.route("huis_klokkenluiders")
    assert huis is not None and "18 februari 2023" in huis.first.nl and "18 February 2023" in huis.first.en


def test_only_the_questions_that_apply_are_asked(rules: Rules) -> None:
    asked = {q.id for q in rules.asked({})}
    assert not asked & {"labour_topic", "behaviour_kind", "other_party", "legal_position", "no_psa_policy"}
    labour = {q.id for q in rules.asked({"labour_dispute": True})}
    assert {"labour_topic", "other_party", "legal_position", "both_willing"} <= labour
    assert "behaviour_kind" in {q.id for q in rules.asked({"undesirable_behaviour": True})}


def test_an_override_that_fixes_the_legal_position_hides_the_question(rules: Rules) -> None:
    text = 'organisation = "Raad van State"\nversion = "rvs-1"\nlegal_position = "publiekrechtelijk"\n'
    merged = merge_override(rules, text, "rvs.toml")
    assert "legal_position" not in {q.id for q in merged.asked({"labour_dispute": True})}
    assert dict(merged.fixed) == {"legal_position": "publiekrechtelijk"}


def test_the_defensie_example_still_asks_whether_the_melder_is_external(rules: Rules) -> None:
    text = resources.path("overrides/example-defensie.toml").read_text(encoding="utf-8")
    merged = merge_override(rules, text, "example-defensie.toml")
    question = next(q for q in merged.asked({"labour_dispute": True}) if q.id == "legal_position")
    assert {choice for choice, _ in question.choices} == {"publiekrechtelijk", "extern"}


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"nonsense": True}, "Unknown question 'nonsense'"),
        ({"criminal": "yes"}, "must be true or false"),
        ({"criminal": 1}, "must be true or false"),
        ({"labour_topic": "weather"}, "'weather' is not a choice of 'labour_topic'"),
        ({"legal_position": True}, "'True' is not a choice"),
    ],
)
def test_bad_answers_are_clear_errors(rules: Rules, answers: dict[str, object], message: str) -> None:
    with pytest.raises(KnownError, match=message):
        classify(rules, answers)


def test_the_reviewers_table_in_docs_lists_every_route_with_its_sources(rules: Rules) -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "guide.md").read_text(encoding="utf-8")
    table = doc[doc.index("## Reviewer's table") :]
    for route in rules.routes:
        row = next((line for line in table.splitlines() if f"(`{route.id}`)" in line), "")
        assert row, f"{route.id} is missing from the reviewer's table"
        for source in route.sources:
            assert source.text() in row, (route.id, source.text())  # document, section and identifier
            assert source.checked is not None and source.checked.isoformat() in row
