"""Issue 15 point 9: a vault folder that other users could swap or fill is refused, as ssh refuses such keys."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vpdesk.errors import KnownError
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; on Windows the installer sets ACLs")


def test_a_vault_inside_a_world_writable_folder_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(KnownError, match="other users can change") as err:
        Vault.create(shared / "vault", PASSPHRASE)
    assert str(shared) in str(err.value) and "chmod go-w" in str(err.value)


def test_an_existing_vault_whose_parent_became_world_writable_is_refused_on_opening(tmp_path: Path) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    Vault.create(parent / "vault", PASSPHRASE)[0].close()
    parent.chmod(0o777)
    with pytest.raises(KnownError, match="other users can change"):
        Vault.unlock(parent / "vault", PASSPHRASE)
    parent.chmod(0o700)
    Vault.unlock(parent / "vault", PASSPHRASE).close()


def test_a_group_writable_vault_folder_is_refused(tmp_path: Path) -> None:
    Vault.create(tmp_path / "vault", PASSPHRASE)[0].close()
    (tmp_path / "vault").chmod(0o770)
    with pytest.raises(KnownError, match="other users can change"):
        Vault.unlock(tmp_path / "vault", PASSPHRASE)


def test_a_sticky_shared_folder_like_tmp_is_accepted(tmp_path: Path) -> None:
    sticky = tmp_path / "sticky"
    sticky.mkdir()
    sticky.chmod(0o1777)
    Vault.create(sticky / "vault", PASSPHRASE)[0].close()
    Vault.unlock(sticky / "vault", PASSPHRASE).close()
