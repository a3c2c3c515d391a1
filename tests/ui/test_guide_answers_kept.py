"""The wegwijzer answers given on a case are kept with it (decision 210): back after a lock, a restart or another
case; a referral keeps the answers it rested on; a closed case shows them read-only; an older rules version's
answers come back where still valid, the rest named in a line."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vpdesk.services import guide_answers as guide_service
from vpdesk.ui.controller import Controller

from .conftest import PASSPHRASE, desk_of


def _answer(c: Controller) -> None:
    guide = desk_of(c).page.case_view.guide
    guide.set_answer("labour_dispute", True)
    guide.set_answer("legal_position", "cao_rijk")
    guide.set_answer("labour_topic", "beoordeling")


def _relock(qtbot: QtBot, c: Controller) -> None:
    c.lock()
    c.unlock.field.setText(PASSPHRASE)
    c.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: c.session.is_open and c.window.current_page() == "work", timeout=10_000)


def test_the_answers_come_back_after_a_lock_and_the_referral_keeps_them(
    qtbot: QtBot,
    with_case: Controller,
    tmp_path: Path,
) -> None:
    c = with_case
    d = desk_of(c)
    case_id = d.page.case_view.case_id or 0
    _answer(c)
    guide = d.page.case_view.guide
    guide.route_choice.setCurrentIndex(guide.route_choice.findData("raba"))
    guide.record_button.click()
    referral = c.session.vault.referrals.for_case(case_id)[0]
    given = {k: v for k, v in referral.answers.items() if v is not False}  # unticked boxes are kept as False
    assert given == {"labour_dispute": True, "legal_position": "cao_rijk", "labour_topic": "beoordeling"}
    guide.set_answer("criminal", False)  # an edit after the referral: kept too, debounced
    qtbot.waitUntil(lambda: not d.tools.answers_timer.isActive(), timeout=5_000)
    _relock(qtbot, c)
    d.open_case(case_id)
    guide = d.page.case_view.guide
    assert guide.answers()["labour_topic"] == "beoordeling" and guide.answers()["legal_position"] == "cao_rijk"
    assert "Past · RABA" in guide.text()  # the cards follow the kept answers, as the timeline's referral does
    assert not guide.kept.isVisibleTo(guide)
    timeline = d.page.case_view.timeline
    row = next(timeline.item(i) for i in range(timeline.count()) if "verwezen naar RABA" in timeline.item(i).text())
    rested = row.toolTip()  # the referral says on which answers it rested
    assert rested.startswith("Gegeven antwoorden (wegwijzer 2026.3):")
    assert "Waarover gaat het meningsverschil? → beoordeling" in rested and "werkrelatie? → ja" in rested
    assert "strafbare feiten" not in rested  # an unticked box is no answer to list
    d.page.case_view.tabs.setCurrentWidget(guide)
    c.window.resize(1100, 760)
    qtbot.wait(50)
    c.window.grab().save(str(tmp_path / "kept.png"))


def test_answers_are_saved_when_switching_case_before_the_timer(qtbot: QtBot, with_case: Controller) -> None:
    c = with_case
    d = desk_of(c)
    first = d.page.case_view.case_id or 0
    _answer(c)
    assert d.tools.answers_timer.isActive()
    assert d.tools.flush() is None  # what the desk calls before switching case, locking and quitting
    kept = guide_service.kept_answers(c.session.vault, first, d.tools.rules)
    assert kept.answers["labour_topic"] == "beoordeling" and kept.guide_version == d.tools.rules.version


def test_older_answers_load_where_still_valid_and_the_rest_is_named(
    qtbot: QtBot,
    with_case: Controller,
    tmp_path: Path,
) -> None:
    c = with_case
    d = desk_of(c)
    case_id = d.page.case_view.case_id or 0
    # as kept under an older rules version: a choice and a question the rules in force no longer have
    older: dict[str, bool | str] = {"labour_dispute": True, "labour_topic": "weg", "gone_q": True}
    c.session.write(lambda db: db.guide_answers.put(case_id, older, "2025.1"))
    _relock(qtbot, c)
    d.open_case(case_id)
    guide = d.page.case_view.guide
    assert guide.answers()["labour_dispute"] is True and "labour_topic" not in guide.answers()
    line = guide.kept.text()
    assert guide.kept.isVisibleTo(guide)
    assert "2025.1" in line and "“Waarover gaat het meningsverschil?”" in line and "gone q" in line
    d.page.case_view.tabs.setCurrentWidget(guide)
    c.window.resize(1100, 760)
    qtbot.wait(50)
    c.window.grab().save(str(tmp_path / "older.png"))  # looked at (decision 210)


def test_a_closed_case_shows_its_answers_read_only(qtbot: QtBot, with_case: Controller) -> None:
    c = with_case
    d = desk_of(c)
    case_id = d.page.case_view.case_id or 0
    _answer(c)
    d.tools.flush()
    from datetime import date

    from vpdesk.domain.model import Outcome
    from vpdesk.services import cases

    day = date(2026, 11, 28)
    c.session.write(lambda db: cases.close_case(db, case_id, Outcome.REFERRED, day, 10, today=day))
    _relock(qtbot, c)
    d.open_case(case_id)
    guide = d.page.case_view.guide
    assert guide.answers()["labour_topic"] == "beoordeling"
    box = guide._inputs["criminal"]
    assert not box.isEnabled() and not guide.record_button.isEnabled() and not guide.route_choice.isEnabled()
    assert not d.tools.answers_timer.isActive()
