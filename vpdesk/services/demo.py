"""Made-up cases for the practice vault (oefenkluis), screenshots and benchmarks. Deterministic per seed.

Every name and note here is invented; nothing resembles a real person.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from vpdesk.domain.model import Case, Channel, ContactKind, Conversation, MelderPosition, Outcome
from vpdesk.store.repositories import Repositories

ORG_UNITS = (
    "DGOO/Directie Arbeidszaken",
    "DGOO/Directie Vastgoed",
    "DGBK/Directie Digitale Overheid",
    "SG/Directie Communicatie",
    "Uitvoering/Rijksschoonmaakorganisatie",
    "Uitvoering/Logius",
    "DGWB/Directie Woningmarkt",
)
CATEGORIES = (
    "oo.pesten",
    "oo.seksueel",
    "oo.agressie",
    "oo.discriminatie",
    "oo.intimidatie",
    "int.belangen",
    "int.informatie",
    "int.dienstmiddelen",
    "misstand",
    "int.financieel",
    "arbeid.beoordeling",
    "arbeid.functioneren",
    "arbeid.rechtspositie",
    "sv.werkdruk",
    "sv.leiderschap",
    "sv.burgers",
    "sv.socialemedia",
)
SUBJECTS = (
    "de leidinggevende",
    "een collega van het team",
    "de afdelingsmanager",
    "een externe inhuurkracht",
    "een burger aan de balie",
    "het projectteam",
    "de teamleider",
    "een collega op de flexplek",
)
EVENTS = (
    "maakt in overleggen herhaaldelijk kleinerende opmerkingen",
    "stuurt buiten werktijd berichten met een dwingende toon",
    "heeft de beoordeling zonder gesprek vastgesteld",
    "deelt vertrouwelijke stukken met een leverancier",
    "sluit de melder structureel buiten bij het werkoverleg",
    "maakt grappen over afkomst en geloof",
    "dreigt met gevolgen voor het contract",
    "gebruikt de dienstauto voor privéritten",
    "legt een werkdruk op die niet haalbaar is",
    "reageert op social media met scheldwoorden",
)
FEELINGS = (
    "De melder voelt zich onveilig en slaapt slecht.",
    "De melder twijfelt of een melding zin heeft.",
    "De melder wil eerst zelf het gesprek aangaan.",
    "De melder is boos en wil dat het stopt.",
    "De melder is bang voor represailles.",
    "De melder wil vooral een luisterend oor.",
)
NEXT_STEPS = (
    "Afgesproken: over twee weken opnieuw contact.",
    "Routes besproken: RABA, bedrijfsarts en een formele melding.",
    "Melder overweegt collega-coaching.",
    "Samen het gesprek met de leidinggevende voorbereid.",
    "Informatie over de klachtencommissie meegegeven.",
    "Geen vervolg nodig volgens de melder.",
)


def note_text(rng: random.Random, target_bytes: int = 500) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < target_bytes:
        parts.append(
            f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(EVENTS)}. {rng.choice(FEELINGS)} {rng.choice(NEXT_STEPS)}"
        )
    return " ".join(parts)[: max(target_bytes, 40)]


def populate(
    vault: Repositories,
    *,
    n_cases: int,
    conversations_per_case: int = 3,
    seed: int = 1,
    today: date,
    note_bytes: int = 500,
) -> None:
    """Fill a vault with ``n_cases`` made-up cases spread over the 400 days before ``today``."""
    rng = random.Random(seed)
    for index in range(n_cases):
        opened = today - timedelta(days=rng.randrange(0, 400))
        categories = tuple(sorted(set(rng.sample(CATEGORIES, rng.choice((1, 1, 1, 2))))))
        closed = index % 3 == 0 and opened < today - timedelta(days=30)
        case = vault.cases.add(
            Case(
                categories=categories,
                opened=opened,
                org_unit=rng.choice(ORG_UNITS),
                position=rng.choice(list(MelderPosition)),
            ),
            pseudonym=f"M-{index + 1:05d}",
        )
        assert case.id is not None
        when = datetime.combine(opened, datetime.min.time()).replace(hour=9 + rng.randrange(0, 8))
        for n in range(conversations_per_case):
            vault.conversations.add(
                Conversation(
                    case_id=case.id,
                    when=when,
                    duration_min=rng.choice((15, 30, 45, 60, 90)),
                    channel=rng.choice(list(Channel)),
                    kind=ContactKind.FIRST if n == 0 else ContactKind.FOLLOW_UP,
                    notes=note_text(rng, note_bytes),
                )
            )
            when += timedelta(days=rng.randrange(3, 21), hours=rng.randrange(-2, 3))
            when = min(when, datetime.combine(today, datetime.min.time()).replace(hour=9))
        if closed:
            vault.cases.close(case.id, rng.choice(list(Outcome)), min(today, opened + timedelta(days=60)))
