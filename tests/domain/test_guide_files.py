"""The guide's files: the condition language, organisation overrides, and errors that name file, line and problem."""

from __future__ import annotations

import re
from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.guide import (
    AllOf,
    AnswerIn,
    Fit,
    Rules,
    RulesError,
    Source,
    classify,
    holds,
    merge_override,
    parse_rules,
)

QUESTIONS = """version = "t1"

[[question]]
id = "a"
type = "bool"
nl = "A?"
en = "A?"

[[question]]
id = "b"
type = "bool"
nl = "B?"
en = "B?"

[[question]]
id = "topic"
type = "choice"
nl = "Onderwerp?"
en = "Topic?"
choices = [{ id = "x", nl = "x", en = "x" }, { id = "y", nl = "y", en = "y" }, { id = "z", nl = "z", en = "z" }]
"""


def route(rid: str, fits: str = "{ always = true }", extra: str = "") -> str:
    return f"""
[[route]]
id = "{rid}"
nl = "{rid} nl"
en = "{rid} en"
description_nl = "d"
description_en = "d"
how_to_reach_nl = "h"
how_to_reach_en = "h"
fits = {fits}
reason_fits_nl = "past"
reason_fits_en = "fits"
source = "Bron {rid}"
{extra}"""


def shipped() -> Rules:
    return parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))


def fit_of(cond: str, answers: dict[str, Any]) -> Fit:
    rules = parse_rules(QUESTIONS + route("r", cond))
    return classify(rules, answers)[0].fit


# --- the condition language -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cond", "answers", "fits"),
    [
        ("{ always = true }", {}, True),
        ("{ always = false }", {"a": True}, False),
        ("{ a = true }", {"a": True}, True),
        ("{ a = true }", {"a": False}, False),
        ("{ a = true }", {}, False),  # unanswered matches nothing
        ("{ a = false }", {}, False),
        ("{ a = false }", {"a": False}, True),
        ('{ topic = ["x", "y"] }', {"topic": "y"}, True),
        ('{ topic = ["x", "y"] }', {"topic": "z"}, False),
        ('{ topic = "z" }', {"topic": "z"}, True),
        ('{ a = true, topic = "x" }', {"a": True, "topic": "x"}, True),  # several keys: all must hold
        ('{ a = true, topic = "x" }', {"a": True, "topic": "y"}, False),
        ('{ q = "a", is = true }', {"a": True}, True),
        ('{ q = "topic", in = ["x"] }', {"topic": "x"}, True),
        ('{ q = "topic", in = ["x"] }', {"topic": "y"}, False),
        ("{ all = [{ a = true }, { b = true }] }", {"a": True, "b": True}, True),
        ("{ all = [{ a = true }, { b = true }] }", {"a": True, "b": False}, False),
        ("{ any = [{ a = true }, { b = true }] }", {"a": False, "b": True}, True),
        ("{ any = [{ a = true }, { b = true }] }", {"a": False, "b": False}, False),
        ("{ not = { a = true } }", {"a": False}, True),
        ("{ not = { a = true } }", {"a": True}, False),
        ('{ all = [{ a = true }, { not = { topic = ["x", "y"] } }] }', {"a": True, "topic": "z"}, True),
    ],
)
def test_the_condition_language(cond: str, answers: dict[str, Any], fits: bool) -> None:
    assert fit_of(cond, answers) == (Fit.FITS if fits else Fit.DOES_NOT_FIT)


def test_conditions_are_parsed_into_data_not_code() -> None:
    rules = parse_rules(QUESTIONS + route("r", '{ a = true, topic = ["x", "y"] }'))
    cond = rules.routes[0].fits
    assert cond == AllOf((AnswerIn("a", (True,)), AnswerIn("topic", ("x", "y"))))
    assert holds(cond, {"a": True, "topic": "x"}) and not holds(cond, {"a": 1, "topic": "x"})


def test_sources_as_text_table_or_list() -> None:
    text = QUESTIONS + route("r").replace(
        'source = "Bron r"',
        'source = [{ document = "CAO Rijk", section = "hoofdstuk 16.2", url = "https://www.caorijk.nl" }, "Brief"]',
    )
    r = parse_rules(text).routes[0]
    assert r.sources == (Source("CAO Rijk", "hoofdstuk 16.2", "https://www.caorijk.nl"), Source("Brief"))
    assert r.source == "CAO Rijk, hoofdstuk 16.2; Brief"


def test_a_route_after_another_fits_after_only_when_that_route_fits() -> None:
    after = 'after = "first"\nafter_when = { b = true }\nreason_after_nl = "na"\nreason_after_en = "after"\n'
    rules = parse_rules(QUESTIONS + route("first", "{ a = true }") + route("second", '{ topic = "x" }', after))
    result = {a.route.id: (a.fit, a.after, a.reason.en) for a in classify(rules, {"a": True, "b": True})}
    assert result["second"] == (Fit.FITS_AFTER, "first", "after")
    result = {a.route.id: (a.fit, a.after) for a in classify(rules, {"a": False, "b": True})}
    assert result["second"] == (Fit.DOES_NOT_FIT, None)  # "after" a route that does not fit is no option
    result = {a.route.id: (a.fit, a.after) for a in classify(rules, {"a": True, "b": True, "topic": "x"})}
    assert result["second"] == (Fit.FITS, None)  # fitting directly wins
    default = classify(rules, {"a": True})[1]
    assert default.fit == Fit.DOES_NOT_FIT and default.reason.en == "Does not fit the answers given."


# --- malformed rules: the message names the file, the line and the problem --------------------------------------
AFTER = 'after = "r"\nafter_when = { a = true }\nreason_after_nl = "n"\nreason_after_en = "e"\n'


AFTER_R = 'after = "nowhere"\nafter_when = { a = true }\nreason_after_nl = "n"\nreason_after_en = "e"\n'


def line_of(message: str, lines: list[str]) -> str | None:
    """The text of the line a message points to, or None when it names no line."""
    match = re.match(r"[^,]+, line (\d+)", message)
    return lines[int(match.group(1)) - 1] if match else None


@pytest.mark.parametrize(
    ("text", "at", "message"),
    [
        ('version = "1"\n[[question]]\nid = = "x"\n', "id = =", r"^rules.toml, line 3, column 6: Invalid"),
        ("[[route]]\n", None, r"^rules.toml: the rules need a version"),
        ('version = "1"\ncolour = "red"\n', "colour", r"^rules.toml, line 2: unknown setting 'colour'\.$"),
        ('version = "1"\nroute = "vp"\n', "route =", r"'route' must be written as \[\[route\]\] tables"),
        (QUESTIONS + route("r", "{ ghost = true }"), "fits", r"route 'r': .*unknown question 'ghost'\.$"),
        (QUESTIONS + route("r", '{ q = "ghost", is = true }'), "fits", r"unknown question 'ghost'"),
        (QUESTIONS + route("r", '{ a = "yes" }'), "fits", r"route 'r': 'a' is answered with true or false"),
        (QUESTIONS + route("r", '{ topic = ["x", "w"] }'), "fits", r"route 'r': 'w' is not a choice of 'topic'"),
        (QUESTIONS + route("r", "{ all = [] }"), "fits", r"route 'r': 'all' takes a list"),
        (QUESTIONS + route("r", "{ always = true, a = true }"), "fits", r"'always' cannot be combined"),
        (QUESTIONS + route("r", '{ q = "a", is = true, a = true }'), "fits", r"'a' cannot be combined with 'q'"),
        (QUESTIONS + route("r", "{ is = true }"), "fits", r"'is' and 'in' need a question"),
        (QUESTIONS + route("r", '{ q = "a" }'), "fits", r"needs one of 'is' or 'in'"),
        (QUESTIONS + route("r", '{ always = "yes" }'), "fits", r"'always' takes true or false"),
        (QUESTIONS + route("r", extra='colour = "red"\n'), "colour", r"route 'r': unknown field 'colour'\.$"),
        (QUESTIONS + route("r").replace('source = "Bron r"', ""), "[[route]]", r"route 'r' needs 'source'"),
        (QUESTIONS + route("r").replace('source = "Bron r"', "source = []"), "source", r"route 'r' needs a source"),
        (QUESTIONS + route("r").replace('source = "Bron r"', "source = 3"), "source", r"a source is a text or"),
        (
            QUESTIONS + route("r").replace('source = "Bron r"', 'source = { document = "D", url = "ftp://x" }'),
            "source",
            "url",
        ),
        (QUESTIONS + route("r").replace('source = "Bron r"', 'source = { section = "1" }'), "source", "a source is"),
        (QUESTIONS + route("r").replace('en = "r en"', ""), "[[route]]", r"route 'r' needs nl and en"),
        (QUESTIONS + route("r").replace('description_en = "d"', 'description_en = ""'), "description_en", "empty"),
        (QUESTIONS + route("r") + route("r"), 'id = "r"', r"route 'r' is defined twice"),
        (QUESTIONS + route("R"), 'id = "R"', r"a route needs an id of lower-case"),
        (QUESTIONS + route("r", extra=AFTER_R), "after =", r"route 'r' comes after unknown route 'nowhere'"),
        (QUESTIONS + route("r", extra='after = "r"\n'), "after =", r"route 'r': 'after' names another route"),
        (QUESTIONS + route("r", extra="after_when = { a = true }\n"), "after_when", r"'after' and 'after_when' go"),
        (QUESTIONS + route("r", extra=AFTER.replace('"r"', '"s"')) + route("s", extra=AFTER), "after", r"circle"),
        (QUESTIONS.replace('id = "b"', 'id = "a"'), 'id = "a"', r"question 'a' is defined twice"),
        (QUESTIONS.replace('id = "b"', 'id = "not"'), 'id = "not"', r"'not' is a word of the condition language"),
        (QUESTIONS.replace('type = "bool"', 'type = "number"', 1), "number", r"question 'a' needs type 'bool' or"),
        (QUESTIONS.replace("choices = [", "colours = ["), "colours", r"question 'topic': unknown field 'colours'"),
        (QUESTIONS.replace('{ id = "y", nl = "y", en = "y" }', '{ id = "x" }'), "choices", r"every choice needs"),
        (QUESTIONS.split("choices = [")[0] + "choices = []\n", "choices", r"needs a list of choices"),
    ],
)
def test_malformed_rules_name_file_line_and_problem(text: str, at: str | None, message: str) -> None:
    with pytest.raises(RulesError, match=message) as caught:
        parse_rules(text, "rules.toml")
    assert caught.value.message.startswith("rules.toml")
    line = line_of(caught.value.message, text.splitlines())
    assert line is None if at is None else (line is not None and at in line), (line, caught.value.message)


def test_a_question_asked_only_when_an_earlier_answer_holds() -> None:
    text = QUESTIONS.replace('id = "b"\ntype = "bool"', 'id = "b"\ntype = "bool"\nask_when = { a = true }')
    rules = parse_rules(text + route("r", "{ b = true }"))
    assert [q.id for q in rules.asked({"a": False})] == ["a", "topic"]
    assert [q.id for q in rules.asked({"a": True})] == ["a", "b", "topic"]
    assert classify(rules, {"a": True, "b": True})[0].fit == Fit.FITS
    assert classify(rules, {"a": False, "b": True})[0].fit == Fit.DOES_NOT_FIT  # b was not asked: it does not count
    later = QUESTIONS.replace('id = "a"\ntype = "bool"', 'id = "a"\ntype = "bool"\nask_when = { b = true }')
    with pytest.raises(RulesError, match=r"^rules.toml, line 6: question 'a': .*unknown question 'b'"):
        parse_rules(later, "rules.toml")
    assert later.splitlines()[5] == "ask_when = { b = true }"


def test_the_line_of_a_problem_is_found_in_the_right_route_not_in_a_comment_or_earlier_route() -> None:
    text = (
        QUESTIONS + "# a comment that mentions colour = and ghost\n" + route("first") + route("r", extra="colour = 1\n")
    )
    lines = text.splitlines()
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "rules.toml")
    line = int(caught.value.message.split("line ")[1].split(":")[0])
    assert lines[line - 1] == "colour = 1"


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
    assert merged.version == "2026.1+om-1" and merged.organisation == "Openbaar Ministerie"
    assert base.route("biom") is None and base.hidden == frozenset()  # the shipped rules are untouched
    ids = [r.id for r in merged.visible_routes()]
    assert ids[ids.index("meldproces") + 1] == "biom"  # listed_after places the new route


def test_an_override_can_change_a_routes_condition() -> None:
    text = 'organisation = "X"\n[[route]]\nid = "politie"\nfits = { any = [{ criminal = true }, { a = true }] }\n'
    with pytest.raises(RulesError, match=r"x.toml, line 4: route 'politie': .*unknown question 'a'"):
        merge_override(shipped(), text, "x.toml")
    merged = merge_override(shipped(), text.replace("{ a = true }", "{ wants_distance = true }"), "x.toml")
    assert {a.route.id: a.fit for a in classify(merged, {"wants_distance": True})}["politie"] == Fit.FITS


@pytest.mark.parametrize("name", ["example-jenv.toml", "example-om.toml"])
def test_the_shipped_example_overrides_are_valid(name: str) -> None:
    merged = merge_override(shipped(), resources.path(f"overrides/{name}").read_text(encoding="utf-8"), name)
    added = [r.id for r in merged.routes if shipped().route(r.id) is None]
    assert added and all(merged.route(rid).organisation for rid in added)  # type: ignore[union-attr]
    assert all(a.fit == Fit.FITS for a in classify(merged, {"integrity_suspicion": True}) if a.route.id in added)


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
