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


def test_the_vault_cache_defaults_to_the_stores_and_is_kept_within_bounds() -> None:
    from vpdesk.policy import VAULT_CACHE_MIB, Settings
    from vpdesk.store.connection import DEFAULT_CACHE_MIB

    assert Settings().vault_cache_mib == DEFAULT_CACHE_MIB
    assert effective_settings({"vault_cache_mib": 0}, {}).vault_cache_mib == VAULT_CACHE_MIB[0]
    assert effective_settings({}, {"vault_cache_mib": 10**6}).vault_cache_mib == VAULT_CACHE_MIB[1]
    assert effective_settings({"vault_cache_mib": 256}, {}).vault_cache_mib == 256
