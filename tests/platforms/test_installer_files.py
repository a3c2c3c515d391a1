"""Issue 17 points 2-4, the parts Linux can check: the version resource, the icons, the macOS scripts' syntax and
the runner workflows' steps. The workflows themselves run only on Windows and macOS runners."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

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
    for rel in set(re.findall(r"((?:installer|requirements|scripts|tests)/[\w/.-]+\.(?:py|sh|wxs|plist|txt))", text)):
        assert (ROOT / rel).exists(), rel
    for rel in set(re.findall(r"python -m pytest ((?:tests/)[\w/]+)", text)):
        assert (ROOT / rel).is_dir(), rel


def _workflow(name: str) -> dict[str, Any]:
    from ruamel.yaml import YAML

    data: dict[str, Any] = YAML(typ="safe").load((WORKFLOWS / name).read_text())
    return data


def _venv_tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def test_macos_workflow_shell_passes_shellcheck(tmp_path: Path) -> None:
    """The macOS runner runs each `run:` in bash; shellcheck reads each as such (${{ }} stands in as a variable).
    The Windows steps are PowerShell, which nothing here lints (docs/decisions.md, 152)."""
    jobs = _workflow("macos.yml")["jobs"]
    runs = [step["run"] for job in jobs.values() for step in job["steps"] if "run" in step]
    assert len(runs) == 5
    for i, run in enumerate(runs):
        script = tmp_path / f"step{i}.sh"
        script.write_text("#!/bin/bash\nset -e\n" + re.sub(r"\$\{\{[^}]*\}\}", "$GITHUB_EXPRESSION", run))
        done = subprocess.run([_venv_tool("shellcheck"), "-s", "bash", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, f"step {i}:\n{run}\n{done.stdout}"


def test_the_workflow_schema_check_in_make_lint_refuses_a_broken_workflow(tmp_path: Path) -> None:
    good = (WORKFLOWS / "windows.yml").read_text()
    broken = tmp_path / "broken.yml"
    broken.write_text(good.replace("runs-on: windows-2022", "runs_on: windows-2022"))
    check = [_venv_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows"]
    assert subprocess.run([*check, str(WORKFLOWS / "windows.yml")], capture_output=True).returncode == 0
    done = subprocess.run([*check, str(broken)], capture_output=True, text=True)
    assert done.returncode != 0 and "runs-on" in done.stdout + done.stderr
    assert (
        "check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml"
        in (ROOT / "Makefile").read_text()
    )


def test_every_secret_a_workflow_uses_is_named_in_its_header() -> None:
    for name in ("windows.yml", "macos.yml"):
        text = (WORKFLOWS / name).read_text()
        header = "".join(ln for ln in text.splitlines() if ln.startswith("#"))
        used = set(re.findall(r"secrets\.(\w+)", text))
        assert used and all(secret in header for secret in used), (name, used)


def test_the_workflows_install_their_own_lock_file() -> None:
    for name, lock in (("windows.yml", "requirements/windows.txt"), ("macos.yml", "requirements/macos.txt")):
        text = (WORKFLOWS / name).read_text()
        assert f"pip install --require-hashes -r {lock}" in text
        assert "requirements/main.txt" not in text and "vcpkg" not in text and "brew install" not in text


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_verify_says_not_packaged_on_windows_and_macos_as_the_workflows_expect(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    """The workflows expect exit 3 from `vpdesk verify` and check Authenticode / codesign themselves."""
    from vpdesk.services import verify

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    assert verify.verify_installation().exit_code == verify.NOT_PACKAGED == 3
