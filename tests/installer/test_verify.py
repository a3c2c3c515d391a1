"""`vpdesk verify`'s rules on a small installation made here: a manifest signed with a throwaway key, then a
changed, a missing and an added file, a repointed symlink, a foreign key and an unsigned manifest. Fast; the
real package is checked in test_package.py."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vpdesk.services import verify


@pytest.fixture
def signer(tool: Callable[[str], str]) -> Iterator[Callable[[Path], bytes]]:
    """sign(manifest) writes manifest.sig with a new throwaway key and returns that key's public keyring."""
    tool("gpg")
    home = tempfile.mkdtemp(prefix="vpv")
    env = {**os.environ, "GNUPGHOME": home}
    quiet = ("gpg", "--batch", "--quiet", "--passphrase", "")
    subprocess.run([*quiet, "--quick-gen-key", "t <t@vpdesk.test>", "ed25519", "sign", "1d"], env=env, check=True)

    def sign(manifest: Path) -> bytes:
        subprocess.run([*quiet, "--detach-sign", "-o", f"{manifest}.sig", str(manifest)], env=env, check=True)
        return subprocess.run(["gpg", "--batch", "--export"], env=env, capture_output=True, check=True).stdout

    yield sign
    subprocess.run(["gpgconf", "--kill", "gpg-agent"], env=env, capture_output=True)


def _install(root: Path, sign: Callable[[Path], bytes]) -> Path:
    files = {"opt/vpdesk/vpdesk": b"app", "opt/vpdesk/_internal/lib.so": b"lib", "usr/bin/vpdesk": b"#!/bin/sh\n"}
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    (root / "opt/vpdesk/_internal/link.so").symlink_to("lib.so")
    listed = [*files, "opt/vpdesk/_internal/link.so"]
    manifest = root / verify.MANIFEST
    manifest.parent.mkdir(parents=True)
    manifest.write_text("".join(f"{verify.digest(root / n)}  /{n}\n" for n in sorted(listed)))
    keyring = root / verify.IT_KEY  # as IT places it with the APT source (verify prefers it to the shipped copy)
    keyring.parent.mkdir(parents=True)
    keyring.write_bytes(sign(manifest))
    return keyring


def test_a_genuine_installation_says_so_with_the_signing_key(tmp_path: Path, signer: Callable[[Path], bytes]) -> None:
    _install(tmp_path, signer)
    report = verify.verify_installation(tmp_path)
    assert report.exit_code == verify.GENUINE and report.details == []
    assert report.summary.startswith("GENUINE: all 4 installed files match the manifest signed by release key ")
    assert report.summary.endswith(f"(from {tmp_path / verify.IT_KEY}).")


def test_changed_missing_added_and_repointed_files_are_each_named(
    tmp_path: Path, signer: Callable[[Path], bytes]
) -> None:
    _install(tmp_path, signer)
    (tmp_path / "opt/vpdesk/vpdesk").write_bytes(b"APP")
    (tmp_path / "usr/bin/vpdesk").unlink()
    (tmp_path / "opt/vpdesk/_internal/extra.py").write_text("import os\n")
    (tmp_path / "opt/vpdesk/_internal/link.so").unlink()
    (tmp_path / "opt/vpdesk/_internal/link.so").symlink_to(
        tmp_path / "elsewhere.so"
    )  # pointing out of the installation
    report = verify.verify_installation(tmp_path)
    assert report.exit_code == verify.ALTERED
    assert report.details == [
        "changed: /opt/vpdesk/_internal/link.so",
        "changed: /opt/vpdesk/vpdesk",
        "missing: /usr/bin/vpdesk",
        "added:   /opt/vpdesk/_internal/extra.py",
    ]
    assert report.summary.startswith("ALTERED: 4 of 4 files differ")


def test_a_foreign_key_or_no_signature_is_not_genuine(tmp_path: Path, signer: Callable[[Path], bytes]) -> None:
    keyring = _install(tmp_path, signer)
    foreign = tmp_path / "foreign.gpg"
    foreign.write_bytes(keyring.read_bytes()[:20])  # not the key (nor any key)
    report = verify.verify_installation(tmp_path, foreign)
    assert report.exit_code == verify.UNSIGNED and "does not verify" in report.summary
    (tmp_path / verify.SIGNATURE).unlink()
    assert verify.verify_installation(tmp_path).exit_code == verify.UNSIGNED


def test_a_source_checkout_is_not_a_packaged_installation() -> None:
    report = verify.verify_installation()
    assert report.exit_code == verify.NOT_PACKAGED and "running from source" in report.summary
