"""Counting for the annual report. Input: anonymous contact records (no free text, no pseudonym, no date finer
than a month), which the vault keeps apart from cases so they survive a case's destruction.

A `Tables` value is plain data: {table name: {cell: count}}, plus `category_quarter` {top category: {Q1..Q4}}
and `totals` {conversations, minutes}. Sums across advisers are exact integer sums.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Tables = dict[str, Any]
StatsTables = Tables  # the name the design uses; plain JSON-able data, exactly what an export carries

ONE_D = ("category", "top_category", "channel", "kind", "position", "role", "route", "outcome", "org_unit", "gender")
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
UNKNOWN = "onbekend"


@dataclass(frozen=True, slots=True)
class ContactRecord:
    month: str  # "YYYY-MM"
    categories: tuple[str, ...]
    channel: str
    kind: str
    position: str | None = None
    gender: str | None = None
    org_unit: str = ""
    duration_min: int = 0
    routes: tuple[str, ...] = ()
    outcome: str | None = None
    role: str = "vertrouwenspersoon"

    def __post_init__(self) -> None:
        if len(self.month) != 7 or self.month[4] != "-" or not (self.month[:4] + self.month[5:]).isdigit():
            raise ValueError("month must be YYYY-MM")
        if not 1 <= int(self.month[5:]) <= 12:
            raise ValueError("month must be YYYY-MM")
        if self.duration_min < 0:
            raise ValueError("a duration is never negative")

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ContactRecord:
        return cls(
            month=str(row["month"]),
            categories=tuple(str(row["categories"] or "").split()),
            channel=str(row["channel"]),
            kind=str(row["kind"]),
            position=row.get("position"),
            gender=row.get("gender"),
            org_unit=str(row.get("org_unit") or ""),
            duration_min=int(row.get("duration_min") or 0),
            routes=tuple(str(row.get("routes") or "").split()),
            outcome=row.get("outcome"),
        )


def coarsen(org_unit: str, level: int) -> str:
    """Cut "DGOO/Directie X/Afdeling Y" to its first ``level`` parts; nothing finer leaves the laptop."""
    parts = [p.strip() for p in org_unit.split("/") if p.strip()]
    return "/".join(parts[: max(level, 1)]) if parts else UNKNOWN


def quarter_of(month: str) -> int:
    return (int(month[5:7]) - 1) // 3 + 1


def empty_tables() -> Tables:
    tables: Tables = {name: {} for name in ONE_D}
    tables["month"] = {}
    tables["category_quarter"] = {}
    tables["totals"] = {"conversations": 0, "minutes": 0}
    return tables


def tally(records: Iterable[ContactRecord], year: int, quarter: int | None = 0, org_level: int = 1) -> Tables:
    """Count the contacts of ``year`` (and ``quarter``, 1-4; 0 or None = the whole year).

    Every contact counts once in each table except ``category`` (once per distinct code), ``top_category`` and
    ``category_quarter`` (once per distinct main category) and ``route`` (once per distinct route); ``gender``
    only where it was recorded. ``category_quarter`` rows add up to ``top_category``.
    """
    if quarter is not None and not 0 <= quarter <= 4:
        raise ValueError("quarter must be 1-4, or 0/None for the whole year")
    counters: dict[str, Counter[str]] = {name: Counter() for name in (*ONE_D, "month")}
    grid: dict[str, Counter[str]] = {}
    conversations = minutes = 0
    prefix = f"{year:04d}-"
    for record in records:
        if not record.month.startswith(prefix):
            continue
        q = quarter_of(record.month)
        if quarter and q != quarter:
            continue
        conversations += 1
        minutes += record.duration_min
        counters["month"][record.month] += 1
        codes = sorted(set(record.categories)) or [UNKNOWN]
        tops = sorted({c.split(".")[0] for c in codes})
        for code in codes:
            counters["category"][code] += 1
        for top in tops:
            counters["top_category"][top] += 1
            grid.setdefault(top, Counter())[f"Q{q}"] += 1
        counters["channel"][record.channel] += 1
        counters["kind"][record.kind] += 1
        counters["position"][record.position or UNKNOWN] += 1
        counters["role"][record.role] += 1
        counters["outcome"][record.outcome or UNKNOWN] += 1
        counters["org_unit"][coarsen(record.org_unit, org_level)] += 1
        if record.gender:
            counters["gender"][record.gender] += 1
        for route in sorted(set(record.routes)):
            counters["route"][route] += 1
    tables = empty_tables()
    for name, counter in counters.items():
        tables[name] = dict(sorted(counter.items()))
    tables["category_quarter"] = {top: dict(sorted(c.items())) for top, c in sorted(grid.items())}
    tables["totals"] = {"conversations": conversations, "minutes": minutes}
    return tables


def hours(tables: Tables) -> float:
    """Conversation hours, from the exact minutes (rounded to a tenth only here, for display)."""
    return round(int(tables["totals"]["minutes"]) / 60, 1)


def aggregate(many: Iterable[Tables]) -> Tables:
    """Exact sums of the tables of many advisers."""
    out = empty_tables()
    for tables in many:
        for name in (*ONE_D, "month"):
            target = out[name]
            for cell, n in tables.get(name, {}).items():
                target[cell] = target.get(cell, 0) + int(n)
        for top, row in tables.get("category_quarter", {}).items():
            target_row = out["category_quarter"].setdefault(top, {})
            for col, n in row.items():
                target_row[col] = target_row.get(col, 0) + int(n)
        for key in ("conversations", "minutes"):
            out["totals"][key] += int(tables.get("totals", {}).get(key, 0))
    for name in (*ONE_D, "month"):
        out[name] = dict(sorted(out[name].items()))
    out["category_quarter"] = {k: dict(sorted(v.items())) for k, v in sorted(out["category_quarter"].items())}
    return out
