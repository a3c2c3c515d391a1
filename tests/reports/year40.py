"""A realistic year: 40 advisers across large directorates and several small organisations, seeded.

Each adviser's conversations belong to cases of 1-4 conversations; a case has one melder (position, gender), may be
referred to a route and is open or closed with an outcome. Small organisations have a handful of contacts a year,
so their cells are the ones suppression must protect.
"""

from __future__ import annotations

import random

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, Tables, tally

YEAR = 2026
LARGE = ("DGOO", "DGBK", "SG", "DGWB", "Belastingdienst", "Rijkswaterstaat", "DJI")
SMALL = ("Raad voor Cultuur", "Kiesraad", "Nationale Ombudsman", "Adviesraad Migratie")
CHANNELS = ("in_person", "phone", "video", "mail")
POSITIONS = ("employee", "employee", "employee", "manager", "bystander", "former_employee", "hired_staff", None)
OUTCOMES = ("listened", "advised", "advised", "referred", "resolved_informally", "formal_report", "withdrawn", None)
ROUTES = ("raba", "huis_klokkenluiders", "bedrijfsarts", "integriteitsmeldpunt")


def adviser_records(n: int) -> list[ContactRecord]:
    rng = random.Random(4000 + n)  # a year whose tables need complementary suppression too (taxonomy 2)
    codes = [c.code for c in resources.taxonomy().categories if c.parent]
    weights = [20 if c.startswith(("oo.", "sv.")) else 1 for c in codes]
    home = LARGE[n % len(LARGE)]
    records: list[ContactRecord] = []
    # small organisations: each served by one or two advisers, a handful of cases a year
    serves = [org for i, org in enumerate(SMALL) if n in (i, i + 20 if i < 2 else -1)]
    for case in range(rng.randrange(8, 40)):
        small = bool(serves) and rng.random() < 0.2
        org = rng.choice(serves) if small else f"{home}/Directie {rng.randrange(1, 4)}"
        cats = tuple(sorted(set(rng.choices(codes, weights, k=1 if rng.random() < 0.8 else 2))))
        routes = (rng.choice(ROUTES),) if rng.random() < 0.25 else ()
        position, gender = rng.choice(POSITIONS), rng.choice(("female", "male", "other", None, None))
        still_open = rng.random() < 0.15
        outcome = None if still_open else rng.choice(OUTCOMES)
        month = rng.randrange(1, 13)
        for i in range(rng.choice((1, 1, 2, 2, 3, 4))):
            records.append(
                ContactRecord(
                    f"{YEAR}-{min(month + i, 12):02d}",
                    cats,
                    rng.choice(CHANNELS),
                    "first" if i == 0 else "follow_up",
                    position=position,
                    gender=gender,
                    org_unit=org,
                    duration_min=rng.choice((30, 45, 60, 90)),
                    routes=routes,
                    outcome=outcome,
                    case=f"{n}-{case}",
                    case_open=still_open,
                )
            )
    return records


def year_parts(advisers: int = 40) -> list[Tables]:
    return [tally(adviser_records(n), YEAR) for n in range(advisers)]


def padding_attacker() -> Tables:
    """An adviser who signs +5 in every cell they can: five contacts of their own in each category, channel,
    position, route, outcome, org unit and month (a consistent, importable export)."""
    codes = [c.code for c in resources.taxonomy().categories if c.parent]
    orgs = [*(f"{h}/Directie 1" for h in LARGE), *SMALL]
    records = []
    for i in range(5 * max(len(codes), len(orgs), 12, len(CHANNELS), len(ROUTES), len(POSITIONS), len(OUTCOMES))):
        records.append(
            ContactRecord(
                f"{YEAR}-{i % 12 + 1:02d}",
                (codes[i % len(codes)],),
                CHANNELS[i % len(CHANNELS)],
                "first",
                position=POSITIONS[i % len(POSITIONS)],
                org_unit=orgs[i % len(orgs)],
                duration_min=30,
                routes=(ROUTES[i % len(ROUTES)],),
                outcome=OUTCOMES[i % len(OUTCOMES)],
                case=f"pad-{i}",
            )
        )
    return tally(records, YEAR)
