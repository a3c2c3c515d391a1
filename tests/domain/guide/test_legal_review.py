"""The jurist's review of rules 2026.3 (decisions 180-189): realistic situations a vertrouwenspersoon meets at the
Rijk, judged against the primary sources (each test names the one it rests on, checked 2026-11-30).

Each situation: the answers, the routes that must fit, fit after another route, or must not appear. Then the texts
a vertrouwenspersoon reads out: no promise the law does not make.
"""

from __future__ import annotations

from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.guide import Fit, Route, Rules, classify, parse_rules
from vpdesk.domain.guide.model import RouteAdvice

CAO = {"legal_position": "cao_rijk"}
PUBLIC = {"legal_position": "publiekrechtelijk"}
ZBO = {"legal_position": "zbo_anders"}
EXTERN = {"legal_position": "extern"}  # uitzendkracht, gedetacheerde, stagiair, zzp'er


def _rules() -> Rules:
    return parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))


def _advice(answers: dict[str, Any]) -> dict[str, RouteAdvice]:
    return {a.route.id: a for a in classify(_rules(), answers)}


def _route(rid: str) -> Route:
    return next(r for r in _rules().routes if r.id == rid)


# (name, answers, must fit, must fit after {route: first}, must not fit)
SITUATIONS: list[tuple[str, dict[str, Any], tuple[str, ...], dict[str, str], tuple[str, ...]]] = [
    (
        "sexual harassment by the own manager",
        {"undesirable_behaviour": True, "behaviour_kind": "seksuele_intimidatie", "other_party": "eigen_leidinggevende"}
        | CAO,
        ("gesprek_hoger", "klachtencommissie", "crm", "raba"),
        {},
        ("gesprek_leidinggevende", "agressieprotocol"),
    ),
    (
        "bullying by a colleague, with health complaints",
        {"undesirable_behaviour": True, "behaviour_kind": "pesten", "other_party": "collega", "health_strain": True}
        | CAO,
        ("gesprek_leidinggevende", "klachtencommissie", "bedrijfsarts", "bmw"),
        {},
        ("crm", "agressieprotocol", "gesprek_hoger"),
    ),
    (
        "threats by a citizen at the desk",
        {"undesirable_behaviour": True, "behaviour_kind": "agressie", "other_party": "burger", "criminal": True} | CAO,
        ("politie", "agressieprotocol"),
        {},
        ("klachtencommissie", "gesprek_leidinggevende", "mediation"),
    ),
    (
        "discrimination by a colleague",
        {"undesirable_behaviour": True, "behaviour_kind": "discriminatie", "other_party": "collega"} | CAO,
        ("crm", "klachtencommissie", "gesprek_leidinggevende"),
        {},
        ("agressieprotocol",),
    ),
    (
        "suspected fraud with EU funds by a director",
        {"integrity_suspicion": True, "eu_law": True, "public_interest": True, "other_party": "hoger"},
        ("meldproces", "misstand", "huis_klokkenluiders"),
        {},
        ("gesprek_leidinggevende",),
    ),
    (
        "conflict about a reorganisation (CAO Rijk): RABA first",
        {"labour_dispute": True, "labour_topic": "reorganisatie", "other_party": "hoger"} | CAO,
        ("raba", "kantonrechter", "vakbond"),
        {"geschillencommissie": "raba"},
        ("bezwaar", "eigen_geschillenregeling"),
    ),
    (
        "temporary contract not renewed (CAO Rijk)",
        {"labour_dispute": True, "labour_topic": "einde_dienstverband"} | CAO,
        ("raba", "kantonrechter", "vakbond"),
        {"geschillencommissie": "raba"},
        ("bezwaar",),
    ),
    (
        "trainee harassed by a colleague: no CAO routes, the own school or agency",
        {
            "undesirable_behaviour": True,
            "behaviour_kind": "seksuele_intimidatie",
            "other_party": "collega",
            "labour_dispute": True,
            "labour_topic": "overig",
        }
        | EXTERN,
        ("eigen_werkgever_extern", "crm", "klachtencommissie"),
        {},
        ("raba", "geschillencommissie", "eigen_geschillenregeling", "bezwaar", "kantonrechter"),
    ),
    (
        "uitzendkracht bullied by the manager at the ministry",
        {
            "undesirable_behaviour": True,
            "behaviour_kind": "pesten",
            "other_party": "eigen_leidinggevende",
            "labour_dispute": True,
            "labour_topic": "overig",
        }
        | EXTERN,
        ("eigen_werkgever_extern", "gesprek_hoger"),
        {},
        ("raba", "geschillencommissie", "eigen_geschillenregeling"),
    ),
    (
        "harm after a misstand report (CAO Rijk): Geschillencommissie direct and the Huis",
        {"labour_dispute": True, "labour_topic": "benadeling_melding"} | CAO,
        ("geschillencommissie", "huis_klokkenluiders", "kantonrechter"),
        {},
        ("bezwaar",),
    ),
    (
        "harm after a misstand report, public-law status (Politie): bezwaar and the Huis",
        {"labour_dispute": True, "labour_topic": "benadeling_melding"} | PUBLIC,
        ("bezwaar", "huis_klokkenluiders"),
        {},
        ("raba", "geschillencommissie", "kantonrechter"),
    ),
    (
        "former employee, harm after a report by a trainee or contractor (no CAO)",
        {"labour_dispute": True, "labour_topic": "benadeling_melding"} | EXTERN,
        ("huis_klokkenluiders", "eigen_werkgever_extern"),
        {},
        ("geschillencommissie", "raba"),
    ),
    (
        "reported internally months ago, no feedback: the Huis directly",
        {"public_interest": True, "integrity_suspicion": True},
        ("misstand", "huis_klokkenluiders", "meldproces"),
        {},
        (),
    ),
    (
        "anonymous integrity report via the VP",
        {"integrity_suspicion": True},
        ("meldproces", "vp"),
        {},
        ("misstand", "huis_klokkenluiders"),
    ),
    (
        "straight to the Huis, wants distance",
        {"public_interest": True, "wants_distance": True},
        ("huis_klokkenluiders", "external_vp", "misstand"),
        {},
        (),
    ),
    (
        "intended disciplinary measure, military (public-law)",
        {"labour_dispute": True, "labour_topic": "voorgenomen_straf"} | PUBLIC,
        ("bezwaar", "vakbond"),
        {},
        ("raba", "geschillencommissie", "kantonrechter"),
    ),
    (
        "burn-out, dispute about re-integration (CAO Rijk): UWV deskundigenoordeel",
        {"labour_dispute": True, "labour_topic": "ziekte_reintegratie", "health_strain": True} | CAO,
        ("uwv_deskundigenoordeel", "raba", "bedrijfsarts", "kantonrechter"),
        {"geschillencommissie": "raba"},
        (),
    ),
    (
        "re-integration dispute at a ZBO: UWV deskundigenoordeel too",
        {"labour_dispute": True, "labour_topic": "ziekte_reintegratie"} | ZBO,
        ("uwv_deskundigenoordeel", "eigen_geschillenregeling"),
        {},
        ("raba",),
    ),
    (
        "no re-integration dispute: no UWV",
        {"labour_dispute": True, "labour_topic": "functioneren"} | CAO,
        (),
        {"geschillencommissie": "raba"},
        ("uwv_deskundigenoordeel",),
    ),
]


def test_at_least_fifteen_situations() -> None:
    assert len(SITUATIONS) >= 15 and len({s[0] for s in SITUATIONS}) == len(SITUATIONS)


@pytest.mark.parametrize("situation", SITUATIONS, ids=[s[0] for s in SITUATIONS])
def test_situation(situation: tuple[str, dict[str, Any], tuple[str, ...], dict[str, str], tuple[str, ...]]) -> None:
    _, answers, fits, after, not_fit = situation
    advice = _advice(answers)
    for rid in fits:
        assert advice[rid].fit == Fit.FITS, f"{rid} must fit: {advice[rid].reason.en}"
    for rid, first in after.items():
        assert (advice[rid].fit, advice[rid].after) == (Fit.FITS_AFTER, first), rid
    for rid in not_fit:
        assert advice[rid].fit == Fit.DOES_NOT_FIT, f"{rid} must not fit: {advice[rid].fit}"


def test_rules_version_is_raised() -> None:
    assert _rules().version == "2026.3"


# ---- what the texts may and may not promise -----------------------------------------------------------------


def _all_texts(route: Route) -> str:
    parts = [route.description, route.first, route.reason_fits, route.how_to_reach]
    return " ".join(f"{t.nl} {t.en}" for t in parts)


def test_protection_is_never_promised_without_its_condition() -> None:
    """Wbk art. 17e: protection holds 'onder de voorwaarde dat ... de melder redelijke gronden heeft om aan te nemen
    dat de gemelde informatie ... juist is'; art. 17ea adds conditions for going public."""
    for rid in ("misstand", "huis_klokkenluiders"):
        route = _route(rid)
        text = _all_texts(route)
        assert "houdt hij bescherming" not in text and "keeps protection" not in text, rid
        if "bescherm" in text.lower() or "benadel" in text.lower():
            assert "redelijke gronden" in text and "reasonable grounds" in text, rid
    huis = _route("huis_klokkenluiders")
    assert "17ea" in " ".join(s.section for s in huis.sources) and "openbaar" in huis.description.nl


def test_burden_of_proof_is_stated_as_the_directive_has_it() -> None:
    """Directive 2019/1937 art. 21(5): the employer must show the measure had duly justified grounds, not 'prove it
    did not harm'."""
    text = _all_texts(_route("misstand"))
    assert "bewijzen dat hij niet benadeelde" not in text and "prove it did not" not in text
    assert any("21" in s.section for s in _route("misstand").sources)


def test_huis_can_be_reached_by_phone() -> None:
    """huisvoorklokkenluiders.nl, 'Melding en onderzoek': 088 - 133 10 00."""
    assert "088-133 10 00" in _route("huis_klokkenluiders").how_to_reach.nl


def test_cantonal_court_warns_of_short_expiry_terms() -> None:
    """BW art. 7:686a lid 4: requests after the end of employment expire after a few months; RABA and the
    Geschillencommissie do not stop that clock. 'Nothing must come first' alone would mislead."""
    route = _route("kantonrechter")
    assert "7:686a" in route.first.nl and "7:686a" in route.first.en
    assert any(s.ref == "BWBR0005290" for s in route.sources)


def test_objection_route_mentions_the_hearing_before_an_intended_decision() -> None:
    """Awb art. 4:8 (zienswijze before a decision the person did not ask for); art. 6:7/6:8 (six weeks, from the day
    after notification)."""
    first = _route("bezwaar").first
    assert "4:8" in first.nl and "4:8" in first.en and "6:8" in first.nl


def test_meldproces_does_not_say_reporting_is_always_free() -> None:
    """Wetboek van Strafvordering art. 162: ambtenaren who learn of certain crimes in their work must report them;
    'the melder decides whether to report' must not be stated without that caveat."""
    route = _route("meldproces")
    assert "162" in route.reason_fits.nl and "162" in route.reason_fits.en
    assert any("162" in s.section for s in route.sources)


def test_employer_files_a_complaint_itself_not_on_behalf() -> None:
    """Sv art. 161: anyone who knows of a criminal act may report it; 'on the employee's behalf' suggests a
    representation the law does not give for every offence (a klachtdelict needs the victim's own complaint)."""
    for rid in ("politie", "agressieprotocol"):
        text = _all_texts(_route(rid))
        assert "namens de medewerker" not in text and "on the employee's behalf" not in text, rid


def test_internal_reporting_is_open_to_agency_workers_and_former_staff() -> None:
    """caorijk.nl, 'Uitleg cao-partijen: voorzieningen bij melden vermoeden van misstand': the CAO lets anyone who
    works or worked in the sector Rijk (also as an agency worker) report internally; freelancers, applicants and
    suppliers report externally. The melder need not prove the reasonable grounds, only give reliable information."""
    misstand = _route("misstand")
    assert "uitzendkracht" in misstand.description.nl and "agency worker" in misstand.description.en
    assert "zzp" in misstand.description.nl and "extern" in misstand.description.nl
    assert "hoeft" in misstand.description.nl and "bewijzen" in misstand.description.nl
    assert any("caorijk.nl/cao-rijk/uitleg-voorzieningen" in s.url for s in misstand.sources)
    advice = _advice({"public_interest": True, "legal_position": "extern"})
    assert advice["misstand"].fit == Fit.FITS and advice["huis_klokkenluiders"].fit == Fit.FITS
