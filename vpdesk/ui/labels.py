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
