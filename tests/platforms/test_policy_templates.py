"""Issue 17 points 2 and 3: the ADMX/ADML (nl, en) and the macOS JSON schema and profile template are generated
from BOUNDS, well-formed, carry every policy key with its type and range, and the checked-in copies are current."""

from __future__ import annotations

import json
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from vpdesk import platform_policy as pp
from vpdesk import policy_templates as pt
from vpdesk.errors import KnownError
from vpdesk.policy import BOUNDS, Settings

INSTALLER = Path(__file__).resolve().parents[2] / "installer"
NS = {"p": pt.PD}


def test_the_checked_in_files_are_what_bounds_generates() -> None:
    for rel, data in pt.files().items():
        assert (INSTALLER / rel).read_bytes() == data, f"run: python -m vpdesk.policy_templates installer ({rel})"


def test_admx_stands_alone() -> None:
    """Every prefix it refers to is its own: Intune's import and a central store need no other ADMX beside it."""
    root = ET.fromstring(pt.admx())
    assert root.find("p:policyNamespaces/p:using", NS) is None
    refs = {r.split(":")[0] for r in re.findall(r'(?:ref|displayName)="([\w.]+:[\w.]+)"', pt.admx())}
    assert refs == set()


def test_admx_has_every_key_with_its_registry_type_and_range() -> None:
    root = ET.fromstring(pt.admx())
    policies = {p.get("name", ""): p for p in root.iterfind("p:policies/p:policy", NS)}
    assert set(policies) == {"organisation", *BOUNDS}
    for name, pol in policies.items():
        assert pol.get("key") == pp.REGISTRY_KEY and pol.get("class") == "Machine"
        default = getattr(Settings(), name, "")
        if isinstance(default, bool):
            assert pol.get("valueName") == name
            assert pol.find("p:enabledValue/p:decimal", NS).get("value") == "1"  # type: ignore[union-attr]
            continue
        (element,) = pol.find("p:elements", NS)  # type: ignore[misc]
        assert element.get("valueName") == name
        tag = element.tag.split("}")[1]
        if isinstance(default, int):
            assert tag == "decimal"
            assert (int(element.get("minValue", "")), int(element.get("maxValue", ""))) == (
                BOUNDS[name].lo,
                BOUNDS[name].hi,
            )
        elif name in BOUNDS and BOUNDS[name].choices:
            assert tag == "enum"
            values = [v.text for v in element.iterfind("p:item/p:value/p:string", NS)]
            assert tuple(values) == BOUNDS[name].choices
        else:
            assert tag == "text"  # text and fractions: REG_SZ, read back by platform_policy


@pytest.mark.parametrize("lang", sorted(pt.LOCALES))
def test_adml_resolves_every_string_and_presentation(lang: str) -> None:
    admx = pt.admx()
    root = ET.fromstring(pt.adml(lang))
    strings = {s.get("id"): s.text for s in root.iterfind("p:resources/p:stringTable/p:string", NS)}
    presentations = {p.get("id") for p in root.iterfind("p:resources/p:presentationTable/p:presentation", NS)}
    for ref in re.findall(r"\$\(string\.([\w]+)\)", admx):
        assert strings.get(ref), f"{lang}: no text for {ref}"
    for ref in re.findall(r"\$\(presentation\.([\w]+)\)", admx):
        assert ref in presentations, f"{lang}: no presentation {ref}"
    for name in BOUNDS:
        assert f"{pt.TEXT[lang]['key']}: {name}" in (strings[f"{name}_Explain"] or "")


def _texts(lang: str) -> dict[str, str]:
    """Every text an admin reads in the ADML: the strings, and each presentation's labels (not default values)."""
    root = ET.fromstring(pt.adml(lang))
    out = {f"string {s.get('id')}": s.text or "" for s in root.iterfind("p:resources/p:stringTable/p:string", NS)}
    for pres in root.iterfind("p:resources/p:presentationTable/p:presentation", NS):
        for element in pres:
            label = element.find("p:label", NS)
            out[f"presentation {pres.get('id')}"] = (label.text if label is not None else element.text) or ""
    return out


# what may read the same in both languages: key names, numbers, punctuation and the product's name
NEUTRAL = re.compile("|".join(sorted(map(re.escape, BOUNDS), key=len, reverse=True)) + r"|vpdesk|[\d\W_]")
ENGLISH = re.compile(
    r"\b(to|or|and|up|key|allowed|default|empty|true|false|full|path|address|digits|minutes|seconds|"
    r"days|months|when|the|adviser|set|Dutch|English|memory|room|pool)\b",
    re.IGNORECASE,
)


def test_dutch_adml_is_dutch() -> None:
    assert set(pt.DUTCH) == set(BOUNDS)
    assert set(pt.DUTCH_ALLOWED) == {n for n, b in BOUNDS.items() if not b.choices and b.lo is None}
    en, nl = _texts("en"), _texts("nl")
    assert set(en) == set(nl) and len(nl) > 2 * len(BOUNDS)
    for where, text in nl.items():
        if NEUTRAL.sub("", text):  # it has words: they must differ from the English ones, and be Dutch
            assert text != en[where], f"{where} is still English: {text!r}"
            assert not ENGLISH.findall(NEUTRAL.sub(" ", text).replace("SQLCipher", "")), f"{where}: {text!r}"
    assert nl["string idle_lock_minutes_Explain"].startswith("Minuten zonder invoer voordat de kluis vergrendelt")
    assert "Toegestaan: 1 tot en met 15. Standaard: 5." in nl["string idle_lock_minutes_Explain"]


def test_the_english_explain_keeps_the_policy_files_words() -> None:
    en = _texts("en")
    for name, bound in BOUNDS.items():
        assert f"Allowed: {bound.describe()}" in en[f"string {name}_Explain"]


def _schema_errors(doc: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    """The draft-7 keywords the schema uses (type, minimum, maximum, enum, pattern, additionalProperties): no
    jsonschema package in the locked requirements, and these six are all the generator writes."""
    used = {k for prop in schema["properties"].values() for k in prop} - {"title", "description", "default"}
    assert used <= {"type", "minimum", "maximum", "enum", "pattern"}, used
    errors = []
    types = {"integer": int, "number": int | float, "string": str, "boolean": bool}
    for key, value in doc.items():
        prop = schema["properties"].get(key)
        if prop is None:
            errors.append(f"{key}: not allowed") if schema["additionalProperties"] is False else None
            continue
        ok = isinstance(value, types[prop["type"]]) and (prop["type"] == "boolean" or not isinstance(value, bool))
        ok = ok and value >= prop.get("minimum", value) and value <= prop.get("maximum", value)
        ok = ok and value in prop.get("enum", [value])
        ok = ok and ("pattern" not in prop or re.search(prop["pattern"], value) is not None)
        if not ok:
            errors.append(f"{key}: {value!r}")
    return errors


def test_json_schema_accepts_the_defaults_and_refuses_what_bounds_refuses() -> None:
    schema = json.loads((INSTALLER / "macos/vpdesk.schema.json").read_text())
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert set(schema["properties"]) == {"organisation", *BOUNDS}
    valid = {name: getattr(Settings(), name) for name in BOUNDS} | {"organisation": "BZK"}
    assert _schema_errors(valid, schema) == []
    assert (
        _schema_errors(valid | {"room_pool": "https://pool.example.nl/p/", "guide_override": "C:\\g.toml"}, schema)
        == []
    )
    bad_ones: list[dict[str, Any]] = [
        {"idle_lock_minutes": 16},
        {"language": "de"},
        {"wipe_database_memory": 1},
        {"room_pool": "http://x"},
        {"suppression_dominance": 0.2},
        {"unknown": 1},
        {"vp_code": "a b"},
        {"org_unit_level": True},
    ]
    for bad in bad_ones:
        assert _schema_errors(valid | bad, schema), bad


def test_the_profile_template_is_a_valid_policy_at_the_defaults() -> None:
    profile = plistlib.loads((INSTALLER / "macos/vpdesk.mobileconfig").read_bytes())
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == pp.MAC_DOMAIN and profile["PayloadScope"] == "System"
    prefs = {k: v for k, v in payload.items() if not k.startswith("Payload")}
    layer = pp.read_managed_preferences(lambda: prefs)  # what the app reads from the installed profile
    assert layer is not None and set(layer.values) == set(BOUNDS)


def _probes(name: str) -> list[Any]:
    """Values at, inside and just outside each key's bounds, of the right type and of wrong ones."""
    b, default = BOUNDS[name], getattr(Settings(), name)
    if isinstance(default, bool):
        return [True, False, 1, 0, "true"]
    if b.lo is not None and b.hi is not None:
        step = 1 if isinstance(default, int) else 0.01
        return [b.lo, b.hi, b.lo - step, b.hi + step, default, str(default), True]
    if b.choices:
        return [*b.choices, "xx", "", 1]
    return ["", "local", "https://pool.example.nl/p/", "http://x", "a b", "abc.DEF_-9", "x" * 33, "/abs/path",
            "C:\\g.toml", "\\\\server\\share\\g.toml", "relative/path", 5]  # fmt: skip


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_the_json_schema_accepts_exactly_what_the_app_accepts_from_a_profile(name: str) -> None:
    """Jamf's form (the schema) and the app's reading of the installed profile agree on every probe."""
    schema = json.loads((INSTALLER / "macos/vpdesk.schema.json").read_text())
    for value in _probes(name):
        if isinstance(value, float) and isinstance(getattr(Settings(), name), int):
            continue
        by_schema = not _schema_errors({name: value}, schema)
        try:
            pp.read_managed_preferences(lambda v=value: {name: v})  # type: ignore[misc]
            by_app = True
        except KnownError:
            by_app = False
        assert by_schema == by_app, (name, value, by_schema, by_app)
