"""The wegwijzer engine: routes and questions as data, every route classified with its reason and source.

Pure code: parse rules from TOML text, merge an organisation's override, classify answers. It never picks one
route; it shows which fit, which fit after another route, and which do not, and why.

Conditions are a small declarative language (never code in data); see docs/guide.md:
``{ always = true }``, ``{ criminal = true }``, ``{ labour_topic = ["beoordeling", "vwnw"] }`` (several keys: all
must hold), ``{ q = "criminal", is = true }``, ``{ q = "labour_topic", in = [...] }``, ``{ all = [...] }``,
``{ any = [...] }``, ``{ not = {...} }``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vpdesk.errors import KnownError

Answers = Mapping[str, Any]
RESERVED = frozenset({"always", "all", "any", "not", "q", "is", "in"})
ID = re.compile(r"[a-z][a-z0-9_]*\Z")
TEXTS = ("name", "description", "how_to_reach", "reason_fits", "reason_not", "reason_after")
ROUTE_KEYS = frozenset({"id", "fits", "after", "after_when", "source"}) | {
    f"{k}_{lang}" if k != "name" else lang for k in TEXTS for lang in ("nl", "en")
}
OVERRIDE_ROUTE_KEYS = ROUTE_KEYS | {"listed_after"}
NOT_FIT = ("Past niet bij de antwoorden.", "Does not fit the answers given.")


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
class Source:
    document: str
    section: str = ""
    url: str = ""

    def text(self) -> str:
        return f"{self.document}, {self.section}" if self.section else self.document


# --- conditions -------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Always:
    value: bool


@dataclass(frozen=True, slots=True)
class AnswerIn:
    question: str
    values: tuple[bool | str, ...]


@dataclass(frozen=True, slots=True)
class AllOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    items: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Condition


Condition = Always | AnswerIn | AllOf | AnyOf | Not


def holds(cond: Condition, answers: Answers) -> bool:
    """Whether a condition holds for the answers; an unanswered question matches nothing."""
    if isinstance(cond, Always):
        return cond.value
    if isinstance(cond, AllOf):
        return all(holds(c, answers) for c in cond.items)
    if isinstance(cond, AnyOf):
        return any(holds(c, answers) for c in cond.items)
    if isinstance(cond, Not):
        return not holds(cond.item, answers)
    value = answers.get(cond.question)
    return value is not None and any(type(v) is type(value) and v == value for v in cond.values)


# --- rules ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: str  # "bool" or "choice"
    text: Text
    choices: tuple[tuple[str, Text], ...] = ()
    organisation: str = ""  # set for questions an override added
    ask_when: Condition | None = None  # asked only when this holds (it names earlier questions only)


@dataclass(frozen=True, slots=True)
class Route:
    id: str
    name: Text
    description: Text
    how_to_reach: Text
    fits: Condition
    reason_fits: Text
    reason_not: Text
    sources: tuple[Source, ...]
    after: str | None = None  # the route this one comes after when `after_when` holds (and `fits` does not)
    after_when: Condition | None = None
    reason_after: Text | None = None
    organisation: str = ""  # set for routes an override added or changed

    @property
    def source(self) -> str:
        """The sources as one line of text, e.g. 'CAO Rijk, hoofdstuk 16.2; Kamerbrief ...'."""
        return "; ".join(s.text() for s in self.sources)


@dataclass(frozen=True, slots=True)
class Rules:
    version: str
    questions: tuple[Question, ...]
    routes: tuple[Route, ...]
    hidden: frozenset[str] = field(default_factory=frozenset)
    organisation: str = ""  # the organisation whose override is merged in, if any

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def route(self, rid: str) -> Route | None:
        return next((r for r in self.routes if r.id == rid), None)

    def visible_routes(self) -> tuple[Route, ...]:
        return tuple(r for r in self.routes if r.id not in self.hidden)

    def asked(self, answers: Answers) -> tuple[Question, ...]:
        """The questions to show for these answers: a question with `ask_when` only when that holds."""
        effective = _effective(self, answers)
        return tuple(q for q in self.questions if q.ask_when is None or holds(q.ask_when, effective))


@dataclass(frozen=True, slots=True)
class RouteAdvice:
    route: Route
    fit: Fit
    reason: Text
    after: str | None = None  # for FITS_AFTER: the id of the route to take first

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.route.sources


# --- locating problems in the file ------------------------------------------------------------------------------
class RulesError(KnownError):
    pass


class _Doc:
    """A rules or override file being read: its name, its lines, and how to point at the line of a problem."""

    def __init__(self, text: str, name: str) -> None:
        self.name = name
        self.lines = text.splitlines()

    def fail(self, problem: str, line: int | None = None) -> RulesError:
        if line:
            return RulesError("{file}, line {line}: {problem}", file=self.name, line=line, problem=problem)
        return RulesError("{file}: {problem}", file=self.name, problem=problem)

    def block(self, table: str, index: int) -> tuple[int, int]:
        """0-based line range of the index-th ``[[table]]``; the whole file if it cannot be found."""
        header = re.compile(rf"\s*\[\[\s*{table}\s*\]\]")
        starts = [i for i, line in enumerate(self.lines) if header.match(line)]
        if index >= len(starts):
            return 0, len(self.lines)
        start = starts[index]
        end = next((i for i in range(start + 1, len(self.lines)) if re.match(r"\s*\[\[", self.lines[i])), None)
        return start, len(self.lines) if end is None else end

    def top(self) -> tuple[int, int]:
        end = next((i for i, line in enumerate(self.lines) if re.match(r"\s*\[", line)), len(self.lines))
        return 0, end

    def find(self, pattern: str, span: tuple[int, int]) -> int | None:
        regex = re.compile(pattern)
        for i in range(*span):
            if not self.lines[i].lstrip().startswith("#") and regex.search(self.lines[i]):
                return i + 1
        return None

    def key(self, key: str, span: tuple[int, int]) -> int | None:
        return self.find(rf"^\s*{re.escape(key)}\s*=", span)

    def token(self, token: str, span: tuple[int, int]) -> int | None:
        t = re.escape(token)
        return self.find(rf"([\"']){t}\1|(^|[{{,\s]){t}\s*=", span)


def _load(doc: _Doc, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = re.search(r"\(at line (\d+), column (\d+)\)", message)
        problem = message.split(" (at ")[0].rstrip(".")
        if match:
            where = f"{doc.name}, line {match.group(1)}, column {match.group(2)}"
        elif "(at end of document)" in message:
            where, problem = f"{doc.name}, line {text.count(chr(10)) + 1}", f"{problem} at the end of the file"
        else:
            where = doc.name
        problem += "."
        raise RulesError("{where}: {problem}", where=where, problem=problem) from None


# --- parsing ----------------------------------------------------------------------------------------------------
class _Reader:
    """Reads one file's questions and routes, raising RulesError with the file and line of the first problem."""

    def __init__(self, doc: _Doc, questions: dict[str, Question], organisation: str = "") -> None:
        self.doc = doc
        self.questions = questions
        self.organisation = organisation

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        raw = data.get(key, [])
        if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
            raise self.doc.fail(f"'{key}' must be written as [[{key}]] tables.", self.doc.key(key, self.doc.top()))
        return raw

    def check_keys(self, raw: dict[str, Any], allowed: frozenset[str], what: str, span: tuple[int, int]) -> None:
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise self.doc.fail(f"{what}: unknown field '{unknown[0]}'.", self.doc.key(unknown[0], span))

    def ident(self, raw: dict[str, Any], kind: str, span: tuple[int, int]) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not ID.match(value):
            line = self.doc.key("id", span) or span[0] + 1
            raise self.doc.fail(f"a {kind} needs an id of lower-case letters, digits and '_'.", line)
        return value

    def text(self, raw: dict[str, Any], key: str, what: str, span: tuple[int, int], old: Text | None = None) -> Text:
        nl_key, en_key = ("nl", "en") if key == "name" else (f"{key}_nl", f"{key}_en")
        nl, en = raw.get(nl_key, old.nl if old else None), raw.get(en_key, old.en if old else None)
        for k, v in ((nl_key, nl), (en_key, en)):
            if v is None:
                raise self.doc.fail(f"{what} needs {nl_key} and {en_key}.", span[0] + 1)
            if not isinstance(v, str) or not v.strip():
                raise self.doc.fail(f"{what}: {k} must be a text that is not empty.", self.doc.key(k, span))
        return Text(str(nl), str(en))

    def question(self, raw: dict[str, Any], index: int) -> Question:
        span = self.doc.block("question", index)
        qid = self.ident(raw, "question", span)
        what = f"question '{qid}'"
        self.check_keys(raw, frozenset({"id", "type", "nl", "en", "choices", "ask_when"}), what, span)
        if qid in RESERVED:
            raise self.doc.fail(f"{what}: '{qid}' is a word of the condition language.", self.doc.key("id", span))
        if qid in self.questions:
            raise self.doc.fail(f"{what} is defined twice.", self.doc.key("id", span))
        kind = raw.get("type")
        if kind not in ("bool", "choice"):
            raise self.doc.fail(f"{what} needs type 'bool' or 'choice'.", self.doc.key("type", span) or span[0] + 1)
        choices: list[tuple[str, Text]] = []
        if kind == "choice":
            raw_choices = raw.get("choices")
            if not isinstance(raw_choices, list) or not raw_choices:
                raise self.doc.fail(f"{what} needs a list of choices.", self.doc.key("choices", span) or span[0] + 1)
            for choice in raw_choices:
                cid = choice.get("id") if isinstance(choice, dict) else None
                if not isinstance(cid, str) or not ID.match(cid) or cid in {c[0] for c in choices}:
                    line = self.doc.key("choices", span)
                    raise self.doc.fail(f"{what}: every choice needs its own id, nl and en.", line)
                choices.append((cid, self.text(choice, "name", f"{what}, choice '{cid}'", span)))
        elif "choices" in raw:
            raise self.doc.fail(f"{what}: only a choice question has choices.", self.doc.key("choices", span))
        ask_when = None
        if "ask_when" in raw:
            ask_when = self.condition(raw["ask_when"], what, "ask_when", span)  # only earlier questions are known
        return Question(qid, kind, self.text(raw, "name", what, span), tuple(choices), self.organisation, ask_when)

    def sources(self, raw: Any, what: str, span: tuple[int, int]) -> tuple[Source, ...]:
        items = raw if isinstance(raw, list) else [raw]
        out: list[Source] = []
        for item in items:
            if isinstance(item, str) and item.strip():
                out.append(Source(item.strip()))
                continue
            ok = isinstance(item, dict) and set(item) <= {"document", "section", "url"}
            ok = ok and all(isinstance(v, str) for v in item.values()) and str(item.get("document", "")).strip() != ""
            if ok and str(item.get("url", "https://")).startswith(("https://", "http://")):
                out.append(Source(item["document"].strip(), item.get("section", "").strip(), item.get("url", "")))
                continue
            line = self.doc.key("source", span) or span[0] + 1
            raise self.doc.fail(f'{what}: a source is a text or {{ document, section, url = "https://..." }}.', line)
        if not out:
            raise self.doc.fail(f"{what} needs a source.", self.doc.key("source", span) or span[0] + 1)
        return tuple(out)

    def route(self, raw: dict[str, Any], index: int, old: Route | None = None) -> Route:
        span = self.doc.block("route", index)
        rid = self.ident(raw, "route", span)
        what = f"route '{rid}'"
        self.check_keys(raw, OVERRIDE_ROUTE_KEYS if self.organisation else ROUTE_KEYS, what, span)
        if old is None:
            for key in ("fits", "source"):
                if key not in raw:
                    raise self.doc.fail(f"{what} needs '{key}'.", span[0] + 1)
        fits = self.condition(raw["fits"], what, "fits", span) if "fits" in raw else old.fits if old else Always(False)
        after = raw.get("after", old.after if old else None)
        if after is not None and (not isinstance(after, str) or after == rid):
            raise self.doc.fail(f"{what}: 'after' names another route.", self.doc.key("after", span))
        after_when = old.after_when if old else None
        if "after_when" in raw:
            after_when = self.condition(raw["after_when"], what, "after_when", span)
        if (after is None) != (after_when is None):
            line = self.doc.key("after", span) or self.doc.key("after_when", span)
            raise self.doc.fail(f"{what}: 'after' and 'after_when' go together.", line)
        reason_not = raw.get("reason_not_nl", raw.get("reason_not_en"))
        return Route(
            id=rid,
            name=self.text(raw, "name", what, span, old.name if old else None),
            description=self.text(raw, "description", what, span, old.description if old else None),
            how_to_reach=self.text(raw, "how_to_reach", what, span, old.how_to_reach if old else None),
            fits=fits,
            reason_fits=self.text(raw, "reason_fits", what, span, old.reason_fits if old else None),
            reason_not=self.text(raw, "reason_not", what, span, old.reason_not if old else None)
            if reason_not is not None or old
            else Text(*NOT_FIT),
            sources=self.sources(raw["source"], what, span) if "source" in raw else old.sources if old else (),
            after=after,
            after_when=after_when,
            reason_after=self.text(raw, "reason_after", what, span, old.reason_after if old else None)
            if after
            else None,
            organisation=self.organisation or (old.organisation if old else ""),
        )

    def condition(self, raw: Any, what: str, key: str, span: tuple[int, int]) -> Condition:
        at = self.doc.key(key, span) or span[0] + 1
        here = (at - 1, span[1])

        def fail(problem: str, token: str = "") -> RulesError:
            return self.doc.fail(f"{what}: {problem}", (self.doc.token(token, here) if token else None) or at)

        def parse(node: Any) -> Condition:
            if not isinstance(node, dict) or not node:
                raise fail(f"a condition in '{key}' must be a table such as {{ criminal = true }}.")
            keys = set(node)
            if "q" in keys and not keys <= {"q", "is", "in"}:
                extra = sorted(keys - {"q", "is", "in"})[0]
                raise fail(f"'{extra}' cannot be combined with 'q' in one condition.", extra)
            if "q" not in keys and keys & RESERVED and len(keys) > 1:
                word = sorted(keys & RESERVED)[0]
                raise fail(f"'{word}' cannot be combined with other keys in one condition.", word)
            if "q" not in keys and keys & {"is", "in"}:
                raise fail("'is' and 'in' need a question: { q = \"id\", is = value }.", sorted(keys)[0])
            if "always" in node:
                if not isinstance(node["always"], bool):
                    raise fail("'always' takes true or false.", "always")
                return Always(node["always"])
            for word, kind in (("all", AllOf), ("any", AnyOf)):
                if word in node:
                    items = node[word]
                    if not isinstance(items, list) or not items:
                        raise fail(f"'{word}' takes a list of conditions.", word)
                    return kind(tuple(parse(item) for item in items))
            if "not" in node:
                return Not(parse(node["not"]))
            if "q" in node:
                if not isinstance(node["q"], str):
                    raise fail("'q' names a question.", "q")
                if ("is" in node) == ("in" in node) or len(node) != 2:
                    raise fail(f"a condition on '{node['q']}' needs one of 'is' or 'in'.", node["q"])
                return answer(node["q"], node["in"] if "in" in node else [node["is"]], "in" in node)
            tests = [answer(qid, value if isinstance(value, list) else [value], True) for qid, value in node.items()]
            return tests[0] if len(tests) == 1 else AllOf(tuple(tests))

        def answer(qid: str, values: Any, is_list: bool) -> AnswerIn:
            question = self.questions.get(qid)
            if question is None:
                raise fail(f"a condition asks about an unknown question '{qid}'.", qid)
            if not isinstance(values, list) or not values:
                raise fail(f"the condition on '{qid}' needs a value or a list of values.", qid)
            for value in values:
                if question.type == "bool" and not isinstance(value, bool):
                    raise fail(f"'{qid}' is answered with true or false, not {value!r}.", qid)
                if question.type == "choice" and value not in {c[0] for c in question.choices}:
                    raise fail(f"'{value}' is not a choice of '{qid}'.", str(value))
            return AnswerIn(qid, tuple(values))

        return parse(raw)


def _check_routes(doc: _Doc, routes: list[Route], hidden: frozenset[str], find: dict[str, int]) -> None:
    """Every `after` names a known, visible route and no chain of `after` runs in a circle."""
    ids = {r.id for r in routes}
    by_id = {r.id: r for r in routes}
    for route in routes:
        if route.after is None:
            continue
        in_doc = route.id in find  # else the problem comes from this file's `hide`
        line = doc.key("after", doc.block("route", find[route.id])) if in_doc else doc.token(route.after, doc.top())
        if route.after not in ids:
            raise doc.fail(f"route '{route.id}' comes after unknown route '{route.after}'.", line)
        if route.after in hidden and route.id not in hidden:
            raise doc.fail(f"route '{route.id}' comes after '{route.after}', which is hidden.", line)
        seen: set[str] = {route.id}
        step: str | None = route.after
        while step is not None:
            if step in seen:
                raise doc.fail(f"route '{route.id}': the 'after' routes run in a circle.", line)
            seen.add(step)
            step = by_id[step].after if step in by_id else None


def _allowed_top(doc: _Doc, data: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise doc.fail(f"unknown setting '{unknown[0]}'.", doc.key(unknown[0], (0, len(doc.lines))))


def parse_rules(text: str, source: str = "guide.toml") -> Rules:
    """The shipped rules from the text of guide.toml; a problem raises RulesError naming file, line and problem."""
    doc = _Doc(text, source)
    data = _load(doc, text)
    _allowed_top(doc, data, {"version", "question", "route"})
    version = data.get("version")
    if not isinstance(version, (str, int)) or not str(version).strip():
        raise doc.fail('the rules need a version, e.g. version = "2026.1".', doc.key("version", doc.top()))
    reader = _Reader(doc, {})
    for index, raw in enumerate(reader.tables(data, "question")):
        question = reader.question(raw, index)
        reader.questions[question.id] = question
    routes: list[Route] = []
    for index, raw in enumerate(reader.tables(data, "route")):
        route = reader.route(raw, index)
        if any(r.id == route.id for r in routes):
            raise doc.fail(f"route '{route.id}' is defined twice.", doc.key("id", doc.block("route", index)))
        routes.append(route)
    _check_routes(doc, routes, frozenset(), {r.id: i for i, r in enumerate(routes)})
    return Rules(str(version), tuple(reader.questions.values()), tuple(routes))


# --- overrides --------------------------------------------------------------------------------------------------
def merge_override(rules: Rules, text: str, source: str = "override.toml") -> Rules:
    """Apply an organisation's override (docs/guide.md): ``[[question]]`` adds a question, ``[[route]]`` with a
    known id changes only the fields given, with a new id adds a route (``listed_after`` places it in the list),
    ``hide = [...]`` hides routes. The shipped rules are not changed; the result is checked like them."""
    doc = _Doc(text, source)
    data = _load(doc, text)
    top = doc.top()
    _allowed_top(doc, data, {"organisation", "version", "hide", "question", "route"})
    organisation = data.get("organisation")
    if not isinstance(organisation, str) or not organisation.strip():
        raise doc.fail("an override needs an 'organisation' name.", doc.key("organisation", top))
    version = data.get("version", organisation)
    if not isinstance(version, (str, int)):
        raise doc.fail("'version' must be a text.", doc.key("version", top))
    reader = _Reader(doc, {q.id: q for q in rules.questions}, organisation.strip())
    for index, raw in enumerate(reader.tables(data, "question")):
        question = reader.question(raw, index)
        reader.questions[question.id] = question
    routes = list(rules.routes)
    places: dict[str, int] = {}
    for index, raw in enumerate(reader.tables(data, "route")):
        rid = reader.ident(raw, "route", doc.block("route", index))
        if rid in places:
            raise doc.fail(f"route '{rid}' appears twice.", doc.key("id", doc.block("route", index)))
        places[rid] = index
        position = next((i for i, r in enumerate(routes) if r.id == rid), None)
        if position is None:
            routes.append(reader.route(raw, index))
        else:
            routes[position] = reader.route(raw, index, routes[position])
        if "listed_after" in raw:
            routes = _move(doc, routes, rid, raw["listed_after"], doc.block("route", index))
    hidden = data.get("hide", [])
    line = doc.key("hide", top)
    if not isinstance(hidden, list) or not all(isinstance(h, str) for h in hidden):
        raise doc.fail("'hide' takes a list of route ids.", line)
    known = {r.id for r in routes}
    span = (line - 1, len(doc.lines)) if line else top
    for rid in hidden:
        if rid not in known:
            raise doc.fail(f"cannot hide unknown route '{rid}'.", doc.token(rid, span) or line)
        if rid == "vp":
            raise doc.fail("the adviser's own support cannot be hidden.", doc.token(rid, span) or line)
    all_hidden = rules.hidden | frozenset(hidden)
    _check_routes(doc, routes, all_hidden, places)
    return Rules(
        f"{rules.version}+{version}",
        tuple(reader.questions.values()),
        tuple(routes),
        all_hidden,
        organisation.strip(),
    )


def _move(doc: _Doc, routes: list[Route], rid: str, anchor: Any, span: tuple[int, int]) -> list[Route]:
    ids = [r.id for r in routes]
    if not isinstance(anchor, str) or anchor not in ids or anchor == rid:
        raise doc.fail(f"route '{rid}': 'listed_after' names another known route.", doc.key("listed_after", span))
    moving = routes[ids.index(rid)]
    rest = [r for r in routes if r.id != rid]
    at = next(i for i, r in enumerate(rest) if r.id == anchor) + 1
    return [*rest[:at], moving, *rest[at:]]


# --- classification ---------------------------------------------------------------------------------------------
def validate_answers(rules: Rules, answers: Answers) -> dict[str, bool | str]:
    """The answers that were given (None means unanswered), checked against the questions."""
    given: dict[str, bool | str] = {}
    for qid, value in answers.items():
        question = rules.question(qid)
        if question is None:
            raise KnownError("Unknown question '{qid}'.", qid=qid)
        if value is None:
            continue
        if question.type == "bool" and not isinstance(value, bool):
            raise KnownError("The answer to '{qid}' must be true or false.", qid=qid)
        if question.type == "choice" and (not isinstance(value, str) or value not in {c[0] for c in question.choices}):
            raise KnownError("'{value}' is not a choice of '{qid}'.", value=value, qid=qid)
        given[qid] = value
    return given


def _effective(rules: Rules, answers: Answers) -> dict[str, bool | str]:
    """The answers that count: those given to questions that are asked. An answer to a question that is not
    asked (say a topic left selected after "no labour dispute") is ignored. `ask_when` names earlier questions
    only, so one pass in order settles it."""
    given = validate_answers(rules, answers)
    out: dict[str, bool | str] = {}
    for question in rules.questions:
        if question.id in given and (question.ask_when is None or holds(question.ask_when, out)):
            out[question.id] = given[question.id]
    return out


def classify(rules: Rules, answers: Answers) -> list[RouteAdvice]:
    """Every visible route with its classification, reason and source; never one forced answer.

    Order: the routes that fit in the order of the rules (the rules list the adviser's own support and urgent
    routes first), then the routes that fit after another route, then the rest.
    """
    given = _effective(rules, answers)
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
            and advise(by_id[route.after]).fit != Fit.DOES_NOT_FIT
        ):
            result = RouteAdvice(route, Fit.FITS_AFTER, route.reason_after or route.reason_fits, route.after)
        else:
            result = RouteAdvice(route, Fit.DOES_NOT_FIT, route.reason_not)
        done[route.id] = result
        return result

    advice = [advise(route) for route in visible]
    order = {Fit.FITS: 0, Fit.FITS_AFTER: 1, Fit.DOES_NOT_FIT: 2}
    return sorted(advice, key=lambda a: order[a.fit])
