from __future__ import annotations

import json
from pathlib import Path

from vpdesk import resources


def test_guide_prints_every_route_as_json(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("guide", "--lang", "en", stdin='{"labour_dispute": true, "labour_topic": "overig"}')
    assert r.code == 0, r.err
    out = json.loads(r.out)
    by_id = {x["route"]: x for x in out["routes"]}
    assert by_id["geschillencommissie"]["classification"] == "fits_after"
    assert by_id["geschillencommissie"]["after"] == "raba"
    assert all(x["reason"] and x["source"] for x in out["routes"])
    assert out["rules_version"] == "2026.1"


def test_guide_with_an_override_and_bad_answers(cli) -> None:  # type: ignore[no-untyped-def]
    override = str(resources.path("overrides/example-jenv.toml"))
    r = cli("guide", "--override", override, stdin='{"integrity_suspicion": true}')
    routes = {x["route"]: x for x in json.loads(r.out)["routes"]}
    assert routes["paritaire_commissie"]["classification"] == "fits" and "collega_coaching" not in routes
    r = cli("guide", stdin="{not json")
    assert r.code == 1 and "not valid JSON" in r.err
    r = cli("guide", stdin='{"criminal": "maybe"}')
    assert r.code == 1 and "true or false" in r.err


def test_check_validates_an_override_before_it_is_sent(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("guide", "--check", str(resources.path("overrides/example-jenv.toml")))
    assert r.code == 0 and r.out.startswith("OK") and "paritaire_commissie" in r.out
    bad = tmp_path / "bad.toml"
    bad.write_text('organisation = "x"\n\n[[route]]\nid = "raba"\nhow_to_reach_xx = "?"\n')
    r = cli("guide", "--check", str(bad))
    assert r.code == 1 and r.err == "vpdesk: bad.toml, line 5: route 'raba': unknown field 'how_to_reach_xx'.\n"
    r = cli("guide", "--check", str(tmp_path / "missing.toml"))
    assert r.code == 1 and "There is no file" in r.err


def test_loader_keeps_the_last_good_rules(tmp_path: Path) -> None:
    from vpdesk.guide_rules import GuideRules

    good = tmp_path / "good.toml"
    good.write_text(resources.path("overrides/example-jenv.toml").read_text())
    loader = GuideRules()
    assert loader.load(good).error == ""
    good.write_text("organisation = \n")
    result = loader.load(good)
    assert "good.toml, line 1" in result.error
    assert result.rules.route("paritaire_commissie") is not None  # still the last good rules
