"""Reading rule files: sources, and malformed rules whose message names the file, the line and the problem."""

from __future__ import annotations

import re

import pytest

from tests.domain.guide.texts import QUESTIONS, route
from vpdesk.domain.guide import RulesError, Source, parse_rules


def test_sources_as_text_table_or_list() -> None:
    text = QUESTIONS + route("r").replace(
        'source = "Bron r"',
        'source = [{ document = "CAO Rijk", section = "hoofdstuk 16.2", url = "https://www.caorijk.nl" }, "Brief"]',
    )
    r = parse_rules(text).routes[0]
    assert r.sources == (Source("CAO Rijk", "hoofdstuk 16.2", "https://www.caorijk.nl"), Source("Brief"))
    assert r.source == "CAO Rijk, hoofdstuk 16.2; Brief"


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


def test_the_line_of_a_problem_is_found_in_the_right_route_not_in_a_comment_or_earlier_route() -> None:
    text = (
        QUESTIONS + "# a comment that mentions colour = and ghost\n" + route("first") + route("r", extra="colour = 1\n")
    )
    lines = text.splitlines()
    with pytest.raises(RulesError) as caught:
        parse_rules(text, "rules.toml")
    line = int(caught.value.message.split("line ")[1].split(":")[0])
    assert lines[line - 1] == "colour = 1"
