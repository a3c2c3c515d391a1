"""Disclosure control for published tables: threshold suppression plus complementary suppression.

Primary: a count from 1 to k-1 is hidden (0 is published as such: "nobody" identifies nobody). Complementary:
wherever a published total covers hidden cells, at least two cells in that line are hidden (the smallest
non-zero cell, or a zero cell when there is none), so no hidden cell equals "total minus the published rest".
A 1-D table whose only hidden cell has no partner publishes no total.
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
    """Suppress a table with row and column totals. Rows and columns that are all zero are published as zeros
    and left out of the problem (their cells are known anyway); if one row or column remains, the table is a
    1-D table and the crossing totals of its hidden cells are not published."""
    rows = sorted(grid)
    value = {(r, c): int(grid[r].get(c, 0)) for r in rows for c in columns}
    row_sum = {r: sum(value[(r, c)] for c in columns) for r in rows}
    col_sum = {c: sum(value[(r, c)] for r in rows) for c in columns}
    live_rows = [r for r in rows if row_sum[r] > 0]
    live_cols = [c for c in columns if col_sum[c] > 0]
    primary = {rc for rc, n in value.items() if 0 < n < k}
    hidden = set(primary)
    row_totals: dict[str, int | None] = dict(row_sum)
    col_totals: dict[str, int | None] = dict(col_sum)
    if len(live_rows) >= 2 and len(live_cols) >= 2:
        lines = [[(r, c) for c in live_cols] for r in live_rows] + [[(r, c) for r in live_rows] for c in live_cols]
        changed = True
        while changed:
            changed = False
            for line in lines:
                inside = [rc for rc in line if rc in hidden]
                if len(inside) == 1:
                    candidates = sorted((value[rc] == 0, value[rc], rc) for rc in line if rc not in hidden)
                    hidden.add(candidates[0][2])  # a line has >= 2 cells here
                    changed = True
    elif live_rows and live_cols:
        line_cells = [(r, c) for r in live_rows for c in live_cols]
        one_d = suppress_1d({f"{r}\x00{c}": value[(r, c)] for r, c in line_cells}, k)
        hidden = {tuple(key.split("\x00")) for key, v in one_d.cells.items() if v is None}  # type: ignore[misc]
        for r, c in hidden:
            if len(live_rows) == 1:
                col_totals[c] = None
            else:
                row_totals[r] = None
        if one_d.total is None:
            for r in live_rows:
                row_totals[r] = None
            for c in live_cols:
                col_totals[c] = None
    cells = {r: {c: (None if (r, c) in hidden else value[(r, c)]) for c in columns} for r in rows}
    return Suppressed2D(cells, row_totals, col_totals, tuple(sorted(primary)), tuple(sorted(hidden - primary)))
