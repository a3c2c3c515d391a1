"""The wegwijzer engine: routes and questions as data, every route classified with its reason and source.

Pure code: parse rules from TOML text, merge an organisation's override, classify answers. It never picks one
route; it shows which fit, which fit after another route, and which do not, and why.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from vpdesk.errors import KnownError

Answers = dict[str, Any]


class Fit(StrEnum):
    FITS = "fits"
    FITS_AFTER = "fits_after"
    DOES_NOT_FIT = "does_not_fit"


@dataclass(frozen=True, slots=True)
class Text:
    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: str  # "bool" or "choice"
    text: Text
    choices: tuple[tuple[str, Text], ...] = ()


@dataclass(frozen=True, slots=True)
class Route:
    id: str
    name: Text
    description: Text
    how_to_reach: Text
    fits: dict[str, Any]
    reason_fits: Text
    reason_not: Text
    source: str
    after: str | None = None
    after_when: dict[str, Any] | None = None
    reason_after: Text | None = None
    organisation: str = ""  # set for routes an override added


@dataclass(frozen=True, slots=True)
class Rules:
    version: str
    questions: tuple[Question, ...]
    routes: tuple[Route, ...]
    hidden: frozenset[str] = field(default_factory=frozenset)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def route(self, rid: str) -> Route | None:
        return next((r for r in self.routes if r.id == rid), None)

    def visible_routes(self) -> tuple[Route, ...]:
        return tuple(r for r in self.routes if r.id not in self.hidden)


@dataclass(frozen=True, slots=True)
class RouteAdvice:
    route: Route
    fit: Fit
    reason: Text
    after: str | None = None


# --- parsing ---------------------------------------------------------------------------------------------------
class RulesError(KnownError):
    pass


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 0


def _fail(source: str, text: str, needle: str, problem: str) -> RulesError:
    line = _line_of(text, needle) if needle else 0
    where = f"{source}, line {line}" if line else source
    return RulesError(f"{where}: {problem}")


def _load(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        where = f"{source}, line {match.group(1)}" if match else source
        raise RulesError(f"{where}: {str(exc).split(' (at line')[0]}") from None


def _text(raw: dict[str, Any], key: str, source: str, text: str, rid: str, required: bool = True) -> Text:
    # a route's name is plain `nl`/`en`; every other text is `<key>_nl`/`<key>_en`
    nl_key, en_key = ("nl", "en") if key == "name" else (f"{key}_nl", f"{key}_en")
    nl, en = raw.get(nl_key), raw.get(en_key)
    if nl is None or en is None:
        if not required:
            return Text("", "")
        raise _fail(source, text, f'"{rid}"', f"route '{rid}' needs {nl_key} and {en_key}.")
    if not isinstance(nl, str) or not isinstance(en, str):
        raise _fail(source, text, f'"{rid}"', f"route '{rid}': {key} must be text.")
    return Text(nl, en)


def _route(raw: dict[str, Any], source: str, text: str, organisation: str = "") -> Route:
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        raise _fail(source, text, "[[route]]", "a route needs an id.")
    if "fits" not in raw or not isinstance(raw["fits"], dict):
        raise _fail(source, text, f'"{rid}"', f"route '{rid}' needs a 'fits' condition.")
    after = raw.get("after")
    return Route(
        id=rid,
        name=_text(raw, "name", source, text, rid),
        description=_text(raw, "description", source, text, rid),
        how_to_reach=_text(raw, "how_to_reach", source, text, rid),
        fits=raw["fits"],
        reason_fits=_text(raw, "reason_fits", source, text, rid),
        reason_not=_text(raw, "reason_not", source, text, rid, required=False),
        source=str(raw.get("source", "")),
        after=after,
        after_when=raw.get("after_when"),
        reason_after=_text(raw, "reason_after", source, text, rid) if after else None,
        organisation=organisation,
    )


def parse_rules(text: str, source: str = "guide.toml") -> Rules:
    data = _load(text, source)
    questions = []
    for raw in data.get("question", []):
        qid = raw.get("id")
        if raw.get("type") not in ("bool", "choice"):
            raise _fail(source, text, f'"{qid}"', f"question '{qid}' needs type 'bool' or 'choice'.")
        choices = tuple((str(c["id"]), Text(str(c["nl"]), str(c["en"]))) for c in raw.get("choices", []))
        questions.append(Question(str(qid), raw["type"], Text(str(raw.get("nl", "")), str(raw.get("en", ""))), choices))
    routes = tuple(_route(raw, source, text) for raw in data.get("route", []))
    rules = Rules(version=str(data.get("version", "")), questions=tuple(questions), routes=routes)
    _check(rules, source, text)
    return rules


def _check(rules: Rules, source: str, text: str) -> None:
    ids = [r.id for r in rules.routes]
    for rid in ids:
        if ids.count(rid) > 1:
            raise _fail(source, text, f'"{rid}"', f"route '{rid}' is defined twice.")
    for route in rules.routes:
        for condition in (route.fits, route.after_when):
            if condition is not None:
                _check_condition(condition, rules, source, text, route.id)
        if route.after is not None and route.after not in ids:
            raise _fail(
                source, text, f'"{route.after}"', f"route '{route.id}' comes after unknown route '{route.after}'."
            )


def _check_condition(cond: Any, rules: Rules, source: str, text: str, rid: str) -> None:
    if not isinstance(cond, dict) or not cond:
        raise _fail(source, text, f'"{rid}"', f"route '{rid}' has a condition that is not a table.")
    if "always" in cond:
        return
    if "all" in cond or "any" in cond:
        items = cond.get("all", cond.get("any"))
        if not isinstance(items, list):
            raise _fail(source, text, f'"{rid}"', f"route '{rid}': 'all' and 'any' take a list.")
        for item in items:
            _check_condition(item, rules, source, text, rid)
        return
    if "not" in cond:
        _check_condition(cond["not"], rules, source, text, rid)
        return
    qid = cond.get("q")
    question = rules.question(str(qid))
    if question is None:
        raise _fail(source, text, f'"{qid}"', f"route '{rid}' asks about an unknown question '{qid}'.")
    if "is" not in cond and "in" not in cond:
        raise _fail(source, text, f'"{qid}"', f"route '{rid}': a condition on '{qid}' needs 'is' or 'in'.")
    if question.type == "choice":
        known = {c[0] for c in question.choices}
        values = cond.get("in", [cond.get("is")])
        unknown = [v for v in values if v not in known]
        if unknown:
            raise _fail(source, text, str(unknown[0]), f"route '{rid}': '{unknown[0]}' is not a choice of '{qid}'.")


# --- overrides -------------------------------------------------------------------------------------------------
def merge_override(rules: Rules, text: str, source: str = "override.toml") -> Rules:
    """Apply an organisation's override: `[[route]]` with a known id changes fields, with a new id adds a route,
    `hide = [...]` hides routes. The result is checked like the shipped rules."""
    data = _load(text, source)
    organisation = str(data.get("organisation", ""))
    if not organisation:
        raise _fail(source, text, "", "an override needs an 'organisation' name.")
    routes = list(rules.routes)
    for raw in data.get("route", []):
        rid = raw.get("id")
        existing = next((i for i, r in enumerate(routes) if r.id == rid), None)
        if existing is None:
            routes.append(_route(raw, source, text, organisation))
            continue
        changes: dict[str, Any] = {}
        current = routes[existing]
        for key in ("name", "description", "how_to_reach", "reason_fits", "reason_not", "reason_after"):
            nl_key, en_key = ("nl", "en") if key == "name" else (f"{key}_nl", f"{key}_en")
            nl, en = raw.get(nl_key), raw.get(en_key)
            if nl is not None or en is not None:
                old = getattr(current, key) or Text("", "")
                changes[key] = Text(str(nl if nl is not None else old.nl), str(en if en is not None else old.en))
        for key in ("fits", "after", "after_when", "source"):
            if key in raw:
                changes[key] = raw[key]
        unknown = (
            set(raw)
            - {"id", "fits", "after", "after_when", "source"}
            - {
                f"{k}_{lang}"
                for k in ("name", "description", "how_to_reach", "reason_fits", "reason_not", "reason_after")
                for lang in ("nl", "en")
            }
        )
        if unknown:
            field_name = sorted(unknown)[0]
            raise _fail(source, text, field_name, f"route '{rid}': unknown field '{field_name}'.")
        routes[existing] = replace(current, organisation=organisation, **changes)
    hidden = data.get("hide", [])
    if not isinstance(hidden, list):
        raise _fail(source, text, "hide", "'hide' takes a list of route ids.")
    known = {r.id for r in routes}
    for rid in hidden:
        if rid not in known:
            raise _fail(source, text, f'"{rid}"', f"cannot hide unknown route '{rid}'.")
        if rid == "vp":
            raise _fail(source, text, '"vp"', "the adviser's own support cannot be hidden.")
    version = f"{rules.version}+{data.get('version', organisation)}"
    merged = Rules(version, rules.questions, tuple(routes), rules.hidden | frozenset(hidden))
    _check(merged, source, text)
    return merged


# --- classification --------------------------------------------------------------------------------------------
def _holds(cond: dict[str, Any], answers: Answers) -> bool:
    if "always" in cond:
        return bool(cond["always"])
    if "all" in cond:
        return all(_holds(c, answers) for c in cond["all"])
    if "any" in cond:
        return any(_holds(c, answers) for c in cond["any"])
    if "not" in cond:
        return not _holds(cond["not"], answers)
    value = answers.get(cond["q"])
    if "in" in cond:
        return value in cond["in"]
    return bool(value == cond["is"])


def validate_answers(rules: Rules, answers: Answers) -> None:
    for qid, value in answers.items():
        question = rules.question(qid)
        if question is None:
            raise KnownError(f"Unknown question '{qid}'.")
        if question.type == "bool" and not isinstance(value, bool):
            raise KnownError(f"The answer to '{qid}' must be true or false.")
        if question.type == "choice" and value not in {c[0] for c in question.choices}:
            raise KnownError(f"'{value}' is not a choice of '{qid}'.")


def classify(rules: Rules, answers: Answers) -> list[RouteAdvice]:
    """Every visible route with its classification and reason: fitting routes first, in the rules' order."""
    validate_answers(rules, answers)
    advice = []
    for route in rules.visible_routes():
        if _holds(route.fits, answers):
            advice.append(RouteAdvice(route, Fit.FITS, route.reason_fits))
        elif route.after and route.after_when is not None and _holds(route.after_when, answers):
            advice.append(RouteAdvice(route, Fit.FITS_AFTER, route.reason_after or route.reason_fits, route.after))
        else:
            advice.append(RouteAdvice(route, Fit.DOES_NOT_FIT, route.reason_not))
    order = {Fit.FITS: 0, Fit.FITS_AFTER: 1, Fit.DOES_NOT_FIT: 2}
    return sorted(advice, key=lambda a: order[a.fit])
