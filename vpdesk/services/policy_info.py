"""`vpdesk policy`: the settings in force on this machine and where each came from (like Firefox's
about:policies), and the check IT runs on a policy file before shipping it."""

from __future__ import annotations

from pathlib import Path

from vpdesk.policy import Explained, check_policy_file, explain, load_policy_sources, policy_path
from vpdesk.services.session import UserSettings

__all__ = ["Explained", "check_file", "effective"]


def effective(home: Path) -> tuple[list[Explained], Path, str]:
    """Every key with its value in force and its origin, the policy file read, and the organisation it names."""
    path = policy_path()
    policy, org, sources = load_policy_sources()
    user = UserSettings(home / "settings.json").load()
    return explain(user, policy, f"policy {path} ({org})", sources), path, org


def check_file(path: Path) -> tuple[dict[str, object], str]:
    """The keys a policy file sets and its organisation, or the KnownError the app would stop with."""
    return check_policy_file(path)
