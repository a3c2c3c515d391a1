"""`vpdesk guide` headless, and the loader that keeps the last good rules."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from vpdesk import resources
from vpdesk.cli import Context, main
from vpdesk.errors import KnownError
from vpdesk.services.guide import GuideRules

JENV = str(resources.path("overrides/example-jenv.toml"))


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def vpdesk(*argv: str, stdin: str = "") -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), ctx=Context(io.StringIO(stdin), out, err))
    return Run(code, out.getvalue(), err.getvalue())


def test_guide_prints_every_route_as_json() -> None:
    answers = '{"labour_dispute": true, "labour_topic": "overig", "legal_position": "cao_rijk"}'
    r = vpdesk("guide", "--lang", "en", stdin=answers)
    assert (r.code, r.err) == (0, "")
    out = r.json()
    by_id = {x["route"]: x for x in out["routes"]}
    assert len(by_id) == len(out["routes"]) == 24
    gc = by_id["geschillencommissie"]
    assert (gc["classification"], gc["after"]) == ("fits_after", "raba")
    assert gc["after_name"].startswith("RABA") and "RABA first" in gc["reason"]
    assert gc["sources"][0] == {
        "document": "CAO Rijk",
        "section": "hoofdstuk 16.2 (Geschillencommissie)",
        "ref": "CAO Rijk §16.2",
        "url": "https://www.caorijk.nl/cao-rijk/hoofdstuk-16",
        "checked": "2026-11-30",
    }
    assert gc["first"].startswith("For the topics of CAO Rijk §16.2 nothing")
    assert by_id["raba"]["classification"] == "fits" and by_id["politie"]["classification"] == "does_not_fit"
    assert all(x["reason"] and x["source"] and x["how_to_reach"] and x["first"] for x in out["routes"])
    assert out["rules_version"] == "2026.3" and out["organisation"] == "" and out["fixed_answers"] == {}
    fits = [x["route"] for x in out["routes"] if x["classification"] == "fits"]
    assert fits == ["vp", "raba", "kantonrechter", "vakbond"]
    talk = by_id["gesprek_leidinggevende"]  # who the other party is decides it: that question comes first
    assert (talk["classification"], talk["answer_first"]) == ("open", ["other_party"])
    assert talk["reason"] == "Answer first: Who is the other party?"


def test_guide_speaks_dutch_by_default_and_takes_no_answers_as_none() -> None:
    r = vpdesk("guide", stdin="")
    routes = r.json()["routes"]
    assert routes[0]["route"] == "vp" and routes[0]["reason"].startswith("Altijd beschikbaar")
    assert [x["route"] for x in routes if x["classification"] == "fits"] == ["vp"]


def test_guide_with_an_organisation_override() -> None:
    answers = '{"integrity_suspicion": true, "public_interest": true, "other_party": "collega"}'
    out = vpdesk("guide", "--override", JENV, stdin=answers).json()
    ids = [x["route"] for x in out["routes"]]
    assert ids[:6] == [
        "vp",
        "gesprek_leidinggevende",
        "meldproces",
        "misstand",
        "huis_klokkenluiders",
        "integriteitscommissie_jenv",
    ]
    assert "collega_coaching" not in ids
    commissie = next(x for x in out["routes"] if x["route"] == "integriteitscommissie_jenv")
    assert "0800-223 12 33" in commissie["how_to_reach"]
    assert out["organisation"] == "Ministerie van Justitie en Veiligheid"
    assert out["rules_version"] == "2026.3+jenv-2026.2" and out["fixed_answers"] == {"legal_position": "cao_rijk"}


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("{not json", "vpdesk: The answers are not valid JSON: Expecting property name enclosed in double quotes"),
        ("[true]", "vpdesk: The answers must be a JSON object of question id to answer."),
        ('{"criminal": "maybe"}', "vpdesk: The answer to 'criminal' must be true or false."),
        ('{"weather": true}', "vpdesk: Unknown question 'weather'."),
        ('{"labour_topic": "lunch"}', "vpdesk: 'lunch' is not a choice of 'labour_topic'."),
    ],
)
def test_bad_answers_are_one_sentence_and_exit_1(stdin: str, message: str) -> None:
    r = vpdesk("guide", stdin=stdin)
    assert r.code == 1 and r.out == "" and r.err.startswith(message) and r.err.count("\n") == 1


def test_a_malformed_override_given_to_guide_fails_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "jenv.toml"
    bad.write_text('organisation = "JenV"\nhide = ["bestaat_niet"]\n', encoding="utf-8")
    r = vpdesk("guide", "--override", str(bad), stdin="{}")
    assert (r.code, r.out) == (1, "")
    assert r.err == "vpdesk: jenv.toml, line 2: cannot hide unknown route 'bestaat_niet'.\n"


def test_check_validates_an_override_before_it_is_sent(tmp_path: Path) -> None:
    r = vpdesk("guide", "--check", JENV)
    assert r.code == 0 and r.err == ""
    assert r.out.splitlines() == [
        "OK: example-jenv.toml is valid for Ministerie van Justitie en Veiligheid (rules 2026.3+jenv-2026.2).",
        "  routes added: integriteitscommissie_jenv",
        "  routes changed: -",
        "  routes hidden: collega_coaching",
        "  legal position of its staff: cao_rijk",
    ]
    r = vpdesk("guide", "--check", str(resources.path("overrides/example-om.toml")))
    assert r.code == 0 and "  routes added: biom" in r.out.splitlines()


@pytest.mark.parametrize(
    ("text", "err"),
    [
        (
            'organisation = "x"\n\n[[route]]\nid = "raba"\nhow_to_reach_xx = "?"\n',
            "vpdesk: bad.toml, line 5: route 'raba': unknown field 'how_to_reach_xx'.\n",
        ),
        (
            'organisation = "x"\n[[route]]\nid = "raba"\nfits = { labour_topic = "lunch" }\n',
            "vpdesk: bad.toml, line 4: route 'raba': 'lunch' is not a choice of 'labour_topic'.\n",
        ),
        (
            'organisation = "x"\nhide = ["raba"\n',
            "vpdesk: bad.toml, line 3: Unclosed array at the end of the file.\n",
        ),
    ],
)
def test_check_names_file_line_and_problem(tmp_path: Path, text: str, err: str) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(text, encoding="utf-8")
    r = vpdesk("guide", "--check", str(bad))
    assert (r.code, r.out, r.err) == (1, "", err)


def test_check_of_a_file_that_is_missing_or_not_text(tmp_path: Path) -> None:
    r = vpdesk("guide", "--check", str(tmp_path / "missing.toml"))
    assert r.code == 1 and r.err == f"vpdesk: There is no file {tmp_path / 'missing.toml'}.\n"
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    r = vpdesk("guide", "--check", str(binary))
    assert r.code == 1 and r.err == "vpdesk: binary.toml: not a UTF-8 text file.\n"


def test_questions_lists_what_the_answers_refer_to() -> None:
    r = vpdesk("guide", "--questions", "--lang", "en")
    questions = {q["id"]: q for q in r.json()}
    assert questions["criminal"]["type"] == "bool" and "choices" not in questions["criminal"]
    topics = [c["id"] for c in questions["labour_topic"]["choices"]]
    assert len(topics) == 14 and topics[0] == "beoordeling" and topics[-1] == "overig"
    assert [c["id"] for c in questions["legal_position"]["choices"]] == [
        "cao_rijk",
        "publiekrechtelijk",
        "zbo_anders",
        "extern",
    ]


def test_check_and_override_do_not_go_together() -> None:
    r = vpdesk("guide", "--check", JENV, "--override", JENV)
    assert r.code == 2 and r.err.startswith("vpdesk guide: argument --override: not allowed with argument --check")


# --- the loader -------------------------------------------------------------------------------------------------
def test_loader_keeps_the_last_good_rules(tmp_path: Path) -> None:
    override = tmp_path / "org.toml"
    override.write_text(Path(JENV).read_text(encoding="utf-8"), encoding="utf-8")
    loader = GuideRules()
    first = loader.load(override)
    assert first.error == "" and first.rules.route("integriteitscommissie_jenv") is not None
    override.write_text("organisation = \n", encoding="utf-8")
    result = loader.load(override)
    assert result.error.startswith("org.toml, line 1, column 16: ")
    assert result.rules is first.rules  # still the last good rules, with the organisation's routes
    override.unlink()
    assert loader.load(override).error == f"There is no file {override}."
    assert loader.load(None).rules.route("integriteitscommissie_jenv") is None  # a good load replaces the last good


def test_a_broken_override_at_the_first_load_falls_back_to_the_shipped_rules(tmp_path: Path) -> None:
    bad = tmp_path / "org.toml"
    bad.write_text('organisation = "x"\nhide = ["vp"]\n', encoding="utf-8")
    result = GuideRules().load(bad)
    assert result.error == "org.toml, line 2: the adviser's own support cannot be hidden."
    assert result.rules.route("vp") is not None and result.rules.hidden == frozenset()


def test_broken_shipped_rules_keep_the_last_good_or_raise(tmp_path: Path) -> None:
    base = tmp_path / "guide.toml"
    base.write_text(resources.path("guide.toml").read_text(encoding="utf-8"), encoding="utf-8")
    loader = GuideRules(base)
    good = loader.load().rules
    base.write_text(base.read_text(encoding="utf-8").replace('version = "2026.3"', 'version = ""'), encoding="utf-8")
    result = loader.load()
    assert result.rules is good and result.error.startswith("guide.toml, line ")
    assert "the rules need a version" in result.error
    with pytest.raises(KnownError, match="the rules need a version"):
        GuideRules(base).load()
    directory = tmp_path / "dir.toml"
    directory.mkdir()
    assert GuideRules().load(directory).error.startswith("dir.toml: cannot be read")


def test_guide_uses_the_organisations_override_from_the_policy_as_the_app_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One face, one behaviour: the app classifies with the policy's `guide_override`; so must `vpdesk guide`
    (it used the shipped rules alone unless --override was given)."""
    policy = tmp_path / "policy.toml"
    policy.write_text(f'organisation = "JenV"\n[settings]\nguide_override = "{JENV}"\n', encoding="utf-8")
    monkeypatch.setenv("VPDESK_DEV_POLICY", str(policy))
    monkeypatch.setenv("VPDESK_HOME", str(tmp_path / "home"))
    out = vpdesk("guide", stdin="{}").json()
    assert out["organisation"] and "integriteitscommissie_jenv" in {x["route"] for x in out["routes"]}
