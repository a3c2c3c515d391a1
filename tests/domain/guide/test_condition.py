"""The condition language: parsed into data, never code, and what each form holds for."""

from __future__ import annotations

from typing import Any

import pytest

from tests.domain.guide.texts import QUESTIONS, route
from vpdesk.domain.guide import AllOf, AnswerIn, Fit, classify, holds, parse_rules


def fit_of(cond: str, answers: dict[str, Any]) -> Fit:
    rules = parse_rules(QUESTIONS + route("r", cond))
    return classify(rules, answers)[0].fit


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
