"""Reading rule files into the model: questions, routes, sources and conditions, each problem named with the file
and the line it is on. `parse_rules` reads the shipped rules; the override reuses the same Reader."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from vpdesk.domain.guide.condition import RESERVED, AllOf, Always, AnswerIn, AnyOf, Condition, Not
from vpdesk.domain.guide.model import DIRECT, Question, Route, Rules, Source, Text
from vpdesk.domain.guide.rules_file import RulesError, RulesFile, Span

ID = re.compile(r"[a-z][a-z0-9_]*\Z")
TEXTS = ("name", "description", "how_to_reach", "first", "reason_fits", "reason_not", "reason_after")
ROUTE_KEYS = frozenset({"id", "fits", "after", "after_when", "source"}) | {
    f"{k}_{lang}" if k != "name" else lang for k in TEXTS for lang in ("nl", "en")
}
OVERRIDE_ROUTE_KEYS = ROUTE_KEYS | {"listed_after"}
QUESTION_KEYS = frozenset({"id", "type", "nl", "en", "choices", "ask_when"})
NOT_FIT = ("Past niet bij de antwoorden.", "Does not fit the answers given.")


class Reader:
    """Reads one file's questions and routes, raising RulesError with the file and line of the first problem."""

    def __init__(self, doc: RulesFile, questions: dict[str, Question], organisation: str = "") -> None:
        self.doc = doc
        self.questions = questions
        self.organisation = organisation

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        raw = data.get(key, [])
        if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
            raise self.doc.fail(f"'{key}' must be written as [[{key}]] tables.", self.doc.key(key, self.doc.top()))
        return raw

    def read_questions(self, data: dict[str, Any]) -> None:
        """Every ``[[question]]`` of the file, added in order: a condition may name only earlier questions."""
        for index, raw in enumerate(self.tables(data, "question")):
            question = self.question(raw, index)
            self.questions[question.id] = question

    def ident(self, raw: dict[str, Any], kind: str, span: Span) -> str:
        value = raw.get("id")
        if not isinstance(value, str) or not ID.match(value):
            line = self.doc.key_or_start("id", span)
            raise self.doc.fail(f"a {kind} needs an id of lower-case letters, digits and '_'.", line)
        return value

    def text(self, raw: dict[str, Any], key: str, what: str, span: Span, old: Text | None = None) -> Text:
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
        self.doc.reject_unknown(raw, QUESTION_KEYS, f"{what}: unknown field", span)
        if qid in RESERVED:
            raise self.doc.fail(f"{what}: '{qid}' is a word of the condition language.", self.doc.key("id", span))
        if qid in self.questions:
            raise self.doc.fail(f"{what} is defined twice.", self.doc.key("id", span))
        kind = raw.get("type")
        if kind not in ("bool", "choice"):
            raise self.doc.fail(f"{what} needs type 'bool' or 'choice'.", self.doc.key_or_start("type", span))
        choices: list[tuple[str, Text]] = []
        if kind == "choice":
            raw_choices = raw.get("choices")
            if not isinstance(raw_choices, list) or not raw_choices:
                raise self.doc.fail(f"{what} needs a list of choices.", self.doc.key_or_start("choices", span))
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

    def sources(self, raw: Any, what: str, span: Span) -> tuple[Source, ...]:
        items = raw if isinstance(raw, list) else [raw]
        out: list[Source] = []
        for item in items:
            if isinstance(item, str) and item.strip():
                out.append(Source(item.strip()))
                continue
            texts = {k: v for k, v in item.items() if k != "checked"} if isinstance(item, dict) else {}
            ok = isinstance(item, dict) and set(item) <= {"document", "section", "url", "ref", "checked"}
            ok = ok and all(isinstance(v, str) for v in texts.values()) and str(texts.get("document", "")).strip() != ""
            ok = ok and (not isinstance(item, dict) or isinstance(item.get("checked", date.min), date))
            if ok and str(texts.get("url", "https://")).startswith(("https://", "http://")):
                checked = item.get("checked")
                out.append(
                    Source(
                        texts["document"].strip(),
                        texts.get("section", "").strip(),
                        texts.get("url", ""),
                        texts.get("ref", "").strip(),
                        checked if isinstance(checked, date) else None,
                    )
                )
                continue
            line = self.doc.key_or_start("source", span)
            raise self.doc.fail(
                f"{what}: a source is a text or {{ document, section, ref, "
                + 'url = "https://...", checked = 2026-11-30 }.',
                line,
            )
        if not out:
            raise self.doc.fail(f"{what} needs a source.", self.doc.key_or_start("source", span))
        return tuple(out)

    def route(self, raw: dict[str, Any], index: int, old: Route | None = None) -> Route:
        """The index-th ``[[route]]``; with `old`, an override's change to that route (only the fields given)."""
        span = self.doc.block("route", index)
        rid = self.ident(raw, "route", span)
        what = f"route '{rid}'"
        allowed = OVERRIDE_ROUTE_KEYS if self.organisation else ROUTE_KEYS
        self.doc.reject_unknown(raw, allowed, f"{what}: unknown field", span)
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

        def text(key: str) -> Text:  # the route's text `key`: as given, else as it was
            return self.text(raw, key, what, span, getattr(old, key) if old else None)

        if old is not None:  # a changed condition needs the reasons that explain it: never an inherited one
            for changed, needed in (("fits", ("reason_fits", "reason_not")), ("after", ("reason_after",))):
                keys = ("after", "after_when") if changed == "after" else (changed,)
                if any(k in raw for k in keys):
                    for need in needed:
                        if f"{need}_nl" not in raw or f"{need}_en" not in raw:
                            line = self.doc.key(keys[0], span) or self.doc.key(keys[-1], span)
                            raise self.doc.fail(
                                f"{what}: a changed '{changed}' needs its own {need}_nl and {need}_en.", line
                            )

        reason_not = raw.get("reason_not_nl", raw.get("reason_not_en"))
        return Route(
            id=rid,
            name=text("name"),
            description=text("description"),
            how_to_reach=text("how_to_reach"),
            first=text("first") if "first_nl" in raw or "first_en" in raw or old else Text(*DIRECT),
            fits=fits,
            reason_fits=text("reason_fits"),
            reason_not=text("reason_not") if reason_not is not None or old else Text(*NOT_FIT),
            sources=self.sources(raw["source"], what, span) if "source" in raw else old.sources if old else (),
            after=after,
            after_when=after_when,
            reason_after=text("reason_after") if after else None,
            organisation=self.organisation or (old.organisation if old else ""),
        )

    def condition(self, raw: Any, what: str, key: str, span: Span) -> Condition:
        at = self.doc.key_or_start(key, span)
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
                return answer(node["q"], node["in"] if "in" in node else [node["is"]])
            tests = [answer(qid, value if isinstance(value, list) else [value]) for qid, value in node.items()]
            return tests[0] if len(tests) == 1 else AllOf(tuple(tests))

        def answer(qid: str, values: Any) -> AnswerIn:
            question = self.questions.get(qid)
            if question is None:
                raise fail(f"a condition asks about an unknown question '{qid}'.", qid)
            if not isinstance(values, list) or not values:
                raise fail(f"the condition on '{qid}' needs a value or a list of values.", qid)
            for value in values:
                if question.type == "bool" and not isinstance(value, bool):
                    raise fail(f"'{qid}' is answered with true or false, not {value!r}.", qid)
                if question.type == "choice" and value not in question.choice_ids:
                    raise fail(f"'{value}' is not a choice of '{qid}'.", str(value))
            return AnswerIn(qid, tuple(values))

        return parse(raw)


def check_routes(doc: RulesFile, routes: list[Route], hidden: frozenset[str], find: dict[str, int]) -> None:
    """Every `after` names a known, visible route and no chain of `after` runs in a circle. `find` gives the
    index of each route's ``[[route]]`` table in this file."""
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


def parse_rules(text: str, source: str = "guide.toml") -> Rules:
    """The shipped rules from the text of guide.toml; a problem raises RulesError naming file, line and problem."""
    doc = RulesFile(text, source)
    data = doc.load()
    doc.reject_unknown(data, {"version", "question", "route"}, "unknown setting", doc.whole())
    version = data.get("version")
    if not isinstance(version, (str, int)) or not str(version).strip():
        raise doc.fail('the rules need a version, e.g. version = "2026.1".', doc.key("version", doc.top()))
    reader = Reader(doc, {})
    reader.read_questions(data)
    routes: list[Route] = []
    for index, raw in enumerate(reader.tables(data, "route")):
        route = reader.route(raw, index)
        if any(r.id == route.id for r in routes):
            raise doc.fail(f"route '{route.id}' is defined twice.", doc.key("id", doc.block("route", index)))
        routes.append(route)
    check_routes(doc, routes, frozenset(), {r.id: i for i, r in enumerate(routes)})
    return Rules(str(version), tuple(reader.questions.values()), tuple(routes))
