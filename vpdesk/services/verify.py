"""`vpdesk verify`: is this installation ours and unaltered? Every installed file is checked against a manifest
(SHA-256 per file) that the release key signed at build time; the signature is checked with gpgv.

One line of verdict, and an exit code for scripts: 0 genuine and unaltered; 1 files changed, missing or added;
2 the manifest or its signature is missing or not made by the release key; 3 not a packaged installation.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from vpdesk.policy import frozen

# where the Linux package puts things (installer/linux/build_deb.py writes the same paths)
MANIFEST = Path("usr/share/vpdesk/manifest.sha256")
SIGNATURE = Path("usr/share/vpdesk/manifest.sha256.sig")
SHIPPED_KEY = Path("usr/share/vpdesk/release-key.gpg")
IT_KEY = Path("usr/share/keyrings/vpdesk-archive-keyring.gpg")  # placed by IT with the APT source, if at all
# folders that hold only what the package put there: anything else in them is reported as added
OWNED_DIRS = (Path("opt/vpdesk"), Path("usr/share/vpdesk"))
GENUINE, ALTERED, UNSIGNED, NOT_PACKAGED = 0, 1, 2, 3


@dataclass
class Report:
    exit_code: int
    summary: str
    details: list[str] = field(default_factory=list)


def digest(path: Path) -> str:
    """A file's SHA-256; a symlink's is of "symlink:" and its target, so a link pointed elsewhere is a change."""
    if path.is_symlink():
        return hashlib.sha256(b"symlink:" + os.readlink(path).encode()).hexdigest()
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(text: str) -> dict[str, str]:
    """`sha256  /path` lines (sha256sum's format) -> {path: digest}."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        digest, _, path = line.partition("  ")
        if len(digest) == 64 and path.startswith("/"):
            out[path] = digest
    return out


def check_signature(manifest: Path, signature: Path, keyring: Path) -> str | None:
    """The signing key's fingerprint if `keyring` holds the key that made `signature` over `manifest`, else None."""
    gpgv = shutil.which("gpgv")
    if gpgv is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:  # gpgv wants a home; the user's own is none of its business
        done = subprocess.run(
            [
                gpgv,
                "--homedir",
                tmp,
                "--status-fd",
                "1",
                "--keyring",
                str(keyring.resolve()),
                str(signature),
                str(manifest),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    for line in done.stdout.splitlines():
        if line.startswith("[GNUPG:] VALIDSIG ") and done.returncode == 0:
            return line.split()[2]
    return None


def compare(root: Path, listed: dict[str, str]) -> list[str]:
    """One line per changed, missing or added file."""
    problems = []
    for path, expected in sorted(listed.items()):
        target = root / path.lstrip("/")
        if not (target.is_symlink() or target.is_file()):
            problems.append(f"missing: {path}")
        elif digest(target) != expected:
            problems.append(f"changed: {path}")
    for owned in OWNED_DIRS:
        for found in sorted((root / owned).rglob("*")):
            name = "/" + found.relative_to(root).as_posix()
            if (found.is_file() or found.is_symlink()) and name not in listed and not _is_manifest(name):
                problems.append(f"added:   {name}")
    return problems


def _is_manifest(name: str) -> bool:
    return name in ("/" + MANIFEST.as_posix(), "/" + SIGNATURE.as_posix())


def verify_installation(root: Path | None = None, keyring: Path | None = None) -> Report:
    if root is None:
        if not frozen() or sys.platform != "linux":
            return Report(NOT_PACKAGED, "Not a packaged installation (running from source): nothing to verify.")
        root = Path("/")
    manifest, signature = root / MANIFEST, root / SIGNATURE
    if not manifest.is_file() or not signature.is_file():
        return Report(UNSIGNED, f"NOT GENUINE: the signed manifest is missing ({manifest}).")
    if keyring is None:
        keyring = root / IT_KEY if (root / IT_KEY).is_file() else root / SHIPPED_KEY
    fingerprint = check_signature(manifest, signature, keyring)
    if fingerprint is None:
        why = "gpgv is not installed" if shutil.which("gpgv") is None else f"not signed by a key in {keyring}"
        return Report(UNSIGNED, f"NOT GENUINE: the manifest's signature does not verify ({why}).")
    listed = read_manifest(manifest.read_text(encoding="utf-8"))
    problems = compare(root, listed)
    key = f"release key {fingerprint} (from {keyring})"
    if problems:
        return Report(
            ALTERED,
            f"ALTERED: {len(problems)} of {len(listed)} files differ from the manifest signed by {key}.",
            problems,
        )
    return Report(GENUINE, f"GENUINE: all {len(listed)} installed files match the manifest signed by {key}.")
