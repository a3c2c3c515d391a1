"""10,000 random mutations of a valid export: every one refused with a clear error, none crashes.

Half mutate the encrypted file (age's authentication must catch them); half mutate the signed plaintext and
re-encrypt it to the coordinator, which exercises the depth guard, the JSON parser, the canonical check, the
signature and the schema. Seeded, so a failure reproduces.
"""

from __future__ import annotations

import json
import random

import pyrage
import pytest

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.exchange.format import build_export
from vpdesk.exchange.identity import age_identity, fingerprint, new_age_identity, new_signing_key
from vpdesk.exchange.importer import REASONS, ImportRejected, canonical, open_export


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0:
        for _ in range(rng.randrange(1, 4)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == 1:
        del out[rng.randrange(len(out)) :]
    elif kind == 2:
        at = rng.randrange(len(out))
        out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
    elif kind == 3:
        at = rng.randrange(len(out))
        del out[at : at + rng.randrange(1, 16)]
    elif kind == 4:
        out[rng.randrange(len(out))] = rng.randrange(256)
    else:  # JSON-shaped: a digit, a bracket or a quote where another character was
        out[rng.randrange(len(out))] = rng.choice(b'0123456789[]{}",:-')
    return bytes(out)


@pytest.mark.slow
def test_ten_thousand_mutations_are_all_refused() -> None:
    records = [
        ContactRecord(
            f"2026-{m:02d}",
            ("oo.pesten",) if m % 2 else ("misstand",),
            "phone",
            "first",
            duration_min=30,
            routes=("raba",) if m % 3 == 0 else (),
        )
        for m in range(1, 13)
    ]
    secret, public = new_signing_key()
    age_secret, recipient_text = new_age_identity()
    identity = age_identity(age_secret)
    trusted = {fingerprint(public): public}
    data = build_export(
        tally(records, 2026),
        year=2026,
        quarter=0,
        taxonomy="2026.1",
        org_level=1,
        signing_key=secret,
        recipient=recipient_text,
        codes=resources.taxonomy(),
    )
    recipient = pyrage.x25519.Recipient.from_str(recipient_text)
    plain = canonical(json.loads(pyrage.decrypt(data, [identity])))
    open_export(data, identity, trusted, resources.taxonomy())  # the original is accepted
    rng = random.Random(2026)
    reasons: dict[str, int] = {}
    crashed: list[str] = []
    n = 0
    while n < 10_000:
        original = data if n % 2 else plain
        mutated = _mutate_bytes(rng, original)
        if mutated == original:
            continue  # e.g. a byte overwritten with its own value: not a mutation
        n += 1
        candidate = mutated if original is data else bytes(pyrage.encrypt(mutated, [recipient]))
        try:
            open_export(candidate, identity, trusted, resources.taxonomy())
        except ImportRejected as exc:
            reasons[exc.reason] = reasons.get(exc.reason, 0) + 1
        except Exception as exc:
            crashed.append(repr(exc)[:200])
    assert crashed == []
    assert sum(reasons.values()) == 10_000 and set(reasons) <= set(REASONS)
    assert {"damaged", "tampered", "not_json"} <= set(reasons)  # both paths were exercised
