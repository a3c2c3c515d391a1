"""Translatable names of the domain's enums."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vpdesk.domain.model import CaseStatus, Channel, ContactKind, Outcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel_label(channel: Channel) -> str:
    return {
        Channel.IN_PERSON: _tr("in persoon"),
        Channel.PHONE: _tr("telefoon"),
        Channel.VIDEO: _tr("video"),
        Channel.MAIL: _tr("e-mail"),
    }[channel]


def kind_label(kind: ContactKind) -> str:
    return {ContactKind.FIRST: _tr("eerste contact"), ContactKind.FOLLOW_UP: _tr("vervolgcontact")}[kind]


def status_label(status: CaseStatus) -> str:
    return {CaseStatus.OPEN: _tr("open"), CaseStatus.CLOSED: _tr("gesloten")}[status]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.LISTENED: _tr("luisterend oor"),
        Outcome.ADVISED: _tr("advies, melder handelt zelf"),
        Outcome.REFERRED: _tr("doorverwezen"),
        Outcome.RESOLVED_INFORMALLY: _tr("informeel opgelost"),
        Outcome.FORMAL_REPORT: _tr("formele melding"),
        Outcome.WITHDRAWN: _tr("melder ziet af"),
        Outcome.UNKNOWN: _tr("onbekend"),
    }[outcome]
