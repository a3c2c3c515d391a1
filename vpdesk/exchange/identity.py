"""Keys and fingerprints: an adviser signs with Ed25519, a coordinator decrypts with an age X25519 identity.

A fingerprint is something two people can read to each other over the phone: the first 100 bits of the
SHA-256 of the public key, in base32, in five groups of four (e.g. "K7QD-2MXA-PL4B-9WTE-RC3N").
"""

from __future__ import annotations

import base64
import hashlib

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vpdesk.errors import KnownError

SIGNING_PREFIX = "vpdesk-ed25519:"


def fingerprint(public: str) -> str:
    digest = base64.b32encode(hashlib.sha256(public.encode("ascii")).digest()).decode("ascii")
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def new_signing_key() -> tuple[bytes, str]:
    """A new Ed25519 key: (32 secret bytes, public key as text)."""
    key = Ed25519PrivateKey.generate()
    secret = key.private_bytes_raw()
    return secret, signing_public(secret)


def signing_public(secret: bytes) -> str:
    raw = Ed25519PrivateKey.from_private_bytes(secret).public_key().public_bytes_raw()
    return SIGNING_PREFIX + base64.b64encode(raw).decode("ascii")


def sign(secret: bytes, data: bytes) -> str:
    return base64.b64encode(Ed25519PrivateKey.from_private_bytes(secret).sign(data)).decode("ascii")


def parse_signing_public(public: str) -> Ed25519PublicKey:
    if not public.startswith(SIGNING_PREFIX):
        raise KnownError("That is not a vpdesk adviser key (it starts with 'vpdesk-ed25519:').")
    try:
        raw = base64.b64decode(public[len(SIGNING_PREFIX) :], validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise KnownError("That adviser key is damaged.") from None


def verify(public: str, signature: str, data: bytes) -> bool:
    """True only for a valid signature in canonical base64 (no second spelling of the same bytes)."""
    try:
        raw = base64.b64decode(signature, validate=True)
        if base64.b64encode(raw).decode("ascii") != signature:
            return False
        parse_signing_public(public).verify(raw, data)
    except (InvalidSignature, ValueError, KnownError):
        return False
    return True


def new_age_identity() -> tuple[bytes, str]:
    """A new age X25519 identity: (secret as bytes, recipient "age1...")."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity).encode("ascii"), str(identity.to_public())


def age_identity(secret: bytes) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(secret.decode("ascii"))


def age_recipient(text: str) -> pyrage.x25519.Recipient:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except Exception:
        raise KnownError(
            "That is not a valid coordinator key: it is 'age1' followed by 58 letters and digits, as the coordinator "
            "gave it."
        ) from None
