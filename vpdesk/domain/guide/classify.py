"""Classifying answers: every visible route with whether it fits, fits after another route, or does not, and why."""

from __future__ import annotations

from vpdesk.domain.guide.condition import Answers, holds
from vpdesk.domain.guide.model import Fit, Question, Route, RouteAdvice, Rules, Text, effective_answers

_ORDER = {Fit.FITS: 0, Fit.FITS_AFTER: 1, Fit.OPEN: 2, Fit.DOES_NOT_FIT: 3}


def classify(rules: Rules, answers: Answers) -> list[RouteAdvice]:
    """Every visible route with its classification, reason and source; never one forced answer.

    Order: the routes that fit in the order of the rules (the rules list the adviser's own support and urgent
    routes first), then the routes that fit after another route, then those waiting for an answer (OPEN: a
    choice question that is asked but unanswered, such as the legal position, decides them), then the rest.
    """
    given = effective_answers(rules, answers)
    visible = rules.visible_routes()
    by_id = {r.id: r for r in visible}
    done: dict[str, RouteAdvice] = {}

    def advise(route: Route) -> RouteAdvice:
        if route.id in done:
            return done[route.id]
        if holds(route.fits, given):
            result = RouteAdvice(route, Fit.FITS, route.reason_fits)
        elif (
            route.after is not None
            and route.after_when is not None
            and route.after in by_id
            and holds(route.after_when, given)
        ):
            if advise(by_id[route.after]).fit != Fit.DOES_NOT_FIT:
                result = RouteAdvice(route, Fit.FITS_AFTER, route.reason_after or route.reason_fits, route.after)
            else:  # the situation is right, but the route it comes after is closed: say so, not "does not apply"
                first = by_id[route.after].name
                result = RouteAdvice(
                    route,
                    Fit.DOES_NOT_FIT,
                    Text(
                        f"Staat pas open na {first.nl}, en die route past nu niet.",
                        f"Only open after {first.en}, and that route does not fit now.",
                    ),
                )
        elif waiting := _open_questions(rules, route, answers):
            result = RouteAdvice(route, Fit.OPEN, _answer_first(waiting), open_questions=tuple(q.id for q in waiting))
        else:
            result = RouteAdvice(route, Fit.DOES_NOT_FIT, route.reason_not)
        done[route.id] = result
        return result

    advice = [advise(route) for route in visible]
    return sorted(advice, key=lambda a: _ORDER[a.fit])


def _open_questions(rules: Rules, route: Route, answers: Answers) -> list[Question]:
    """The choice questions, asked but not answered, one answer to which would make the route fit (or fit after
    another). Yes/no questions are left out: an unticked box already says "no" or "not known", and asking the
    adviser to tick boxes one by one would say nothing."""
    given = effective_answers(rules, answers)
    out = []
    for question in rules.asked(answers):
        if question.type != "choice" or question.id in given:
            continue
        for choice in question.choice_ids:
            trial = effective_answers(rules, {**given, question.id: choice})
            if holds(route.fits, trial) or (route.after_when is not None and holds(route.after_when, trial)):
                out.append(question)
                break
    return out


def _answer_first(questions: list[Question]) -> Text:
    return Text(
        "Beantwoord eerst: " + " ".join(q.text.nl for q in questions),
        "Answer first: " + " ".join(q.text.en for q in questions),
    )
