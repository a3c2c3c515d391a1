"""Organisation overrides: what they add, change and hide, and errors that name file, line and problem."""

from __future__ import annotations

import pytest

from tests.domain.guide.texts import route
from vpdesk import resources
from vpdesk.domain.guide import Fit, Rules, RulesError, classify, merge_override, parse_rules


def shipped() -> Rules:
    return parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))


# --- overrides --------------------------------------------------------------------------------------------------
OVERRIDE = """
organisation = "Openbaar Ministerie"
version = "om-1"
hide = ["collega_coaching"]

[[question]]
id = "om_parket"
type = "bool"
nl = "Werkt de melder op een parket?"
en = "Does the melder work at a public prosecutor's office?"

[[route]]
id = "biom"
listed_after = "meldproces"
nl = "BIOM (Bureau Integriteit OM)"
en = "BIOM (integrity office of the OM)"
description_nl = "d"
description_en = "d"
how_to_reach_nl = "BIOM, intranet OM"
how_to_reach_en = "BIOM, OM intranet"
fits = { any = [{ integrity_suspicion = true }, { om_parket = true }] }
reason_fits_nl = "r"
reason_fits_en = "r"
source = { document = "Regeling BIOM" }

[[route]]
id = "raba"
how_to_reach_nl = "RABA via P&O van het OM"
"""


def test_an_override_adds_changes_and_hides_routes() -> None:
    base = shipped()
    merged = merge_override(base, OVERRIDE, "om.toml")
    advice = {a.route.id: a for a in classify(merged, {"integrity_suspicion": True})}
    assert advice["biom"].fit == Fit.FITS and "collega_coaching" not in advice  # added, hidden
    assert classify(merged, {"om_parket": True})[1].route.id == "biom"  # the added question works
    raba, old = merged.route("raba"), base.route("raba")
    assert raba is not None and old is not None
    assert raba.how_to_reach.nl == "RABA via P&O van het OM"  # changed
    assert raba.how_to_reach.en == old.how_to_reach.en and raba.fits == old.fits  # the rest stays
    assert raba.organisation == "Openbaar Ministerie" and old.organisation == ""
    assert merged.version == "2026.3+om-1" and merged.organisation == "Openbaar Ministerie"
    assert base.route("biom") is None and base.hidden == frozenset()  # the shipped rules are untouched
    ids = [r.id for r in merged.visible_routes()]
    assert ids[ids.index("meldproces") + 1] == "biom"  # listed_after places the new route


def test_an_override_can_change_a_routes_condition() -> None:
    reasons = 'reason_fits_nl = "p"\nreason_fits_en = "f"\nreason_not_nl = "n"\nreason_not_en = "n"\n'
    fits = "fits = { any = [{ criminal = true }, { a = true }] }\n"
    text = 'organisation = "X"\n[[route]]\nid = "politie"\n' + fits + reasons
    with pytest.raises(RulesError, match=r"x.toml, line 4: route 'politie': .*unknown question 'a'"):
        merge_override(shipped(), text, "x.toml")
    merged = merge_override(shipped(), text.replace("{ a = true }", "{ wants_distance = true }"), "x.toml")
    assert {a.route.id: a.fit for a in classify(merged, {"wants_distance": True})}["politie"] == Fit.FITS


EXAMPLES = sorted(p.name for p in resources.path("overrides").glob("*.toml"))


def test_there_are_example_overrides_for_jenv_om_and_defensie() -> None:
    assert {"example-jenv.toml", "example-om.toml", "example-defensie.toml"} <= set(EXAMPLES)


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_example_override_loads(name: str) -> None:
    merged = merge_override(shipped(), resources.path(f"overrides/{name}").read_text(encoding="utf-8"), name)
    assert merged.organisation and merged.version.startswith(shipped().version + "+")
    added = [r.id for r in merged.routes if shipped().route(r.id) is None]
    assert all((found := merged.route(rid)) is not None and found.organisation for rid in added)
    assert all(s.checked is not None for rid in added if (r := merged.route(rid)) for s in r.sources)
    positions = {q.id: q.choices for q in merged.questions}["legal_position"]
    narrowed = positions != {q.id: q.choices for q in shipped().questions}["legal_position"]
    assert added or merged.fixed or narrowed  # each example shows something an organisation sets


REASONS = 'reason_fits_nl = "p"\nreason_fits_en = "f"\nreason_not_nl = "n"\nreason_not_en = "n"\n'
LOKET = """
[[route]]
id = "eigen_loket"
nl = "Eigen loket"
en = "Own desk"
description_nl = "d"
description_en = "d"
how_to_reach_nl = "h"
how_to_reach_en = "h"
fits = { labour_dispute = true }
reason_fits_nl = "past"
reason_fits_en = "fits"
source = "Regeling eigen loket"
"""


def test_a_changed_condition_needs_its_own_reasons_never_inherited_ones() -> None:
    text = ORG + 'hide = ["raba"]\n' + LOKET + '[[route]]\nid = "geschillencommissie"\nafter = "eigen_loket"\n'
    with pytest.raises(RulesError, match=r"route 'geschillencommissie': a changed 'after' needs its own reason_after"):
        merge_override(shipped(), text, "om.toml")
    with pytest.raises(RulesError, match=r"a changed 'fits' needs its own reason_fits_nl"):
        merge_override(shipped(), RABA + "fits = { criminal = true }\n", "om.toml")
    text += 'reason_after_nl = "Eerst het eigen loket."\nreason_after_en = "The own desk first."\n'
    merged = merge_override(shipped(), text, "om.toml")
    answers = {"labour_dispute": True, "labour_topic": "overig", "legal_position": "cao_rijk"}
    gc = {a.route.id: a for a in classify(merged, answers)}["geschillencommissie"]
    assert (gc.fit, gc.after, gc.reason.nl) == (Fit.FITS_AFTER, "eigen_loket", "Eerst het eigen loket.")
    assert "RABA" not in gc.reason.nl and "RABA" not in gc.reason.en


def test_when_the_route_to_take_first_is_closed_the_reason_says_so() -> None:
    merged = merge_override(shipped(), RABA + "fits = { always = false }\n" + REASONS, "om.toml")
    answers = {"labour_dispute": True, "labour_topic": "overig", "legal_position": "cao_rijk"}
    gc = {a.route.id: a for a in classify(merged, answers)}["geschillencommissie"]
    assert gc.fit == Fit.DOES_NOT_FIT
    assert gc.reason.nl.startswith("Staat pas open na RABA") and "Only open after RABA" in gc.reason.en


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('legal_position = "ambtenaar"', r"line 2: 'ambtenaar' is not a legal position; known: cao_rijk,"),
        ("legal_position = []", r"line 2: 'legal_position' takes a choice id or a list"),
        ("legal_position = 3", r"line 2: 'legal_position' takes a choice id or a list"),
    ],
)
def test_a_bad_legal_position_is_named(setting: str, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        merge_override(shipped(), ORG + setting + "\n", "om.toml")


def test_a_narrowed_legal_position_keeps_the_question_with_fewer_choices() -> None:
    merged = merge_override(shipped(), ORG + 'legal_position = ["cao_rijk", "publiekrechtelijk"]\n', "om.toml")
    question = merged.question("legal_position")
    assert question is not None and question.choice_ids == {"cao_rijk", "publiekrechtelijk"}
    assert "legal_position" in {q.id for q in merged.asked({"labour_dispute": True})} and not merged.fixed


ORG = 'organisation = "x"\n'
RABA = ORG + '[[route]]\nid = "raba"\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (ORG + 'hide = ["nope"]\n', r"^om.toml, line 2: cannot hide unknown route 'nope'\.$"),
        (ORG + 'hide = [\n  "raba",\n  "nope",\n]\n', r"line 4: cannot hide unknown route 'nope'"),
        (ORG + 'hide = ["vp"]\n', r"line 2: the adviser's own support cannot be hidden"),
        (ORG + 'hide = ["raba"]\n', r"line 2: route 'geschillencommissie' comes after 'raba', which is"),
        (ORG + 'hide = "raba"\n', r"line 2: 'hide' takes a list of route ids"),
        ("hide = []\n", r"^om.toml: an override needs an 'organisation'"),
        (ORG + 'hidden = ["raba"]\n', r"line 2: unknown setting 'hidden'"),
        (
            'organisation = "x"\n[[route]]\nid = "raba"\ncolour = "red"\n',
            r"line 4: route 'raba': unknown field 'colour'",
        ),
        (RABA + 'how_to_reach_nl = ""\n', r"line 4: .*not empty"),
        (
            'organisation = "x"\n[[route]]\nid = "raba"\nfits = { ghost = true }\n',
            r"line 4: .*unknown question 'ghost'",
        ),
        (ORG + "[[route]\n", r"^om.toml, line 2, column \d+: "),
        (RABA + 'after = "nowhere"\n', r"'after' and 'after_when' go together"),
        (
            RABA + 'after = "nowhere"\nafter_when = { criminal = true }\n'
            'reason_after_nl = "n"\nreason_after_en = "e"\n',
            r"line 4: route 'raba' comes after unknown route 'nowhere'",
        ),
        (RABA + 'listed_after = "nowhere"\n', r"line 4: .*'listed_after' names"),
        (RABA + '[[route]]\nid = "raba"\n', r"line 5: route 'raba' appears twice"),
        (ORG + '[[route]]\nid = "new"\nnl = "n"\n', r"line 2: route 'new' needs 'fits'"),
        (
            'organisation = "x"\n[[question]]\nid = "criminal"\ntype = "bool"\n',
            r"line 3: question 'criminal' is defined",
        ),
    ],
)
def test_malformed_overrides_name_file_line_and_problem(text: str, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        merge_override(shipped(), text, "om.toml")


def test_a_new_route_in_an_override_needs_every_field_and_gets_a_line() -> None:
    text = 'organisation = "x"\n\n' + route("new", "{ criminal = true }").replace('how_to_reach_en = "h"\n', "")
    with pytest.raises(RulesError, match=r"^om.toml, line 4: route 'new' needs how_to_reach_nl and how_to_reach_en"):
        merge_override(shipped(), text, "om.toml")
    assert text.splitlines()[3] == "[[route]]"
