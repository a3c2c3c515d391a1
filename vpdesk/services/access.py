"""The melder's right of access: a document with everything the vault holds about one client.

It covers every case of the client (categories, org unit, position, gender, dates, outcome), each conversation
with its notes, each referral and each formal report. It is written only where the adviser chooses; the audit
trail records that it was made, for which client, never what it said.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vpdesk import resources
from vpdesk.domain.guide import Rules, answer_lines, route_label
from vpdesk.domain.meldproces import FormalReport
from vpdesk.domain.model import Case
from vpdesk.errors import KnownError
from vpdesk.reports.access_doc import Document, Section, write_odt, write_pdf
from vpdesk.services.cases import detail
from vpdesk.store.repositories import Repositories

TEXTS = {
    "nl": {
        "title": "Inzage: gegevens over {pseudonym}",
        "intro": "Dit overzicht bevat alles wat de vertrouwenspersoon in vpdesk over u heeft vastgelegd: uw zaken, "
        "de gesprekken met de aantekeningen, verwijzingen en formele meldingen.",
        "case": "Zaak {id}",
        "categories": "Onderwerp",
        "org_unit": "Organisatieonderdeel",
        "position": "Positie",
        "gender": "Gender",
        "opened": "Geopend",
        "closed": "Gesloten",
        "outcome": "Uitkomst",
        "destroy_on": "Wordt vernietigd op",
        "hold": "Bewaard wegens lopende procedure",
        "conversation": "Gesprek van {when} ({minutes} min)",
        "referral": "Verwijzing op {on}: {route}",
        "answers": "Antwoorden in de wegwijzer waarop deze verwijzing rustte:",
        "yes": "ja",
        "kept_answers": "Antwoorden in de wegwijzer bij deze zaak",
        "report": "Formele melding ({kind}), fase {phase}",
        "none": "-",
        "footer": "Opgesteld op {today} met vpdesk. Onjuiste gegevens laat u verbeteren via uw vertrouwenspersoon.",
    },
    "en": {
        "title": "Access: data about {pseudonym}",
        "intro": "This document holds everything the confidential adviser recorded about you in vpdesk: your cases, "
        "the conversations with their notes, referrals and formal reports.",
        "case": "Case {id}",
        "categories": "Subject",
        "org_unit": "Organisation unit",
        "position": "Position",
        "gender": "Gender",
        "opened": "Opened",
        "closed": "Closed",
        "outcome": "Outcome",
        "destroy_on": "To be destroyed on",
        "hold": "Kept because of a pending procedure",
        "conversation": "Conversation of {when} ({minutes} min)",
        "referral": "Referral on {on}: {route}",
        "answers": "Answers in the referral guide this referral rested on:",
        "yes": "yes",
        "kept_answers": "Answers in the referral guide for this case",
        "report": "Formal report ({kind}), phase {phase}",
        "none": "-",
        "footer": "Made on {today} with vpdesk. Have incorrect data corrected through your confidential adviser.",
    },
}


# the document's words for the stored values (the melder reads it in the adviser's language)
VALUES = {
    "nl": {
        "employee": "medewerker",
        "manager": "leidinggevende",
        "bystander": "omstander",
        "former_employee": "oud-medewerker",
        "hired_staff": "ingehuurd",
        "female": "vrouw",
        "male": "man",
        "other": "anders",
        "listened": "luisterend oor",
        "advised": "advies, u handelde zelf",
        "referred": "doorverwezen",
        "resolved_informally": "informeel opgelost",
        "formal_report": "formele melding",
        "withdrawn": "u zag ervan af",
        "unknown": "onbekend",
        "reported_on": "gemeld op",
        "acknowledged_on": "ontvangst bevestigd op",
        "feedback_on": "teruggekoppeld op",
        "decided_on": "besluit op",
        "evaluated_on": "geëvalueerd op",
        "procesbegeleider": "procesbegeleider",
        "follow_up": "vervolgafspraak",
    },
    "en": {
        "former_employee": "former employee",
        "hired_staff": "hired staff",
        "female": "woman",
        "male": "man",
        "advised": "advice, you acted yourself",
        "resolved_informally": "resolved informally",
        "formal_report": "formal report",
        "withdrawn": "you decided not to go on",
        "reported_on": "reported on",
        "acknowledged_on": "acknowledged on",
        "feedback_on": "feedback given on",
        "decided_on": "decided on",
        "evaluated_on": "evaluated on",
        "procesbegeleider": "process guide",
        "follow_up": "follow-up",
    },
}


def _word(value: str, lang: str) -> str:
    return VALUES.get(lang, VALUES["nl"]).get(value, value.replace("_", " "))


def document(
    vault: Repositories,
    case_id: int,
    lang: str,
    today: date,
    route_names: dict[str, str],
    rules: Rules | None = None,
) -> Document:
    """Everything about the client of ``case_id``: all of that client's cases."""
    t = TEXTS.get(lang, TEXTS["nl"])
    case = vault.cases.get(case_id)
    if case.client_id is None:
        raise KnownError("Case {case} has no client.", case=case_id)
    pseudonym = vault.clients.get(case.client_id).pseudonym
    sections: list[Section] = []
    for cid in vault.cases.ids_for_client(case.client_id):
        found = detail(vault, cid)
        sections.append(Section(t["case"].format(id=cid), _case_rows(found.case, t, lang)))
        for conv in found.conversations:
            when = conv.when.strftime("%d-%m-%Y %H:%M")
            heading = t["conversation"].format(when=when, minutes=conv.duration_min)
            sections.append(Section(heading, paragraphs=conv.notes.splitlines(), level=3))
        for ref in found.referrals:
            route = route_label(route_names, ref.route, lang)
            paragraphs = [ref.note]
            if shown := answer_lines(rules, ref.answers, lang, t["yes"]):  # the melder's situation: theirs too
                paragraphs += [t["answers"], *(f"{question}: {answer}" for question, answer in shown)]
            sections.append(Section(t["referral"].format(on=_d(ref.on), route=route), paragraphs=paragraphs, level=3))
        kept = vault.guide_answers.get(cid)
        if kept is not None and (shown := answer_lines(rules, kept.answers, lang, t["yes"])):
            lines = [f"{question}: {answer}" for question, answer in shown]
            sections.append(Section(t["kept_answers"], paragraphs=lines, level=3))
        for report in vault.formal_reports.for_case(cid):
            sections.append(_report(report, t, lang))
    return Document(t["title"].format(pseudonym=pseudonym), t["intro"], sections, t["footer"].format(today=_d(today)))


def write(
    vault: Repositories,
    case_id: int,
    lang: str,
    today: date,
    route_names: dict[str, str],
    pdf: Path | None = None,
    odt: Path | None = None,
    rules: Rules | None = None,
) -> Document:
    """Write the access document where the adviser chose (PDF, ODT or both); recorded without content."""
    doc = write_files(vault, case_id, lang, today, route_names, pdf, odt, rules)
    record(vault, case_id)
    return doc


def write_files(
    vault: Repositories,
    case_id: int,
    lang: str,
    today: date,
    route_names: dict[str, str],
    pdf: Path | None = None,
    odt: Path | None = None,
    rules: Rules | None = None,
) -> Document:
    """The writing alone (reads only, so a worker may run it on a read-only connection); then `record`."""
    if pdf is None and odt is None:
        raise KnownError("Choose where to write the access document (PDF, ODT or both).")
    doc = document(vault, case_id, lang, today, route_names, rules)
    if pdf is not None:
        write_pdf(pdf, doc)
    if odt is not None:
        write_odt(odt, doc)
    return doc


def record(vault: Repositories, case_id: int) -> None:
    vault.audit.record("export", f"access:client:{vault.cases.get(case_id).client_id}")


def _case_rows(case: Case, t: dict[str, str], lang: str) -> list[tuple[str, str]]:
    taxonomy = resources.taxonomy()
    names = [taxonomy.get(c).name(lang) if c in taxonomy else c for c in case.categories]
    rows = [
        (t["categories"], ", ".join(names)),
        (t["org_unit"], case.org_unit or t["none"]),
        (t["position"], _word(case.position.value, lang) if case.position else t["none"]),
        (t["gender"], _word(case.gender.value, lang) if case.gender else t["none"]),
        (t["opened"], _d(case.opened)),
    ]
    if case.closed:
        rows.append((t["closed"], _d(case.closed)))
    if case.outcome:
        rows.append((t["outcome"], _word(case.outcome.value, lang)))
    if case.held:
        rows.append((t["hold"], case.hold_reason or ""))
    elif case.destroy_on:
        rows.append((t["destroy_on"], _d(case.destroy_on)))
    if case.follow_up_on:
        rows.append((_word("follow_up", lang), f"{_d(case.follow_up_on)} {case.follow_up_note}"))
    return rows


def _report(report: FormalReport, t: dict[str, str], lang: str) -> Section:
    dates = [
        (name, getattr(report, name))
        for name in ("reported_on", "acknowledged_on", "feedback_on", "decided_on", "evaluated_on")
    ]
    rows = [(_word(name, lang), _d(value)) for name, value in dates if value is not None]
    if report.procesbegeleider:
        rows.append((_word("procesbegeleider", lang), report.procesbegeleider))
    return Section(t["report"].format(kind=report.kind.value, phase=report.phase.value), rows, level=3)


def _d(day: date) -> str:
    return day.strftime("%d-%m-%Y")
