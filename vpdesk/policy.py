"""Machine-wide policy set by IT (read-only to the user) and the user settings it overrides.

Policy file: /etc/vpdesk/policy.toml (Linux), %ProgramData%\\vpdesk\\policy.toml (Windows),
/Library/Application Support/vpdesk/policy.toml (macOS); on Windows and macOS the registry (Group Policy, Intune)
or the configuration profile (Jamf) sets keys on top of it (vpdesk/platform_policy.py). Nothing a user controls
replaces it: no environment variable, no command-line option. Tests and development name another file with
$VPDESK_DEV_POLICY, which a packaged (frozen) build refuses to start with. A policy value always wins over a user
setting; `locked()` tells the UI what to grey out and who set it; `explain()` says for every key where its value
came from (`vpdesk policy`).

Every key has one field in `Settings` (its default) and one line in `BOUNDS` (its type and allowed values). A policy
value outside them stops the app with a sentence naming the file, the key and what is allowed: nothing is clamped.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from vpdesk.errors import KnownError, os_problem

log = logging.getLogger(__name__)
DEV_POLICY_ENV = "VPDESK_DEV_POLICY"
MAX_IDLE_LOCK_MINUTES = 15  # BIO: screen lock after at most 15 minutes
MAX_BACKUP_REMINDER_DAYS = 365  # 0 turns the reminder off
VAULT_CACHE_MIB = (2, 1024)  # SQLite's own default is 2 MiB


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting with its default. Policy can lock any of them. One field per key; its bounds are in BOUNDS."""

    language: str = "nl"
    idle_lock_minutes: int = 5
    clipboard_clear_seconds: int = 30
    autosave_seconds: float = 2.0
    room_pool: str = "local"  # "local" or an https:// CalDAV URL
    vp_code: str = ""
    suppression_threshold: int = 5  # k: a published count is at least this (domain/disclosure.py)
    suppression_min_advisers: int = 2  # ... and made of the contacts of at least this many advisers
    suppression_dominance: float = 0.8  # ... of which no one adviser contributed more than this share
    org_unit_level: int = 1
    guide_override: str = ""  # path of the organisation's override file for the wegwijzer
    backup_reminder_days: int = 14  # remind when the last backup is older than this; 0: never
    retention_months: int = 12  # a closed case is destroyed this many months after closure
    inactivity_months: int = 6  # an open case without activity this long shows in the agenda
    conversation_minutes: int = 45  # the duration a new conversation starts with
    wipe_database_memory: bool = False  # SQLCipher zeroes and mlocks what it frees: safer, much slower (dec. 83)
    vault_cache_mib: int = 64  # page cache per vault connection (decrypted pages kept in memory), MiB
    locked: frozenset[str] = field(default_factory=frozenset)
    locked_by: str = ""

    def is_locked(self, name: str) -> bool:
        return name in self.locked


@dataclass(frozen=True, slots=True)
class Bound:
    """What a key accepts: a number range (lo..hi), a set of choices, or text matching a pattern; and what it means."""

    meaning: str
    lo: float | None = None
    hi: float | None = None
    choices: tuple[str, ...] = ()
    pattern: str = ""
    allowed: str = ""  # the allowed values in words, for text keys

    def describe(self) -> str:
        if self.choices:
            return " or ".join(f'"{c}"' for c in self.choices)
        if self.lo is not None:
            return f"{_num(self.lo)} to {_num(self.hi)}"
        return self.allowed


# key -> bounds; one line per key (helpers adding a key add one Settings field and one line here)
BOUNDS: dict[str, Bound] = {
    "language": Bound("language of the app", choices=("nl", "en")),
    "idle_lock_minutes": Bound(
        "minutes without input before the vault locks (BIO: at most 15)", 1, MAX_IDLE_LOCK_MINUTES
    ),
    "clipboard_clear_seconds": Bound("seconds before copied case text is cleared from the clipboard", 5, 600),
    "autosave_seconds": Bound("seconds of quiet before a note being typed is saved", 0.5, 60),
    "room_pool": Bound(
        "the shared room pool", pattern=r"local|https://[^\s/]+(/\S*)?", allowed='"local" or an https:// address'
    ),
    "vp_code": Bound(
        "the adviser's code on the room pool (empty: derived from the vault's key)",
        pattern=r"[A-Za-z0-9._-]{0,32}",
        allowed="up to 32 letters, digits, '.', '_' or '-'",
    ),
    "suppression_threshold": Bound("smallest count the coordinator's report publishes", 3, 20),
    "suppression_min_advisers": Bound("fewest advisers whose contacts make up a published count", 1, 10),
    "suppression_dominance": Bound("largest share of a published count one adviser may contribute", 0.5, 1),
    "backup_reminder_days": Bound(
        "days after the last backup before a reminder (0: never)", 0, MAX_BACKUP_REMINDER_DAYS
    ),
    "retention_months": Bound("months after closure until a case is due for destruction", 1, 84),
    "inactivity_months": Bound("months without activity before an open case shows in the agenda", 1, 36),
    "conversation_minutes": Bound("the duration a new conversation starts with, in minutes", 0, 480),
    "vault_cache_mib": Bound("memory (MiB) each connection keeps of decrypted vault pages", *VAULT_CACHE_MIB),
    "wipe_database_memory": Bound(
        "SQLCipher zeroes and mlocks what it frees (safer; search about 100x slower)", allowed="true or false"
    ),
    "org_unit_level": Bound("how many levels of the organisation unit an export keeps", 1, 5),
    "guide_override": Bound(
        "the organisation's override file for the wegwijzer", pattern=r"(/|[A-Za-z]:\\|\\\\).*|", allowed="a full path"
    ),
}
# keys that were once documented and are no longer read: a policy that sets them is told why
RETIRED = {"update_checks": "vpdesk never contacts anything but the room pool; updates come through the package"}
ORGANISATION = "organisation"


def _num(value: float | None) -> str:
    return f"{value:g}"


def _known() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Settings) if f.name not in ("locked", "locked_by"))


def frozen() -> bool:
    """A packaged build (PyInstaller sets sys.frozen): the development mechanisms are refused."""
    return bool(getattr(sys, "frozen", False))


def machine_policy_path(platform: str = sys.platform) -> Path:
    if platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "vpdesk" / "policy.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/vpdesk/policy.toml")
    return Path("/etc/vpdesk/policy.toml")


def policy_path() -> Path:
    """The machine policy, or in development and tests the file $VPDESK_DEV_POLICY names explicitly."""
    dev = os.environ.get(DEV_POLICY_ENV)
    if dev:
        if frozen():
            raise KnownError(
                "This is a packaged build: it refuses {name}, which only development builds read. Unset it.",
                name=DEV_POLICY_ENV,
            )
        return Path(dev)
    return machine_policy_path()


def _coerce(name: str, value: Any, source: str) -> Any:
    """The value with the key's type, or a KnownError naming the file, the key and what is allowed."""
    default = getattr(Settings(), name)
    bound = BOUNDS[name]
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise KnownError("{source}: '{name}' must be true or false.", source=source, name=name)
        return value
    if isinstance(default, int | float):
        whole = isinstance(default, int)
        wrong = isinstance(value, bool) or not isinstance(value, int if whole else int | float)
        if wrong:
            raise KnownError(
                "{source}: '{name}' must be a number from {allowed}.",
                source=source,
                name=name,
                allowed=bound.describe(),
            )
        if bound.lo is not None and bound.hi is not None and not bound.lo <= value <= bound.hi:
            raise KnownError(
                "{source}: '{name}' is {value}, outside the allowed range {allowed}.",
                source=source,
                name=name,
                value=value,
                allowed=bound.describe(),
            )
        return value if whole else float(value)
    if not isinstance(value, str):
        raise KnownError(
            "{source}: '{name}' must be text: {allowed}.", source=source, name=name, allowed=bound.describe()
        )
    ok = value in bound.choices if bound.choices else re.fullmatch(bound.pattern, value) is not None
    if not ok:
        raise KnownError(
            "{source}: '{name}' is \"{value}\"; allowed: {allowed}.",
            source=source,
            name=name,
            value=value[:80],
            allowed=bound.describe(),
        )
    return value


def _check_key(name: str, source: str) -> None:
    if name in RETIRED:
        raise KnownError(
            "{source}: '{name}' is no longer used ({why}); remove the line.",
            source=source,
            name=name,
            why=RETIRED[name],
        )
    if name not in BOUNDS:
        raise KnownError("{source}: unknown setting '{name}'.", source=source, name=name)


def decode_policy(data: bytes, source: str) -> str:
    """The file's text: UTF-8 without a byte-order mark, or a sentence saying how to save it."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise KnownError("{source} starts with a byte-order mark (BOM): save it as UTF-8 without BOM.", source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KnownError(
            "{source} is not UTF-8 text (line {line} holds byte 0x{byte}): save it as UTF-8.",
            source=source,
            line=line,
            byte=f"{data[exc.start]:02X}",
        ) from None


def parse_policy_document(text: str, source: str = "policy.toml") -> tuple[dict[str, Any], str]:
    """The keys the file sets (checked against their bounds) and the organisation it names."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnownError("{source}: {problem}", source=source, problem=exc) from None
    organisation = data.get(ORGANISATION, "IT")
    if not isinstance(organisation, str) or not organisation.strip():
        raise KnownError("{source}: 'organisation' must be the organisation's name as text.", source=source)
    values = data.get("settings", {})
    if not isinstance(values, dict):
        raise KnownError("{source}: 'settings' must be the table [settings].", source=source)
    for name, value in data.items():
        if name in (ORGANISATION, "settings"):
            continue
        if isinstance(value, dict):
            raise KnownError(
                "{source}: unknown table [{name}]; the keys belong under [settings].", source=source, name=name
            )
        if name in BOUNDS or name in RETIRED:
            raise KnownError(
                "{source}: '{name}' stands above the [settings] table; move it under [settings].",
                source=source,
                name=name,
            )
        _check_key(name, source)
    out: dict[str, Any] = {}
    for name, value in values.items():
        _check_key(name, source)
        out[name] = _coerce(name, value, source)
    return out, organisation.strip()


def parse_policy(text: str, source: str = "policy.toml") -> dict[str, Any]:
    return parse_policy_document(text, source)[0]


def check_policy_file(path: Path) -> tuple[dict[str, Any], str]:
    """`vpdesk policy --check FILE`: the file as the app would read it, or the KnownError it would stop with."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnownError("The policy file {path} does not exist.", path=path) from None
    except OSError as exc:
        raise KnownError(
            "The policy file {path} cannot be read: {problem}.", path=path, problem=os_problem(exc)
        ) from None
    return parse_policy_document(decode_policy(data, str(path)), str(path))


def load_policy(path: Path | None = None) -> tuple[dict[str, Any], str]:
    """The policy values and who set them; a missing file is an empty policy."""
    values, organisation, _sources = load_policy_sources(path)
    return values, organisation


def load_policy_sources(path: Path | None = None) -> tuple[dict[str, Any], str, dict[str, str]]:
    """The policy values, who set them, and for each key where: the file, and on top of it (for the machine policy,
    not a file named explicitly or in development) the Windows registry or the macOS configuration profile."""
    explicit = path is not None or bool(os.environ.get(DEV_POLICY_ENV))
    path = path or policy_path()
    values, organisation = check_policy_file(path) if path.exists() else ({}, "")
    sources = dict.fromkeys(values, f"policy {path} ({organisation})")
    if not explicit:
        from vpdesk import platform_policy

        layer = platform_policy.platform_policy()
        if layer is not None:
            values = {**values, **layer.values}
            organisation = layer.organisation
            sources.update(dict.fromkeys(layer.values, f"{layer.source} ({layer.organisation})"))
    return values, organisation, sources


def _user_values(user: dict[str, Any]) -> dict[str, Any]:
    """The adviser's own settings that are valid; an invalid one is logged (by key, not value) and left at default."""
    values: dict[str, Any] = {}
    for name, value in user.items():
        if name not in BOUNDS:
            continue
        try:
            values[name] = _coerce(name, value, "settings.json")
        except KnownError:
            log.warning("user setting %s is outside its bounds; the default applies", name)
    return values


def effective_settings(user: dict[str, Any], policy: dict[str, Any], locked_by: str = "IT") -> Settings:
    """User settings, then policy on top. Policy values were checked against BOUNDS when read."""
    values = _user_values(user)
    values.update(policy)
    return replace(Settings(), **values, locked=frozenset(policy), locked_by=locked_by if policy else "")


@dataclass(frozen=True, slots=True)
class Explained:
    """One row of `vpdesk policy`: a key, its value in force, where that came from, what is allowed."""

    name: str
    value: Any
    source: str
    allowed: str
    meaning: str


def explain(
    user: dict[str, Any], policy: dict[str, Any], policy_source: str, sources: dict[str, str] | None = None
) -> list[Explained]:
    """Every key with the value in force and its origin: the policy (``sources`` names the file, registry key or
    profile per key), the adviser's settings, or the default."""
    settings = effective_settings(user, policy)
    own = _user_values(user)
    sources = sources or {}
    rows = []
    for name in _known():
        given = sources.get(name, policy_source)
        source = given if name in policy else "user settings" if name in own else "default"
        rows.append(Explained(name, getattr(settings, name), source, BOUNDS[name].describe(), BOUNDS[name].meaning))
    return rows


def refuse_override(settings: Settings, name: str, given: object | None, option: str) -> None:
    """A command-line option may not change a key IT set: stop with a sentence saying who set it."""
    if given is not None and settings.is_locked(name) and given != getattr(settings, name):
        raise KnownError(
            "{option} cannot change '{name}': {organisation} sets it in the machine policy.",
            option=option,
            name=name,
            organisation=settings.locked_by,
        )


def policy_wipes_memory() -> bool:
    """Whether IT's policy turns SQLCipher's memory wiping on; read before any vault opens. A policy that cannot be
    read says no here: the app and the command line then refuse it with its own sentence."""
    try:
        policy, _source = load_policy()
    except (KnownError, OSError):
        return False
    return bool(policy.get("wipe_database_memory", False))
