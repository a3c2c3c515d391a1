"""Converting between domain values and the text SQLite stores: ISO dates, enum values, NULL for None."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def enum_value(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)


def to_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def to_datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def to_enum(kind: type[E], value: str | None) -> E | None:
    return None if value is None else kind(value)
