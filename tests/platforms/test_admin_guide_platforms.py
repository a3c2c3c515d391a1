"""Issue 17 point 5: the admin guide's Windows and macOS parts say what the code does (the paths platformdirs
gives, the lock files, the Jamf extension attribute as shell that shellcheck accepts)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vpdesk.policy import machine_policy_path
from vpdesk.store.paths import platform_dirs

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "admin-guide.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = GUIDE.index(f"\n## {title}")
    end = GUIDE.find("\n## ", start + 1)
    return GUIDE[start : end if end > 0 else None]


def test_the_windows_paths_in_the_guide_are_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\LOCAL")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\ROAMING")
    monkeypatch.setenv("PROGRAMDATA", r"C:\PD")
    dirs = platform_dirs("win32")
    for path in (dirs.user_data_dir + "/", dirs.user_log_dir + "/", str(machine_policy_path("win32"))):
        shown = path.replace("/", "\\").replace("C:\\LOCAL", "%LOCALAPPDATA%").replace("C:\\PD", "%ProgramData%")
        assert f"`{shown}`" in GUIDE, shown


def test_the_macos_paths_in_the_guide_are_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/HOME")
    dirs = platform_dirs("darwin")
    for path in (dirs.user_data_dir + "/", dirs.user_log_dir + "/", str(machine_policy_path("darwin"))):
        assert f"`{path.replace('/HOME/', '~/')}`" in GUIDE, path


def test_the_guide_names_each_platforms_lock_file_and_limits() -> None:
    assert "requirements/windows.txt" in _section("Windows (Intune, SCCM)")
    mac = _section("macOS (Jamf)")
    assert "requirements/macos.txt" in mac and "Apple silicon only, macOS 13 or later" in mac


def test_the_jamf_extension_attribute_is_sound_shell(tmp_path: Path) -> None:
    mac = _section("macOS (Jamf)")
    (block,) = re.findall(r"\n((?:    [^\n]*\n)*    #!/bin/sh\n(?:    [^\n]*\n)+)", mac)
    script = tmp_path / "ea.sh"
    script.write_text(textwrap.dedent(block))
    shellcheck = str(Path(sys.executable).parent / "shellcheck")
    done = subprocess.run([shellcheck, "-s", "sh", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert "codesign --verify" in block and 'vpdesk" selftest' in block and "<result>PASS</result>" in block
