"""Build vpdesk_<version>_amd64.deb from the frozen bundle, signed: the .deb's origin signature and a signed manifest.

    python installer/linux/build_deb.py --key FPR --out dist [--bundle DIR]      (or: make deb KEY=FPR)

The package holds the PyInstaller bundle in /opt/vpdesk (no system Python, no pip, nothing built at install time:
every installed file is dpkg's, so `dpkg --verify` sees a changed one), a launcher, the desktop entry, icon,
AppStream metainfo, copyright (with the bundled libraries' own files) and changelog. It does not own
/etc/vpdesk/policy.toml: the example is /usr/share/vpdesk/policy.toml.example, so an upgrade never asks about IT's
file. It has no maintainer scripts, so nothing can fail half-way through an upgrade.

Signed twice with the release key (an OpenPGP key in $GNUPGHOME): /usr/share/vpdesk/manifest.sha256(.sig), which
`vpdesk verify` checks every installed file against, and the .deb's `_gpgorigin` member (debsigs' format, checked by
debsig-verify). The build is reproducible: every time stamp is SOURCE_DATE_EPOCH (default: the changelog's date),
and ed25519 signatures made at that time are deterministic. Beside the .deb it writes <deb>.sha256, which
`make apt-repo` checks so that it publishes exactly this file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PREFIX = Path("opt/vpdesk")
APP_ID = "nl.vpdesk.vpdesk"
# what the package needs besides the libraries the bundle links: gpgv for `verify`, and the time zone database
# (Python's zoneinfo reads /usr/share/zoneinfo; a minimal Ubuntu 22.04 has none, and vpdesk stopped at start)
ALWAYS = ("gpgv", "tzdata")
# Debian 13 and Ubuntu 24.04 renamed these for 64-bit time_t ("t64"); the build machine (Debian 12) has the old
# names. Depends names both, the new one first ("libcups2t64 | libcups2"), rather than leaning on the t64
# packages' Provides. A library whose package is not here and ends in t64 is a new rename: the build stops.
T64_RENAMED = {"libcups2", "libglib2.0-0", "libssl3", "libreadline8", "libpng16-16", "libgnutls30", "libcurl4"}
# libraries a build machine without a Wayland desktop lacks, by the package that holds them in Debian and Ubuntu
NOT_ON_BUILD_MACHINE = {"libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1"}

LAUNCHER = """#!/bin/sh
# vpdesk: the frozen bundle in /opt/vpdesk (its own Python; the system's is not used)
exec /opt/vpdesk/vpdesk "$@"
"""


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle_tools = _load("build_bundle", ROOT / "installer" / "build_bundle.py")
verify = _load("vpdesk_verify", ROOT / "vpdesk" / "services" / "verify.py")  # one digest rule for build and check


def version() -> str:
    return str(bundle_tools.version())


class Variant:
    """What tests change in a package built from the same bundle: its version, a maintainer script."""

    def __init__(self, version: str = "", scripts: dict[str, str] | None = None) -> None:
        self.version = version
        self.scripts = scripts or {}


def changelog_entry() -> tuple[str, int]:
    """The version and time (seconds since the epoch) of the changelog's top entry."""
    text = (HERE / "changelog").read_text(encoding="utf-8")
    head = re.match(r"vpdesk \(([^)]+)\)", text)
    when = re.search(r"^ -- .+?  (.+)$", text, re.MULTILINE)
    if head is None or when is None:
        raise SystemExit("installer/linux/changelog: no top entry")
    return head.group(1), int(parsedate_to_datetime(when.group(1)).timestamp())


def source_date_epoch() -> int:
    return int(os.environ.get("SOURCE_DATE_EPOCH") or changelog_entry()[1])


def _run(*command: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]


# --- what the bundle needs from the system ---


def _elf_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink() and _is_elf(p)]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def needed_from_system(bundle: Path) -> tuple[set[str], str]:
    """The sonames the bundle's ELF files need that it does not carry, and the newest glibc symbol version used."""
    carried = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    glibc = "2.17"
    for elf in _elf_files(bundle):
        dynamic = subprocess.run(["readelf", "-dW", str(elf)], capture_output=True, text=True).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
        symbols = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True).stdout
        for found in re.findall(r"GLIBC_(\d+\.\d+(?:\.\d+)?)", symbols):
            if _ver(found) > _ver(glibc):
                glibc = found
    return {n for n in needed if n not in carried}, glibc


def _ver(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split("."))


def packages_of(sonames: set[str]) -> dict[str, str]:
    """The Debian package that holds each library on the build machine (found through ldconfig's cache; one
    dpkg query for all of them, which takes a second where one per library took minutes)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for soname in sonames:
        match = re.search(rf"^\s+{re.escape(soname)} \(libc6,x86-64\) => (\S+)$", cache, re.MULTILINE)
        if match:
            real = str(Path(match.group(1)).resolve())
            for candidate in (match.group(1), real, real.replace("/usr/lib/", "/lib/", 1)):
                paths[candidate] = soname
    if not paths:
        return {}
    found = subprocess.run(["dpkg-query", "--search", *sorted(paths)], capture_output=True, text=True).stdout
    owners: dict[str, str] = {}
    for line in found.splitlines():
        package, _, path = line.partition(": ")
        if path.strip() in paths and "," not in package:
            owners.setdefault(paths[path.strip()], package.split(":")[0].strip())
    return owners


def depends(bundle: Path) -> str:
    """Depends: the packages of the libraries the bundle leaves to the system (the build machine's names, with
    the t64 name as an alternative where Debian 13 and Ubuntu 24.04 renamed it), and libc6 new enough."""
    needed, glibc = needed_from_system(bundle)
    packages = {"libc6"}
    owners = packages_of(needed)
    for soname in sorted(needed):
        owner = owners.get(soname) or NOT_ON_BUILD_MACHINE.get(soname)
        if owner is None:
            raise SystemExit(f"the bundle needs {soname}, which no installed package provides here")
        old = owner.removesuffix("t64")
        if owner.endswith("t64") and old not in T64_RENAMED:
            raise SystemExit(f"{owner} is a time64 rename build_deb.py does not know: add {old} to T64_RENAMED")
        packages.add(old)
    packages |= set(ALWAYS)
    return ", ".join(_relation(p, glibc) for p in sorted(packages))


def _relation(package: str, glibc: str) -> str:
    if package == "libc6":
        return f"libc6 (>= {glibc})"
    return f"{package}t64 | {package}" if package in T64_RENAMED else package


def bundled_copyrights(bundle: Path) -> dict[str, Path]:
    """The Debian copyright file of every system library PyInstaller copied into the bundle, by package."""
    out: dict[str, Path] = {}
    owners = packages_of({lib.name for lib in (bundle / "_internal").glob("lib*.so*")})
    for owner in sorted(set(owners.values())):
        if (Path("/usr/share/doc") / owner / "copyright").is_file():
            out[owner] = Path("/usr/share/doc") / owner / "copyright"
    return out


# --- the package ---


def _write(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(mode)


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def installed_size_kib(stage: Path) -> int:
    """As dpkg-gencontrol counts it: each file rounded up to a KiB, plus one per folder and symlink."""
    total = 0
    for path in stage.rglob("*"):
        if path.is_relative_to(stage / "DEBIAN"):
            continue
        total += -(-path.lstat().st_size // 1024) if path.is_file() and not path.is_symlink() else 1
    return total


def gpg_sign(data: Path, signature: Path, key: str, epoch: int, gpg: str = "gpg") -> None:
    """A binary detached OpenPGP signature made at SOURCE_DATE_EPOCH (ed25519: the same bytes every time)."""
    done = subprocess.run(
        [
            *(gpg, "--batch", "--yes", "--openpgp", "--local-user", key, "--digest-algo", "SHA512"),
            *(f"--faked-system-time={epoch}!", "--detach-sign", "-o", str(signature), str(data)),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:  # e.g. a key made after SOURCE_DATE_EPOCH cannot sign at that time
        raise SystemExit(f"signing with {key} at SOURCE_DATE_EPOCH={epoch} failed: {done.stderr.strip()}")


def write_manifest(stage: Path) -> Path:
    """usr/share/vpdesk/manifest.sha256: every file and symlink the package installs (but the manifest and its
    signature), in sha256sum's format; a symlink's digest is of its target (vpdesk/services/verify.py)."""
    lines = []
    for path in sorted(p for p in stage.rglob("*") if p.is_symlink() or p.is_file()):
        rel = path.relative_to(stage)
        if rel.parts[0] != "DEBIAN":
            lines.append(f"{verify.digest(path)}  /{rel.as_posix()}")
    manifest = stage / "usr/share/vpdesk/manifest.sha256"
    _write(manifest, "\n".join(lines) + "\n")
    return manifest


def stage_package(bundle: Path, stage: Path, key: str, epoch: int, variant: Variant | None = None) -> str:
    """Lay out the package's files in `stage`; returns the Depends line."""
    ver = version()
    if changelog_entry()[0] != ver and not (variant and variant.version):
        raise SystemExit(f"installer/linux/changelog's top entry is not {ver} (vpdesk/__init__.py): add one")
    shutil.copytree(bundle, stage / PREFIX, symlinks=True)
    _write(stage / "usr/bin/vpdesk", LAUNCHER, 0o755)
    _write(stage / f"usr/share/applications/{APP_ID}.desktop", (HERE / f"{APP_ID}.desktop").read_bytes())
    _write(
        stage / "usr/share/icons/hicolor/scalable/apps/vpdesk.svg", (ROOT / "installer/icons/vpdesk.svg").read_bytes()
    )
    released = subprocess.run(["date", "-u", "-d", f"@{epoch}", "+%Y-%m-%d"], capture_output=True, text=True)
    metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", ver).replace("@DATE@", released.stdout.strip())
    _write(stage / f"usr/share/metainfo/{APP_ID}.metainfo.xml", metainfo)
    doc = stage / "usr/share/doc/vpdesk"
    _write(doc / "copyright", (HERE / "copyright").read_bytes())
    _write(doc / "changelog.gz", _gzip((HERE / "changelog").read_bytes()))
    _write(doc / "admin-guide.md.gz", _gzip((ROOT / "docs/admin-guide.md").read_bytes()))
    for package, copyright_file in bundled_copyrights(bundle).items():
        _write(doc / "bundled" / f"{package}.copyright", copyright_file.read_bytes())
    _write(stage / "usr/share/lintian/overrides/vpdesk", (HERE / "lintian-overrides").read_bytes())
    share = stage / "usr/share/vpdesk"
    _write(share / "policy.toml.example", _commented((ROOT / "installer/policy/policy.toml").read_text()))
    keyring = subprocess.run(["gpg", "--batch", "--export", key], capture_output=True, check=True).stdout
    if not keyring:
        raise SystemExit(f"the release key {key} is not in the keyring ($GNUPGHOME)")
    _write(share / "release-key.gpg", keyring)
    for path in (stage / "usr").rglob("*"):  # the bundle's own modes are PyInstaller's; the rest is ours
        if path.is_dir():
            path.chmod(0o755)
    return depends(bundle)


def _commented(policy: str) -> str:
    out = [
        "# vpdesk policy example: copy to /etc/vpdesk/policy.toml, uncomment what IT locks; see the admin guide.",
        "# The package never installs or changes /etc/vpdesk/policy.toml. Check it: vpdesk policy --check FILE",
    ]
    out += [line if not line.strip() or line.startswith("#") else "# " + line for line in policy.splitlines()]
    return "\n".join(out) + "\n"


def control(stage: Path, depends_line: str, ver: str) -> str:
    return (
        f"Package: vpdesk\nVersion: {ver}\nArchitecture: amd64\n"
        "Maintainer: vpdesk release team <release@vpdesk.example.nl>\n"
        f"Installed-Size: {installed_size_kib(stage)}\nDepends: {depends_line}\nRecommends: ca-certificates\n"
        "Section: misc\nPriority: optional\n"
        "Homepage: https://vpdesk.example.nl/\n"
        "Description: encrypted case notes and referral guide for confidential advisers\n"
        " Offline desktop app for vertrouwenspersonen: an encrypted vault (SQLCipher),\n"
        " the referral guide (wegwijzer), a shared room pool and anonymised, signed\n"
        " annual figures.\n"
        " .\n"
        " A self-contained bundle in /opt/vpdesk; `vpdesk verify` checks it against\n"
        " the manifest signed with the release key.\n"
    )


def sign_origin(deb: Path, key: str, epoch: int) -> None:
    """debsigs' origin signature: a detached signature over debian-binary, control.tar.* and data.tar.*, in that
    order, as the ar member `_gpgorigin` (made here at SOURCE_DATE_EPOCH, so the signed .deb is reproducible)."""
    members = _run("ar", "t", str(deb)).stdout.split()
    with tempfile.TemporaryDirectory() as tmp:
        signed = Path(tmp) / "signed"
        with signed.open("wb") as out:
            for name in members:
                if name == "debian-binary" or name.startswith(("control.tar", "data.tar")):
                    out.write(subprocess.run(["ar", "p", str(deb), name], capture_output=True, check=True).stdout)
        origin = Path(tmp) / "_gpgorigin"
        gpg_sign(signed, origin, key, epoch)
        _run("ar", "qD", str(deb), str(origin))


def build_deb(bundle: Path, out: Path, key: str, variant: Variant | None = None) -> Path:
    epoch = source_date_epoch()
    ver = variant.version if variant and variant.version else version()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"vpdesk_{ver}_amd64.deb"
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "stage"
        stage.mkdir(mode=0o755)
        depends_line = stage_package(bundle, stage, key, epoch, variant)
        manifest = write_manifest(stage)
        gpg_sign(manifest, manifest.with_name("manifest.sha256.sig"), key, epoch)
        manifest.with_name("manifest.sha256.sig").chmod(0o644)
        _write(stage / "DEBIAN/control", control(stage, depends_line, ver))
        for name, script in (variant.scripts if variant else {}).items():
            _write(stage / "DEBIAN" / name, script, 0o755)
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
        for path in stage.rglob("*"):
            os.utime(path, (epoch, epoch), follow_symlinks=False)
        deb.unlink(missing_ok=True)
        _run("dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(stage), str(deb), env=env)
    sign_origin(deb, key, epoch)
    Path(f"{deb}.sha256").write_text(f"{hashlib.sha256(deb.read_bytes()).hexdigest()}  {deb.name}\n")
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--key", required=True, help="the release key's fingerprint (in $GNUPGHOME)")
    parser.add_argument("--bundle", type=Path, help="use this frozen bundle instead of building one afresh")
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(source_date_epoch()))  # the bundle's time stamps too
    bundle = args.bundle or bundle_tools.build_bundle(args.out / "bundle")
    print(build_deb(bundle, args.out, args.key))
    return 0


if __name__ == "__main__":
    sys.exit(main())
