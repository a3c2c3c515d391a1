"""The role of a vault in the annual figures: an adviser's, or the coordinator's (who receives the exports)."""

from __future__ import annotations

from datetime import datetime

from vpdesk.errors import KnownError
from vpdesk.exchange.identity import new_age_identity
from vpdesk.store.repositories import Repositories

ROLE_KEY = "role"
COORDINATOR = "coordinator"


def is_coordinator(vault: Repositories) -> bool:
    return vault.settings.get(ROLE_KEY) == COORDINATOR


def make_coordinator(vault: Repositories, now: datetime) -> str:
    """Turn a fresh vault into a coordinator vault: an age identity to receive exports. Returns the recipient."""
    if vault.keys.identity("age") is None:
        secret, recipient = new_age_identity()
        vault.keys.set_identity("age", secret, recipient, now)
    vault.settings.set(ROLE_KEY, COORDINATOR)
    return age_key(vault)[1]


def age_key(vault: Repositories) -> tuple[bytes, str]:
    """The coordinator's age identity: (secret, public recipient)."""
    found = vault.keys.identity("age")
    assert found is not None, "a coordinator vault has its age identity from make_coordinator on"
    return found


def require_coordinator(vault: Repositories) -> None:
    if not is_coordinator(vault):
        raise KnownError("This is an adviser vault; create a coordinator vault with 'vpdesk init --coordinator'.")
