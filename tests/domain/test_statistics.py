"""Counting for the annual report: what a tally counts, what it leaves out, and exact sums across advisers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vpdesk.domain.statistics import ContactRecord, StatsTables, aggregate, coarsen, hours, tally

R = ContactRecord


def _records() -> list[ContactRecord]:
    return [
        R(
            "2026-01",
            ("oo.pesten", "int.misstand"),
            "phone",
            "first",
            "employee",
            "female",
            "DGOO/Dir X/Afd Y",
            45,
            ("raba", "raba"),
        ),
        R(
            "2026-02",
            ("oo.pesten", "oo.agressie"),
            "in_person",
            "follow_up",
            None,
            None,
            "DGOO/Dir Z",
            30,
            (),
            "advised",
        ),
        R("2026-05", (), "mail", "first", "manager", "male", "", 15),
        R("2025-12", ("oo.pesten",), "phone", "first"),  # another year
    ]


def test_tally_counts_every_table_and_nothing_finer_than_a_month() -> None:
    t = tally(_records(), 2026)
    assert t["totals"] == {"conversations": 3, "minutes": 90, "cases": 3}  # no case key: each its own case
    assert t["category"] == {"int.misstand": 1, "oo.agressie": 1, "oo.pesten": 2, "onbekend": 1}
    assert t["top_category"] == {"int": 1, "oo": 2, "onbekend": 1}  # one per contact per main category
    assert t["category_quarter"] == {"int": {"Q1": 1}, "oo": {"Q1": 2}, "onbekend": {"Q2": 1}}
    assert t["channel"] == {"in_person": 1, "mail": 1, "phone": 1}
    assert t["kind"] == {"first": 2, "follow_up": 1}
    assert t["position"] == {"employee": 1, "manager": 1, "onbekend": 1}
    assert t["gender"] == {"female": 1, "male": 1}  # only where recorded
    assert t["org_unit"] == {"DGOO": 2, "onbekend": 1}
    assert t["route"] == {"raba": 1}  # a route named twice in one contact counts once
    assert t["outcome"] == {"advised": 1, "unknown": 2}  # closed without a known outcome
    assert t["role"] == {"vertrouwenspersoon": 3}
    assert t["month"] == {"2026-01": 1, "2026-02": 1, "2026-05": 1}
    assert hours(t) == 1.5
    text = json.dumps(t)
    assert "Dir X" not in text and "Afd Y" not in text


def test_a_quarter_and_a_finer_org_level() -> None:
    t = tally(_records(), 2026, quarter=1, org_level=2)
    assert t["totals"]["conversations"] == 2 and set(t["month"]) == {"2026-01", "2026-02"}
    assert t["org_unit"] == {"DGOO/Dir X": 1, "DGOO/Dir Z": 1}
    assert tally(_records(), 2026, None) == tally(_records(), 2026, 0)
    assert tally(_records(), 2026, 3)["totals"] == {"conversations": 0, "minutes": 0, "cases": 0}
    with pytest.raises(ValueError, match="quarter"):
        tally(_records(), 2026, 5)


def test_coarsen_cuts_to_the_level_and_never_below_one() -> None:
    assert coarsen(" DGOO / Directie X /Afdeling Y", 1) == "DGOO"
    assert coarsen("DGOO/Directie X/Afdeling Y", 2) == "DGOO/Directie X"
    assert coarsen("DGOO/Directie X", 9) == "DGOO/Directie X"
    assert coarsen("DGOO/X", 0) == "DGOO"
    assert coarsen(" / ", 1) == "onbekend"


def test_records_refuse_impossible_values() -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        R("2026-13", (), "phone", "first")
    with pytest.raises(ValueError, match="YYYY-MM"):
        R("2026-1", (), "phone", "first")
    with pytest.raises(ValueError, match="negative"):
        R("2026-01", (), "phone", "first", duration_min=-5)


def test_from_row_reads_the_vault_row() -> None:
    r = R.from_row(
        {
            "month": "2026-03",
            "categories": "oo oo.pesten",
            "channel": "video",
            "kind": "first",
            "routes": "raba",
            "duration_min": None,
        }
    )
    assert r.categories == ("oo", "oo.pesten") and r.routes == ("raba",) and r.duration_min == 0


records = st.builds(
    ContactRecord,
    month=st.sampled_from(["2026-01", "2026-04", "2026-08", "2026-12", "2025-06"]),
    categories=st.lists(st.sampled_from(["oo", "oo.pesten", "int.misstand", "sv.werkdruk"]), max_size=3).map(tuple),
    channel=st.sampled_from(["phone", "mail"]),
    kind=st.sampled_from(["first", "follow_up"]),
    gender=st.sampled_from([None, "female"]),
    org_unit=st.sampled_from(["", "A/B", "C"]),
    duration_min=st.integers(0, 120),
    routes=st.lists(st.sampled_from(["raba", "politie"]), max_size=2).map(tuple),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(records, max_size=15), min_size=1, max_size=5), st.sampled_from([0, 1, 3]))
def test_aggregate_is_the_exact_sum_of_the_advisers(advisers: list[list[ContactRecord]], quarter: int) -> None:
    parts: list[StatsTables] = [tally(rs, 2026, quarter) for rs in advisers]
    everyone = tally([r for rs in advisers for r in rs], 2026, quarter)
    assert aggregate(parts) == everyone
    assert aggregate([]) == tally([], 2026)
    t = everyone
    assert sum(t["month"].values()) == sum(t["channel"].values()) == t["totals"]["conversations"]
    assert {k: sum(v.values()) for k, v in t["category_quarter"].items()} == t["top_category"]


def test_per_case_figures_count_each_melder_once_and_keep_open_cases_apart() -> None:
    records = [
        R(
            "2026-01",
            ("oo.pesten",),
            "phone",
            "first",
            "manager",
            "female",
            "",
            30,
            ("raba",),
            case="7",
            case_open=True,
        ),
        R(
            "2026-03",
            ("oo.pesten",),
            "phone",
            "follow_up",
            "manager",
            "female",
            "",
            30,
            ("raba",),
            case="7",
            case_open=True,
        ),
        R("2026-04", ("sv.werkdruk",), "mail", "first", "employee", None, "", 30, (), "withdrawn", case="8"),
        R("2026-05", ("sv.werkdruk",), "mail", "first", "employee", None, "", 30, (), None, case="9"),
    ]
    t = tally(records, 2026)
    assert t["totals"]["cases"] == 3 and t["totals"]["conversations"] == 4
    assert t["kind"] == {"first": 3, "follow_up": 1}  # first contacts: per conversation
    assert t["position"] == {"employee": 2, "manager": 1}  # per case
    assert t["gender"] == {"female": 1}
    assert t["route"] == {"raba": 1}  # the case referred, once
    assert t["outcome"] == {"nog_open": 1, "unknown": 1, "withdrawn": 1}  # "nog open" is not "onbekend"
