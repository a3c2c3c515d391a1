"""Disclosure control: an attacker who knows the published cells and totals tries to pin every hidden cell."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from vpdesk.domain.disclosure import suppress_1d, suppress_2d

K = 5
COLUMNS = ("Q1", "Q2", "Q3", "Q4")


def test_primary_and_complementary_in_one_dimension() -> None:
    result = suppress_1d({"a": 3, "b": 12, "c": 7, "d": 0}, K)
    assert result.cells == {"a": None, "b": 12, "c": None, "d": 0}
    assert result.primary == ("a",) and result.complementary == ("c",) and result.total == 22


def test_nothing_below_k_means_nothing_hidden_and_two_small_cells_protect_each_other() -> None:
    assert suppress_1d({"a": 5, "b": 9}, K).cells == {"a": 5, "b": 9}
    assert suppress_1d({"a": 1, "b": 2, "c": 30}, K).cells == {"a": None, "b": None, "c": 30}


def test_a_lonely_small_cell_takes_the_total_with_it() -> None:
    result = suppress_1d({"a": 2}, K)
    assert result.cells == {"a": None} and result.total is None


def _solutions_1d(published: dict[str, int | None], total: int | None, limit: int) -> dict[str, set[int]]:
    hidden = [c for c, v in published.items() if v is None]
    rest = sum(v for v in published.values() if v is not None)
    options: dict[str, set[int]] = {c: set() for c in hidden}
    for values in itertools.product(range(limit + 1), repeat=len(hidden)):
        if total is None or rest + sum(values) == total:
            for c, v in zip(hidden, values, strict=True):
                options[c].add(v)
    return options


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 12), min_size=1, max_size=6))
def test_no_hidden_cell_of_a_1d_table_can_be_solved(counts: dict[str, int]) -> None:
    result = suppress_1d(counts, K)
    for cell, values in _solutions_1d(result.cells, result.total, max(counts.values()) + K).items():
        assert len(values) >= 2, (counts, cell)


def _solutions_2d(result, limit: int, true_rows: dict[str, int]) -> dict[tuple[str, str], set[int]]:  # type: ignore[no-untyped-def]
    hidden = [(r, c) for r, row in result.cells.items() for c, v in row.items() if v is None]
    options: dict[tuple[str, str], set[int]] = {rc: set() for rc in hidden}

    def need(line_cells: list[tuple[str, str]], total: int, assign: dict[tuple[str, str], int]) -> bool:
        published = sum(result.cells[r][c] for r, c in line_cells if result.cells[r][c] is not None)
        unknown = [rc for rc in line_cells if result.cells[rc[0]][rc[1]] is None]
        if all(rc in assign for rc in unknown):
            return published + sum(assign[rc] for rc in unknown) == total
        return published + sum(assign.get(rc, 0) for rc in unknown) <= total

    rows = list(result.cells)
    # the attacker knows every row's true total (the 1-D table of the same categories may publish it) ...
    lines = [([(r, c) for c in COLUMNS], true_rows[r]) for r in rows]
    # ... and every column total this table publishes
    lines += [([(r, c) for r in rows], result.col_totals[c]) for c in COLUMNS if result.col_totals[c] is not None]

    def search(i: int, assign: dict[tuple[str, str], int]) -> None:
        if i == len(hidden):
            for rc, v in assign.items():
                options[rc].add(v)
            return
        for v in range(limit + 1):
            assign[hidden[i]] = v
            if all(need(cells, total, assign) for cells, total in lines):
                search(i + 1, assign)
            del assign[hidden[i]]

    search(0, {})
    return options


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, 9), min_size=4, max_size=4),
        min_size=1,
        max_size=3,
    )
)
def test_no_hidden_cell_of_a_2d_table_can_be_solved_from_row_and_column_totals(raw: list[list[int]]) -> None:
    grid = {f"r{i}": dict(zip(COLUMNS, row, strict=True)) for i, row in enumerate(raw)}
    result = suppress_2d(grid, COLUMNS, K)
    hidden = [(r, c) for r, row in result.cells.items() for c, v in row.items() if v is None]
    if len(hidden) > 5:
        return  # the brute-force attacker gets too slow; smaller cases cover the rule
    true_rows = {r: sum(row.values()) for r, row in grid.items()}
    for rc, values in _solutions_2d(result, 9 + K, true_rows).items():
        assert len(values) >= 2, (raw, rc)
    for r, c in result.primary:
        assert 0 < grid[r][c] < K


def test_totals_are_published_only_for_lines_without_hidden_cells() -> None:
    grid = {"oo": {"Q1": 3, "Q2": 10, "Q3": 8, "Q4": 12}, "int": {"Q1": 6, "Q2": 1, "Q3": 9, "Q4": 7}}
    result = suppress_2d(grid, COLUMNS, K)
    assert result.cells["oo"]["Q1"] is None and result.cells["int"]["Q2"] is None
    assert result.cells["oo"]["Q3"] is None and result.cells["int"]["Q1"] is None  # the rows' partners
    assert result.row_totals == {"int": None, "oo": None}  # lines with hidden cells publish no total
    assert result.col_totals == {"Q1": None, "Q2": None, "Q3": None, "Q4": 19}
    wide = suppress_2d({"a": {"Q1": 9, "Q2": 9, "Q3": 9, "Q4": 9}, "b": {"Q1": 7, "Q2": 8, "Q3": 6, "Q4": 5}}, COLUMNS)
    assert wide.row_totals == {"a": 36, "b": 26} and wide.col_totals["Q1"] == 16  # nothing hidden: all exact
