"""The three category tables (main category, subcategory, main category x quarter) suppressed as one network,
because they share figures (the method is in disclosure.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from vpdesk.domain.disclosure_network import Edge, solve
from vpdesk.domain.disclosure_rules import DEFAULT_K, Rules, rules_of
from vpdesk.domain.disclosure_tables import Suppressed1D, Suppressed2D, grid_edges, one_d, two_d
from vpdesk.domain.taxonomy import group


@dataclass(frozen=True, slots=True)
class CategoryTables:
    main: Suppressed1D  # per main category ("top_category"); also the grid's row totals
    sub: Suppressed1D  # per category code, grouped under its main category
    grid: Suppressed2D  # main category x quarter


def category_edges(
    main: Mapping[str, int], sub: Mapping[str, int], grid: Mapping[str, Mapping[str, int]], columns: Sequence[str]
) -> list[Edge]:
    """The three category tables as one network, because they share figures.

    S -sub[c]-> A_g -main[g]-> R_g -grid[g][q]-> Q_q -col[q]-> Z -total-> S, and A_g -overlap_g-> O -overlaps-> S.
    A main category's count is its grid row's total and at most the sum of its subcategories (a contact in two
    subcategories of one main category counts once there: the unknown overlap_g). The subcategory table's total
    is the main total plus all overlaps, so publishing both totals publishes "overlaps".
    """
    rows = {g: int(n) for g, n in main.items()}
    if {r: sum(int(n) for n in grid.get(r, {}).values()) for r in rows} != rows or not set(grid) <= set(rows):
        raise ValueError("the grid's row totals must be the main categories' counts")
    edges = grid_edges({g: grid.get(g, {}) for g in rows}, columns)
    for code, n in sub.items():
        edges.append(Edge("sub:" + code, "S", "a:" + group(code), int(n)))
    overlaps = 0
    for g, n in sorted(rows.items()):
        over = sum(int(m) for c, m in sub.items() if group(c) == g) - n
        if over < 0:
            raise ValueError("a main category counts more contacts than its subcategories")
        overlaps += over
        edges.append(Edge("main:" + g, "a:" + g, "r:" + g, n, total=True))  # hide a main category last
        if sum(group(c) == g for c in sub) > 1:  # one code alone cannot count a contact twice
            edges.append(Edge("over:" + g, "a:" + g, "O", over, threshold=False, slack=True))
        elif over:
            raise ValueError("a main category with one code counts other contacts than that code")
    if any(group(c) not in rows for c in sub):
        raise ValueError("a subcategory has no main category")
    edges.append(Edge("overlaps", "O", "S", overlaps, threshold=False, total=True))
    return edges


def suppress_categories(
    main: Mapping[str, int],
    sub: Mapping[str, int],
    grid: Mapping[str, Mapping[str, int]],
    columns: Sequence[str],
    k: int | Rules = DEFAULT_K,
    parts: Sequence[tuple[Mapping[str, int], Mapping[str, int], Mapping[str, Mapping[str, int]]]] = (),
    tick: Callable[[], None] | None = None,
) -> CategoryTables:
    """Suppress the main-category table, the subcategory table and main category x quarter together, so that no
    figure hidden in one is printed, or can be computed, from another. ``parts``: each adviser's own (main, sub,
    grid); ``tick`` is called once per part (the progress of a long run)."""
    own = []
    for m, s, g_ in parts:  # each adviser's own network: the slow part with thousands of advisers
        own.append(
            category_edges(
                {g: int(m.get(g, 0)) for g in main},
                {c: int(s.get(c, 0)) for c in sub},
                {g: g_.get(g, {}) for g in main},
                columns,
            )
        )
        if tick is not None:
            tick()
    hidden, first = solve(category_edges(main, sub, grid, columns), rules_of(k), own)
    rows = {g: grid.get(g, {}) for g in main}
    return CategoryTables(
        main=one_d(main, hidden, "main:", "total" in hidden, first),
        sub=one_d(sub, hidden, "sub:", "total" in hidden or "overlaps" in hidden, first),
        grid=two_d(rows, columns, hidden, "main:", first),
    )
