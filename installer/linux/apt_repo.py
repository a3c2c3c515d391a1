"""A signed APT repository of vpdesk packages, for IT to serve over https (or from a file share).

    python installer/linux/apt_repo.py --key KEYID --out repo dist/vpdesk_*.deb      (or: make apt-repo)

It publishes exactly the files `make deb` produced: each .deb must match the SHA-256 in the <deb>.sha256 written
beside it, or nothing is signed. The Release file carries Valid-Until (default 30 days): a laptop that is fed an
old, replayed index is refused once it expires, so IT re-signs (`make apt-repo`) at least that often.

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
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

SUITE, COMPONENT, ARCH = "stable", "main", "amd64"


def _control(deb: Path) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb)], check=True, capture_output=True, text=True).stdout.strip()


def _digests(data: bytes) -> tuple[str, str]:
    return hashlib.md5(data, usedforsecurity=False).hexdigest(), hashlib.sha256(data).hexdigest()


def check_built(deb: Path) -> None:
    """The .deb is byte for byte what build_deb.py wrote: its hash is in <deb>.sha256."""
    recorded = Path(f"{deb}.sha256")
    if not recorded.is_file():
        raise SystemExit(f"{deb}: no {recorded.name} beside it; build it with `make deb`")
    expected = recorded.read_text().split()[0]
    if hashlib.sha256(deb.read_bytes()).hexdigest() != expected:
        raise SystemExit(f"{deb} is not the file `make deb` produced (its SHA-256 differs from {recorded.name})")


def build_repo(
    debs: list[Path], out: Path, key: str, gpg: str = "gpg", valid_days: int = 30, now: datetime | None = None
) -> Path:
    now = now or datetime.now(UTC)
    for deb in debs:
        check_built(deb)
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
        f"Date: {format_datetime(now, usegmt=True)}",
        f"Valid-Until: {format_datetime(now + timedelta(days=valid_days), usegmt=True)}",
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
    parser.add_argument("--valid-days", type=int, default=30, help="days until apt refuses this index (default 30)")
    parser.add_argument("debs", type=Path, nargs="+")
    args = parser.parse_args()
    print(build_repo(args.debs, args.out, args.key, valid_days=args.valid_days))
    return 0


if __name__ == "__main__":
    sys.exit(main())
