"""Issue 17 point 1: data, log and policy paths per platform, from platformdirs (the table in the admin guide)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from vpdesk import log
from vpdesk.policy import machine_policy_path
from vpdesk.store import paths
from vpdesk.store.paths import platform_dirs


def test_windows_paths_are_local_not_roaming(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\vp\AppData\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\vp\AppData\Roaming")
    monkeypatch.setenv("PROGRAMDATA", r"C:\ProgramData")
    dirs = platform_dirs("win32")
    assert PureWindowsPath(dirs.user_data_dir) == PureWindowsPath(r"C:\Users\vp\AppData\Local\vpdesk")
    assert PureWindowsPath(dirs.user_log_dir) == PureWindowsPath(r"C:\Users\vp\AppData\Local\vpdesk\Logs")
    assert PureWindowsPath(machine_policy_path("win32")) == PureWindowsPath(r"C:\ProgramData\vpdesk\policy.toml")


def test_macos_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/Users/vp")
    dirs = platform_dirs("darwin")
    assert PurePosixPath(dirs.user_data_dir) == PurePosixPath("/Users/vp/Library/Application Support/vpdesk")
    assert PurePosixPath(dirs.user_log_dir) == PurePosixPath("/Users/vp/Library/Logs/vpdesk")
    assert machine_policy_path("darwin") == Path("/Library/Application Support/vpdesk/policy.toml")


def test_linux_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/vp")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    dirs = platform_dirs("linux")
    assert dirs.user_data_dir == "/home/vp/.local/share/vpdesk"
    assert dirs.user_log_dir == "/home/vp/.local/state/vpdesk/log"
    assert machine_policy_path("linux") == Path("/etc/vpdesk/policy.toml")


def test_the_app_uses_these_paths_without_vpdesk_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VPDESK_HOME")
    monkeypatch.setenv("HOME", "/home/vp")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert paths.default_home() == Path(platform_dirs().user_data_dir)
    assert log.log_dir() == Path(platform_dirs().user_log_dir)
