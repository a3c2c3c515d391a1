"""The guide's data: questions, routes with their texts and sources, the rules that hold them, and the advice
for one route; plus which answers count (an answer only counts for a question that is asked)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from vpdesk.domain.guide.condition import Answers, Condition, holds
from vpdesk.errors import KnownError

DIRECT = ("Niets: de melder kan hier direct terecht.", "Nothing: the melder can go here directly.")


class Fit(StrEnum):
    FITS = "fits"
    FITS_AFTER = "fits_after"
    OPEN = "open"  # does not fit yet, but could once a question still open is answered: answer that first
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
    ref: str = ""  # the official identifier: BWBR id, CAO paragraph, Staatscourant or Kamerstuk number
    checked: date | None = None  # the date the source was last checked against this rule

    def text(self) -> str:
        """'Document, section (ref)': what a reader looks up."""
        out = f"{self.document}, {self.section}" if self.section else self.document
        core = self.ref.removeprefix(self.document).strip()  # "CAO Rijk §13.2" says no more than "§13.2 (...)"
        return f"{out} ({self.ref})" if core and core not in out else out


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: str  # "bool" or "choice"
    text: Text
    choices: tuple[tuple[str, Text], ...] = ()
    organisation: str = ""  # set for questions an override added
    ask_when: Condition | None = None  # asked only when this holds (it names earlier questions only)

    @property
    def choice_ids(self) -> frozenset[str]:
        return frozenset(cid for cid, _ in self.choices)

    def is_asked(self, answers: Answers) -> bool:
        """Whether the question is asked, given the answers to the questions before it."""
        return self.ask_when is None or holds(self.ask_when, answers)


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
    first: Text = field(default_factory=lambda: Text(*DIRECT))  # what must come first (or that nothing must)
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
    fixed: Mapping[str, bool | str] = field(default_factory=dict)  # answers the organisation set (legal position)

    def question(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def route(self, rid: str) -> Route | None:
        return next((r for r in self.routes if r.id == rid), None)

    def visible_routes(self) -> tuple[Route, ...]:
        return tuple(r for r in self.routes if r.id not in self.hidden)

    def asked(self, answers: Answers) -> tuple[Question, ...]:
        """The questions to show for these answers: a question with `ask_when` only when that holds."""
        effective = effective_answers(self, answers)
        return tuple(q for q in self.questions if q.id not in self.fixed and q.is_asked(effective))


@dataclass(frozen=True, slots=True)
class RouteAdvice:
    route: Route
    fit: Fit
    reason: Text
    after: str | None = None  # for FITS_AFTER: the id of the route to take first
    open_questions: tuple[str, ...] = ()  # for OPEN: the ids of the questions to answer first

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.route.sources


def route_label(names: Mapping[str, str], route_id: str, lang: str) -> str:
    """A recorded referral's route as a reader sees it: its name, or, for a route the rules no longer have (say the
    removed JenV route `paritaire_commissie`), a sentence that says so instead of the bare id."""
    if route_id in names:
        return names[route_id]
    gone = GONE.get(lang)
    return gone.format(route=route_id.replace("_", " "))


GONE = Text("route niet meer in de wegwijzer: {route}", "route no longer in the guide: {route}")


# --- answers ----------------------------------------------------------------------------------------------------
def validate_answers(rules: Rules, answers: Answers) -> dict[str, bool | str]:
    """The answers that were given (None means unanswered), checked against the questions."""
    given: dict[str, bool | str] = {}
    for qid, value in answers.items():
        question = rules.question(qid)
        if question is None:
            raise KnownError("Unknown question '{qid}'.", qid=qid)
        if value is None or qid in rules.fixed:  # the organisation's answer stands; the given one is ignored
            continue
        if question.type == "bool" and not isinstance(value, bool):
            raise KnownError("The answer to '{qid}' must be true or false.", qid=qid)
        if question.type == "choice" and (not isinstance(value, str) or value not in question.choice_ids):
            raise KnownError("'{value}' is not a choice of '{qid}'.", value=value, qid=qid)
        given[qid] = value
    return given


def effective_answers(rules: Rules, answers: Answers) -> dict[str, bool | str]:
    """The answers that count: those given to questions that are asked. An answer to a question that is not
    asked (say a topic left selected after "no labour dispute") is ignored, and an answer the organisation fixed
    (its staff's legal position) replaces whatever was given. `ask_when` names earlier questions only, so one pass
    in order settles it."""
    given = {**validate_answers(rules, answers), **rules.fixed}
    out: dict[str, bool | str] = {}
    for question in rules.questions:
        if question.id in given and (question.id in rules.fixed or question.is_asked(out)):
            out[question.id] = given[question.id]
    return out
