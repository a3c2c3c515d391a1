"""Issue 15 point 1: "my passphrase or recovery code may be known" makes every old slot useless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Runner
from vpdesk.errors import KnownError
from vpdesk.store.backup import MAGIC
from vpdesk.store.paths import VaultPaths
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
NEW = "a fresh passphrase nobody has seen"


def _backup_slots(path: Path) -> dict[str, object]:
    raw = path.read_bytes()
    start = len(MAGIC) + 4
    header = json.loads(raw[start : start + int.from_bytes(raw[len(MAGIC) : start], "big")])
    slots: dict[str, object] = header["slots"]
    return slots


def _splice(keys: Path, old: dict[str, object], slot: str) -> None:
    """The review's attack: today's vault.keys with one slot taken from an old backup's header."""
    doc = json.loads(keys.read_bytes())
    doc["slots"][slot] = old["slots"][slot]  # type: ignore[index]
    keys.write_text(json.dumps(doc))


def _setup(cli: Runner, tmp_path: Path, home: Path) -> tuple[str, dict[str, object]]:
    r = cli("init", secrets=[PASSPHRASE])
    code = r.out.splitlines()[-1].strip()
    assert cli("case", "add", "--category", "oo", secrets=[PASSPHRASE]).code == 0
    assert cli("note", "add", "1", secrets=[PASSPHRASE], stdin="QUOKKA before").code == 0
    assert cli("backup", str(tmp_path / "old.vpbackup"), secrets=[PASSPHRASE]).code == 0
    return code, _backup_slots(tmp_path / "old.vpbackup")


def test_after_passwd_alone_an_old_slot_still_opens_the_vault(cli: Runner, tmp_path: Path, home: Path) -> None:
    """Why renew-keys exists: passwd rewraps the same master key, so the review's splice works after it."""
    _, old = _setup(cli, tmp_path, home)
    assert cli("passwd", secrets=[PASSPHRASE, NEW]).code == 0
    _splice(VaultPaths(home).keys, old, "passphrase")
    Vault.unlock(home, PASSPHRASE).close()


def test_after_renew_keys_no_old_passphrase_code_or_slot_file_opens_the_vault(
    cli: Runner, tmp_path: Path, home: Path
) -> None:
    old_code, old = _setup(cli, tmp_path, home)
    paths = VaultPaths(home)
    old_keys = paths.keys.read_bytes()
    r = cli("renew-keys", secrets=[PASSPHRASE, NEW])
    assert r.code == 0, r.err
    new_code = r.out.split("shown once")[1].splitlines()[1].strip()
    assert len(new_code.split("-")) == 8 and new_code != old_code
    assert "Backups made before today still open" in r.out
    assert cli("note", "add", "1", secrets=[NEW], stdin="QUOKKA after").code == 0
    today = paths.keys.read_bytes()

    _splice(paths.keys, old, "passphrase")  # old passphrase slot in today's file
    with pytest.raises(KnownError):
        Vault.unlock(home, PASSPHRASE)
    paths.keys.write_bytes(today)
    _splice(paths.keys, old, "recovery")  # old recovery slot in today's file
    with pytest.raises(KnownError):
        Vault.recover(home, old_code, "an attacker's own passphrase")
    paths.keys.write_bytes(old_keys)  # the whole old slot file: its database key no longer opens the database
    with pytest.raises(KnownError):
        Vault.unlock(home, PASSPHRASE)
    with pytest.raises(KnownError):
        Vault.recover(home, old_code, "an attacker's own passphrase")

    paths.keys.write_bytes(today)
    assert cli("recover", secrets=[new_code, "yet another long passphrase"]).code == 0
    with Vault.unlock(home, "yet another long passphrase") as vault:
        assert vault.check() == []
        assert len(vault.search.notes("QUOKKA")) == 2
    # what the docs say: an old backup still opens with the passphrase of its day, and holds its day's notes
    other = tmp_path / "elsewhere"
    assert cli("restore", "--home", str(other), str(tmp_path / "old.vpbackup"), secrets=[PASSPHRASE]).code == 0
    with Vault.unlock(other, PASSPHRASE) as vault:
        assert len(vault.search.notes("QUOKKA")) == 1


def test_renew_keys_refuses_the_passphrase_that_may_be_known(cli: Runner, home: Path) -> None:
    cli("init", secrets=[PASSPHRASE])
    before = VaultPaths(home).keys.read_bytes()
    r = cli("renew-keys", secrets=[PASSPHRASE, PASSPHRASE])
    assert r.code != 0 and "Choose a new passphrase" in r.err
    assert VaultPaths(home).keys.read_bytes() == before


def test_a_renewal_that_died_is_finished_by_the_next_command_which_prints_the_new_code_once(
    cli: Runner, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review point 1, the CLI: any command that opens the vault finishes the renewal and shows its code once."""

    class Died(Exception):
        pass

    def die() -> None:
        raise Died

    cli("init", secrets=[PASSPHRASE])
    vault = Vault.unlock(home, PASSPHRASE)
    with pytest.raises(Died):
        vault.renew_keys(NEW, _after_pending=die)
    vault._close_connection(checkpoint=False)
    vault._lock.release()
    capsys.readouterr()
    assert cli("case", "list", secrets=[NEW]).code == 0
    said = capsys.readouterr().err
    assert "An interrupted key renewal was finished" in said
    code = said.strip().splitlines()[-1].strip()
    assert cli("case", "list", secrets=[NEW]).code == 0
    assert "renewal" not in capsys.readouterr().err
    Vault.recover(home, code, "yet another passphrase here").close()


def test_renew_keys_names_the_vaults_a_restore_kept_and_deletes_them_on_request(cli: Runner, home: Path) -> None:
    """Review point 4, the CLI."""
    cli("init", secrets=[PASSPHRASE])
    kept = home / "replaced-20260101-120000"
    kept.mkdir()
    (kept / "vault.db").write_bytes(b"the vault before the restore")
    r = cli("renew-keys", secrets=[PASSPHRASE, NEW])
    assert r.code == 0 and str(kept) in r.out and kept.exists()
    r = cli("renew-keys", "--delete-replaced", secrets=[NEW, "a third passphrase, long enough"])
    assert r.code == 0 and not kept.exists() and "replaced-" not in r.out
