"""Shared by the installer's slow tests: a throwaway release key, the frozen bundle and the signed .deb (each built
once per test session), and minimal Debian roots (debootstrap) to install them in.

A root is made once per suite and kept as a tarball in $VPDESK_TEST_CACHE (default /var/cache/vpdesk-tests; a
clean CI clone makes it afresh from the Debian mirror, about a minute); each test unpacks a fresh copy. Which
suites run: $VPDESK_TEST_SUITES (default "bookworm"; "bookworm trixie" proves Debian 13 too, docs/decisions.md 97).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("VPDESK_TEST_CACHE", "/var/cache/vpdesk-tests"))
SUITES = os.environ.get("VPDESK_TEST_SUITES", "bookworm").split()
MIRROR = os.environ.get("VPDESK_TEST_MIRROR", "http://deb.debian.org/debian")
KEY_TIME = 1577836800  # 2020-01-01: the test release key predates every SOURCE_DATE_EPOCH it signs at


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def build_deb_module() -> ModuleType:
    return load("build_deb", ROOT / "installer/linux/build_deb.py")


def run(*command: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs.setdefault("stdin", subprocess.DEVNULL)  # no terminal, as in configuration management
    kwargs.setdefault("timeout", 600)
    return subprocess.run(command, **kwargs)  # type: ignore[call-overload, no-any-return]


def need_root_tools() -> None:
    if os.geteuid() != 0:
        pytest.fail("the installer tests install packages into Debian roots: run them as root", pytrace=False)
    for tool in ("dpkg-deb", "debootstrap", "gpg", "readelf", "objdump"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: scripts/qt-deps.sh installs it (make test as root)", pytrace=False)


@pytest.fixture(scope="session")
def release_key() -> Iterator[str]:
    """A throwaway ed25519 release key in a private $GNUPGHOME (set for the session); yields its fingerprint."""
    need_root_tools()
    home = tempfile.mkdtemp(prefix="vpg")  # short: gpg-agent's socket path has a length limit
    old = os.environ.get("GNUPGHOME")
    os.environ["GNUPGHOME"] = home
    made = run(
        *("gpg", "--batch", "--quiet", "--passphrase", "", f"--faked-system-time={KEY_TIME}!"),
        *("--quick-gen-key", "vpdesk release test <release@vpdesk.test>", "ed25519", "sign", "0"),
    )
    assert made.returncode == 0, made.stderr
    listing = run("gpg", "--batch", "--with-colons", "--list-keys").stdout
    yield next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr"))
    run("gpgconf", "--kill", "gpg-agent")
    if old is None:
        os.environ.pop("GNUPGHOME", None)
    else:
        os.environ["GNUPGHOME"] = old
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen app, built once per session from this tree (about a minute)."""
    need_root_tools()
    build = build_deb_module()
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(build.source_date_epoch()))
    return Path(build.bundle_tools.build_bundle(tmp_path_factory.mktemp("bundle")))


@pytest.fixture(scope="session")
def deb(bundle: Path, release_key: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(build_deb_module().build_deb(bundle, tmp_path_factory.mktemp("deb"), release_key))


def root_cache(suite: str, packages: list[str]) -> Path:
    """A tarball of a minimal `suite` root with `packages` installed, made once (debootstrap) and reused."""
    key = hashlib.sha256(" ".join([suite, MIRROR, *sorted(packages)]).encode()).hexdigest()[:12]
    tarball = CACHE / f"{suite}-{key}.tar"
    if tarball.is_file():
        return tarball
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"vpdesk-{suite}-") as tmp:
        target = Path(tmp) / "root"
        made = run(
            "debootstrap", "--variant=minbase", f"--include={','.join(sorted(packages))}", suite, str(target), MIRROR
        )
        assert made.returncode == 0, (
            f"debootstrap {suite} failed (is the Debian mirror reachable?): {made.stdout[-2000:]}"
        )
        shutil.rmtree(target / "var/cache/apt/archives", ignore_errors=True)
        (target / "var/cache/apt/archives/partial").mkdir(parents=True)
        partial = tarball.with_suffix(".part")
        assert run("tar", "-C", str(target), "-cf", str(partial), ".").returncode == 0
        partial.rename(tarball)
    return tarball


class DebianRoot:
    """A fresh minimal Debian root with /proc and /dev mounted; `sh(...)` runs a command inside it as root."""

    def __init__(self, path: Path, suite: str) -> None:
        self.path, self.suite = path, suite

    def sh(self, script: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        base = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8"}
        base["DEBIAN_FRONTEND"] = "noninteractive"
        return run("chroot", str(self.path), "/bin/sh", "-c", script, env={**base, **(env or {})})

    def popen(self, script: str) -> subprocess.Popen[str]:
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8"}
        return subprocess.Popen(
            ["chroot", str(self.path), "/bin/sh", "-c", script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )


@pytest.fixture
def debian_root(request: pytest.FixtureRequest, deb: Path, tmp_path: Path) -> Iterator[DebianRoot]:
    """A fresh root of the suite in request.param, with what the .deb depends on already installed."""
    suite = str(request.param)
    depends = run("dpkg-deb", "-f", str(deb), "Depends").stdout
    packages = [p.split()[0] for p in depends.split(",")]
    tarball = root_cache(suite, packages)
    path = tmp_path / suite
    path.mkdir()
    assert run("tar", "-C", str(path), "-xf", str(tarball)).returncode == 0
    mounts = [path / "proc", path / "dev"]
    run("mount", "-t", "proc", "proc", str(mounts[0]), check=True)
    run("mount", "--bind", "/dev", str(mounts[1]), check=True)
    try:
        yield DebianRoot(path, suite)
    finally:
        for mount in reversed(mounts):
            run("umount", "-l", str(mount))
        shutil.rmtree(path, ignore_errors=True)
