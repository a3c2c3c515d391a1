"""Issue 15 point 7: writing files never follows a planted link and never resolves the destination."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vpdesk.errors import KnownError
from vpdesk.files import write_atomic
from vpdesk.services import vault_admin
from vpdesk.store.vault import Vault

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_write_atomic_does_not_follow_a_link_planted_at_a_guessable_temp_name(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    target = tmp_path / "out.bin"
    for name in (f".{target.name}.tmp-{os.getpid()}", f".{target.name}.tmp"):  # today's name and a near guess
        (tmp_path / name).symlink_to(victim)
    write_atomic(target, b"new content")
    assert victim.read_bytes() == b"precious"
    assert target.read_bytes() == b"new content"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    leftovers = {p.name for p in tmp_path.iterdir()} - {"victim", "out.bin"}
    assert all((tmp_path / n).is_symlink() for n in leftovers)  # only the planted links remain, no temp file


def test_write_atomic_replaces_a_link_at_the_destination_not_its_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    target = tmp_path / "out.bin"
    target.symlink_to(victim)
    write_atomic(target, b"new")
    assert victim.read_bytes() == b"precious"
    assert not target.is_symlink() and target.read_bytes() == b"new"


def test_backup_to_a_symlink_is_refused_and_its_target_untouched(vault: Vault, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"someone else's file")
    link = tmp_path / "backup.vpbackup"
    link.symlink_to(victim)
    with pytest.raises(KnownError, match="symbolic link"):
        vault_admin.backup(vault, link, NOW)
    assert victim.read_bytes() == b"someone else's file"
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.vpbackup", "victim.txt"]  # no scratch left


def test_backup_through_a_linked_folder_is_written_where_the_path_says(vault: Vault, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "via").symlink_to(real)
    info = vault_admin.backup(vault, tmp_path / "via" / "b.vpbackup", NOW)
    assert (real / "b.vpbackup").is_file()
    assert stat.S_IMODE((real / "b.vpbackup").stat().st_mode) == 0o600
    assert info.path == tmp_path / "via" / "b.vpbackup"
