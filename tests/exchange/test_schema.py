"""docs/export-format.schema.json and the importer accept exactly the same payloads.

The schema side is read by a small validator written here for the keywords the file uses (type, const, enum,
pattern, minimum, maximum, maxProperties, propertyNames, properties, required, additionalProperties, $ref),
with ECMA-262 regex semantics ("$" is the end of the text, not before a final newline). One known difference,
by design: JSON Schema counts 1.0 as an integer; the importer refuses a number written with a fraction (the
canonical form writes integers as integers), so the corpus feeds floats only where both refuse.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.exchange.format import make_payload
from vpdesk.exchange.identity import new_signing_key, signing_public
from vpdesk.exchange.importer import ImportRejected, validate_payload, validate_shape

ROOT = Path(__file__).parents[2]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("export_schema", ROOT / "scripts" / "export_schema.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_published_schema_is_up_to_date_with_the_importer_and_the_taxonomy() -> None:
    assert (ROOT / "docs" / "export-format.schema.json").read_text(encoding="utf-8") == _script().text()


# --- the schema side -----------------------------------------------------------------------------------------


def _ecma(pattern: str, text: str) -> bool:
    return re.search(pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern, text) is not None


def schema_ok(node: dict[str, Any], value: Any, root: dict[str, Any]) -> bool:
    if "$ref" in node:
        return schema_ok(root["$defs"][node["$ref"].rsplit("/", 1)[1]], value, root)
    kind = node.get("type")
    if kind == "object" and not isinstance(value, dict):
        return False
    if kind == "integer" and (not isinstance(value, int) or isinstance(value, bool)):
        return False
    if kind == "string" and not isinstance(value, str):
        return False
    if "const" in node and value != node["const"]:
        return False
    if "enum" in node and value not in node["enum"]:
        return False
    if "pattern" in node and not (isinstance(value, str) and _ecma(node["pattern"], value)):
        return False
    if "minimum" in node and value < node["minimum"]:
        return False
    if "maximum" in node and value > node["maximum"]:
        return False
    if isinstance(value, dict):
        if len(value) > node.get("maxProperties", len(value)):
            return False
        if not set(node.get("required", ())) <= set(value):
            return False
        names = node.get("propertyNames")
        props = node.get("properties", {})
        extra = node.get("additionalProperties", True)
        for key, item in value.items():
            if names is not None and not schema_ok(names, key, root):
                return False
            if key in props:
                if not schema_ok(props[key], item, root):
                    return False
            elif extra is False or (isinstance(extra, dict) and not schema_ok(extra, item, root)):
                return False
    return True


# --- the corpus ----------------------------------------------------------------------------------------------


def _payload() -> dict[str, Any]:
    records = [
        ContactRecord(
            f"2026-{m:02d}",
            ("oo.pesten", "misstand") if m % 2 else ("sv.werkdruk",),
            ("phone", "mail")[m % 2],
            ("first", "follow_up")[m % 2],
            position="employee",
            gender="female" if m % 3 else None,
            org_unit="DGOO/Directie Financiële Zaken",
            duration_min=45,
            routes=("raba",) if m % 4 == 0 else (),
            outcome="advised",
        )
        for m in range(1, 13)
    ]
    return make_payload(
        signing_public(new_signing_key()[0]),
        tally(records, 2026, 0, 2),
        year=2026,
        quarter=0,
        taxonomy=resources.taxonomy().version,
        org_level=2,
        created=datetime(2027, 1, 5, 9, tzinfo=UTC),
        sequence=3,
    )


STRINGS = [
    "oo.pesten",
    "оо.pesten",  # Cyrillic look-alike
    "oo.pesten\n",
    "-2+3",
    "=HYPERLINK(1)",
    "@SUM(A1)",
    "phone",
    "phone ",
    "raba",
    "Raba",
    "DGOO",
    "DGOO/Directie Financiële Zaken",
    "DGOΟ",  # Greek capital omicron
    "",
    "x" * 81,
    "2026-13",
    "2026-01",
    "2026-1",
    "2027-01-05T09:00:00Z",
    "2027-01-05T09:00:00Z\n",
    "2027-01-05 09:00:00",
    "vpstats/2",
    "vpstats/1",
    "Q1",
    "Q5",
    "onbekend",
    "female",
    "AAAA-AAAA-AAAA-AAAA-AAAA",
    "AAAA-AAAA-AAAA-AAAA-AAA1",
    "2026.1",
    "2026.1\n",
]
NUMBERS = [0, 1, 5, -1, 10_000_000, 10_000_001, 2026, 1999, 2101, 4, 5, 10, 11, 10**9, 10**9 + 1, 10**400, True, None]


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _nodes(item, (*path, key))
    return out


def _mutate(rng: random.Random, payload: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(payload)
    for _ in range(rng.randrange(1, 3)):
        path = rng.choice(_nodes(out)[1:])
        parent = out
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = rng.randrange(5)
        if action == 0:
            parent[key] = rng.choice(NUMBERS)
        elif action == 1:
            parent[key] = rng.choice(STRINGS)
        elif action == 2:  # rename the key
            parent[rng.choice(STRINGS)] = parent.pop(key)
        elif action == 3:
            del parent[key]
        else:
            parent[key] = rng.choice([{}, [], {"phone": 1}, {rng.choice(STRINGS): rng.choice(NUMBERS)}])
    return out


def importer_ok(payload: Any) -> bool:
    try:
        validate_shape(payload, resources.taxonomy())
    except ImportRejected:
        return False
    return True


def test_the_valid_payload_passes_both_and_the_whole_importer() -> None:
    payload = _payload()
    schema = json.loads((ROOT / "docs" / "export-format.schema.json").read_text(encoding="utf-8"))
    assert schema_ok(schema, payload, schema) and importer_ok(payload)
    validate_payload(payload, resources.taxonomy())


@pytest.mark.parametrize("seed", range(4))
def test_the_fuzz_corpus_is_judged_alike_by_the_schema_and_the_importer(seed: int) -> None:
    schema = json.loads((ROOT / "docs" / "export-format.schema.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    payload = _payload()
    accepted = refused = 0
    for _ in range(1500):
        candidate = _mutate(rng, payload)
        verdict = schema_ok(schema, candidate, schema)
        assert verdict == importer_ok(candidate), json.dumps(candidate, ensure_ascii=False)[:600]
        accepted += verdict
        refused += not verdict
    assert accepted > 50 and refused > 500  # both sides of the line are exercised


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t["category"].update({"оо.pesten": 1}), "malformed cell name"),  # Cyrillic о
        (lambda t: t["category"].update({"oo.pesten\n": 1}), "malformed cell name"),
        (lambda t: t["category"].update({"oo.bestaatniet": 1}), "unknown code oo.bestaatniet"),
        (lambda t: t["channel"].update({"-2+3": 0}), "malformed cell name"),
        (lambda t: t["channel"].update({"fax": 0}), "unknown code fax"),
        (lambda t: t["totals"].update(minutes=10**400), "whole number"),
    ],
)
def test_loose_cell_names_are_refused_with_the_code_named(change: Any, message: str) -> None:
    payload = _payload()
    change(payload["tables"])
    with pytest.raises(ImportRejected, match=message):
        validate_payload(payload, resources.taxonomy())


def test_every_count_is_bounded_by_the_others() -> None:
    payload = _payload()
    conversations = payload["tables"]["totals"]["conversations"]
    payload["tables"]["totals"]["minutes"] = 600 * conversations + 1
    with pytest.raises(ImportRejected, match="600 minutes per conversation"):
        validate_payload(payload, resources.taxonomy())
    payload = _payload()
    payload["tables"]["route"]["raba"] = conversations + 1
    with pytest.raises(ImportRejected, match="route counts raba more often"):
        validate_payload(payload, resources.taxonomy())
