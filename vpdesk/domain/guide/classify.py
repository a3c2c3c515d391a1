"""Classifying answers: every visible route with whether it fits, fits after another route, or does not, and why."""

from __future__ import annotations

from vpdesk.domain.guide.condition import Answers, holds
from vpdesk.domain.guide.model import Fit, Route, RouteAdvice, Rules, Text, effective_answers

_ORDER = {Fit.FITS: 0, Fit.FITS_AFTER: 1, Fit.DOES_NOT_FIT: 2}


def classify(rules: Rules, answers: Answers) -> list[RouteAdvice]:
    """Every visible route with its classification, reason and source; never one forced answer.

    Order: the routes that fit in the order of the rules (the rules list the adviser's own support and urgent
    routes first), then the routes that fit after another route, then the rest.
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
        else:
            result = RouteAdvice(route, Fit.DOES_NOT_FIT, route.reason_not)
        done[route.id] = result
        return result

    advice = [advise(route) for route in visible]
    return sorted(advice, key=lambda a: _ORDER[a.fit])
