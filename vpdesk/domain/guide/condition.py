"""The condition language as data (never code in data): what a route's `fits` and a question's `ask_when` say."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Answers = Mapping[str, Any]
RESERVED = frozenset({"always", "all", "any", "not", "q", "is", "in"})  # words of the language, never question ids


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
