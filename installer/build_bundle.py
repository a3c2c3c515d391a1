"""Build the frozen bundle (PyInstaller, installer/vpdesk.spec) into a fresh folder: no leftover build/ is reused.

    python installer/build_bundle.py --out DIR        -> DIR/vpdesk/ (the executable and its _internal/ folder)

Reproducible: SOURCE_DATE_EPOCH (default: the last commit's time) and PYTHONHASHSEED=0 make two builds of the same
tree bit-identical (tests/installer/test_package.py). Shared by the Linux, Windows and macOS builds.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "vpdesk.spec"


def version() -> str:
    """The one version: vpdesk/__init__.py's __version__ (pyproject.toml reads it from there too)."""
    tree = ast.parse((ROOT / "vpdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__version__" for t in node.targets):
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
    raise SystemExit("vpdesk/__init__.py has no __version__")


def source_date_epoch() -> str:
    """$SOURCE_DATE_EPOCH, else the last commit's time, else 0: never the clock of the build machine."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given:
        return given
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else "0"


# what building vpdesk's own wheel reads (setup.py maps resources/ to the package vpdesk_resources)
WHEEL_SOURCES = ("pyproject.toml", "setup.py", "README.md", "vpdesk", "resources")


def build_vpdesk_wheel(out: Path, python: str = sys.executable) -> Path:
    """vpdesk's own wheel (for `pip install` outside the bundle), built from a copy of just what packaging reads:
    setuptools reuses a build/ folder left in the tree, which would carry modules deleted since into the wheel."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        for name in WHEEL_SOURCES:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(ROOT / name, src / name)
        command = [python, "-m", "pip", "--disable-pip-version-check", "-q", "wheel", "--no-deps"]
        subprocess.run([*command, "--no-build-isolation", "--no-index", ".", "-w", str(out)], check=True, cwd=src)
    return next(out.glob("vpdesk-*.whl"))


def build_bundle(out: Path, python: str = sys.executable) -> Path:
    """DIR/vpdesk: the frozen app, built from scratch in a temporary work folder."""
    target = out / "vpdesk"
    shutil.rmtree(target, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch(), "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory(prefix="vpdesk-pyi-") as work:
        command = [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
        command += ["--distpath", str(out), "--workpath", work, str(SPEC)]
        subprocess.run(command, check=True, cwd=ROOT, env=env)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "bundle")
    print(build_bundle(parser.parse_args().out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
