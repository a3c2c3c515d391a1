"""An organisation's override merged into the shipped rules (docs/guide.md), checked like the rules themselves."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vpdesk.domain.guide.model import Question, Route, Rules
from vpdesk.domain.guide.parse import Reader, check_routes
from vpdesk.domain.guide.rules_file import RulesFile, Span


def merge_override(rules: Rules, text: str, source: str = "override.toml") -> Rules:
    """Apply an organisation's override (docs/guide.md): ``[[question]]`` adds a question, ``[[route]]`` with a
    known id changes only the fields given, with a new id adds a route (``listed_after`` places it in the list),
    ``hide = [...]`` hides routes, ``legal_position = "..."`` sets the legal position of the organisation's staff
    (the question is then not asked) and ``legal_position = [...]`` narrows its choices to those its staff can
    have. The shipped rules are not changed; the result is checked like them."""
    doc = RulesFile(text, source)
    data = doc.load()
    top = doc.top()
    doc.reject_unknown(
        data, {"organisation", "version", "hide", "legal_position", "question", "route"}, "unknown setting", doc.whole()
    )
    organisation = data.get("organisation")
    if not isinstance(organisation, str) or not organisation.strip():
        raise doc.fail("an override needs an 'organisation' name.", doc.key("organisation", top))
    version = data.get("version", organisation)
    if not isinstance(version, (str, int)):
        raise doc.fail("'version' must be a text.", doc.key("version", top))
    questions = {q.id: q for q in rules.questions}
    fixed = dict(rules.fixed)
    if "legal_position" in data:
        narrowed, value = _legal_position(doc, data["legal_position"], questions.get(LEGAL_POSITION))
        questions[LEGAL_POSITION] = narrowed
        if value is not None:
            fixed[LEGAL_POSITION] = value
    reader = Reader(doc, questions, organisation.strip())
    reader.read_questions(data)
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
    hidden = _hidden(doc, data, {r.id for r in routes})
    all_hidden = rules.hidden | hidden
    check_routes(doc, routes, all_hidden, places)
    return Rules(
        f"{rules.version}+{version}",
        tuple(reader.questions.values()),
        tuple(routes),
        all_hidden,
        organisation.strip(),
        fixed,
    )


LEGAL_POSITION = "legal_position"


def _legal_position(doc: RulesFile, value: Any, question: Question | None) -> tuple[Question, str | None]:
    """The legal-position question narrowed to the choices an override names, and the one answer when it names
    exactly one (the question is then not asked)."""
    line = doc.key(LEGAL_POSITION, doc.top())
    if question is None or question.type != "choice":
        raise doc.fail("the rules have no choice question 'legal_position' to set.", line)
    chosen = [value] if isinstance(value, str) else value
    if not isinstance(chosen, list) or not chosen or not all(isinstance(c, str) for c in chosen):
        raise doc.fail("'legal_position' takes a choice id or a list of choice ids.", line)
    for cid in chosen:
        if cid not in question.choice_ids:
            known = ", ".join(sorted(question.choice_ids))
            raise doc.fail(f"'{cid}' is not a legal position; known: {known}.", doc.token(cid, doc.top()) or line)
    narrowed = replace(question, choices=tuple(c for c in question.choices if c[0] in chosen))
    return narrowed, chosen[0] if len(set(chosen)) == 1 else None


def _hidden(doc: RulesFile, data: dict[str, Any], known: set[str]) -> frozenset[str]:
    """The routes the override's ``hide = [...]`` hides: known ones, and never the adviser's own support."""
    hidden = data.get("hide", [])
    line = doc.key("hide", doc.top())
    if not isinstance(hidden, list) or not all(isinstance(h, str) for h in hidden):
        raise doc.fail("'hide' takes a list of route ids.", line)
    span = (line - 1, len(doc.lines)) if line else doc.top()
    for rid in hidden:
        if rid not in known:
            raise doc.fail(f"cannot hide unknown route '{rid}'.", doc.token(rid, span) or line)
        if rid == "vp":
            raise doc.fail("the adviser's own support cannot be hidden.", doc.token(rid, span) or line)
    return frozenset(hidden)


def _move(doc: RulesFile, routes: list[Route], rid: str, anchor: Any, span: Span) -> list[Route]:
    """The routes with `rid` moved to just after `anchor` (an override's ``listed_after``)."""
    ids = [r.id for r in routes]
    if not isinstance(anchor, str) or anchor not in ids or anchor == rid:
        raise doc.fail(f"route '{rid}': 'listed_after' names another known route.", doc.key("listed_after", span))
    moving = routes[ids.index(rid)]
    rest = [r for r in routes if r.id != rid]
    at = next(i for i, r in enumerate(rest) if r.id == anchor) + 1
    return [*rest[:at], moving, *rest[at:]]
