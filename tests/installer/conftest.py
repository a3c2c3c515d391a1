"""Shared by the installer's slow tests: a throwaway release key, the frozen bundle and the signed .deb (each built
once per test session), and minimal Debian roots (debootstrap) to install them in.

A root is made once per suite and Depends line and kept as a tarball in $VPDESK_TEST_CACHE (default
/var/cache/vpdesk-tests; a clean CI clone makes each afresh from the distribution's mirror, one to two minutes):
debootstrap, then apt resolves the package's Depends line in it (`apt-get satisfy`, alternatives and all), and the
mirror is removed from its sources, so each test unpacks a fresh copy and runs offline. Which suites run:
$VPDESK_TEST_SUITES (default: all four supported systems, docs/decisions.md 142).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("VPDESK_TEST_CACHE", "/var/cache/vpdesk-tests"))
DEBIAN_MIRROR = os.environ.get("VPDESK_TEST_MIRROR", "http://deb.debian.org/debian")
UBUNTU_MIRROR = os.environ.get("VPDESK_TEST_UBUNTU_MIRROR", "http://archive.ubuntu.com/ubuntu")
# The Ubuntu archive keys (2012 and 2018, from ubuntu-keyring 2023.11.28.1 in Ubuntu's pool; Debian 12 does not
# package them), pinned by hash so a changed file is noticed: debootstrap checks the Release files with them.
UBUNTU_KEYRING = Path(__file__).with_name("ubuntu-archive-keyring.gpg")
UBUNTU_KEYRING_SHA256 = "af46e02bb4ea8d88db4e302c83da84d7a4f56d88ee969416b8628973b3cd0547"


class Suite:
    """A supported system as debootstrap makes it: its mirror, the keyring its Release is checked with, and the
    debootstrap script (Debian 12's debootstrap has none for noble; gutsy's is the one every later Ubuntu uses)."""

    def __init__(self, name: str, title: str, mirror: str, keyring: Path | None = None, script: str = "") -> None:
        self.name, self.title, self.mirror, self.keyring, self.script = name, title, mirror, keyring, script

    def debootstrap(self, packages: list[str], target: Path) -> list[str]:
        command = ["debootstrap", "--variant=minbase"] + ([f"--include={','.join(packages)}"] if packages else [])
        if self.keyring is not None:
            command.append(f"--keyring={self.keyring}")
        command += [self.name, str(target), self.mirror]
        return command + ([self.script] if self.script else [])


GUTSY = "/usr/share/debootstrap/scripts/gutsy"
KNOWN = {
    s.name: s
    for s in (
        Suite("bookworm", "Debian 12", DEBIAN_MIRROR),
        Suite("trixie", "Debian 13", DEBIAN_MIRROR),
        Suite("jammy", "Ubuntu 22.04", UBUNTU_MIRROR, UBUNTU_KEYRING, GUTSY),
        Suite("noble", "Ubuntu 24.04", UBUNTU_MIRROR, UBUNTU_KEYRING, GUTSY),
    )
}
SUITES = os.environ.get("VPDESK_TEST_SUITES", "bookworm trixie jammy noble").split()
# the whole install/upgrade/failed-upgrade/purge story runs in the first; the others install, selftest, verify, purge
FULL_STORY, SHORT_STORY = SUITES[:1], SUITES[1:]
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


def root_cache(suite: Suite, depends: str) -> Path:
    """A tarball of a minimal `suite` root in which apt has installed what `depends` (a Depends line) asks for,
    made once (debootstrap, then `apt-get satisfy`) and reused; its sources name no mirror (tests run offline)."""
    key = hashlib.sha256(" ".join([suite.name, suite.mirror, depends]).encode()).hexdigest()[:12]
    tarball = CACHE / f"{suite.name}-{key}.tar"
    if tarball.is_file():
        return tarball
    if suite.keyring is not None:
        digest = hashlib.sha256(suite.keyring.read_bytes()).hexdigest()
        assert digest == UBUNTU_KEYRING_SHA256, f"{suite.keyring} is not the pinned Ubuntu archive keyring"
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"vpdesk-{suite.name}-") as tmp:
        target = Path(tmp) / "root"
        made = run(*suite.debootstrap([], target))
        assert made.returncode == 0, (
            f"debootstrap {suite.name} failed (is {suite.mirror} reachable?): {made.stdout[-2000:]}"
        )
        with mounted(target):
            satisfied = run(
                "chroot", str(target), "/bin/sh", "-c",
                f"apt-get -q update && apt-get -q -y --no-install-recommends satisfy '{depends}' && apt-get clean",
                env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive", "LANG": "C.UTF-8"},
            )  # fmt: skip
        assert satisfied.returncode == 0, f"{suite.title} cannot satisfy Depends: {depends}\n{satisfied.stdout[-3000:]}"
        for sources in ("etc/apt/sources.list", "etc/apt/sources.list.d/ubuntu.sources"):
            (target / sources).unlink(missing_ok=True)
        shutil.rmtree(target / "var/lib/apt/lists", ignore_errors=True)
        (target / "var/lib/apt/lists/partial").mkdir(parents=True)
        partial = tarball.with_suffix(".part")
        assert run("tar", "-C", str(target), "-cf", str(partial), ".").returncode == 0
        partial.rename(tarball)
    return tarball


@contextlib.contextmanager
def mounted(path: Path) -> Iterator[None]:
    """/proc and /dev inside a root while the block runs."""
    mounts = [path / "proc", path / "dev"]
    run("mount", "-t", "proc", "proc", str(mounts[0]), check=True)
    run("mount", "--bind", "/dev", str(mounts[1]), check=True)
    try:
        yield
    finally:
        for mount in reversed(mounts):
            run("umount", "-l", str(mount))


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


@pytest.fixture(scope="session")
def root_tarballs(deb: Path) -> dict[str, Path]:
    """Every suite's cached root for this .deb's Depends, those missing made side by side (debootstrap and apt
    wait mostly on the mirror: four in a row took 7.5 minutes here)."""
    depends = run("dpkg-deb", "-f", str(deb), "Depends").stdout.strip()
    with ThreadPoolExecutor(max_workers=len(SUITES)) as pool:
        made = {name: pool.submit(root_cache, KNOWN[name], depends) for name in SUITES}
    return {name: future.result() for name, future in made.items()}


@pytest.fixture
def debian_root(request: pytest.FixtureRequest, root_tarballs: dict[str, Path], tmp_path: Path) -> Iterator[DebianRoot]:
    """A fresh root of the suite named in request.param, with what the .deb depends on already installed."""
    suite = KNOWN[str(request.param)]
    tarball = root_tarballs[suite.name]
    path = tmp_path / suite.name
    path.mkdir()
    assert run("tar", "-C", str(path), "-xf", str(tarball)).returncode == 0
    try:
        with mounted(path):
            yield DebianRoot(path, suite.name)
    finally:
        shutil.rmtree(path, ignore_errors=True)
