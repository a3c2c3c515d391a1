"""Build vpdesk_<version>_amd64.deb: the app and every locked dependency as wheels, installed offline.

    python installer/linux/build_deb.py --out dist [--wheelhouse DIR]      (or: make deb)

The package carries /opt/vpdesk/wheels: the locked wheels plus vpdesk's own (which holds the data files as the
package `vpdesk_resources`), with a requirements file that pins each by SHA-256. Its postinst makes
/opt/vpdesk/venv from those wheels only (`--no-index --require-hashes`: no network, nothing unpinned), so
`apt-get install -y vpdesk` is silent and reproducible. /etc/vpdesk/policy.toml is a conffile: IT's edits survive
upgrades. The maintainer scripts honour $DPKG_ROOT, so tests can unpack and configure the package in a folder
without root. Signing happens in the APT repository (apt_repo.py): apt verifies every package it installs against
the signed Release file.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PREFIX = "opt/vpdesk"
# what Qt (offscreen and on a desktop), the compiled SQLCipher and the launcher need from Debian/Ubuntu
DEPENDS = (
    "python3 (>= 3.11), python3 (<< 3.12), python3-venv, libssl3, libgl1, libegl1, libx11-6, libdbus-1-3, "
    "libfontconfig1, libfreetype6, libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, "
    "libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xkb1"
)

POSTINST = """#!/bin/sh
# Make the app's own Python environment from the shipped wheels only: no network, every wheel pinned by hash.
set -e
case "$1" in configure|"")
  base="$DPKG_ROOT/opt/vpdesk"
  rm -rf "$base/venv"
  python3 -m venv --without-pip "$base/venv"
  pip=$(ls "$base"/wheels/pip-*.whl)
  "$base/venv/bin/python" "$pip/pip" install --quiet --disable-pip-version-check --no-index --no-deps \\
    --find-links "$base/wheels" --require-hashes --no-compile -r "$base/wheels/requirements.txt"
  "$base/venv/bin/python" -m compileall -q "$base/venv/lib" >/dev/null || true
  ;;
esac
exit 0
"""

PRERM = """#!/bin/sh
set -e
rm -rf "$DPKG_ROOT/opt/vpdesk/venv"
exit 0
"""

LAUNCHER = """#!/bin/sh
# vpdesk, installed from the .deb: its own Python environment (the data files are package data in it)
exec /opt/vpdesk/venv/bin/vpdesk "$@"
"""

DESKTOP = """[Desktop Entry]
Type=Application
Name=vpdesk
GenericName=Vertrouwenspersoon
Comment=Versleuteld dossier, wegwijzer, ruimtes en jaarcijfers voor vertrouwenspersonen
Exec=vpdesk
Terminal=false
Categories=Office;
"""


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


# what building vpdesk's own wheel reads (setup.py maps resources/ to the package vpdesk_resources)
WHEEL_SOURCES = ("pyproject.toml", "setup.py", "README.md", "vpdesk", "resources")


def _pip(python: str, *args: str, cwd: Path = ROOT) -> None:
    subprocess.run([python, "-m", "pip", "--disable-pip-version-check", "-q", *args], check=True, cwd=cwd)


def build_vpdesk_wheel(out: Path, python: str = sys.executable) -> Path:
    """vpdesk's own wheel, built from a copy of just what packaging reads: setuptools reuses a build/ folder left
    in the tree, which would carry modules deleted since an earlier build into the wheel."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        for name in WHEEL_SOURCES:
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(ROOT / name, src / name)
        _pip(python, "wheel", "--no-deps", "--no-build-isolation", "--no-index", ".", "-w", str(out), cwd=src)
    return next(out.glob("vpdesk-*.whl"))


def build_wheelhouse(out: Path, python: str = sys.executable) -> Path:
    """Every locked dependency as a wheel (hash-checked), SQLCipher compiled here, and vpdesk's own wheel."""
    out.mkdir(parents=True, exist_ok=True)
    _pip(python, "wheel", "--require-hashes", "--no-deps", "-r", "requirements/main.txt", "-w", str(out))
    _pip(python, "download", "--require-hashes", "--no-deps", "-r", "requirements/build-pip.txt", "-d", str(out))
    _pip(
        python,
        *("wheel", "--require-hashes", "--no-deps", "--no-build-isolation", "--no-binary", "sqlcipher3"),
        *("-r", "requirements/sqlcipher.txt", "-w", str(out)),
    )
    build_vpdesk_wheel(out, python)
    return out


def _requirements(wheels: list[Path]) -> str:
    """One line per wheel, pinned by its SHA-256 (also vpdesk's and SQLCipher's, which are built here)."""
    lines = []
    for wheel in sorted(wheels):
        name, ver = wheel.name.split("-")[:2]
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        lines.append(f"{name.replace('_', '-')}=={ver} --hash=sha256:{digest}")
    return "\n".join(lines) + "\n"


def _commented(policy: str) -> str:
    out = ["# vpdesk policy: uncomment and set what IT locks; see docs/admin-guide.md."]
    out += [line if not line.strip() or line.startswith("#") else "# " + line for line in policy.splitlines()]
    return "\n".join(out) + "\n"


def build_deb(wheelhouse: Path, out: Path) -> Path:
    wheels = sorted(wheelhouse.glob("*.whl"))
    if not any(w.name.startswith("vpdesk-") for w in wheels) or not any(w.name.startswith("pip-") for w in wheels):
        raise SystemExit(f"{wheelhouse} lacks vpdesk's or pip's wheel: build it with build_wheelhouse()")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "stage"
        base = stage / PREFIX
        (base / "wheels").mkdir(parents=True)
        for wheel in wheels:
            shutil.copy2(wheel, base / "wheels" / wheel.name)
        (base / "wheels" / "requirements.txt").write_text(
            _requirements([w for w in wheels if not w.name.startswith("pip-")])
        )
        _write(stage / "usr/bin/vpdesk", LAUNCHER, 0o755)
        _write(stage / "usr/share/applications/vpdesk.desktop", DESKTOP, 0o644)
        _write(stage / "etc/vpdesk/policy.toml", _commented((ROOT / "installer/policy/policy.toml").read_text()), 0o644)
        shutil.copy2(ROOT / "docs/admin-guide.md", _parent(stage / "usr/share/doc/vpdesk/admin-guide.md"))
        size_kib = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file()) // 1024
        _write(
            stage / "DEBIAN/control",
            f"Package: vpdesk\nVersion: {version()}\nArchitecture: amd64\nMaintainer: vpdesk <vpdesk@localhost>\n"
            f"Installed-Size: {size_kib}\nDepends: {DEPENDS}\nSection: misc\nPriority: optional\n"
            "Description: encrypted case notes and referral guide for vertrouwenspersonen\n"
            " Offline desktop app: an encrypted vault (SQLCipher), the wegwijzer, a shared room pool and\n"
            " anonymised, signed annual figures.\n",
            0o644,
        )
        _write(stage / "DEBIAN/conffiles", "/etc/vpdesk/policy.toml\n", 0o644)
        _write(stage / "DEBIAN/postinst", POSTINST, 0o755)
        _write(stage / "DEBIAN/prerm", PRERM, 0o755)
        deb = out / f"vpdesk_{version()}_amd64.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def _parent(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _write(path: Path, text: str, mode: int) -> None:
    _parent(path).write_text(text)
    path.chmod(mode)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--wheelhouse", type=Path, help="reuse these wheels instead of building them")
    args = parser.parse_args()
    wheelhouse = args.wheelhouse or build_wheelhouse(args.out / "wheelhouse")
    print(build_deb(wheelhouse, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
