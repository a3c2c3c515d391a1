"""A passphrase strength estimate without composition rules: length and variety count, repetition does not."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 15
COMMON = {
    "wachtwoord",
    "password",
    "welkom",
    "geheim",
    "qwerty",
    "azerty",
    "123456",
    "abcdef",
    "letmein",
    "vertrouwen",
    "rijksoverheid",
    "ministerie",
    "zomer",
    "winter",
    "voorjaar",
    "najaar",
    "admin",
}


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (weak) .. 4 (strong)
    bits: float
    acceptable: bool
    advice: str  # a short Dutch source string; the UI translates it


def estimate(passphrase: str) -> Strength:
    """Rough entropy: character pool size per class, penalised for repeats, runs and common words."""
    if not passphrase:
        return Strength(0, 0.0, False, "Kies een wachtwoordzin van een paar woorden.")
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"[0-9]", passphrase) else 0
    pool += 33 if re.search(r"[^a-zA-Z0-9]", passphrase) else 0
    distinct = len(set(passphrase.lower()))
    effective = len(passphrase)
    effective -= len(re.findall(r"(.)\1{2,}", passphrase)) * 2  # aaa
    effective -= sum(
        len(m) for m in re.findall(r"(?:0123|1234|2345|3456|4567|5678|6789|abcd|bcde)", passphrase.lower())
    )
    lowered = passphrase.lower()
    for word in COMMON:
        if word in lowered:
            effective -= len(word) - 2
    effective = max(1, min(effective, distinct * 3))
    bits = effective * math.log2(max(pool, 2)) * 0.7  # people pick words, not random characters
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 55 else 3 if bits < 70 else 4
    long_enough = len(passphrase) >= MIN_LENGTH and distinct >= 6 and score >= 1
    acceptable = long_enough or score >= 4
    if acceptable:
        advice = "Sterk genoeg." if score >= 3 else "Goed genoeg; een woord extra maakt hem sterker."
    elif len(passphrase) < MIN_LENGTH:
        advice = "Gebruik minstens 15 tekens, bijvoorbeeld vier losse woorden."
    else:
        advice = "Te voorspelbaar: vermijd herhaling en bekende woorden."
    return Strength(score, bits, acceptable, advice)
