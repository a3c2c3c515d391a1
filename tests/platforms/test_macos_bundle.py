"""Issue 17 point 3, what Linux can check of the .app: installer/vpdesk.spec run with PyInstaller's build steps
faked and the platform set to macOS, the Info.plist PyInstaller would write from it (bundle id, the one version,
well-formed for plistlib, as plutil reads it), and the build script's version and architecture."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from tests.installer.conftest import ROOT, load
from vpdesk.platform_policy import MAC_DOMAIN

SPEC = ROOT / "installer" / "vpdesk.spec"
BUILD_PKG = ROOT / "installer" / "macos" / "build_pkg.sh"


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, dict[str, Any]]:
    """The keyword arguments the spec passes to each PyInstaller step when built on `platform`."""
    calls: dict[str, dict[str, Any]] = {}

    class Step:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            calls[type(self).__name__] = kwargs
            self.binaries: list[Any] = []
            self.pure = self.scripts = self.datas = self.binaries

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    steps = {name: type(name, (Step,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    source = SPEC.read_text(encoding="utf-8").replace("sys.platform", "TARGET_PLATFORM")
    exec(compile(source, str(SPEC), "exec"), {"SPECPATH": str(SPEC.parent), "TARGET_PLATFORM": platform, **steps})
    return calls


def info_plist(bundle: dict[str, Any], console: bool) -> bytes:
    """Info.plist as PyInstaller 6's BUNDLE.assemble writes it (PyInstaller/building/osx.py): its defaults, then the
    spec's info_plist on top, dumped with plistlib."""
    name = Path(bundle["name"]).stem
    info: dict[str, Any] = {
        "CFBundleDisplayName": name,
        "CFBundleName": name,
        "CFBundleIdentifier": bundle.get("bundle_identifier") or name,
        "CFBundleExecutable": "vpdesk",
        "CFBundleIconFile": Path(bundle["icon"]).name,
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundlePackageType": "APPL",
        "CFBundleShortVersionString": str(bundle.get("version", "0.0.0")),
    }
    info["LSBackgroundOnly" if console else "NSHighResolutionCapable"] = True
    info |= bundle.get("info_plist") or {}
    return plistlib.dumps(info)


def build_pkg_version() -> str:
    """The version build_pkg.sh exports to the spec, by running its own line."""
    line = next(ln for ln in BUILD_PKG.read_text().splitlines() if ln.startswith("VERSION="))
    done = subprocess.run(["sh", "-c", f'ROOT="{ROOT}"; {line}; echo "$VERSION"'], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_build_pkg_takes_the_one_version() -> None:
    version = load("build_bundle", ROOT / "installer" / "build_bundle.py").version()
    assert build_pkg_version() == version
    assert re.search(r'VPDESK_TARGET_ARCH="\$\{VPDESK_TARGET_ARCH:-arm64\}"', BUILD_PKG.read_text())


def test_the_app_bundle_id_version_and_architecture(monkeypatch: pytest.MonkeyPatch) -> None:
    version = build_pkg_version()
    calls = run_spec("darwin", monkeypatch, VPDESK_VERSION=version, VPDESK_TARGET_ARCH="arm64")
    bundle, exe = calls["BUNDLE"], calls["EXE"]
    assert bundle["bundle_identifier"] == MAC_DOMAIN == "nl.vpdesk.vpdesk"  # the profile's preference domain too
    assert bundle["name"] == "vpdesk.app" and Path(bundle["icon"]).name == "vpdesk.icns"
    assert exe["target_arch"] == "arm64" and Path(exe["icon"]).name == "vpdesk.icns"
    data = info_plist(bundle, exe["console"])
    parsed = plistlib.loads(data, fmt=plistlib.FMT_XML)  # what `plutil -lint` accepts: a well-formed XML plist
    assert parsed["CFBundleIdentifier"] == MAC_DOMAIN and parsed["CFBundleShortVersionString"] == version
    assert parsed["CFBundlePackageType"] == "APPL" and parsed["CFBundleExecutable"] == "vpdesk"
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?", parsed["LSMinimumSystemVersion"])


def test_the_macos_lock_file_is_for_the_architecture_the_app_is_built_for(monkeypatch: pytest.MonkeyPatch) -> None:
    locks = load("platform_locks", ROOT / "scripts" / "platform_locks.py")
    arch = run_spec("darwin", monkeypatch, VPDESK_TARGET_ARCH="arm64")["EXE"]["target_arch"]
    assert {t.tag.rsplit("_", 1)[-1] for t in locks.PLATFORMS["macos"]} == {arch}


def test_other_platforms_make_no_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("win32", "linux"):
        calls = run_spec(platform, monkeypatch, VPDESK_TARGET_ARCH="arm64")
        assert "BUNDLE" not in calls and calls["EXE"]["target_arch"] is None


def test_the_app_is_a_foreground_app_for_the_macos_its_qt_supports(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec("darwin", monkeypatch, VPDESK_TARGET_ARCH="arm64")
    parsed = plistlib.loads(info_plist(calls["BUNDLE"], calls["EXE"]["console"]))
    assert parsed.get("LSBackgroundOnly") is not True
    assert tuple(map(int, parsed["LSMinimumSystemVersion"].split("."))) >= (13, 0)
