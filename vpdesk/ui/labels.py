"""Translatable names of the domain's enums."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vpdesk.domain.model import CaseStatus, Channel, ContactKind, Gender, MelderPosition, Outcome


def channel_label(channel: Channel) -> str:
    return {
        Channel.IN_PERSON: QCoreApplication.translate("Labels", "in persoon"),
        Channel.PHONE: QCoreApplication.translate("Labels", "telefoon"),
        Channel.VIDEO: QCoreApplication.translate("Labels", "video"),
        Channel.MAIL: QCoreApplication.translate("Labels", "e-mail"),
    }[channel]


def kind_label(kind: ContactKind) -> str:
    return {
        ContactKind.FIRST: QCoreApplication.translate("Labels", "eerste contact"),
        ContactKind.FOLLOW_UP: QCoreApplication.translate("Labels", "vervolgcontact"),
    }[kind]


def status_label(status: CaseStatus) -> str:
    return {
        CaseStatus.OPEN: QCoreApplication.translate("Labels", "open"),
        CaseStatus.CLOSED: QCoreApplication.translate("Labels", "gesloten"),
    }[status]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.LISTENED: QCoreApplication.translate("Labels", "luisterend oor"),
        Outcome.ADVISED: QCoreApplication.translate("Labels", "advies, melder handelt zelf"),
        Outcome.REFERRED: QCoreApplication.translate("Labels", "doorverwezen"),
        Outcome.RESOLVED_INFORMALLY: QCoreApplication.translate("Labels", "informeel opgelost"),
        Outcome.FORMAL_REPORT: QCoreApplication.translate("Labels", "formele melding"),
        Outcome.WITHDRAWN: QCoreApplication.translate("Labels", "melder ziet af"),
        Outcome.UNKNOWN: QCoreApplication.translate("Labels", "onbekend"),
    }[outcome]


def position_label(position: MelderPosition) -> str:
    return {
        MelderPosition.EMPLOYEE: QCoreApplication.translate("Labels", "medewerker"),
        MelderPosition.MANAGER: QCoreApplication.translate("Labels", "leidinggevende"),
        MelderPosition.BYSTANDER: QCoreApplication.translate("Labels", "omstander"),
        MelderPosition.FORMER_EMPLOYEE: QCoreApplication.translate("Labels", "oud-medewerker"),
        MelderPosition.HIRED_STAFF: QCoreApplication.translate("Labels", "ingehuurd"),
    }[position]


def gender_label(gender: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("Labels", "vrouw"),
        Gender.MALE: QCoreApplication.translate("Labels", "man"),
        Gender.OTHER: QCoreApplication.translate("Labels", "anders"),
    }[gender]


def audit_action_label(action: str) -> str:
    """An audit trail action in words; an action this table does not know shows as it is stored."""
    known = {
        "create": QCoreApplication.translate("Labels", "aangemaakt"),
        "update": QCoreApplication.translate("Labels", "gewijzigd"),
        "save": QCoreApplication.translate("Labels", "bewaard"),
        "delete": QCoreApplication.translate("Labels", "verwijderd"),
        "close": QCoreApplication.translate("Labels", "gesloten"),
        "reopen": QCoreApplication.translate("Labels", "heropend"),
        "hold": QCoreApplication.translate("Labels", "bewaard wegens procedure"),
        "release": QCoreApplication.translate("Labels", "bewaren beëindigd"),
        "destroy": QCoreApplication.translate("Labels", "vernietigd"),
        "export": QCoreApplication.translate("Labels", "geëxporteerd"),
        "import": QCoreApplication.translate("Labels", "ingelezen"),
        "untrust": QCoreApplication.translate("Labels", "vertrouwen ingetrokken"),
        "backup": QCoreApplication.translate("Labels", "back-up gemaakt"),
        "unlock": QCoreApplication.translate("Labels", "ontgrendeld"),
        "recover": QCoreApplication.translate("Labels", "geopend met de herstelcode"),
        "change-passphrase": QCoreApplication.translate("Labels", "wachtwoordzin gewijzigd"),
        "new-recovery-code": QCoreApplication.translate("Labels", "nieuwe herstelcode"),
        "renew-keys": QCoreApplication.translate("Labels", "sleutels vernieuwd"),
        "rotate-key": QCoreApplication.translate("Labels", "databasesleutel vervangen"),
    }
    return known.get(action, action)


def audit_result_label(result: str) -> str:
    known = {
        "ok": QCoreApplication.translate("Labels", "gelukt"),
        "failed": QCoreApplication.translate("Labels", "mislukt"),
    }
    return known.get(result, result)


def audit_object_label(obj: str) -> str:
    """What an audit entry is about, readable: "case:29" is "zaak 29", "stats:2026-Q0" the figures of 2026."""
    kind, _, rest = obj.partition(":")
    numbered = {
        "case": QCoreApplication.translate("Labels", "zaak {n}"),
        "client": QCoreApplication.translate("Labels", "melder {n}"),
        "conversation": QCoreApplication.translate("Labels", "gesprek {n}"),
        "referral": QCoreApplication.translate("Labels", "verwijzing {n}"),
        "formal_report": QCoreApplication.translate("Labels", "formele melding {n}"),
    }
    whole = {
        "vault": QCoreApplication.translate("Labels", "de kluis"),
        "audit": QCoreApplication.translate("Labels", "het auditlogboek"),
        "age-identity": QCoreApplication.translate("Labels", "de sleutel voor het age-programma"),
    }
    if kind in numbered and rest.isdigit():
        return numbered[kind].format(n=rest)
    if not rest and kind in whole:
        return whole[kind]
    if kind == "access" and rest.startswith("client:"):
        return QCoreApplication.translate("Labels", "inzagedocument, melder {n}").format(n=rest.partition(":")[2])
    if kind == "stats":
        who, _, period = rest.rpartition(":")
        figures = _period_label(period)
        if figures is None:
            return obj
        if who:
            return QCoreApplication.translate("Labels", "{figures} van {adviser}").format(figures=figures, adviser=who)
        return figures
    if kind == "adviser":
        key, _, fate = rest.rpartition(":")
        fates = {
            "kept": QCoreApplication.translate("Labels", "vertrouwenspersoon {key} (cijfers bewaard)"),
            "dropped": QCoreApplication.translate("Labels", "vertrouwenspersoon {key} (cijfers verwijderd)"),
        }
        return fates[fate].format(key=key) if fate in fates else obj
    return obj


def _period_label(period: str) -> str | None:
    """ "2026-Q0" (the whole year) or "2026-Q3"; None for anything else."""
    year, _, quarter = period.partition("-Q")
    if not (year.isdigit() and quarter.isdigit()):
        return None
    if quarter == "0":
        return QCoreApplication.translate("Labels", "jaarcijfers {year}").format(year=year)
    return QCoreApplication.translate("Labels", "cijfers {year}, kwartaal {q}").format(year=year, q=quarter)
