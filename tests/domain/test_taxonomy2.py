"""Taxonomy 2: every thing counted once, what advisers see most, and taxonomy-1 figures mapped into it."""

from __future__ import annotations

from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, aggregate, tally
from vpdesk.domain.taxonomy import CURRENT_VERSION, VERSIONS, upgrade_code, upgrade_tables
from vpdesk.errors import KnownError

V1_CODES = (
    *("oo", "oo.seksueel", "oo.agressie", "oo.pesten", "oo.discriminatie", "oo.intimidatie"),
    *("int", "int.financieel", "int.belangen", "int.informatie", "int.bevoegdheden", "int.geweld", "int.omgang"),
    *("int.prive", "int.dienstmiddelen", "int.misstand"),
    *("arbeid", "arbeid.beoordeling", "arbeid.functioneren", "arbeid.rechtspositie"),
    *("sv", "sv.werkdruk", "sv.leiderschap", "sv.burgers", "sv.socialemedia"),
)


def test_the_file_and_the_code_agree_on_the_version() -> None:
    assert resources.taxonomy().version == CURRENT_VERSION == VERSIONS[-1] == "2026.2"


def test_every_taxonomy_1_code_has_a_taxonomy_2_code() -> None:
    taxonomy = resources.taxonomy()
    for code in V1_CODES:
        assert upgrade_code(code, "2026.1") in taxonomy, code
    assert upgrade_code("int.omgang", "2026.1") == "oo"
    assert upgrade_code("int.misstand", "2026.1") == "misstand"
    assert upgrade_code("oo.pesten", "2026.1") == "oo.pesten"
    assert upgrade_code("oo", CURRENT_VERSION) == "oo"


def test_an_unknown_version_is_one_sentence() -> None:
    with pytest.raises(KnownError, match=r"Unknown taxonomy version 1999; this vpdesk knows 2026.1, 2026.2"):
        upgrade_code("oo", "1999")


def test_each_thing_is_counted_once() -> None:
    taxonomy = resources.taxonomy()
    assert "int.omgang" not in taxonomy and "int.misstand" not in taxonomy
    names = [c.nl.lower() for c in taxonomy.categories]
    assert len(names) == len(set(names))
    assert not any(c.parent == "int" and "omgangsvormen" in c.nl.lower() for c in taxonomy.categories)
    assert taxonomy.get("misstand").parent is None  # a legal qualification across the types, not a sibling


@pytest.mark.parametrize(
    "code",
    [
        "benadeling",  # retaliation after a report
        "arbeid.ziekte",  # sickness absence and re-integration
        "arbeid.reorganisatie",
        "arbeid.functie_salaris",  # job grading and pay
        "arbeid.disciplinair",
        "arbeid.einde",
        "arbeid.werktijden",
        "sv.discriminatie_derden",  # discrimination by citizens
        "sv.burgers",
        "overig",
    ],
)
def test_what_advisers_see_most_has_a_code(code: str) -> None:
    assert code in resources.taxonomy()


def record(month: str, *codes: str) -> ContactRecord:
    return ContactRecord(month=month, categories=codes, channel="persoonlijk", kind="eerste")


def test_upgraded_tables_are_exact_when_a_contact_has_one_code_per_group() -> None:
    v1 = tally(
        [
            *(record("2026-01", "int.omgang"), record("2026-05", "int.omgang"), record("2026-05", "int.misstand")),
            *(record("2026-02", "oo.pesten"), record("2026-08", "int.financieel")),
        ],
        2026,
    )
    v2 = tally(
        [
            *(record("2026-01", "oo"), record("2026-05", "oo"), record("2026-05", "misstand")),
            *(record("2026-02", "oo.pesten"), record("2026-08", "int.financieel")),
        ],
        2026,
    )
    up = upgrade_tables(v1, "2026.1")
    for name in ("category", "top_category", "category_quarter", "channel", "totals"):
        assert up[name] == v2[name], name
    assert upgrade_tables(v2, CURRENT_VERSION) is v2


def test_a_mix_of_versions_gives_one_consistent_report() -> None:
    old = tally([record("2026-03", "int.omgang"), record("2026-04", "int.omgang", "int.belangen")], 2026)
    new = tally([record("2026-06", "oo.pesten"), record("2026-07", "misstand")], 2026)
    report = aggregate([upgrade_tables(old, "2026.1"), upgrade_tables(new, CURRENT_VERSION)])
    taxonomy = resources.taxonomy()
    assert all(code in taxonomy for code in report["category"])
    assert report["category"] == {"int.belangen": 1, "misstand": 1, "oo": 2, "oo.pesten": 1}
    for group, count in report["top_category"].items():  # the quarters add up to the groups
        assert sum(report["category_quarter"][group].values()) == count
    assert set(report["top_category"]) <= {c.code for c in taxonomy.top_level()}


def test_the_group_move_never_takes_more_than_the_group_holds_nor_empties_a_code_that_stays() -> None:
    tables: dict[str, Any] = {
        "category": {"int.omgang": 3, "int.financieel": 1},
        "top_category": {"int": 2},  # two contacts: at most two enter "oo", one stays for int.financieel
        "category_quarter": {"int": {"Q1": 1, "Q3": 1}},
    }
    up = upgrade_tables(tables, "2026.1")
    assert up["top_category"] == {"int": 1, "oo": 2}
    assert up["category_quarter"] == {"int": {"Q3": 1}, "oo": {"Q1": 1, "Q3": 1}}
    assert up["category"] == {"int.financieel": 1, "oo": 3}
    assert tables["top_category"] == {"int": 2}  # the input is not changed
