"""The data files are package data: an installed wheel reads its taxonomy, guide rules and translations without
the source tree, and the editable install reads them straight from resources/."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from vpdesk import resources
from vpdesk.services.guide import GuideRules

ROOT = Path(__file__).resolve().parent.parent
PIP = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
SOURCE_ONLY = {".ts", ".py", ".pyc"}  # translators' catalogues and the package marker are not data

READ = """
import json, vpdesk
from vpdesk import resources
from vpdesk.services.guide import GuideRules
rules = GuideRules().load().rules
taxonomy = resources.taxonomy()
print(json.dumps({
    "vpdesk": vpdesk.__file__,
    "guide": str(resources.path("guide.toml")),
    "guide_version": rules.version,
    "routes": sorted(r.id for r in rules.routes),
    "taxonomy_version": taxonomy.version,
    "categories": sorted(c.code for c in taxonomy.categories),
    "qm": resources.path("i18n/vpdesk_en.qm").read_bytes()[:16].hex(),
    "override": resources.read_text("overrides/example-om.toml")[:200],
}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """vpdesk's own wheel (installer/build_bundle.py builds it from a clean copy)."""
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "installer" / "build_bundle.py")
    assert spec is not None and spec.loader is not None
    build_bundle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_bundle)
    return Path(build_bundle.build_vpdesk_wheel(tmp_path_factory.mktemp("wheel")))


def test_the_wheel_carries_every_data_file(wheel: Path) -> None:
    shipped = {
        name.removeprefix("vpdesk_resources/")
        for name in zipfile.ZipFile(wheel).namelist()
        if name.startswith("vpdesk_resources/") and not name.endswith(".py")
    }
    data = {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in SOURCE_ONLY and "__pycache__" not in p.parts
    }
    assert {"taxonomy.toml", "guide.toml", "i18n/vpdesk_nl.qm", "overrides/example-jenv.toml"} <= data
    assert shipped == data  # a new kind of data file needs its pattern in setup.py's package_data


def test_the_wheel_carries_exactly_the_modules_of_the_source_tree(wheel: Path) -> None:
    """No module left behind (a folder without __init__.py is no package to setup.py) and none from an earlier
    build (setuptools reuses a build/ folder in the tree, so the .deb builds from a clean copy)."""
    shipped = {name for name in zipfile.ZipFile(wheel).namelist() if name.startswith("vpdesk/")}
    source = {p.relative_to(ROOT).as_posix() for p in (ROOT / "vpdesk").rglob("*.py") if "__pycache__" not in p.parts}
    assert "vpdesk/store/vault.py" in source and shipped == source


def test_an_installed_wheel_reads_its_data_without_the_source_tree(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = subprocess.run(
        [str(python), "-I", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run(
        [*PIP, "install", "--no-deps", "--no-index", "--target", site, str(wheel)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    # isolated (-I: no PYTHON* variables, no user site, no current folder on the path), run outside the tree
    done = subprocess.run([str(python), "-I", "-c", READ], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert Path(got["vpdesk"]).is_relative_to(target) and Path(got["guide"]).is_relative_to(target)
    rules = GuideRules().load().rules  # the same files, read from the source tree
    taxonomy = resources.taxonomy()
    assert got["guide_version"] == rules.version and got["routes"] == sorted(r.id for r in rules.routes)
    assert got["taxonomy_version"] == taxonomy.version
    assert got["categories"] == sorted(c.code for c in taxonomy.categories) and len(got["categories"]) > 10
    assert bytes.fromhex(got["qm"]) == (ROOT / "resources/i18n/vpdesk_en.qm").read_bytes()[:16]
    assert got["override"] == (ROOT / "resources/overrides/example-om.toml").read_text(encoding="utf-8")[:200]


def test_the_editable_install_reads_the_source_tree() -> None:
    """What `make` installs: an edit to resources/ shows at once, with no environment variable in between."""
    assert resources.path("guide.toml") == ROOT / "resources" / "guide.toml"
    assert resources.path("i18n/vpdesk_nl.qm").is_file()
    assert resources.read_text("taxonomy.toml") == (ROOT / "resources/taxonomy.toml").read_text(encoding="utf-8")
