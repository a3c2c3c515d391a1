"""Tables as networks: one line with its total, a rows x columns table with its totals (the method is in
disclosure.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from vpdesk.domain.disclosure_network import Edge, solve
from vpdesk.domain.disclosure_rules import DEFAULT_K, Cell, Pos, Rules, rules_of


@dataclass(frozen=True, slots=True)
class Suppressed1D:
    cells: dict[str, Cell]
    total: int | None  # None when publishing it would reveal a hidden cell
    primary: tuple[str, ...]
    complementary: tuple[str, ...]


def one_d(
    counts: Mapping[str, int], hidden: set[str], prefix: str, total_hidden: bool, first: set[str]
) -> Suppressed1D:
    cells: dict[str, Cell] = {c: (None if prefix + c in hidden else int(n)) for c, n in counts.items()}
    primary = tuple(sorted(c for c in counts if prefix + c in first))
    complementary = tuple(
        sorted((c for c in counts if cells[c] is None and c not in primary), key=lambda c: (counts[c], c))
    )
    total = None if total_hidden else sum(int(n) for n in counts.values())
    return Suppressed1D(cells, total, primary, complementary)


def _line_edges(counts: Mapping[str, int]) -> list[Edge]:
    edges = [Edge("c:" + cell, "S", "Z", int(n)) for cell, n in counts.items()]
    edges.append(Edge("total", "Z", "S", sum(int(n) for n in counts.values()), threshold=False, total=True))
    return edges


def suppress_1d(
    counts: Mapping[str, int], k: int | Rules = DEFAULT_K, parts: Sequence[Mapping[str, int]] = ()
) -> Suppressed1D:
    """One line with its total: hide what the primary rules hide, then a partner if exactly one cell is hidden;
    the total is withheld only when there is no partner. ``parts``: each adviser's own counts of this line."""
    own = [_line_edges({c: int(mine.get(c, 0)) for c in counts}) for mine in parts]
    hidden, first = solve(_line_edges(counts), rules_of(k), own)
    return one_d(counts, hidden, "c:", "total" in hidden, first)


@dataclass(frozen=True, slots=True)
class Suppressed2D:
    cells: dict[str, dict[str, Cell]]
    row_totals: dict[str, int | None]
    col_totals: dict[str, int | None]
    grand_total: int | None
    primary: tuple[Pos, ...]
    complementary: tuple[Pos, ...]


def _cell_key(r: str, c: str) -> str:
    return f"cell:{r}\x00{c}"


def grid_edges(grid: Mapping[str, Mapping[str, int]], columns: Sequence[str]) -> list[Edge]:
    """Rows r: R_r -> Q_c per cell; Q_c -> Z per column total; Z -> S the grand total. Row totals come in S -> R_r
    (added by the caller: a plain total, or a main category's count that is itself a cell elsewhere)."""
    edges = []
    for r in sorted(grid):
        for c in columns:
            edges.append(Edge(_cell_key(r, c), "r:" + r, "q:" + c, int(grid[r].get(c, 0))))
    for c in columns:
        col = sum(int(grid[r].get(c, 0)) for r in grid)
        edges.append(Edge("col:" + c, "q:" + c, "Z", col, threshold=False, total=True))
    grand = sum(int(grid[r].get(c, 0)) for r in grid for c in columns)
    edges.append(Edge("total", "Z", "S", grand, threshold=False, total=True))
    return edges


def two_d(
    grid: Mapping[str, Mapping[str, int]], columns: Sequence[str], hidden: set[str], row_prefix: str, first: set[str]
) -> Suppressed2D:
    rows = sorted(grid)
    value = {(r, c): int(grid[r].get(c, 0)) for r in rows for c in columns}
    cells = {r: {c: (None if _cell_key(r, c) in hidden else value[(r, c)]) for c in columns} for r in rows}
    primary = {rc for rc in value if _cell_key(*rc) in first}
    hidden_cells = {(r, c) for r in rows for c in columns if cells[r][c] is None}
    return Suppressed2D(
        cells=cells,
        row_totals={r: None if row_prefix + r in hidden else sum(value[(r, c)] for c in columns) for r in rows},
        col_totals={c: None if "col:" + c in hidden else sum(value[(r, c)] for r in rows) for c in columns},
        grand_total=None if "total" in hidden else sum(value.values()),
        primary=tuple(sorted(primary)),
        complementary=tuple(sorted(hidden_cells - primary)),
    )


def _table_edges(grid: Mapping[str, Mapping[str, int]], columns: Sequence[str]) -> list[Edge]:
    edges = grid_edges(grid, columns)
    for r in sorted(grid):
        row = sum(int(grid[r].get(c, 0)) for c in columns)
        edges.append(Edge("row:" + r, "S", "r:" + r, row, threshold=False, total=True))
    return edges


def suppress_2d(
    grid: Mapping[str, Mapping[str, int]],
    columns: Sequence[str],
    k: int | Rules = DEFAULT_K,
    parts: Sequence[Mapping[str, Mapping[str, int]]] = (),
) -> Suppressed2D:
    """A rows x columns table with row, column and grand totals, all published where they reveal nothing."""
    own = [_table_edges({r: mine.get(r, {}) for r in grid}, columns) for mine in parts]
    hidden, first = solve(_table_edges(grid, columns), rules_of(k), own)
    return two_d(grid, columns, hidden, "row:", first)
