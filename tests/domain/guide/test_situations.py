"""The wegwijzer against DOMAIN.md, situation by situation (written from DOMAIN.md's sections "Who may use which
labour route", "Misstand and the Wet bescherming klokkenluiders" and the route table, not from guide.toml).

Each row: the answers, the routes that must fit, the routes that must fit after another (and after which), the
routes that must not fit, and the routes waiting for a question to be answered first (and which). A route not named
may do any of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from vpdesk import resources
from vpdesk.domain.guide import Fit, Rules, classify, merge_override, parse_rules

CAO = {"legal_position": "cao_rijk"}
PUBLIC = {"legal_position": "publiekrechtelijk"}
ZBO = {"legal_position": "zbo_anders"}
LABOUR = ("raba", "geschillencommissie", "kantonrechter")  # the CAO Rijk routes
CAO_16_2 = (
    "beoordeling",
    "vwnw",
    "functiegroep",
    "salarisschaal",
    "voorgenomen_straf",
    "benadeling_melding",
    "terugkeer_outsourcing",
    "vergoeding_benadeling",
)
OTHER_TOPICS = (
    "ziekte_reintegratie",
    "reorganisatie",
    "functioneren",
    "werktijden_verlof",
    "einde_dienstverband",
    "overig",
)


@dataclass(frozen=True)
class Situation:
    name: str
    answers: dict[str, Any]
    fits: tuple[str, ...] = ()
    after: dict[str, str] = field(default_factory=dict)  # route -> the route it comes after
    not_fit: tuple[str, ...] = ()
    override: str = ""  # an example override file to merge first
    open_on: dict[str, str] = field(default_factory=dict)  # route -> the question to answer first


def bully(party: str, **more: Any) -> dict[str, Any]:
    return {"undesirable_behaviour": True, "behaviour_kind": "pesten", "other_party": party, **more}


SITUATIONS = [
    # --- always -------------------------------------------------------------------------------------------------
    Situation("nothing answered: the adviser only", {}, ("vp",), not_fit=("politie", *LABOUR, "bezwaar")),
    Situation("wants distance: external VP", {"wants_distance": True}, ("vp", "external_vp")),
    Situation("sparring partner: collega-coaching", {"wants_sparring": True}, ("collega_coaching",)),
    Situation("health: bedrijfsarts and bmw", {"health_strain": True}, ("bedrijfsarts", "bmw")),
    Situation(
        "strain without health: bmw, not the doctor", {"personal_strain": True}, ("bmw",), not_fit=("bedrijfsarts",)
    ),
    # --- who may use which labour route ---------------------------------------------------------------------
    *[
        Situation(
            f"CAO Rijk, §16.2 topic {t}: Geschillencommissie direct",
            {"labour_dispute": True, "labour_topic": t, **CAO},
            ("raba", "geschillencommissie", "kantonrechter"),
            not_fit=("bezwaar",),
        )
        for t in CAO_16_2
    ],
    *[
        Situation(
            f"CAO Rijk, other topic {t}: RABA first",
            {"labour_dispute": True, "labour_topic": t, **CAO},
            ("raba", "kantonrechter"),
            {"geschillencommissie": "raba"},
            ("bezwaar",),
        )
        for t in OTHER_TOPICS
    ],
    Situation(
        "CAO Rijk, no topic given: RABA first",
        {"labour_dispute": True, **CAO},
        ("raba",),
        {"geschillencommissie": "raba"},
    ),
    Situation(
        "public-law (Defensie, Politie, judiciary), §16.2 topic: bezwaar, no CAO routes",
        {"labour_dispute": True, "labour_topic": "beoordeling", **PUBLIC},
        ("bezwaar",),
        not_fit=LABOUR,
    ),
    Situation(
        "public-law, other topic: bezwaar, no CAO routes",
        {"labour_dispute": True, "labour_topic": "reorganisatie", **PUBLIC},
        ("bezwaar",),
        not_fit=(*LABOUR, "eigen_geschillenregeling"),
    ),
    Situation(
        "ZBO or other employer: own procedure and the court, not RABA or the Geschillencommissie",
        {"labour_dispute": True, "labour_topic": "beoordeling", **ZBO},
        ("eigen_geschillenregeling", "kantonrechter"),
        not_fit=("raba", "geschillencommissie", "bezwaar"),
    ),
    Situation(
        "legal position unknown: no labour route is offered to everyone, each waits for the legal position",
        {"labour_dispute": True, "labour_topic": "beoordeling"},
        ("vakbond",),
        open_on={r: "legal_position" for r in (*LABOUR, "bezwaar", "eigen_geschillenregeling")},
    ),
    Situation(
        "labour dispute, nothing else answered: the legal position first, then the topic does not matter",
        {"labour_dispute": True},
        ("vakbond",),
        open_on={r: "legal_position" for r in (*LABOUR, "bezwaar", "eigen_geschillenregeling")},
    ),
    Situation(
        "no labour dispute: no labour route", {"labour_dispute": False, **CAO}, not_fit=(*LABOUR, "bezwaar", "vakbond")
    ),
    Situation(
        "a topic left from before does not count without a dispute",
        {"labour_dispute": False, "labour_topic": "beoordeling", **CAO},
        not_fit=("geschillencommissie",),
    ),
    Situation(
        "benadeling after a report: Geschillencommissie direct",
        {"labour_dispute": True, "labour_topic": "benadeling_melding", **CAO},
        ("geschillencommissie",),
    ),
    Situation(
        "both willing: mediation",
        {"labour_dispute": True, "both_willing": True, **CAO},
        ("mediation", "raba"),
    ),
    Situation(
        "only one willing: no mediation", {"labour_dispute": True, "both_willing": False, **CAO}, not_fit=("mediation",)
    ),
    # --- het goede gesprek and the other party -------------------------------------------------------------
    Situation(
        "bullying by the own manager: higher manager or HR, not the manager",
        bully("eigen_leidinggevende", **CAO),
        ("gesprek_hoger", "klachtencommissie", "raba"),
        not_fit=("gesprek_leidinggevende", "agressieprotocol"),
    ),
    Situation(
        "bullying by someone higher up: HR, KCOO",
        bully("hoger", **CAO),
        ("gesprek_hoger", "klachtencommissie"),
        not_fit=("gesprek_leidinggevende",),
    ),
    Situation(
        "bullying by a colleague: the manager first, KCOO",
        bully("collega", **CAO),
        ("gesprek_leidinggevende", "klachtencommissie"),
        not_fit=("gesprek_hoger", "agressieprotocol"),
    ),
    Situation(
        "aggression by a citizen: safety and protocol, no KCOO and no 'goede gesprek'",
        {"undesirable_behaviour": True, "behaviour_kind": "agressie", "other_party": "burger", "criminal": True},
        ("agressieprotocol", "politie"),
        not_fit=("klachtencommissie", "gesprek_leidinggevende", "gesprek_hoger"),
    ),
    Situation(
        "aggression by an outsider (visitor): protocol, no KCOO and no 'goede gesprek'",
        {"undesirable_behaviour": True, "behaviour_kind": "agressie", "other_party": "buitenstaander"},
        ("agressieprotocol",),
        not_fit=("klachtencommissie", "gesprek_leidinggevende", "gesprek_hoger"),
    ),
    Situation(
        "threats by a citizen: police and protocol, no 'goede gesprek'",
        {"criminal": True, "other_party": "burger"},
        ("politie", "agressieprotocol"),
        not_fit=("klachtencommissie", "gesprek_leidinggevende", "gesprek_hoger"),
    ),
    Situation(
        "intimidation by an outsider (supplier): protocol, no KCOO and no 'goede gesprek'",
        {"undesirable_behaviour": True, "behaviour_kind": "overige_intimidatie", "other_party": "buitenstaander"},
        ("agressieprotocol",),
        not_fit=("klachtencommissie", "gesprek_leidinggevende", "gesprek_hoger"),
    ),
    Situation(
        "sexual harassment by a client: College and protocol, no KCOO and no 'goede gesprek'",
        {"undesirable_behaviour": True, "behaviour_kind": "seksuele_intimidatie", "other_party": "burger"},
        ("agressieprotocol", "crm"),
        not_fit=("klachtencommissie", "gesprek_leidinggevende", "gesprek_hoger"),
    ),
    Situation(
        "both willing, but the other party is a citizen: no mediation",
        {"undesirable_behaviour": True, "behaviour_kind": "agressie", "other_party": "burger", "both_willing": True},
        not_fit=("mediation",),
    ),
    Situation(
        "both willing with a colleague: mediation",
        {**bully("collega"), "both_willing": True},
        ("mediation",),
    ),
    Situation(
        "integrity suspicion about a colleague: the manager first",
        {"integrity_suspicion": True, "other_party": "collega"},
        ("meldproces", "gesprek_leidinggevende"),
        not_fit=("gesprek_hoger",),
    ),
    Situation(
        "discrimination by a citizen: College voor de Rechten van de Mens, protocol, no KCOO",
        {"undesirable_behaviour": True, "behaviour_kind": "discriminatie", "other_party": "burger"},
        ("crm", "agressieprotocol"),
        not_fit=("klachtencommissie",),
    ),
    Situation(
        "sexual harassment by a colleague: KCOO and College",
        {"undesirable_behaviour": True, "behaviour_kind": "seksuele_intimidatie", "other_party": "collega"},
        ("klachtencommissie", "crm"),
    ),
    Situation(
        "bullying: no College (not discrimination)",
        bully("collega"),
        not_fit=("crm",),
    ),
    Situation(
        "undesirable behaviour, other party unknown: KCOO, protocol and 'goede gesprek' wait for it",
        {"undesirable_behaviour": True, "behaviour_kind": "pesten"},
        open_on={
            r: "other_party"
            for r in ("klachtencommissie", "agressieprotocol", "gesprek_leidinggevende", "gesprek_hoger")
        },
    ),
    Situation(
        "undesirable behaviour, kind unknown: the College waits for it",
        {"undesirable_behaviour": True, "other_party": "collega"},
        ("klachtencommissie",),
        open_on={"crm": "behaviour_kind"},
    ),
    Situation(
        "employer without a working PSA policy: Arbeidsinspectie",
        {"undesirable_behaviour": True, "no_psa_policy": True},
        ("arbeidsinspectie",),
    ),
    # --- criminal acts and danger: urgent --------------------------------------------------------------------
    Situation("criminal acts: police", {"criminal": True}, ("politie",)),
    Situation("immediate danger: police (112)", {"danger_now": True}, ("politie",)),
    Situation("no criminal acts: no police", {"criminal": False}, not_fit=("politie",)),
    # --- integrity and misstand ----------------------------------------------------------------------------------
    Situation("integrity suspicion: meldproces", {"integrity_suspicion": True}, ("meldproces",), not_fit=("misstand",)),
    Situation(
        "breach of EU law (procurement) without public-interest test: misstand and Huis",
        {"eu_law": True, "public_interest": False},
        ("misstand", "huis_klokkenluiders"),
    ),
    Situation(
        "public interest at stake: misstand internal and Huis directly",
        {"public_interest": True},
        ("misstand", "huis_klokkenluiders"),
        not_fit=("meldproces",),
    ),
    Situation(
        "neither EU law nor public interest: no misstand",
        {"eu_law": False, "public_interest": False},
        not_fit=("misstand", "huis_klokkenluiders"),
    ),
    Situation(
        "integrity suspicion with public interest: all three",
        {"integrity_suspicion": True, "public_interest": True},
        ("meldproces", "misstand", "huis_klokkenluiders"),
    ),
    # --- organisation overrides ----------------------------------------------------------------------------------
    Situation(
        "Defensie staff: public-law, bezwaar",
        {"labour_dispute": True, "labour_topic": "beoordeling", **PUBLIC},
        ("bezwaar",),
        not_fit=LABOUR,
        override="example-defensie.toml",
    ),
    Situation(
        "Defensie agency worker: the own employer, not bezwaar",
        {"labour_dispute": True, "labour_topic": "beoordeling", "legal_position": "extern"},
        ("eigen_werkgever_extern",),
        not_fit=("bezwaar", *LABOUR),
        override="example-defensie.toml",
    ),
    Situation(
        "OM magistrate: public-law routes",
        {"labour_dispute": True, "labour_topic": "functiegroep", **PUBLIC},
        ("bezwaar",),
        not_fit=LABOUR,
        override="example-om.toml",
    ),
    Situation(
        "OM staff under the CAO Rijk: CAO routes",
        {"labour_dispute": True, "labour_topic": "functiegroep", **CAO},
        ("raba", "geschillencommissie", "kantonrechter"),
        not_fit=("bezwaar",),
        override="example-om.toml",
    ),
    Situation(
        "OM integrity suspicion: BIOM",
        {"integrity_suspicion": True},
        ("biom", "meldproces"),
        override="example-om.toml",
    ),
    Situation(
        "JenV misstand: Integriteitscommissie JenV directly",
        {"public_interest": True},
        ("integriteitscommissie_jenv", "huis_klokkenluiders", "misstand"),
        override="example-jenv.toml",
    ),
    Situation(
        "JenV benadeling after a report: Integriteitscommissie and Geschillencommissie",
        {"labour_dispute": True, "labour_topic": "benadeling_melding"},
        ("integriteitscommissie_jenv", "geschillencommissie", "raba"),
        override="example-jenv.toml",
    ),
]


def _rules(override: str) -> Rules:
    rules = parse_rules(resources.path("guide.toml").read_text(encoding="utf-8"))
    if override:
        rules = merge_override(rules, resources.path(f"overrides/{override}").read_text(encoding="utf-8"), override)
    return rules


def test_there_are_at_least_forty_situations() -> None:
    assert len(SITUATIONS) >= 40
    assert len({s.name for s in SITUATIONS}) == len(SITUATIONS)


@pytest.mark.parametrize("situation", SITUATIONS, ids=[s.name for s in SITUATIONS])
def test_situation(situation: Situation) -> None:
    advice = {a.route.id: a for a in classify(_rules(situation.override), situation.answers)}
    for rid in situation.fits:
        assert advice[rid].fit == Fit.FITS, f"{rid} must fit: {advice[rid].reason.en}"
    for rid, first in situation.after.items():
        assert (advice[rid].fit, advice[rid].after) == (Fit.FITS_AFTER, first), rid
    for rid in situation.not_fit:
        assert advice[rid].fit == Fit.DOES_NOT_FIT, f"{rid} must not fit: {advice[rid].fit}"
    for rid, question in situation.open_on.items():
        assert (advice[rid].fit, advice[rid].open_questions) == (Fit.OPEN, (question,)), rid
