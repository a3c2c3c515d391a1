"""The registration categories as data: the shipped file's shape, lookups, and a clear sentence for each way a
taxonomy file can be wrong (it names the file, and what is wrong where)."""

from __future__ import annotations

import pytest

from vpdesk import resources
from vpdesk.domain.taxonomy import parse_taxonomy
from vpdesk.errors import KnownError

SMALL = """
version = "t.1"
[[category]]
code = "oo"
nl = "Ongewenste omgangsvormen"
en = "Undesirable behaviour"
[[category]]
code = "oo.pesten"
parent = "oo"
nl = "Pesten"
en = "Bullying"
ioa = "peer_colleague"
[[category]]
code = "int"
nl = "Integriteit"
en = "Integrity"
"""


def test_lookups_follow_the_tree() -> None:
    taxonomy = parse_taxonomy(SMALL)
    assert taxonomy.version == "t.1"
    assert [c.code for c in taxonomy.top_level()] == ["oo", "int"]
    assert [c.code for c in taxonomy.children("oo")] == ["oo.pesten"] and taxonomy.children("int") == ()
    assert taxonomy.get("oo.pesten").en == "Bullying" and taxonomy.get("oo.pesten").ioa == "peer_colleague"
    assert taxonomy.get("oo").ioa == "" and taxonomy.get("oo").parent is None
    assert "oo.pesten" in taxonomy and "oo.roddel" not in taxonomy and 7 not in taxonomy
    with pytest.raises(KnownError, match=r"Unknown category code 'oo\.roddel'"):
        taxonomy.get("oo.roddel")


def test_the_shipped_taxonomy_is_a_tree_with_both_languages() -> None:
    taxonomy = resources.taxonomy()
    assert taxonomy.version
    for category in taxonomy.categories:
        assert category.nl and category.en
        assert category.parent is None or taxonomy.get(category.parent).parent is None  # two levels
    assert len({c.code for c in taxonomy.categories}) == len(taxonomy.categories)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('version = "1"\n[[category]\ncode = "x"', r"^org\.toml: "),
        ('[[category]]\ncode = "x"\nnl = "X"', r"^org\.toml: category 1 lacks the field 'en'\.$"),
        (SMALL + '[[category]]\nnl = "Y"\nen = "Y"\n', r"^org\.toml: category 4 lacks the field 'code'\.$"),
        (
            SMALL + '[[category]]\ncode = "wb.x"\nparent = "wb"\nnl = "Y"\nen = "Y"\n',
            r"^org\.toml: category 'wb\.x' names an unknown parent 'wb'\.$",
        ),
    ],
)
def test_a_wrong_taxonomy_file_says_what_and_where(text: str, says: str) -> None:
    with pytest.raises(KnownError, match=says):
        parse_taxonomy(text, source="org.toml")
