"""Policy from the platform's own mechanism, on top of the policy file (decision 123).

Windows: the values under ``HKLM\\SOFTWARE\\Policies\\vpdesk`` that Group Policy (the ADMX in installer/windows) or
Intune writes. A whole number or true/false is a REG_DWORD (true/false: 1/0), text a REG_SZ, and a fraction such as
``suppression_dominance`` a REG_SZ with a decimal point (ADMX has no fractions). ``organisation`` (REG_SZ) names who
set it.

macOS: the managed preferences a configuration profile installs for the domain ``nl.vpdesk.vpdesk``
(``/Library/Managed Preferences/nl.vpdesk.vpdesk.plist``, root-owned; installer/macos has the profile template and
the JSON schema for Jamf). Plist types map one to one: boolean, integer, real, string.

Both carry the same keys, types and bounds as the Linux file: every value goes through `policy._coerce` and every
name through `policy._check_key`, so a value outside BOUNDS stops the app with the same sentence naming the source.
A key both mechanisms set takes the platform's value (that is what the console shows IT); `vpdesk policy` names the
source of each key. The readers are passed in, so the tests run them with a fake registry and a fake plist reader.
"""

from __future__ import annotations

import plistlib
import sys
import xml.parsers.expat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vpdesk.errors import KnownError
from vpdesk.policy import ORGANISATION, Settings, _check_key, _coerce

REGISTRY_KEY = r"SOFTWARE\Policies\vpdesk"
REGISTRY_SOURCE = r"HKLM\SOFTWARE\Policies\vpdesk"
MAC_DOMAIN = "nl.vpdesk.vpdesk"
MANAGED_PLIST = Path("/Library/Managed Preferences") / f"{MAC_DOMAIN}.plist"


@dataclass(frozen=True, slots=True)
class PlatformPolicy:
    values: dict[str, Any]
    organisation: str
    source: str  # where IT set it, as `vpdesk policy` shows it


def _checked(raw: dict[str, Any], source: str) -> PlatformPolicy:
    organisation = raw.pop(ORGANISATION, "IT")
    if not isinstance(organisation, str) or not organisation.strip():
        raise KnownError("{source}: 'organisation' must be the organisation's name as text.", source=source)
    values: dict[str, Any] = {}
    for name, value in raw.items():
        _check_key(name, source)
        values[name] = _coerce(name, value, source)
    return PlatformPolicy(values, organisation.strip(), source)


def _from_registry(name: str, value: Any, kind: int, winreg: Any) -> Any:
    """A registry value as the key's type, where the registry type fits; otherwise the raw value, which `_coerce`
    then refuses with the key's own sentence (a REG_SZ "true" for a true/false key, say)."""
    default = getattr(Settings(), name, None)
    if kind == winreg.REG_DWORD and isinstance(default, bool):
        return bool(value) if value in (0, 1) else value
    if kind == winreg.REG_SZ and isinstance(default, float):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def read_registry(winreg: Any) -> PlatformPolicy | None:
    """The policy under HKLM\\SOFTWARE\\Policies\\vpdesk, or None when the key does not exist."""
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY, 0, winreg.KEY_READ)
    except FileNotFoundError:
        return None
    raw: dict[str, Any] = {}
    try:
        index = 0
        while True:
            try:
                name, value, kind = winreg.EnumValue(key, index)
            except OSError:  # ERROR_NO_MORE_ITEMS
                break
            raw[name] = _from_registry(name, value, kind, winreg)
            index += 1
    finally:
        winreg.CloseKey(key)
    return _checked(raw, REGISTRY_SOURCE) if raw else None


def read_managed_plist(path: Path = MANAGED_PLIST) -> dict[str, Any] | None:
    """The managed preferences file as a dict, None when no profile sets the domain."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        loaded = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, xml.parsers.expat.ExpatError) as exc:
        raise KnownError("{source}: {problem}", source=str(path), problem=exc) from None
    if not isinstance(loaded, dict):
        raise KnownError("{source}: {problem}", source=str(path), problem="the top level is not a dictionary")
    return loaded


def read_managed_preferences(reader: Callable[[], dict[str, Any] | None]) -> PlatformPolicy | None:
    raw = reader()
    if not raw:
        return None
    return _checked(dict(raw), f"configuration profile {MAC_DOMAIN}")


def platform_policy(
    platform: str = sys.platform,
    winreg: Any = None,
    plist_reader: Callable[[], dict[str, Any] | None] = read_managed_plist,
) -> PlatformPolicy | None:
    """The policy the platform's mechanism sets on this machine, or None (Linux has only the file)."""
    if platform == "win32":
        if winreg is None:  # pragma: no cover - Windows only
            import winreg as real  # type: ignore[import-not-found,unused-ignore]

            winreg = real
        return read_registry(winreg)
    if platform == "darwin":
        return read_managed_preferences(plist_reader)
    return None
