"""The wegwijzer answers kept with a case (decision 210) and with a referral (decision 211), through the services:
validated against the rules, refused on a closed case, checked again under newer rules, kept through an undone
deletion of the referral, and never in the statistics; plus the migration that adds them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from vpdesk.domain.model import Outcome
from vpdesk.errors import KnownError
from vpdesk.services import cases, stats
from vpdesk.services.guide import GuideRules
from vpdesk.services.guide_answers import kept_answers, save_answers
from vpdesk.store import migrations
from vpdesk.store.connection import connect
from vpdesk.store.keyslots import Argon2Params
from vpdesk.store.vault import Vault

NOW = datetime(2026, 11, 30, 10, 0)
RULES = GuideRules().load().rules


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v, _ = Vault.create(
        tmp_path / "vault", "een lange wachtwoordzin", params=Argon2Params(8192, 1, 1), clock=lambda: NOW
    )
    yield v
    v.close()


def _case(vault: Vault) -> int:
    case = cases.add_case(vault, ["oo.pesten"], date(2026, 11, 2), "DGOO", "Reiger")
    assert case.id is not None
    return case.id


def test_answers_are_kept_with_the_rules_version_and_replaced_by_the_next(vault: Vault) -> None:
    case_id = _case(vault)
    assert kept_answers(vault, case_id, RULES).answers == {}
    save_answers(vault, case_id, RULES, {"labour_dispute": True, "labour_topic": "beoordeling", "criminal": None})
    kept = kept_answers(vault, case_id, RULES)
    assert kept.answers == {"labour_dispute": True, "labour_topic": "beoordeling"}  # None: not answered
    assert kept.guide_version == RULES.version and kept.dropped == ()
    save_answers(vault, case_id, RULES, {"criminal": True})
    assert kept_answers(vault, case_id, RULES).answers == {"criminal": True}


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"labour_topic": "geen_keuze"}, "is not a choice"),
        ({"labour_dispute": "ja"}, "true or false"),
        ({"no_such_question": True}, "Unknown question"),
    ],
)
def test_a_bad_answer_is_one_sentence_and_keeps_what_was_kept(
    vault: Vault, answers: dict[str, object], message: str
) -> None:
    case_id = _case(vault)
    save_answers(vault, case_id, RULES, {"criminal": True})
    with pytest.raises(KnownError, match=message):
        save_answers(vault, case_id, RULES, answers)
    assert kept_answers(vault, case_id, RULES).answers == {"criminal": True}


def test_a_closed_case_keeps_its_answers_read_only(vault: Vault) -> None:
    case_id = _case(vault)
    save_answers(vault, case_id, RULES, {"criminal": True})
    cases.close_case(vault, case_id, Outcome.REFERRED, date(2026, 11, 20), today=date(2026, 11, 30))
    with pytest.raises(KnownError):
        save_answers(vault, case_id, RULES, {"criminal": False})
    assert kept_answers(vault, case_id, RULES).answers == {"criminal": True}


def test_under_newer_rules_the_answers_still_valid_load_and_the_rest_are_named(vault: Vault) -> None:
    case_id = _case(vault)
    older: dict[str, bool | str] = {
        "labour_dispute": True,
        "labour_topic": "weg",
        "gone_question": True,
        "criminal": False,
    }
    vault.guide_answers.put(case_id, older, "2025.1")
    kept = kept_answers(vault, case_id, replace(RULES, version="2026.9"))
    assert kept.answers == {"labour_dispute": True, "criminal": False}
    assert set(kept.dropped) == {"labour_topic", "gone_question"} and kept.guide_version == "2025.1"


def test_a_referral_keeps_its_answers_through_an_undone_deletion(vault: Vault) -> None:
    case_id = _case(vault)
    answers: dict[str, bool | str] = {"labour_dispute": True, "legal_position": "cao_rijk"}
    ref = cases.record_referral(vault, case_id, "raba", date(2026, 11, 30), RULES.version, answers=answers)
    assert vault.referrals.for_case(case_id)[0].answers == answers
    gone = cases.delete_referral(vault, ref.id or 0)
    assert vault.referrals.for_case(case_id) == []
    cases.restore_referral(vault, gone)  # Ctrl+Z
    assert vault.referrals.for_case(case_id)[0].answers == answers
    cases.edit_referral(vault, ref.id or 0, note="via P&O")
    assert vault.referrals.for_case(case_id)[0].answers == answers


def test_the_statistics_are_the_same_with_or_without_answers(vault: Vault) -> None:
    case_id = _case(vault)
    cases.record_referral(vault, case_id, "raba", date(2026, 11, 30), RULES.version)
    before = stats.export_preview(vault, 2026, 0, 1, NOW)
    save_answers(vault, case_id, RULES, {"labour_dispute": True, "legal_position": "cao_rijk"})
    after = stats.export_preview(vault, 2026, 0, 1, NOW)
    assert {k: v for k, v in after.items() if k != "created"} == {k: v for k, v in before.items() if k != "created"}
    assert "cao_rijk" not in repr(after) and "labour_dispute" not in repr(after)


def test_the_migration_adds_the_table_and_keeps_the_referrals_there(tmp_path: Path) -> None:
    conn = connect(tmp_path / "m.db", os.urandom(32))
    number = migrations.GUIDE_ANSWERS
    migrations.migrate(conn, number - 1)
    conn.execute("INSERT INTO case_file(id, opened) VALUES (1, '2026-01-01')")
    conn.execute("INSERT INTO referral(case_id, route, on_date) VALUES (1, 'io', '2026-02-01')")
    migrations.migrate(conn, number)
    assert conn.execute("SELECT route, answers FROM referral").fetchall() == [("io", "")]
    conn.execute("INSERT INTO guide_answers(case_id, answers, guide_version) VALUES (1, '{}', '2026.3')")
    with pytest.raises(Exception, match=r"UNIQUE|PRIMARY"):
        conn.execute("INSERT INTO guide_answers(case_id, answers, guide_version) VALUES (1, '{}', '2026.3')")
    conn.close()
