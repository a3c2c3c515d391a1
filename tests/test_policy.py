from __future__ import annotations

from pathlib import Path

import pytest

from vpdesk.errors import KnownError
from vpdesk.policy import effective_settings, load_policy, parse_policy


def test_policy_wins_over_user_settings_and_says_who_locked_it(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        'organisation = "I-Interim Rijk"\n[settings]\nidle_lock_minutes = 3\nroom_pool = "https://pool.example"\n'
    )
    values, org = load_policy(path)
    settings = effective_settings({"idle_lock_minutes": 10, "language": "en"}, values, org)
    assert settings.idle_lock_minutes == 3 and settings.language == "en"
    assert settings.room_pool == "https://pool.example"
    assert settings.is_locked("idle_lock_minutes") and not settings.is_locked("language")
    assert settings.locked_by == "I-Interim Rijk"


def test_idle_lock_is_clamped_to_the_bio_maximum() -> None:
    assert effective_settings({"idle_lock_minutes": 60}, {}).idle_lock_minutes == 15
    assert effective_settings({}, {"idle_lock_minutes": 0}).idle_lock_minutes == 1
    assert effective_settings({}, {}).idle_lock_minutes == 5


def test_missing_policy_is_empty(tmp_path: Path) -> None:
    assert load_policy(tmp_path / "none.toml") == ({}, "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_lock_minutes = 'five'", "whole number"),
        ("no_such_thing = 1", "unknown setting 'no_such_thing'"),
        ("idle_lock_minutes = ", "policy.toml"),
        ("update_checks = 1", "true or false"),
    ],
)
def test_bad_policy_files_get_a_message_naming_the_problem(text: str, message: str) -> None:
    with pytest.raises(KnownError, match=message):
        parse_policy(text)


def test_the_suppression_keys_have_their_documented_defaults_and_bounds() -> None:

    defaults = effective_settings({}, {})
    assert (defaults.suppression_threshold, defaults.suppression_min_advisers, defaults.suppression_dominance) == (
        5,
        2,
        0.8,
    )
    policy = parse_policy("suppression_min_advisers = 0\nsuppression_dominance = 0\nsuppression_threshold = 0\n")
    clamped = effective_settings({}, policy)
    assert (clamped.suppression_threshold, clamped.suppression_min_advisers, clamped.suppression_dominance) == (
        1,
        1,
        0.01,
    )
    assert effective_settings({}, parse_policy("suppression_dominance = 1")).suppression_dominance == 1.0
    assert "suppression_dominance" in effective_settings({}, policy).locked
