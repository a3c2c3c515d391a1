from __future__ import annotations

import pytest

from vpdesk.services.passphrase import estimate


@pytest.mark.parametrize("text", ["paard batterij niet", "correct horse battery staple", "mijn kat slaapt op de bank"])
def test_a_few_words_are_accepted(text: str) -> None:
    assert estimate(text).acceptable


@pytest.mark.parametrize(
    "text", ["", "kort", "Xk9#mQ2!vL", "aaaaaaaaaaaaaaaaaaaa", "wachtwoord12345", "1234567890123456"]
)
def test_short_repetitive_or_common_passphrases_are_refused(text: str) -> None:
    result = estimate(text)
    assert not result.acceptable and result.advice


def test_no_composition_rules_lowercase_words_are_strong() -> None:
    assert estimate("zeven rode fietsen langs de gracht").score == 4
    assert estimate("zeven rode fietsen").score > estimate("zeven").score
