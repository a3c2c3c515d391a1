"""Counting for the annual report. Input: anonymous contact records (no free text, no pseudonym, no date finer
than a month), which the vault keeps apart from cases so they survive a case's destruction.

A `Tables` value is plain data: {table name: {cell: count}}, plus `category_quarter` {top category: {Q1..Q4}}
and `totals` {conversations, minutes, cases}. Sums across advisers are exact integer sums.

Each figure is defined once, here (the report's method note says the same in words):

- **cases** (melders): the distinct cases with at least one conversation in the period;
- **conversations** (all contacts) and **first contacts** (``kind`` "first"); **minutes** (hours = minutes / 60);
- per conversation: ``category`` (once per distinct code), ``top_category`` and ``category_quarter`` (once per
  distinct main category), ``channel``, ``kind``, ``role``, ``org_unit``, ``month``;
- per case: ``position`` and ``gender`` of the melder (gender only where recorded), ``outcome`` ("nog_open" for a
  case still open, "unknown" for a closed case without a known outcome), ``route`` (the cases referred to each
  route: a case referred twice to one route counts once).
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
STILL_OPEN = "nog_open"
OUTCOME_UNKNOWN = "unknown"
PER_CASE = ("position", "gender", "outcome", "route")
TOTALS = ("conversations", "minutes", "cases")


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
    case: str = ""  # an anonymous key shared by the conversations of one case ("" = a case of its own)
    case_open: bool = False

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
            case=str(row.get("case_key") or ""),
            case_open=bool(row.get("case_open")),
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
    tables["totals"] = dict.fromkeys(TOTALS, 0)
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
    cases: dict[str, ContactRecord] = {}  # the case's latest conversation in the period speaks for the case
    for n, record in enumerate(records):
        if not record.month.startswith(prefix):
            continue
        q = quarter_of(record.month)
        if quarter and q != quarter:
            continue
        key = record.case or f"\x00{n}"
        if key not in cases or cases[key].month <= record.month:
            cases[key] = record
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
        counters["role"][record.role] += 1
        counters["org_unit"][coarsen(record.org_unit, org_level)] += 1
    for case in cases.values():
        counters["position"][case.position or UNKNOWN] += 1
        counters["outcome"][outcome_of(case)] += 1
        if case.gender:
            counters["gender"][case.gender] += 1
        for route in sorted(set(case.routes)):
            counters["route"][route] += 1
    tables = empty_tables()
    for name, counter in counters.items():
        tables[name] = dict(sorted(counter.items()))
    tables["category_quarter"] = {top: dict(sorted(c.items())) for top, c in sorted(grid.items())}
    tables["totals"] = {"conversations": conversations, "minutes": minutes, "cases": len(cases)}
    return tables


def outcome_of(record: ContactRecord) -> str:
    """A case's outcome as counted: still open, the recorded outcome, or unknown (closed without one)."""
    if record.case_open:
        return STILL_OPEN
    return record.outcome or OUTCOME_UNKNOWN


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
        for key in TOTALS:
            out["totals"][key] += int(tables.get("totals", {}).get(key, 0))
    for name in (*ONE_D, "month"):
        out[name] = dict(sorted(out[name].items()))
    out["category_quarter"] = {k: dict(sorted(v.items())) for k, v in sorted(out["category_quarter"].items())}
    return out
