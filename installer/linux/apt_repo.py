"""A signed APT repository of vpdesk packages, for IT to serve over https (or from a file share).

    python installer/linux/apt_repo.py --key KEYID --out repo dist/vpdesk_*.deb      (or: make apt-repo)

Layout: pool/main/<deb>, dists/stable/main/binary-amd64/Packages(.gz), dists/stable/Release signed twice
(InRelease, clear-signed; Release.gpg, detached) with the release key in $GNUPGHOME, and the public key as
vpdesk-archive-keyring.gpg for /usr/share/keyrings. apt checks the Release signature, then each file's SHA-256
in Release, then each package's SHA-256 in Packages: one signature covers every byte installed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

SUITE, COMPONENT, ARCH = "stable", "main", "amd64"


def _control(deb: Path) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True, text=True).stdout.strip()


def _digests(data: bytes) -> tuple[str, str]:
    return hashlib.md5(data, usedforsecurity=False).hexdigest(), hashlib.sha256(data).hexdigest()


def build_repo(debs: list[Path], out: Path, key: str, gpg: str = "gpg") -> Path:
    pool = out / "pool" / COMPONENT
    pool.mkdir(parents=True, exist_ok=True)
    stanzas = []
    for deb in sorted(debs):
        target = pool / deb.name
        shutil.copy2(deb, target)
        data = target.read_bytes()
        md5, sha256 = _digests(data)
        stanzas.append(
            f"{_control(target)}\nFilename: pool/{COMPONENT}/{deb.name}\nSize: {len(data)}\n"
            f"MD5sum: {md5}\nSHA256: {sha256}\n"
        )
    dist = out / "dists" / SUITE
    binary = dist / COMPONENT / f"binary-{ARCH}"
    binary.mkdir(parents=True, exist_ok=True)
    packages = "\n".join(stanzas).encode()
    (binary / "Packages").write_bytes(packages)
    (binary / "Packages.gz").write_bytes(gzip.compress(packages, mtime=0))
    lines = [
        "Origin: vpdesk",
        "Label: vpdesk",
        f"Suite: {SUITE}",
        f"Codename: {SUITE}",
        f"Date: {format_datetime(datetime.now(UTC), usegmt=True)}",
        f"Architectures: {ARCH}",
        f"Components: {COMPONENT}",
        "Description: vpdesk for vertrouwenspersonen",
    ]
    for title, index in (("MD5Sum", 0), ("SHA256", 1)):
        lines.append(f"{title}:")
        for name in ("Packages", "Packages.gz"):
            data = (binary / name).read_bytes()
            lines.append(f" {_digests(data)[index]} {len(data):>16} {COMPONENT}/binary-{ARCH}/{name}")
    release = dist / "Release"
    release.write_text("\n".join(lines) + "\n")
    sign = [gpg, "--batch", "--yes", "--local-user", key, "--digest-algo", "SHA512"]
    subprocess.run([*sign, "--clearsign", "-o", str(dist / "InRelease"), str(release)], check=True)
    subprocess.run([*sign, "--armor", "--detach-sign", "-o", str(dist / "Release.gpg"), str(release)], check=True)
    keyring = out / "vpdesk-archive-keyring.gpg"
    keyring.write_bytes(subprocess.run([gpg, "--batch", "--export", key], check=True, capture_output=True).stdout)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--key", required=True, help="the release key's id or fingerprint (in $GNUPGHOME)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("debs", type=Path, nargs="+")
    args = parser.parse_args()
    print(build_repo(args.debs, args.out, args.key))
    return 0


if __name__ == "__main__":
    sys.exit(main())
