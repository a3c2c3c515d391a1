"""The lifecycle's policy keys: defaults, set by IT (and then locked), refused outside their bounds."""

from __future__ import annotations

import pytest

from vpdesk.errors import KnownError
from vpdesk.policy import effective_settings, parse_policy


def test_defaults() -> None:
    s = effective_settings({}, {})
    assert (s.retention_months, s.inactivity_months, s.conversation_minutes) == (12, 6, 45)


def test_it_sets_and_locks_them() -> None:
    policy = parse_policy("[settings]\nretention_months = 3\ninactivity_months = 36\nconversation_minutes = 0\n")
    s = effective_settings({"retention_months": 24}, policy, "DG Werk")
    assert s.retention_months == 3 and s.is_locked("retention_months")
    assert (s.inactivity_months, s.conversation_minutes) == (36, 0)


@pytest.mark.parametrize("line", ["retention_months = 0", "inactivity_months = 1000", "conversation_minutes = -5"])
def test_a_policy_value_outside_the_bounds_is_refused_not_clamped(line: str) -> None:
    with pytest.raises(KnownError, match="outside the allowed range"):
        parse_policy("[settings]\n" + line)


def test_a_user_value_outside_the_bounds_leaves_the_default() -> None:
    assert effective_settings({"retention_months": 0}, {}).retention_months == 12


def test_a_wrong_type_is_one_sentence() -> None:
    with pytest.raises(KnownError, match="'retention_months' must be a number from 1 to 84"):
        parse_policy('[settings]\nretention_months = "twaalf"')
