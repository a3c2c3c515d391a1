"""The suppression rules and their parameters (see disclosure.py for the method), and the adviser's warning of
tables so thin that they amount to the records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Cell = int | None  # None = suppressed
Pos = tuple[str, str]  # (row, column)

DEFAULT_K = 5
DEFAULT_MIN_ADVISERS = 2
DEFAULT_DOMINANCE = 0.8


@dataclass(frozen=True, slots=True)
class Rules:
    """The suppression parameters (policy keys suppression_threshold, suppression_min_advisers,
    suppression_dominance)."""

    k: int = DEFAULT_K
    min_advisers: int = DEFAULT_MIN_ADVISERS
    dominance: float = DEFAULT_DOMINANCE

    def __post_init__(self) -> None:
        if self.k < 1:
            raise ValueError("k must be at least 1")
        if self.min_advisers < 1:
            raise ValueError("min_advisers must be at least 1")
        if not 0 < self.dominance <= 1:
            raise ValueError("dominance must be above 0 and at most 1")

    def primary(self, value: int, parts: Sequence[int] = ()) -> bool:
        """Is a count of ``value`` made of the advisers' ``parts`` hidden by the primary rules? Without parts
        (a single adviser's own table) only the threshold applies."""
        if value <= 0:
            return False
        if value < self.k:
            return True
        if not parts:
            return False
        largest = max(parts)
        contributors = sum(1 for p in parts if p > 0)
        return contributors < self.min_advisers or largest > self.dominance * value or 0 < value - largest < self.k


Insider = Mapping[str, int]  # one adviser's own value of each edge (missing = 0)


def rules_of(k: int | Rules) -> Rules:
    """The rules from a bare threshold k or from rules."""
    return k if isinstance(k, Rules) else Rules(k=k)


NEAR_RECORDS_CONVERSATIONS = 20


def near_records(tables: Mapping[str, object], k: int = DEFAULT_K) -> bool:
    """Are an adviser's tables so thin that they amount to the records? Fewer than 20 conversations, or most
    non-zero counts below k: then a reader who knows one melder's contact can find it in the tables."""
    totals = tables.get("totals")
    conversations = int(totals.get("conversations", 0)) if isinstance(totals, Mapping) else 0
    if conversations == 0:
        return False
    counts = [
        int(n)
        for table in tables.values()
        if isinstance(table, Mapping) and table is not totals
        for n in table.values()
        if isinstance(n, int) and n > 0
    ]
    small = sum(n < k for n in counts)
    return conversations < NEAR_RECORDS_CONVERSATIONS or small * 2 > len(counts)
