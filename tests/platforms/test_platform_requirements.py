"""The Windows and macOS lock files (requirements/windows.txt, macos.txt; decisions 150-151).

The offline tests compare them with the Linux pins. The `slow` ones ask the package index, as building the venv
does, for every pinned wheel's metadata (no wheel is downloaded): they prove that each pin has a CPython 3.11 wheel
for win_amd64 and macOS arm64 whose hash is pinned, and that nothing a package needs there is missing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def _locks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("platform_locks", ROOT / "scripts" / "platform_locks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["platform_locks"] = module
    spec.loader.exec_module(module)
    return module


locks = _locks()
PLATFORMS = sorted(locks.PLATFORMS)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_shared_packages_have_the_linux_version_and_a_linux_pinned_hash(platform: str) -> None:
    linux: dict[str, set[str]] = {}
    for name in locks.SHARED:
        linux |= locks.locked_hashes((ROOT / "requirements" / f"{name}.txt").read_text(encoding="utf-8"))
    versions = {canonicalize_name(r.name): r.specifier for name in locks.SHARED for r in locks.pinned(name)}
    pins = {canonicalize_name(r.name): r.specifier for r in locks.pinned(platform)}
    hashes = locks.locked_hashes((ROOT / "requirements" / f"{platform}.txt").read_text(encoding="utf-8"))
    shared = sorted(set(pins) & set(versions))
    assert len(shared) >= 25
    for name in shared:
        assert pins[name] == versions[name], name
        assert hashes[name] and hashes[name] <= linux[name], name  # the same files Linux's lock allows
    assert "sqlcipher3" in pins and "sqlcipher3" not in versions  # Linux compiles its own (requirements/sqlcipher.txt)


def test_only_the_platform_packages_are_new() -> None:
    shared = {canonicalize_name(r.name) for name in locks.SHARED for r in locks.pinned(name)}
    new = {p: {canonicalize_name(r.name) for r in locks.pinned(p)} - shared for p in PLATFORMS}
    assert new == {
        "macos": {"sqlcipher3", "macholib", "pyobjc-core", "pyobjc-framework-cocoa"},
        "windows": {"sqlcipher3", "pywin32-ctypes", "pefile", "colorama"},
    }


@pytest.mark.slow
@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_pin_has_a_wheel_there_with_a_pinned_hash(platform: str) -> None:
    assert locks.check(platform) == []


def _windows_lock() -> str:
    return (ROOT / "requirements" / "windows.txt").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_wheel_whose_hash_is_not_pinned_is_refused() -> None:
    text = _windows_lock()
    wheel = sorted(locks.locked_hashes(text)["sqlcipher3"])[0]
    problems = locks.check("windows", text.replace(wheel, "0" * 64))
    assert problems and any("sqlcipher3" in p for p in problems), problems


@pytest.mark.slow
def test_a_dependency_only_windows_needs_is_missed_when_not_pinned() -> None:
    text = _windows_lock()
    start = text.index("pywin32-ctypes==")
    end = text.index("\n", text.index("--hash", start))
    problems = locks.check("windows", text[:start] + text[end + 1 :])
    assert any(p.startswith("win_amd64: pywin32-ctypes") and "keyring" in p for p in problems), problems


# sqlcipher3's manylinux wheel of the version windows.txt and macos.txt pin: the same SQLCipher build as their wheels
SQLCIPHER_WHEEL_LINUX = "8168f8799b3d63c36ace6aeec3bc78818a52af85a0e756e1b5963673ccb7af29"
VAULT_SCRIPT = """
import sys
from pathlib import Path
import sqlcipher3
from vpdesk.store.vault import Vault
from vpdesk.store.keyslots import Argon2Params
import vpdesk.store.vault as v
v.calibrate_argon2 = lambda *a, **k: Argon2Params(memory_kib=8192, iterations=1, lanes=1)
home, mode = Path(sys.argv[1]), sys.argv[2]
print(sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0])
if mode == "create":
    Vault.create(home, "een lange wachtzin voor de test")
else:
    Vault.unlock(home, "een lange wachtzin voor de test").close()
"""


@pytest.mark.slow
def test_vaults_cross_between_this_sqlcipher_and_the_platform_wheels_build(tmp_path: Path) -> None:
    """A vault (or a restored backup) made here opens with the SQLCipher of the Windows/macOS wheels, and back."""
    import subprocess

    (pin,) = [r for r in locks.pinned("windows") if r.name == "sqlcipher3"]
    wheel_dir = tmp_path / "wheel"
    reqs = tmp_path / "req.txt"
    reqs.write_text(f"{pin} --hash=sha256:{SQLCIPHER_WHEEL_LINUX}\n")
    pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps", "--target"]
    subprocess.run([*pip, str(wheel_dir), "--only-binary=:all:", "--require-hashes", "-r", str(reqs)], check=True)

    def run(home: Path, mode: str, platform_build: bool) -> str:
        env = {**os.environ, "PYTHONPATH": str(wheel_dir) if platform_build else ""}
        done = subprocess.run(
            [sys.executable, "-c", VAULT_SCRIPT, str(home), mode], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout.strip()

    here = run(tmp_path / "a", "create", platform_build=False)
    there = run(tmp_path / "a", "open", platform_build=True)
    assert here != there  # two SQLCipher builds really met (4.12 here, the wheel's newer 4.x)
    assert run(tmp_path / "b", "create", platform_build=True) == there
    assert run(tmp_path / "b", "open", platform_build=False) == here
