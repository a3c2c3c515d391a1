"""Releases are what they say: one version, `make clean` removes every build product, `make apt-repo` publishes only
the file `make deb` made, the Release file expires, and the metadata a desktop and lintian read is sound.
Fast: nothing here builds the bundle (tests/installer/test_package.py does, once per session)."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

import vpdesk

from .conftest import build_deb_module, load

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_has_one_source() -> None:
    build = build_deb_module()
    assert build.version() == vpdesk.__version__
    assert build.changelog_entry()[0] == vpdesk.__version__  # the changelog says what the release is
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "vpdesk.__version__"}
    done = subprocess.run([sys.executable, "-m", "vpdesk", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"vpdesk {vpdesk.__version__}"


def test_make_clean_removes_every_build_product(tmp_path: Path) -> None:
    """In a copy of the tree with a product at every place .gitignore names, `make clean` leaves nothing ignored."""
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    copy = tmp_path / "tree"
    for name in files:
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    for product in (
        ".venv/bin/python", "dist/bundle/vpdesk/vpdesk", "dist/vpdesk_9_amd64.deb", "dist/repo/pool/x.deb",
        "build/lib/vpdesk/old.py", "vpdesk.egg-info/PKG-INFO", "vpdesk/__pycache__/x.pyc", ".pytest_cache/v",
        ".mypy_cache/x", ".ruff_cache/x", ".hypothesis/x", ".bench-cache/x", "bench.json", ".coverage", "out/x",
    ):  # fmt: skip
        (copy / product).parent.mkdir(parents=True, exist_ok=True)
        (copy / product).write_text("product")
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    ignored = subprocess.run(
        ["git", "status", "--ignored", "--porcelain"], cwd=copy, capture_output=True, text=True, check=True
    ).stdout
    assert ignored.count("!!") >= 10  # the products are there and ignored
    subprocess.run(["make", "-s", "clean"], cwd=copy, check=True, capture_output=True)
    left = subprocess.run(
        ["git", "status", "--ignored", "--porcelain"], cwd=copy, capture_output=True, text=True, check=True
    ).stdout
    assert "!!" not in left, left


def test_apt_repo_refuses_a_deb_that_is_not_the_one_make_deb_built(tmp_path: Path) -> None:
    repo = load("apt_repo", ROOT / "installer/linux/apt_repo.py")
    deb = tmp_path / "vpdesk_0.2.0_amd64.deb"
    deb.write_bytes(b"built")
    with pytest.raises(SystemExit, match=r"no vpdesk_0\.2\.0_amd64\.deb\.sha256 beside it"):
        repo.check_built(deb)
    Path(f"{deb}.sha256").write_text(f"{hashlib.sha256(b'built').hexdigest()}  {deb.name}\n")
    repo.check_built(deb)
    deb.write_bytes(b"rebuilt")
    with pytest.raises(SystemExit, match="is not the file `make deb` produced"):
        repo.check_built(deb)


def test_the_makefile_publishes_what_it_built_and_does_not_rebuild() -> None:
    make = (ROOT / "Makefile").read_text()
    target = re.search(r"^apt-repo:(.*)$", make, re.MULTILINE)
    assert target is not None and "deb" not in target.group(1).split()  # no rebuild before signing


def test_desktop_entry_and_appstream_metadata_are_valid(tool: Callable[[str], str], tmp_path: Path) -> None:
    desktop = (ROOT / "installer/linux/nl.vpdesk.vpdesk.desktop").read_text(encoding="utf-8")
    assert "\nIcon=vpdesk\n" in desktop and "\nKeywords=" in desktop and "\nExec=vpdesk\n" in desktop
    metainfo = (ROOT / "installer/linux/nl.vpdesk.vpdesk.metainfo.xml").read_text(encoding="utf-8")
    filled = tmp_path / "nl.vpdesk.vpdesk.metainfo.xml"
    filled.write_text(metainfo.replace("@VERSION@", vpdesk.__version__).replace("@DATE@", "2026-11-30"))
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(filled)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _shown(value: object) -> str:
    """A value as the admin guide's policy table writes it."""
    if isinstance(value, bool):
        return str(value).lower()
    if value == "":
        return "empty"
    if isinstance(value, str):
        return f"`{value}`"
    return str(value)


def test_the_admin_guide_documents_every_policy_key_with_its_default_and_bounds() -> None:
    from vpdesk import policy

    guide = (ROOT / "docs/admin-guide.md").read_text(encoding="utf-8")
    defaults = policy.Settings()
    for key, bound in policy.BOUNDS.items():
        row = re.search(rf"^\| `{key}` \| [^|]+ \| ([^|]+) \| ([^|]+) \|", guide, re.MULTILINE)
        assert row is not None, f"the admin guide's policy table has no row for {key}"
        assert row.group(1).strip() == _shown(getattr(defaults, key)), key
        if bound.lo is not None:
            assert row.group(2).strip() == f"{bound.lo:g} to {bound.hi:g}", key
        for choice in bound.choices:
            assert f"`{choice}`" in row.group(2), key
