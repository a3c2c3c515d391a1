"""The lifecycle's policy keys: defaults, set by IT (and then locked), clamped to their bounds."""

from __future__ import annotations

import pytest

from vpdesk.errors import KnownError
from vpdesk.policy import BOUNDS, effective_settings, parse_policy


def test_defaults() -> None:
    s = effective_settings({}, {})
    assert (s.retention_months, s.inactivity_months, s.conversation_minutes) == (12, 6, 45)


def test_it_sets_and_locks_them_within_bounds() -> None:
    policy = parse_policy("retention_months = 3\ninactivity_months = 1000\nconversation_minutes = -5\n")
    s = effective_settings({"retention_months": 24}, policy, "DG Werk")
    assert s.retention_months == 3 and s.is_locked("retention_months")
    assert s.inactivity_months == BOUNDS["inactivity_months"][1]
    assert s.conversation_minutes == 0


def test_a_user_value_outside_the_bounds_is_clamped() -> None:
    assert effective_settings({"retention_months": 0}, {}).retention_months == BOUNDS["retention_months"][0]


def test_a_wrong_type_is_one_sentence() -> None:
    with pytest.raises(KnownError, match="'retention_months' must be a whole number"):
        parse_policy('retention_months = "twaalf"')
