"""What each published table is called and counts, and the words of its rows, in Dutch and English: the data the
report's layout (reports/publish.py) puts the figures under."""

from __future__ import annotations

from dataclasses import dataclass

from vpdesk.domain.statistics import QUARTERS


@dataclass(frozen=True, slots=True)
class Spec:
    """One published table: its title, the heading of its first column, what it counts, its file and sheet name,
    and what its total adds up where that is not obvious; each text in Dutch and English. The figures themselves
    are defined once, in domain/statistics.py."""

    title: tuple[str, str]
    head: tuple[str, str]
    name: str  # CSV file and ODS sheet (Dutch, as the report)
    note: tuple[str, str] = ("", "")
    counts: tuple[str, str] = ("Gesprekken", "Conversations")


CASES = ("Zaken", "Cases")
SEVERAL = (
    "Een gesprek kan meer dan één categorie hebben: de rijen tellen op tot meer dan het aantal gesprekken.",
    "A conversation can have more than one category: the rows add up to more than the number of conversations.",
)
SPECS: dict[str, Spec] = {
    "top_category": Spec(
        ("Gesprekken per hoofdcategorie", "Conversations per main category"),
        ("Hoofdcategorie", "Main category"),
        "hoofdcategorie",
        SEVERAL,
    ),
    "category": Spec(
        ("Gesprekken per categorie en subcategorie", "Conversations per category and subcategory"),
        ("Categorie", "Category"),
        "categorie",
        SEVERAL,
    ),
    "channel": Spec(("Gesprekken per kanaal", "Conversations per channel"), ("Kanaal", "Channel"), "kanaal"),
    "kind": Spec(
        ("Eerste contacten en vervolggesprekken", "First contacts and follow-ups"),
        ("Soort gesprek", "Kind of conversation"),
        "soort-gesprek",
    ),
    "position": Spec(
        ("Zaken (melders) naar positie van de melder", "Cases (melders) by position of the melder"),
        ("Positie van de melder", "Position of the melder"),
        "positie-melder",
        counts=CASES,
    ),
    "gender": Spec(
        ("Zaken (melders) naar gender, indien vastgelegd", "Cases (melders) by gender, when recorded"),
        ("Gender", "Gender"),
        "gender",
        ("Alleen zaken waarin gender is vastgelegd.", "Only cases where gender was recorded."),
        CASES,
    ),
    "outcome": Spec(
        ("Zaken naar uitkomst", "Cases by outcome"),
        ("Uitkomst", "Outcome"),
        "uitkomst",
        (
            "'nog open': de zaak loopt nog; 'onbekend': gesloten zonder vastgelegde uitkomst.",
            "'still open': the case is still running; 'unknown': closed without a recorded outcome.",
        ),
        CASES,
    ),
    "route": Spec(
        ("Verwijzingen per route", "Referrals per route"),
        ("Route", "Route"),
        "verwijzingen",
        (
            "Zaken die naar de route zijn verwezen (een zaak telt één keer per route; een zaak kan naar meer "
            "routes verwezen zijn).",
            "Cases referred to the route (a case counts once per route; a case can be referred to several routes).",
        ),
        CASES,
    ),
    "role": Spec(
        ("Gesprekken naar rol van de vertrouwenspersoon", "Conversations by role of the adviser"),
        ("Rol", "Role"),
        "rol",
    ),
    "org_unit": Spec(
        ("Gesprekken per organisatieonderdeel", "Conversations per org unit"),
        ("Organisatieonderdeel", "Org unit"),
        "organisatieonderdeel",
    ),
    "month": Spec(("Gesprekken per maand", "Conversations per month"), ("Maand", "Month"), "maand"),
}
GRID = Spec(
    ("Gesprekken per hoofdcategorie en kwartaal", "Conversations per main category and quarter"),
    ("Hoofdcategorie", "Main category"),
    "hoofdcategorie-kwartaal",
    SEVERAL,
)


QUARTER_LABELS = (("K1", "K2", "K3", "K4"), QUARTERS)  # "kwartaal" in Dutch, as the coordinator's page says
MONTHS = (
    ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)
LABELS = {
    "in_person": ("in persoon", "in person"),
    "phone": ("telefoon", "phone"),
    "video": ("video", "video"),
    "mail": ("e-mail", "e-mail"),
    "first": ("eerste contact", "first contact"),
    "follow_up": ("vervolgcontact", "follow-up"),
    "employee": ("medewerker", "employee"),
    "manager": ("leidinggevende", "manager"),
    "bystander": ("omstander", "bystander"),
    "former_employee": ("oud-medewerker", "former employee"),
    "hired_staff": ("inhuur", "hired staff"),
    "onbekend": ("onbekend", "unknown"),
    "female": ("vrouw", "female"),
    "male": ("man", "male"),
    "other": ("anders", "other"),
    "listened": ("luisterend oor", "listening ear"),
    "advised": ("advies", "advice"),
    "referred": ("doorverwezen", "referred"),
    "resolved_informally": ("informeel opgelost", "resolved informally"),
    "formal_report": ("formele melding", "formal report"),
    "withdrawn": ("melder ziet af", "withdrawn"),
    "unknown": ("onbekend", "unknown"),
    "nog_open": ("nog open", "still open"),
    "vertrouwenspersoon": ("vertrouwenspersoon", "confidential adviser"),
}
