"""Classifying answers: a route after another, and answers that count only for questions that are asked."""

from __future__ import annotations

import pytest

from tests.domain.guide.texts import QUESTIONS, route
from vpdesk.domain.guide import Fit, Rules, RulesError, classify, parse_rules, route_label


def test_a_route_after_another_fits_after_only_when_that_route_fits() -> None:
    after = 'after = "first"\nafter_when = { b = true }\nreason_after_nl = "na"\nreason_after_en = "after"\n'
    rules = parse_rules(QUESTIONS + route("first", "{ a = true }") + route("second", '{ topic = "x" }', after))
    with_reason = {a.route.id: (a.fit, a.after, a.reason.en) for a in classify(rules, {"a": True, "b": True})}
    assert with_reason["second"] == (Fit.FITS_AFTER, "first", "after")
    result = {a.route.id: (a.fit, a.after) for a in classify(rules, {"a": False, "b": True})}
    assert result["second"] == (Fit.DOES_NOT_FIT, None)  # "after" a route that does not fit is no option
    result = {a.route.id: (a.fit, a.after) for a in classify(rules, {"a": True, "b": True, "topic": "x"})}
    assert result["second"] == (Fit.FITS, None)  # fitting directly wins
    default = classify(rules, {"a": True, "topic": "y"})[1]
    assert default.fit == Fit.DOES_NOT_FIT and default.reason.en == "Does not fit the answers given."


def test_a_route_an_unanswered_choice_decides_waits_for_that_answer() -> None:
    rules = parse_rules(
        QUESTIONS + route("r", '{ all = [{ a = true }, { topic = "x" }] }') + route("s", "{ b = true }")
    )
    advice = {a.route.id: a for a in classify(rules, {"a": True})}
    r = advice["r"]
    assert (r.fit, r.open_questions, r.reason.nl, r.reason.en) == (
        Fit.OPEN, ("topic",), "Beantwoord eerst: Onderwerp?", "Answer first: Topic?"
    )  # fmt: skip
    assert advice["s"].fit == Fit.DOES_NOT_FIT  # an unticked yes/no question is an answer ("no"), never open
    assert [a.route.id for a in classify(rules, {"a": True, "b": True})] == ["s", "r"]  # open after the fitting
    assert advice_of(rules, {"a": False}) == Fit.DOES_NOT_FIT  # no answer to the topic could make it fit
    assert advice_of(rules, {"a": True, "topic": "y"}) == Fit.DOES_NOT_FIT  # answered: a verdict, not a question
    assert advice_of(rules, {"a": True, "topic": "x"}) == Fit.FITS


def advice_of(rules: Rules, answers: dict[str, object]) -> Fit:
    return next(a.fit for a in classify(rules, answers) if a.route.id == "r")


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


def test_a_route_the_rules_no_longer_have_is_named_in_words() -> None:
    names = {"raba": "RABA"}
    assert route_label(names, "raba", "en") == "RABA"
    assert route_label(names, "paritaire_commissie", "en") == "route no longer in the guide: paritaire commissie"
    assert route_label(names, "paritaire_commissie", "nl") == "route niet meer in de wegwijzer: paritaire commissie"
