"""10,000 random mutations of a valid export: every one refused with a clear error, none crashes."""

from __future__ import annotations

import json
import random

import pyrage
import pytest

from vpdesk.exchange.format import ImportRejected, canonical, open_export
from vpdesk.exchange.identity import age_identity
from vpdesk.services import stats
from vpdesk.store.vault import Vault

from .conftest import NOW


def _mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    kind = rng.randrange(5)
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
    else:
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


@pytest.mark.slow
def test_ten_thousand_mutations_are_all_refused(adviser: Vault, coordinator: Vault) -> None:
    ident = stats.identity(adviser, NOW)
    stats.trust(coordinator, ident.public, "VP", ident.fingerprint, NOW)
    recipient_text = stats.identity(coordinator, NOW).public
    data = stats.export(adviser, 2026, 0, recipient_text, 1, NOW)
    secret, _ = coordinator.keys.identity("age")  # type: ignore[misc]
    identity = age_identity(secret)
    trusted = {a.fingerprint: a.public_key for a in coordinator.keys.trusted()}
    recipient = pyrage.x25519.Recipient.from_str(recipient_text)
    plain = canonical(json.loads(pyrage.decrypt(data, [identity])))
    open_export(data, identity, trusted)  # the original is accepted
    rng = random.Random(2026)
    refused = crashed = n = 0
    while n < 10_000:
        # odd: the encrypted file itself; even: the signed plaintext, re-encrypted (parser and signature)
        original = data if n % 2 else plain
        mutated = _mutate_bytes(rng, original)
        if mutated == original:
            continue  # e.g. a byte overwritten with its own value: not a mutation
        n += 1
        candidate = mutated if n % 2 == 0 else bytes(pyrage.encrypt(mutated, [recipient]))
        try:
            open_export(candidate, identity, trusted)
        except ImportRejected:
            refused += 1
        except Exception:
            crashed += 1
    assert (refused, crashed) == (10_000, 0)
