"""The hash-pinned requirements of the Windows and macOS builds, and the proof that each has a wheel there.

    python scripts/platform_locks.py write     -> requirements/windows.txt and requirements/macos.txt
    python scripts/platform_locks.py check     -> resolves both lock files for their platforms (metadata only)

The Linux pins (main.txt, build.txt) stay the only pins of every package the platforms share: the platform files
are resolved with them as constraints, so a package has the same version everywhere; requirements/windows.in and
macos.in add what only that platform needs (sqlcipher3's wheel, pywin32-ctypes, pefile, macholib, PyObjC), and
platform-tests.in what the runner needs to run tests/platforms (PyInstaller bundles only what vpdesk imports).

pip resolves for another platform with ``--platform``/``--only-binary=:all:``, but evaluates environment markers
(``sys_platform == "win32"``) for the machine it runs on. So `write` keeps only what the roots need under the target
platform's markers, and `check` proves that closure is complete: every requirement that a pinned package declares
for the target platform is pinned too, at a version that satisfies it (docs/decisions.md, 151).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
REQ = ROOT / "requirements"
PYTHON = "3.11"


def _env(sys_platform: str, system: str, os_name: str, machine: str) -> dict[str, str]:
    return {
        "sys_platform": sys_platform,
        "platform_system": system,
        "os_name": os_name,
        "platform_machine": machine,
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "python_version": PYTHON,
        "python_full_version": f"{PYTHON}.9",
        "implementation_version": f"{PYTHON}.9",
        "platform_release": "",
        "platform_version": "",
    }


@dataclass(frozen=True)
class Target:
    """One platform tag pip resolves for, with the marker environment of a machine of that tag."""

    tag: str
    env: dict[str, str] = field(hash=False)


PLATFORMS: dict[str, list[Target]] = {
    "windows": [Target("win_amd64", _env("win32", "Windows", "nt", "AMD64"))],
    # Apple silicon only: cryptography publishes no x86_64 or universal2 macOS wheel after 48.0.1 (decision 150)
    "macos": [Target("macosx_14_0_arm64", _env("darwin", "Darwin", "posix", "arm64"))],
}


class LockError(Exception):
    """pip could not resolve or find what a lock file pins."""


SHARED = ("main", "build", "dev")  # the Linux lock files whose versions the platforms keep
ROOTS = ("main", "build", "platform-tests")  # the .in files every platform lock starts from, with <platform>.in
# pure-Python packages that PyPI has as a source release only: installed from the same hash-pinned sdist everywhere
SDIST_ONLY = {"odfpy"}


def roots(platform: str) -> list[Requirement]:
    """The requirements named in ROOTS and <platform>.in (not their -c/-r lines)."""
    out = []
    for name in (*ROOTS, platform):
        for line in (REQ / f"{name}.in").read_text(encoding="utf-8").splitlines():
            text = line.split("#", 1)[0].strip()
            if text and not text.startswith("-"):
                out.append(Requirement(text))
    return out


def resolve(requirements: list[str], target: Target, pinned_only: bool, wheels: bool = True) -> list[dict[str, Any]]:
    """pip's installation report for `target`: what it would install, from package metadata only. `requirements`
    are lines of a requirements file. pinned_only (the check of a lock file): no dependency resolution, since pip
    would evaluate their markers for this machine; `closure` checks them for the target instead. With wheels=False
    (the sdist-only packages) pip builds only their metadata."""
    with tempfile.TemporaryDirectory(prefix="vpdesk-lock-") as tmp:
        report, reqs = Path(tmp) / "report.json", Path(tmp) / "requirements.txt"
        reqs.write_text("\n".join(requirements) + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--disable-pip-version-check"]
        command += ["--ignore-installed", "--platform", target.tag, "--python-version", PYTHON]
        command += ["--implementation", "cp", "--target", str(Path(tmp) / "t"), "--report", str(report)]
        command += ["--only-binary=:all:"] if wheels else []
        command += ["--no-deps"] if pinned_only or not wheels else []
        command += ["--require-hashes"] if pinned_only else []
        done = subprocess.run([*command, "-r", str(reqs)], capture_output=True, text=True, cwd=REQ)
        if done.returncode != 0:
            errors = [ln for ln in done.stderr.splitlines() if not ln.startswith("WARNING: Location")]
            raise LockError(f"pip cannot resolve for {target.tag}:\n" + "\n".join(errors[-15:]))
        installs: list[dict[str, Any]] = json.loads(report.read_text(encoding="utf-8"))["install"]
        return installs


def resolve_all(lines: list[str], target: Target, pinned_only: bool) -> list[dict[str, Any]]:
    """Wheels for everything except SDIST_ONLY, which is resolved apart (pip takes no sdist with --platform)."""

    def sdist(line: str) -> bool:
        return not line.startswith("-") and canonicalize_name(Requirement(line.split(" --hash")[0]).name) in SDIST_ONLY

    sdists = [ln for ln in lines if sdist(ln)]
    wheels = [ln for ln in lines if not sdist(ln)]
    built = resolve(sdists, target, pinned_only, wheels=False) if sdists else []
    named = {canonicalize_name(Requirement(ln.split(" --hash")[0]).name) for ln in wheels if not ln.startswith("-")}
    for meta in (b["metadata"] for b in built):  # what the sdists need comes as wheels (write: at the Linux pin)
        wheels += [str(r) for r in _needs(meta, target.env, set()) if canonicalize_name(r.name) not in named]
    return resolve(wheels, target, pinned_only) + built


def _needs(meta: dict[str, Any], env: dict[str, str], extras: set[str]) -> list[Requirement]:
    """The requirements a package declares for this platform (and the extras asked of it)."""
    out = []
    for text in meta.get("requires_dist", []):
        req = Requirement(text)
        if req.marker is None or any(req.marker.evaluate({**env, "extra": e}) for e in extras | {""}):
            out.append(req)
    return out


def closure(
    installs: list[dict[str, Any]], starts: list[Requirement], env: dict[str, str]
) -> tuple[set[str], list[str]]:
    """The packages `starts` need on this platform, and every requirement that the resolved set leaves unmet."""
    by_name = {canonicalize_name(i["metadata"]["name"]): i["metadata"] for i in installs}
    seen: set[str] = set()
    missing: list[str] = []
    todo = [(r, "the lock file") for r in starts if r.marker is None or r.marker.evaluate(env)]
    while todo:
        req, wanted_by = todo.pop()
        name = canonicalize_name(req.name)
        meta = by_name.get(name)
        if meta is None:
            missing.append(f"{req} (needed by {wanted_by}) is not pinned")
            continue
        if not req.specifier.contains(Version(meta["version"]), prereleases=True):
            missing.append(f"{req} (needed by {wanted_by}) but {meta['version']} is pinned")
        if name in seen:
            continue
        seen.add(name)
        todo += [(r, f"{name} {meta['version']}") for r in _needs(meta, env, set(req.extras))]
    return seen, missing


def write(platform: str) -> Path:
    """requirements/<platform>.txt: the roots resolved for each of the platform's tags, pruned to what that
    platform's markers need, with the hash of every wheel chosen for any of its tags."""
    linux = {canonicalize_name(r.name): r for name in SHARED for r in pinned(name)}
    starts = roots(platform)
    lines = [str(linux.get(canonicalize_name(r.name), r)) for r in starts]  # a shared root at its Linux pin
    pins: dict[str, tuple[str, set[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="vpdesk-lock-") as tmp:
        # the Linux pins as constraints, without their hashes (pip demands hashes of everything once one has one)
        constraints = Path(tmp) / "linux-pins.txt"
        constraints.write_text("".join(f"{r.name}{r.specifier}\n" for r in linux.values()), encoding="utf-8")
        resolved = [(t, resolve_all([*lines, f"-c {constraints}"], t, False)) for t in PLATFORMS[platform]]
    for target, installs in resolved:
        needed, missing = closure(installs, starts, target.env)
        if missing:
            raise SystemExit(f"{platform} ({target.tag}): add to requirements/{platform}.in:\n" + "\n".join(missing))
        for item in installs:
            name = canonicalize_name(item["metadata"]["name"])
            if name in needed:
                version, hashes = pins.setdefault(name, (item["metadata"]["version"], set()))
                if version != item["metadata"]["version"]:
                    raise SystemExit(
                        f"{name}: {version} on one {platform} tag, {item['metadata']['version']} on another"
                    )
                hashes.add(item["download_info"]["archive_info"]["hashes"]["sha256"])
    lines = [
        f"# {platform}: written by `python scripts/platform_locks.py write` from main.in, build.in, {platform}.in",
        "# and platform-tests.in, resolved against main.txt, build.txt and dev.txt (the versions Linux has).",
        "# Do not edit. CPython 3.11,",
        f"# wheels only (odfpy: its sdist), for {', '.join(t.tag for t in PLATFORMS[platform])}.",
    ]
    for name in sorted(pins):
        version, hashes = pins[name]
        lines.append(f"{name}=={version} \\")
        lines += [
            f"    --hash=sha256:{h}" + (" \\" if i < len(hashes) - 1 else "") for i, h in enumerate(sorted(hashes))
        ]
    path = REQ / f"{platform}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pinned(name: str) -> list[Requirement]:
    """The pins of requirements/<name>.txt, without hashes, comments or pip options."""
    text = (REQ / f"{name}.txt").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (ln.split("#", 1)[0].split("--hash", 1)[0].strip() for ln in text.splitlines())
    return [Requirement(ln) for ln in lines if ln and not ln.startswith("-")]


def locked_hashes(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in text.replace("\\\n", " ").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            head, *hashes = line.split("--hash=sha256:")
            out[canonicalize_name(Requirement(head.strip()).name)] = {h.strip() for h in hashes}
    return out


def check(platform: str, text: str | None = None) -> list[str]:
    """What stops requirements/<platform>.txt (or `text` in its place) from installing on each of its tags, empty
    when nothing does: pip must find a wheel of every pin for the tag (the sdist-only ones: the sdist) whose sha256
    is one the lock file names, and every requirement declared for that platform must be pinned."""
    text = (REQ / f"{platform}.txt").read_text(encoding="utf-8") if text is None else text
    hashes = locked_hashes(text)
    lines = [" ".join(ln.split()) for ln in text.replace("\\\n", " ").splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith("#")]
    problems = []
    for target in PLATFORMS[platform]:
        try:
            installs = resolve_all(lines, target, pinned_only=True)
        except LockError as error:
            problems.append(str(error))
            continue
        for item in installs:
            name = canonicalize_name(item["metadata"]["name"])
            chosen = item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256", "")
            if chosen not in hashes.get(name, set()):
                file = item["download_info"]["url"].rsplit("/", 1)[-1]
                problems.append(f"{target.tag}: {file} has sha256 {chosen or '(none)'}, not one the lock file pins")
        reqs = [Requirement(ln.split(" --hash")[0]) for ln in lines]
        problems += [f"{target.tag}: {m}" for m in closure(installs, reqs, target.env)[1]]
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["write"]:
        for platform in PLATFORMS:
            print(write(platform))
        return 0
    if argv[:1] == ["check"]:
        problems = [p for platform in PLATFORMS for p in check(platform)]
        print(
            "\n".join(problems)
            or "every pinned requirement has a wheel for " + ", ".join(t.tag for ts in PLATFORMS.values() for t in ts)
        )
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
