"""Suppression against insiders: the padding attacker and the honest insider, each an adviser who knows their own
contribution to every cell and subtracts it from what is published.

The attacker is independent of the production audit: the same depth-first enumeration as test_disclosure.py, run
on what the *others* contributed (published count minus the attacker's own).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.domain.test_disclosure import _other_values_1d
from vpdesk.domain.disclosure import Rules, suppress_1d, suppress_2d

K = 5
RULES = Rules(k=K, min_advisers=2, dominance=0.8)
QUARTERS = ("Q1", "Q2", "Q3", "Q4")


def _sum(parts: list[dict[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for own in parts:
        for cell, n in own.items():
            out[cell] = out.get(cell, 0) + n
    return out


def test_the_padding_attacker_learns_nothing_of_a_single_contact() -> None:
    victim = {"pesten": 1, "werkdruk": 12, "integriteit": 9}
    attacker = {cell: 5 for cell in victim}  # +5 in every cell, signed and consistent
    third = {"werkdruk": 7, "integriteit": 6}
    counts = _sum([victim, attacker, third])
    threshold_only = suppress_1d(counts, K)
    assert threshold_only.cells["pesten"] == 6  # without the insider rules: 6 - 5 = the victim's 1
    result = suppress_1d(counts, RULES, [victim, attacker, third])
    assert result.cells["pesten"] is None and "pesten" in result.primary
    for cell, value in result.cells.items():
        if value is not None:  # whatever is published leaves at least k for the others
            assert value - attacker.get(cell, 0) >= K


def test_each_rule_hides_on_its_own() -> None:
    assert RULES.primary(4, (2, 2)) and not RULES.primary(0, ())
    assert RULES.primary(30, (30,))  # one adviser only
    assert RULES.primary(30, (25, 5))  # 83 % from one adviser
    assert RULES.primary(9, (5, 4))  # the larger one subtracts 5 and learns the other's 4
    assert not RULES.primary(10, (5, 5))
    assert not Rules(k=5).primary(30, ()) and not Rules(k=5).primary(5, ())  # an adviser's own table: threshold
    lax = Rules(k=5, min_advisers=1, dominance=1.0)
    assert not lax.primary(30, (30,))
    with pytest.raises(ValueError):
        Rules(dominance=0)
    with pytest.raises(ValueError):
        Rules(min_advisers=0)


advisers_lines = st.lists(
    st.dictionaries(st.sampled_from("abcde"), st.one_of(st.integers(0, 4), st.integers(0, 12)), max_size=5),
    min_size=2,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(advisers_lines)
def test_no_insider_pins_what_others_contributed_to_a_hidden_cell(parts: list[dict[str, int]]) -> None:
    counts = _sum(parts)
    if not counts:
        return
    result = suppress_1d(counts, RULES, parts)
    for own in parts:
        others_published: dict[str, int | None] = {
            c: (None if v is None else v - own.get(c, 0)) for c, v in result.cells.items()
        }
        for cell, value in others_published.items():
            if value is not None:
                # padding or not: a published cell never leaves the others a small positive count
                assert value == 0 or value >= K, (parts, own, cell)
        rest = None if result.total is None else result.total - sum(own.values())
        if any(own.values()):  # one with no part in this line sees what an outsider sees
            assert rest is None or rest == 0 or rest >= K, (parts, own, "total")  # the total too
        lines = [] if rest is None else [(list(counts), rest)]
        for cell, value in result.cells.items():
            if value is None:
                others = counts[cell] - own.get(cell, 0)
                if others == 0:
                    continue  # learning "nobody else" is a published zero, not a disclosure
                assert _other_values_1d(others_published, lines, cell, others), (parts, own, cell)


@pytest.mark.slow
@settings(max_examples=12, deadline=None, derandomize=True)
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(("oo", "int")),
            st.fixed_dictionaries({q: st.integers(0, 6) for q in QUARTERS}),
            min_size=1,
        ),
        min_size=2,
        max_size=3,
    )
)
def test_a_grid_keeps_every_hidden_cell_open_for_each_insider(parts: list[dict[str, dict[str, int]]]) -> None:
    from tests.domain.test_disclosure import _attack_2d

    rows = sorted({r for own in parts for r in own})
    grid = {r: {q: sum(own.get(r, {}).get(q, 0) for own in parts) for q in QUARTERS} for r in rows}
    result = suppress_2d(grid, QUARTERS, RULES, parts)
    for own in parts:
        mine = {r: {q: own.get(r, {}).get(q, 0) for q in QUARTERS} for r in rows}
        others = {r: {q: grid[r][q] - mine[r][q] for q in QUARTERS} for r in rows}
        view = type(result)(
            cells={
                r: {q: None if v is None else v - mine[r][q] for q, v in row.items()} for r, row in result.cells.items()
            },
            row_totals={r: None if t is None else t - sum(mine[r].values()) for r, t in result.row_totals.items()},
            col_totals={
                q: None if t is None else t - sum(mine[r][q] for r in rows) for q, t in result.col_totals.items()
            },
            grand_total=None
            if result.grand_total is None
            else result.grand_total - sum(sum(m.values()) for m in mine.values()),
            primary=result.primary,
            complementary=result.complementary,
        )
        if not any(any(row.values()) for row in others.values()):
            continue
        for (r, q), options in _attack_2d(view, others).items():
            assert len(options) >= 2 or others[r][q] == 0, (parts, own, r, q)


def test_a_total_that_leaves_one_adviser_a_small_remainder_is_withheld() -> None:
    big, small = {"pesten": 40, "werkdruk": 60}, {"pesten": 1, "werkdruk": 1}
    result = suppress_1d(_sum([big, small]), RULES, [big, small])
    assert result.total is None  # 102 - 100 would tell the big adviser that the other had 2 conversations
    assert suppress_1d(_sum([big, small]), K).total == 102  # an outsider-only rule would have printed it
