"""Issue 17 point 1: policy from HKLM\\SOFTWARE\\Policies\\vpdesk (a fake winreg) and from a macOS configuration
profile (a fake reader and a real plist), with the Linux file's keys, types and bounds, and `vpdesk policy` naming
the source of each key."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

import pytest

from vpdesk import platform_policy as pp
from vpdesk import policy
from vpdesk.errors import KnownError
from vpdesk.policy import BOUNDS, Settings
from vpdesk.services import policy_info


class FakeWinreg:
    """The part of `winreg` the reader uses, over one dict of values {name: (value, type)} under one key."""

    HKEY_LOCAL_MACHINE = 0x80000002
    KEY_READ = 0x20019
    REG_SZ = 1
    REG_EXPAND_SZ = 2
    REG_DWORD = 4

    def __init__(self, values: dict[str, tuple[Any, int]] | None) -> None:
        self.values = values
        self.opened: list[tuple[int, str]] = []
        self.closed = 0

    def OpenKey(self, root: int, sub: str, reserved: int, access: int) -> str:
        self.opened.append((root, sub))
        if self.values is None:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        assert access == self.KEY_READ  # never asks to write
        return sub

    def EnumValue(self, key: str, index: int) -> tuple[str, Any, int]:
        assert self.values is not None
        items = list(self.values.items())
        if index >= len(items):
            raise OSError(259, "No more data is available")
        name, (value, kind) = items[index]
        return name, value, kind

    def CloseKey(self, key: str) -> None:
        self.closed += 1


R = FakeWinreg


def test_registry_values_become_typed_policy() -> None:
    reg = R(
        {
            "organisation": ("BZK", R.REG_SZ),
            "idle_lock_minutes": (10, R.REG_DWORD),
            "wipe_database_memory": (1, R.REG_DWORD),
            "suppression_dominance": ("0.75", R.REG_SZ),
            "language": ("en", R.REG_SZ),
        }
    )
    layer = pp.platform_policy("win32", winreg=reg)
    assert layer is not None
    assert reg.opened == [(R.HKEY_LOCAL_MACHINE, r"SOFTWARE\Policies\vpdesk")] and reg.closed == 1
    assert layer.organisation == "BZK" and layer.source == r"HKLM\SOFTWARE\Policies\vpdesk"
    assert layer.values == {
        "idle_lock_minutes": 10,
        "wipe_database_memory": True,
        "suppression_dominance": 0.75,
        "language": "en",
    }
    assert isinstance(layer.values["wipe_database_memory"], bool)


def test_no_registry_key_is_no_policy() -> None:
    assert pp.platform_policy("win32", winreg=R(None)) is None
    assert pp.platform_policy("win32", winreg=R({})) is None


@pytest.mark.parametrize(
    ("values", "says"),
    [
        ({"idle_lock_minutes": (60, R.REG_DWORD)}, "'idle_lock_minutes' is 60, outside the allowed range 1 to 15"),
        ({"idle_lock_minutes": ("10", R.REG_SZ)}, "'idle_lock_minutes' must be a number from 1 to 15"),
        ({"wipe_database_memory": (2, R.REG_DWORD)}, "'wipe_database_memory' must be true or false"),
        ({"wipe_database_memory": ("true", R.REG_SZ)}, "'wipe_database_memory' must be true or false"),
        ({"suppression_dominance": ("lots", R.REG_SZ)}, "'suppression_dominance' must be a number"),
        ({"language": ("de", R.REG_SZ)}, '\'language\' is "de"; allowed: "nl" or "en"'),
        ({"idle_minutes": (5, R.REG_DWORD)}, "unknown setting 'idle_minutes'"),
        ({"update_checks": (0, R.REG_DWORD)}, "'update_checks' is no longer used"),
        ({"organisation": (7, R.REG_DWORD)}, "'organisation' must be the organisation's name as text"),
    ],
)
def test_a_bad_registry_value_stops_with_the_files_sentence(values: dict[str, tuple[Any, int]], says: str) -> None:
    with pytest.raises(KnownError) as caught:
        pp.platform_policy("win32", winreg=R(values))
    assert str(caught.value).startswith(r"HKLM\SOFTWARE\Policies\vpdesk: ")
    assert says in str(caught.value)


def test_every_key_can_be_set_through_the_registry_at_its_default() -> None:
    """The registry types the ADMX writes (decision 123) carry every key's default back unchanged."""
    defaults = Settings()
    values: dict[str, tuple[Any, int]] = {}
    for name in BOUNDS:
        value = getattr(defaults, name)
        if isinstance(value, bool):
            values[name] = (int(value), R.REG_DWORD)
        elif isinstance(value, int):
            values[name] = (max(value, int(BOUNDS[name].lo or 0)), R.REG_DWORD)
        elif isinstance(value, float):
            values[name] = (str(value), R.REG_SZ)
        else:
            values[name] = (value, R.REG_SZ)
    layer = pp.platform_policy("win32", winreg=R(values))
    assert layer is not None and set(layer.values) == set(BOUNDS)


def test_managed_preferences_from_a_fake_reader() -> None:
    prefs = {"organisation": "JenV", "clipboard_clear_seconds": 20, "autosave_seconds": 1.5, "room_pool": "local"}
    layer = pp.platform_policy("darwin", plist_reader=lambda: prefs)
    assert layer is not None and layer.organisation == "JenV"
    assert layer.values == {"clipboard_clear_seconds": 20, "autosave_seconds": 1.5, "room_pool": "local"}
    assert layer.source == "configuration profile nl.vpdesk.vpdesk"
    assert prefs["organisation"] == "JenV"  # the reader's dict is not changed
    assert pp.platform_policy("darwin", plist_reader=lambda: None) is None
    with pytest.raises(KnownError, match="'clipboard_clear_seconds' is 1, outside"):
        pp.platform_policy("darwin", plist_reader=lambda: {"clipboard_clear_seconds": 1})
    with pytest.raises(KnownError, match="'wipe_database_memory' must be true or false"):
        pp.platform_policy("darwin", plist_reader=lambda: {"wipe_database_memory": 1})


def test_managed_preferences_from_a_real_plist(tmp_path: Path) -> None:
    path = tmp_path / "nl.vpdesk.vpdesk.plist"
    path.write_bytes(plistlib.dumps({"organisation": "BZK", "idle_lock_minutes": 3, "wipe_database_memory": True}))
    layer = pp.platform_policy("darwin", plist_reader=lambda: pp.read_managed_plist(path))
    assert layer is not None and layer.values == {"idle_lock_minutes": 3, "wipe_database_memory": True}
    assert pp.read_managed_plist(tmp_path / "absent.plist") is None
    (tmp_path / "bad.plist").write_bytes(b"<plist><dict><key>x</key>")
    with pytest.raises(KnownError, match=r"bad\.plist: "):
        pp.read_managed_plist(tmp_path / "bad.plist")
    (tmp_path / "list.plist").write_bytes(plistlib.dumps(["idle_lock_minutes", 3]))
    with pytest.raises(KnownError, match="the top level is not a dictionary"):
        pp.read_managed_plist(tmp_path / "list.plist")


def test_linux_has_only_the_file() -> None:
    assert pp.platform_policy("linux", winreg=R({"idle_lock_minutes": (3, R.REG_DWORD)})) is None


def test_vpdesk_policy_names_the_source_of_each_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The machine policy: the file sets two keys, the registry one of them and another; the registry wins."""
    file = tmp_path / "policy.toml"
    file.write_text('organisation = "BZK"\n[settings]\nidle_lock_minutes = 5\nlanguage = "en"\n')
    monkeypatch.delenv(policy.DEV_POLICY_ENV)
    monkeypatch.setattr(policy, "machine_policy_path", lambda: file)
    reg = R({"organisation": ("BZK GPO", R.REG_SZ), "idle_lock_minutes": (2, R.REG_DWORD)})
    reg.values = {**(reg.values or {}), "clipboard_clear_seconds": (9, R.REG_DWORD)}
    monkeypatch.setattr(pp, "platform_policy", lambda: pp.read_registry(reg))
    rows, _path, org = policy_info.effective(tmp_path)
    by = {r.name: r for r in rows}
    assert org == "BZK GPO"
    assert (by["idle_lock_minutes"].value, by["idle_lock_minutes"].source) == (
        2,
        r"HKLM\SOFTWARE\Policies\vpdesk (BZK GPO)",
    )
    assert by["clipboard_clear_seconds"].source == r"HKLM\SOFTWARE\Policies\vpdesk (BZK GPO)"
    assert by["language"].source == f"policy {file} (BZK)" and by["language"].value == "en"
    assert by["autosave_seconds"].source == "default"
    assert policy.load_policy()[0]["idle_lock_minutes"] == 2  # what the app itself applies


def test_a_development_policy_is_never_mixed_with_the_platforms(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom() -> None:
        raise AssertionError("the platform layer was read in development mode")

    monkeypatch.setattr(pp, "platform_policy", boom)
    assert policy.load_policy() == ({}, "")
