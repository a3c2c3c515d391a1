"""Machine-wide policy set by IT (read-only to the user) and the user settings it overrides.

Policy file: /etc/vpdesk/policy.toml (Linux), %ProgramData%\\vpdesk\\policy.toml (Windows),
/Library/Application Support/vpdesk/policy.toml (macOS); $VPDESK_POLICY overrides the path (tests, IT trials).
A policy value always wins over a user setting; `locked()` tells the UI what to grey out and who set it.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from vpdesk.errors import KnownError

MAX_IDLE_LOCK_MINUTES = 15  # BIO: screen lock after at most 15 minutes
MAX_BACKUP_REMINDER_DAYS = 365  # 0 turns the reminder off
VAULT_CACHE_MIB = (2, 1024)  # SQLite's own default is 2 MiB


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting with its default. Policy can lock any of them."""

    language: str = "nl"
    idle_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    autosave_seconds: float = 2.0
    room_pool: str = "local"  # "local" or an https:// CalDAV URL
    vp_code: str = ""
    suppression_threshold: int = 5
    org_unit_level: int = 1
    update_checks: bool = False
    guide_override: str = ""  # path of the organisation's override file for the wegwijzer
    backup_reminder_days: int = 14  # remind when the last backup is older than this; 0: never
    vault_cache_mib: int = 64  # page cache per vault connection (decrypted pages kept in memory), MiB
    locked: frozenset[str] = field(default_factory=frozenset)
    locked_by: str = ""

    def is_locked(self, name: str) -> bool:
        return name in self.locked


def policy_path() -> Path:
    env = os.environ.get("VPDESK_POLICY")
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "vpdesk" / "policy.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/vpdesk/policy.toml")
    return Path("/etc/vpdesk/policy.toml")


def _coerce(name: str, value: Any, source: str) -> Any:
    default = getattr(Settings(), name)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise KnownError("{source}: '{name}' must be true or false.", source=source, name=name)
        return value
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool):
            raise KnownError("{source}: '{name}' must be a whole number.", source=source, name=name)
        return value
    if isinstance(default, float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise KnownError("{source}: '{name}' must be a number.", source=source, name=name)
        return float(value)
    if not isinstance(value, str):
        raise KnownError("{source}: '{name}' must be text.", source=source, name=name)
    return value


def _known() -> set[str]:
    return {f.name for f in fields(Settings) if f.name not in ("locked", "locked_by")}


def parse_policy(text: str, source: str = "policy.toml") -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnownError("{source}: {problem}", source=source, problem=exc) from None
    values = data.get("settings", data)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name in ("organisation", "settings"):
            continue
        if name not in _known():
            raise KnownError("{source}: unknown setting '{name}'.", source=source, name=name)
        out[name] = _coerce(name, value, source)
    return out


def effective_settings(user: dict[str, Any], policy: dict[str, Any], locked_by: str = "IT") -> Settings:
    """User settings, then policy on top; values are clamped to what BIO allows."""
    values: dict[str, Any] = {}
    for name, value in user.items():
        if name in _known():
            values[name] = _coerce(name, value, "settings")
    values.update(policy)
    settings = replace(Settings(), **values, locked=frozenset(policy), locked_by=locked_by if policy else "")
    minutes = max(1, min(settings.idle_lock_minutes, MAX_IDLE_LOCK_MINUTES))
    days = max(0, min(settings.backup_reminder_days, MAX_BACKUP_REMINDER_DAYS))
    cache = max(VAULT_CACHE_MIB[0], min(settings.vault_cache_mib, VAULT_CACHE_MIB[1]))
    return replace(settings, idle_lock_minutes=minutes, backup_reminder_days=days, vault_cache_mib=cache)


def load_policy(path: Path | None = None) -> tuple[dict[str, Any], str]:
    """The policy values and who set them; a missing file is an empty policy."""
    path = path or policy_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, ""
    except OSError as exc:
        raise KnownError("The policy file {path} cannot be read: {problem}.", path=path, problem=exc.strerror) from None
    values = parse_policy(text, str(path))
    org = tomllib.loads(text).get("organisation", "IT")
    return values, str(org)
