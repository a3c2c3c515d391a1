"""Disclosure control for published tables: threshold suppression plus complementary suppression.

Primary: a count from 1 to k-1 is hidden (0 is published as such: "nobody" identifies nobody). Complementary:
wherever a published total covers hidden cells, at least two cells in that line are hidden (the smallest
non-zero cell, or a zero cell when there is none), so no hidden cell equals "total minus the published rest".
A 1-D table whose only hidden cell has no partner publishes no total. 2-D tables: see suppress_2d.
For a 2-D table with row and column totals, the rule runs on every row and column until nothing changes.
Sums across advisers are made first and exact; suppression applies only to what is published.
"""

from __future__ import annotations

from dataclasses import dataclass

Cell = int | None  # None = suppressed


@dataclass(frozen=True, slots=True)
class Suppressed1D:
    cells: dict[str, Cell]
    total: int | None  # None when publishing it would reveal the one hidden cell
    primary: tuple[str, ...]
    complementary: tuple[str, ...]


def suppress_1d(counts: dict[str, int], k: int = 5) -> Suppressed1D:
    primary = [c for c, n in counts.items() if 0 < n < k]
    hidden = set(primary)
    complementary: list[str] = []
    total: int | None = sum(counts.values())
    if len(hidden) == 1:
        candidates = sorted((n == 0, n, c) for c, n in counts.items() if c not in hidden)
        if candidates:
            complementary.append(candidates[0][2])
            hidden.add(candidates[0][2])
        else:
            total = None
    cells: dict[str, Cell] = {c: (None if c in hidden else n) for c, n in counts.items()}
    return Suppressed1D(cells, total, tuple(sorted(primary)), tuple(complementary))


@dataclass(frozen=True, slots=True)
class Suppressed2D:
    cells: dict[str, dict[str, Cell]]
    row_totals: dict[str, int | None]
    col_totals: dict[str, int | None]
    primary: tuple[tuple[str, str], ...]
    complementary: tuple[tuple[str, str], ...]


def suppress_2d(grid: dict[str, dict[str, int]], columns: tuple[str, ...], k: int = 5) -> Suppressed2D:
    """Suppress a table with row and column totals.

    Primary cells (1 to k-1) are hidden; every row with a hidden cell gets a second one (the smallest non-zero
    cell, or a zero when there is none), because the row's total is published elsewhere too (the 1-D table of
    the same categories). A row or column total is published only when none of its cells is hidden, and there
    is no grand total: a hidden cell then appears in no published equation of its own line alone, and a row's
    hidden sum (known from the 1-D table) splits over at least two cells.
    """
    rows = sorted(grid)
    value = {(r, c): int(grid[r].get(c, 0)) for r in rows for c in columns}
    primary = {rc for rc, n in value.items() if 0 < n < k}
    hidden = set(primary)
    for r in rows:
        inside = [c for c in columns if (r, c) in hidden]
        if len(inside) == 1:
            candidates = sorted((value[(r, c)] == 0, value[(r, c)], c) for c in columns if (r, c) not in hidden)
            if candidates:
                hidden.add((r, candidates[0][2]))
    row_totals: dict[str, int | None] = {
        r: None if any((r, c) in hidden for c in columns) else sum(value[(r, c)] for c in columns) for r in rows
    }
    col_totals: dict[str, int | None] = {
        c: None if any((r, c) in hidden for r in rows) else sum(value[(r, c)] for r in rows) for c in columns
    }
    cells = {r: {c: (None if (r, c) in hidden else value[(r, c)]) for c in columns} for r in rows}
    return Suppressed2D(cells, row_totals, col_totals, tuple(sorted(primary)), tuple(sorted(hidden - primary)))
