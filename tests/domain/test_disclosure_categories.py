"""The three category tables (main, sub, category by quarter) are suppressed together: no hidden figure of one
follows from the others (split from test_disclosure.py, which holds the one- and two-dimensional tables)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vpdesk.domain.disclosure import suppress_categories

K = 5


# --- the three category tables together ----------------------------------------------------------------------


def test_category_tables_share_their_figures() -> None:
    main = {"oo": 30, "int": 7}
    sub = {"oo.pesten": 3, "oo.agressie": 28, "int": 7}
    grid = {"oo": {"Q1": 3, "Q2": 27}, "int": {"Q1": 4, "Q2": 3}}
    result = suppress_categories(main, sub, grid, ("Q1", "Q2"), K)
    assert result.main.cells == main and result.grid.row_totals == main  # the grid's row totals = main table
    assert result.sub.cells == {"oo.pesten": None, "oo.agressie": None, "int": 7}
    assert result.grid.col_totals == {"Q1": 7, "Q2": 30} and result.grid.grand_total == 37
    with pytest.raises(ValueError, match="row totals"):
        suppress_categories({"oo": 5}, {"oo": 5}, {"oo": {"Q1": 4}}, ("Q1",), K)


@st.composite
def _category_case(draw: st.DrawFn) -> tuple[dict[str, int], dict[str, int], dict[str, dict[str, int]]]:
    cols = ("Q1", "Q2")
    grid = {}
    for g in ("a", "b"):
        row = {c: draw(st.integers(0, 6)) for c in cols}
        if sum(row.values()):
            grid[g] = row
    if not grid:
        grid = {"a": {"Q1": 1, "Q2": 0}}
    main = {g: sum(row.values()) for g, row in grid.items()}
    sub: dict[str, int] = {}
    if "a" in main:  # two codes; a contact may carry both
        x = draw(st.integers(0, main["a"]))
        y = draw(st.integers(main["a"] - x, main["a"]))
        sub.update({"a.x": x, "a.y": y})
    if "b" in main:  # one code
        sub["b"] = main["b"]
    return main, sub, grid


def _attack_categories(result: object, main: dict[str, int], sub: dict[str, int]) -> dict[str, set[int]]:
    """Brute force with everything the attacker knows: published figures, grid rows = main categories, columns,
    the grand total, a.x + a.y >= a with each <= a (a code counts a contact once), b = its one code, and the
    subcategory table's total."""
    from vpdesk.domain.disclosure import CategoryTables

    assert isinstance(result, CategoryTables)
    cols = ("Q1", "Q2")
    rows = sorted(result.grid.cells)
    bound = max([*main.values(), *sub.values()]) + 2
    seen: dict[str, set[int]] = {}
    grid_vars = [(r, c) for r in rows for c in cols if result.grid.cells[r][c] is None]
    sub_vars = [c for c, v in result.sub.cells.items() if v is None]
    for values in itertools.product(range(bound + 1), repeat=len(grid_vars)):
        g = {r: {c: result.grid.cells[r][c] for c in cols} for r in rows}
        for (r, c), v in zip(grid_vars, values, strict=True):
            g[r][c] = v
        m = {r: sum(g[r][c] or 0 for c in cols) for r in rows}
        if any(result.main.cells[r] not in (None, m[r]) for r in rows):
            continue
        if any(result.grid.col_totals[c] not in (None, sum(g[r][c] or 0 for r in rows)) for c in cols):
            continue
        if result.main.total not in (None, sum(m.values())) or result.grid.grand_total not in (None, sum(m.values())):
            continue
        sub_ok = []
        for svals in itertools.product(range(bound + 1), repeat=len(sub_vars)):
            s = {c: v for c, v in result.sub.cells.items() if v is not None} | dict(zip(sub_vars, svals, strict=True))
            if "a" in m and not (s["a.x"] + s["a.y"] >= m["a"] and s["a.x"] <= m["a"] and s["a.y"] <= m["a"]):
                continue
            if "b" in m and s["b"] != m["b"]:
                continue
            if result.sub.total not in (None, sum(s.values())):
                continue
            sub_ok.append(s)
        if not sub_ok:
            continue
        for (r, c), v in zip(grid_vars, values, strict=True):
            seen.setdefault(f"grid:{r}:{c}", set()).add(v)
        for r in rows:
            if result.main.cells[r] is None:
                seen.setdefault(f"main:{r}", set()).add(m[r])
        for s in sub_ok:
            for c in sub_vars:
                seen.setdefault(f"sub:{c}", set()).add(s[c])
    return seen


@settings(max_examples=120, deadline=None)
@given(_category_case())
def test_no_hidden_category_figure_can_be_solved_across_the_three_tables(
    case: tuple[dict[str, int], dict[str, int], dict[str, dict[str, int]]],
) -> None:
    main, sub, grid = case
    result = suppress_categories(main, sub, grid, ("Q1", "Q2"), K)
    hidden = (
        [f"grid:{r}:{c}" for r, row in result.grid.cells.items() for c, v in row.items() if v is None]
        + [f"main:{r}" for r, v in result.main.cells.items() if v is None]
        + [f"sub:{c}" for c, v in result.sub.cells.items() if v is None]
    )
    assert {f"main:{r}" for r, n in main.items() if 0 < n < K} <= set(hidden)
    assert {f"sub:{c}" for c, n in sub.items() if 0 < n < K} <= set(hidden)
    options = _attack_categories(result, main, sub)
    for name in hidden:
        assert len(options.get(name, set())) >= 2, (case, name, options.get(name))
