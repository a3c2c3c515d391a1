"""The wegwijzer engine: routes and questions as data, every route classified with its reason and source.

Pure code: parse rules from TOML text, merge an organisation's override, classify answers. It never picks one
route; it shows which fit, which fit after another route, and which do not, and why.

Conditions are a small declarative language (never code in data); see docs/guide.md:
``{ always = true }``, ``{ criminal = true }``, ``{ labour_topic = ["beoordeling", "vwnw"] }`` (several keys: all
must hold), ``{ q = "criminal", is = true }``, ``{ q = "labour_topic", in = [...] }``, ``{ all = [...] }``,
``{ any = [...] }``, ``{ not = {...} }``.

The modules, each building on the ones before it:

- ``condition``: the condition language as data, and `holds`.
- ``model``: questions, routes, rules, advice; which answers count.
- ``rules_file``: a file being read, its TOML, and `RulesError` naming file, line and problem.
- ``parse``: rule files read into the model (`parse_rules`).
- ``override``: an organisation's override merged in (`merge_override`).
- ``classify``: every visible route classified for the answers (`classify`).
- ``describe``: the answers given, in words (`answer_lines`).
"""

from vpdesk.domain.guide.classify import classify
from vpdesk.domain.guide.condition import RESERVED, AllOf, Always, AnswerIn, Answers, AnyOf, Condition, Not, holds
from vpdesk.domain.guide.describe import answer_lines
from vpdesk.domain.guide.model import (
    Fit,
    Question,
    Route,
    RouteAdvice,
    Rules,
    Source,
    Text,
    route_label,
    validate_answers,
)
from vpdesk.domain.guide.override import merge_override
from vpdesk.domain.guide.parse import ID, NOT_FIT, OVERRIDE_ROUTE_KEYS, ROUTE_KEYS, TEXTS, parse_rules
from vpdesk.domain.guide.rules_file import RulesError

__all__ = [
    "ID",
    "NOT_FIT",
    "OVERRIDE_ROUTE_KEYS",
    "RESERVED",
    "ROUTE_KEYS",
    "TEXTS",
    "AllOf",
    "Always",
    "AnswerIn",
    "Answers",
    "AnyOf",
    "Condition",
    "Fit",
    "Not",
    "Question",
    "Route",
    "RouteAdvice",
    "Rules",
    "RulesError",
    "Source",
    "Text",
    "answer_lines",
    "classify",
    "holds",
    "merge_override",
    "parse_rules",
    "route_label",
    "validate_answers",
]
