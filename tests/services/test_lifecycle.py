"""Correcting a case, its conversations and referrals; a closed case is read-only until reopened; the agenda's
lifecycle reminders; the access document."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import read_pdf_text
from tests.services.conftest import NOW
from vpdesk.domain.model import Channel, Gender, MelderPosition, Outcome
from vpdesk.domain.retention import ReminderKind
from vpdesk.errors import KnownError
from vpdesk.services import access, cases, lifecycle, stats
from vpdesk.services.session import Session


def test_edit_case_corrects_every_field_and_the_counts(session: Session) -> None:
    db = session.vault
    edited = lifecycle.edit_case(
        db,
        1,
        lifecycle.CaseEdit(
            pseudonym="Nieuw-1",
            categories=["oo.discriminatie"],
            org_unit=" DGXY ",
            position=MelderPosition.MANAGER,
            gender=Gender.OTHER,
        ),
    )
    assert (edited.categories, edited.org_unit, edited.position, edited.gender) == (
        ("oo.discriminatie",),
        "DGXY",
        MelderPosition.MANAGER,
        Gender.OTHER,
    )
    assert cases.detail(db, 1).pseudonym == "Nieuw-1"
    rows = [r for r in db.contact_stats.rows(2026) if r["org_unit"] == "DGXY"]
    assert rows and rows[0]["position"] == "manager" and rows[0]["gender"] == "other"
    cleared = lifecycle.edit_case(db, 1, lifecycle.CaseEdit(clear_position=True, clear_gender=True))
    assert cleared.position is None and cleared.gender is None


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lifecycle.CaseEdit(pseudonym="Melder-2"), "already in use"),
        (lifecycle.CaseEdit(pseudonym="  "), "cannot be empty"),
        (lifecycle.CaseEdit(categories=[]), "at least one category"),
        (lifecycle.CaseEdit(categories=["no.such"]), "no.such"),
    ],
)
def test_bad_corrections_are_one_sentence_and_change_nothing(
    session: Session, edit: lifecycle.CaseEdit, message: str
) -> None:
    before = cases.detail(session.vault, 1)
    with pytest.raises(KnownError, match=message):
        lifecycle.edit_case(session.vault, 1, edit)
    assert cases.detail(session.vault, 1) == before


def test_a_closed_case_is_read_only_until_reopened(session: Session) -> None:
    db = session.vault
    closed = cases.close_case(db, 2, Outcome.ADVISED, NOW.date(), 1, today=NOW.date())
    assert closed.destroy_on == date(2026, 12, 30)
    conv = cases.detail(db, 2).conversations[0]
    attempts: list[Callable[[], object]] = [
        lambda: cases.start_conversation(db, 2, NOW),
        lambda: cases.save_conversation(db, replace(conv, notes="later veranderd")),
        lambda: cases.delete_conversation(db, conv.id or 0),
        lambda: cases.record_referral(db, 2, "io", NOW.date(), "1"),
        lambda: lifecycle.edit_case(db, 2, lifecycle.CaseEdit(org_unit="X")),
        lambda: cases.close_case(db, 2, Outcome.ADVISED, NOW.date(), today=NOW.date()),
    ]
    for attempt in attempts:
        with pytest.raises(KnownError, match="Case 2 is closed; reopen it"):
            attempt()
    reopened = lifecycle.reopen(db, 2)
    assert (reopened.closed, reopened.outcome, reopened.destroy_on) == (None, None, None)
    cases.save_conversation(db, replace(conv, notes="na heropenen"))
    with pytest.raises(KnownError, match="already open"):
        lifecycle.reopen(db, 2)


def test_delete_and_undo_a_conversation_and_a_referral(session: Session) -> None:
    db = session.vault
    figures = stats.adviser_tables(db, 2026)
    conv = cases.detail(db, 3).conversations[0]
    gone = cases.delete_conversation(db, conv.id or 0)
    assert cases.detail(db, 3).conversations == []
    assert stats.adviser_tables(db, 2026) != figures
    cases.restore_conversation(db, gone)
    assert cases.detail(db, 3).conversations == [conv]
    assert stats.adviser_tables(db, 2026) == figures
    assert [h.conversation_id for h in cases.search(db, conv.notes).hits] == [conv.id]
    ref = cases.record_referral(db, 3, "io", NOW.date(), "1", at=NOW)
    removed = cases.delete_referral(db, ref.id or 0)
    assert cases.detail(db, 3).referrals == []
    cases.restore_referral(db, removed)
    assert cases.detail(db, 3).referrals == [ref]


def test_new_conversation_twice_makes_one_and_an_empty_one_is_dropped(session: Session) -> None:
    db = session.vault
    case = cases.add_case(db, ["oo.pesten"], NOW.date())
    figures = stats.adviser_tables(db, 2026)
    first = cases.new_conversation(db, case.id or 0, NOW, 45)
    again = cases.new_conversation(db, case.id or 0, NOW, 45)
    assert first == again and len(cases.detail(db, case.id or 0).conversations) == 1
    assert first.duration_min == 45
    assert cases.drop_if_empty(db, first.id or 0, 45)  # left as it was made: blank (decision 109)
    assert cases.detail(db, case.id or 0).conversations == []
    assert stats.adviser_tables(db, 2026) == figures  # not counted
    zero = cases.new_conversation(db, case.id or 0, NOW, 45)
    cases.save_conversation(db, replace(zero, duration_min=0))
    assert cases.drop_if_empty(db, zero.id or 0, 45)
    kept = cases.start_conversation(db, case.id or 0, NOW, duration_min=20)  # a call without notes still counts
    assert not cases.drop_if_empty(db, kept.id or 0, 45)
    phoned = cases.new_conversation(db, case.id or 0, NOW, 45)
    cases.save_conversation(db, replace(phoned, channel=Channel.PHONE))
    assert not cases.drop_if_empty(db, phoned.id or 0, 45)


def test_the_advisers_own_support_is_not_a_referral(session: Session) -> None:
    with pytest.raises(KnownError, match="not a referral"):
        cases.record_referral(session.vault, 1, "vp", NOW.date(), "1")


def test_timeline_in_the_order_things_happened(session: Session) -> None:
    db = session.vault
    cases.start_conversation(db, 1, datetime(2026, 11, 30, 14, 0), notes="\n  middag\nmeer")
    cases.record_referral(db, 1, "io", date(2026, 11, 30), "1", at=datetime(2026, 11, 30, 10, 0))
    entries = cases.detail(db, 1).timeline()
    assert [(e.kind, e.when.hour) for e in entries] == [("conversation", 9), ("referral", 10), ("conversation", 14)]
    assert entries[-1].first_line == "middag"


def test_agenda_reminders_of_the_lifecycle(session: Session) -> None:
    db = session.vault
    cases.close_case(db, 1, Outcome.ADVISED, NOW.date(), 1, today=NOW.date())  # destroy on 30 December 2026
    cases.close_case(db, 2, Outcome.ADVISED, NOW.date(), 1, today=NOW.date())
    lifecycle.hold(db, 2, "procedure", date(2027, 6, 1), NOW.date())
    lifecycle.follow_up(db, 3, date(2026, 12, 2), "terugbellen")
    found = lifecycle.agenda(db, date(2026, 12, 11), 6)
    assert [(r.kind, r.case_id) for r in found.reminders] == [
        (ReminderKind.FOLLOW_UP, 3),
        (ReminderKind.DESTROY_SOON, 1),
    ]
    assert found.pseudonyms[1] == "Melder-0"
    assert lifecycle.attention_count(db, date(2026, 12, 11), 6) == 2
    later = lifecycle.agenda(db, date(2027, 6, 1), 6)
    assert {r.kind for r in later.reminders} >= {
        ReminderKind.DESTROY_DUE,
        ReminderKind.HOLD_REVIEW,
        ReminderKind.INACTIVE,
    }


@pytest.mark.parametrize(
    ("reason", "review", "message"),
    [
        ("", date(2027, 1, 1), "needs a reason"),
        ("x", date(2026, 11, 30), "future"),
        ("x" * 201, date(2027, 1, 1), "too long"),
    ],
)
def test_bad_holds(session: Session, reason: str, review: date, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        lifecycle.hold(session.vault, 1, reason, review, NOW.date())
    assert not session.vault.cases.get(1).held


def test_access_document_holds_everything_about_the_client(session: Session, tmp_path: Path) -> None:
    db = session.vault
    cases.add_case(db, ["oo.pesten"], NOW.date(), "", "Melder-1")  # a second case of the same client
    cases.start_conversation(db, 6, NOW, notes="tweede zaak aantekening")
    pdf, odt = tmp_path / "inzage.pdf", tmp_path / "inzage.odt"
    doc = access.write(db, 2, "nl", NOW.date(), {}, pdf, odt)
    text = repr(doc)
    assert "werkdruk en pesten 1" in text and "tweede zaak aantekening" in text and "pesten 0" not in text
    pdf_text = read_pdf_text(pdf)
    assert "werkdruk en pesten 1" in pdf_text and "tweede zaak aantekening" in pdf_text and "Inzage" in pdf_text
    content = zipfile.ZipFile(odt).read("content.xml").decode()
    assert "werkdruk en pesten 1" in content and "tweede zaak aantekening" in content
    last = db.audit.entries(1)[0]
    assert (last.action, last.object) == ("export", "access:client:2")
    with pytest.raises(KnownError, match="Choose where"):
        access.write(db, 2, "nl", NOW.date(), {})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "route niet meer in de wegwijzer: paritaire commissie"),
        ("en", "route no longer in the guide: paritaire commissie"),
    ],
)
def test_the_access_document_names_a_route_no_longer_in_the_guide(session: Session, lang: str, expected: str) -> None:
    db = session.vault
    cases.record_referral(db, 3, "paritaire_commissie", NOW.date(), "2025.1", at=NOW)  # a route JenV removed
    cases.record_referral(db, 3, "raba", NOW.date(), "2026.2", at=NOW)
    text = repr(access.document(db, 3, lang, NOW.date(), {"raba": "RABA (Rijksloket)"}))
    assert expected in text and "RABA (Rijksloket)" in text and "paritaire_commissie" not in text


@pytest.mark.parametrize(("lang", "yes"), [("nl", "ja"), ("en", "yes")])
def test_the_access_document_lists_the_answers_a_referral_rested_on(session: Session, lang: str, yes: str) -> None:
    """Decision 212: the melder's situation as the adviser put it into the wegwijzer is their data too (AVG art. 15),
    in the words the timeline's tooltip uses."""
    from vpdesk.domain.guide import answer_lines
    from vpdesk.services import guide_answers
    from vpdesk.services.guide import GuideRules

    rules = GuideRules().load().rules
    answers: dict[str, bool | str] = {"labour_dispute": True, "labour_topic": "beoordeling", "criminal": False}
    cases.record_referral(session.vault, 3, "raba", NOW.date(), rules.version, at=NOW, answers=answers)
    text = repr(access.document(session.vault, 3, lang, NOW.date(), {}, rules))
    shown = answer_lines(rules, answers, lang, yes)
    assert len(shown) == 2  # the unticked box is not listed
    for question, answer in shown:
        assert f"{question}: {answer}" in text
    topic = rules.question("labour_topic")
    assert topic is not None
    assert f": {yes}" in text and f": {dict(topic.choices)['beoordeling'].get(lang)}" in text  # words, not the id
    without = repr(access.document(session.vault, 3, lang, NOW.date(), {}))  # without the rules: ids, still listed
    assert "labour topic: beoordeling" in without
    guide_answers.save_answers(session.vault, 3, rules, {"undesirable_behaviour": True})  # kept with the case
    text = repr(access.document(session.vault, 3, lang, NOW.date(), {}, rules))
    ((question, answer),) = answer_lines(rules, {"undesirable_behaviour": True}, lang, yes)
    assert f"{question}: {answer}" in text


def test_the_agenda_lists_the_soonest_cases_and_counts_them_all(session: Session) -> None:
    db = session.vault
    for case_id, day in ((1, 5), (2, 3), (3, 4)):
        lifecycle.follow_up(db, case_id, date(2026, 12, day), "terugbellen")
    found = lifecycle.agenda(db, date(2026, 12, 1), 6, cases=2)
    assert [r.case_id for r in found.reminders] == [2, 3]  # 3 and 4 December; case 1 (the 5th) is counted only
    assert found.total == 3 == lifecycle.attention_count(db, date(2026, 12, 1), 6)
