"""Issue 17 points 2-4, the parts Linux can check: the version resource, the icons, the macOS scripts' syntax and
the runner workflows' steps. The workflows themselves run only on Windows and macOS runners."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.installer.conftest import ROOT, load

WORKFLOWS = ROOT / ".github/workflows"


def test_version_resource_carries_the_one_version() -> None:
    module = load("version_info", ROOT / "installer/windows/version_info.py")
    assert module.four_part("0.2.0") == (0, 2, 0, 0)
    assert module.four_part("1.10.3rc1") == (1, 10, 3, 0)
    text = module.version_file("0.2.0")
    seen: dict[str, Any] = {}

    def record(name: str) -> Any:
        return lambda *args, **kwargs: seen.setdefault(name, []).append((args, kwargs))

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")  # fmt: skip
    eval(text, {n: record(n) for n in names})
    strings = {args[0]: args[1] for args, _ in seen["StringStruct"]}
    assert strings["ProductVersion"] == strings["FileVersion"] == "0.2.0"
    assert strings["OriginalFilename"] == "vpdesk.exe"
    ((_, fixed),) = seen["FixedFileInfo"]
    assert fixed["filevers"] == fixed["prodvers"] == (0, 2, 0, 0)


def test_icons_render_for_windows_and_macos(tmp_path: Path) -> None:
    for kind, magic in (("ico", b"\x00\x00\x01\x00"), ("icns", b"icns")):
        out = tmp_path / f"vpdesk.{kind}"
        subprocess.run([sys.executable, str(ROOT / "installer/icons/render.py"), kind, str(out)], check=True)
        assert out.read_bytes().startswith(magic)


def test_macos_scripts_are_valid_shell() -> None:
    for script in ("build_pkg.sh", "uninstall.sh"):
        path = ROOT / "installer/macos" / script
        subprocess.run(["sh", "-n", str(path)], check=True)
        assert path.stat().st_mode & 0o100


def test_windows_workflow_builds_signs_installs_checks_and_uninstalls() -> None:
    text = (WORKFLOWS / "windows.yml").read_text()
    for step in ("installer/windows/vpdesk.wxs", "signtool", "/tr $env:TIMESTAMP_URL", "/i `\"$msi`\" /qn",
                 "3010", "selftest", "& $exe verify", "HKLM:\\SOFTWARE\\Policies\\vpdesk", "/x `\"$msi`\" /qn",
                 "upload-artifact", "secrets.WINDOWS_SIGNING_PFX"):  # fmt: skip
        assert step in text, step
    _scripts_exist(text)


def test_macos_workflow_builds_signs_notarises_installs_checks_and_uninstalls() -> None:
    text = (WORKFLOWS / "macos.yml").read_text() + (ROOT / "installer/macos/build_pkg.sh").read_text()
    for step in ("--options runtime", "productbuild", "--sign", "notarytool submit", "stapler staple",
                 "installer -pkg", "selftest", "vpdesk verify", "Managed Preferences", "uninstall.sh",
                 "upload-artifact", "secrets.MACOS_CERTS_P12"):  # fmt: skip
        assert step in text, step
    _scripts_exist(text)


def _scripts_exist(text: str) -> None:
    for rel in set(re.findall(r"(installer/[\w/.-]+\.(?:py|sh|wxs|plist))", text)):
        assert (ROOT / rel).exists(), rel
