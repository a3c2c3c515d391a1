from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from vpdesk.domain.model import Conversation
from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.services.demo import populate
from vpdesk.store.backup import MAGIC, backup, check, content_digest, restore
from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_backup_round_trip_restores_exactly_what_was_saved(vault: Vault, tmp_path: Path) -> None:
    populate(vault, n_cases=25, today=date(2026, 3, 1))
    digest = content_digest(vault.connection)
    info = backup(vault, tmp_path / "b.vpbackup", NOW)
    assert info.content_hash == digest
    vault.cases.destroy(3)
    vault.close()
    restored = restore(vault.paths.home, tmp_path / "b.vpbackup", PASSPHRASE)
    assert restored.content_hash == digest
    with Vault.unlock(vault.paths.home, PASSPHRASE) as v:
        assert v.cases.count() == 25
        assert v.check() == []


def test_backup_works_while_the_vault_is_open_and_being_written(vault: Vault, tmp_path: Path) -> None:
    populate(vault, n_cases=5, today=date(2026, 3, 1))
    second = Vault.unlock(vault.paths.home, PASSPHRASE)  # the "app" keeps its own connection open
    backup(second, tmp_path / "b.vpbackup", NOW)
    vault.conversations.add(Conversation(case_id=1, when=datetime(2026, 3, 2), notes="after the backup"))
    second.close()
    vault.close()
    restore(vault.paths.home, tmp_path / "b.vpbackup", PASSPHRASE)
    with Vault.unlock(vault.paths.home, PASSPHRASE) as v:
        assert v.search.notes("after the backup") == []
        assert v.cases.count() == 5


def test_backup_file_holds_no_plaintext(vault: Vault, tmp_path: Path) -> None:
    populate(vault, n_cases=3, today=date(2026, 3, 1))
    vault.conversations.add(Conversation(case_id=1, when=datetime(2026, 3, 2), notes="QUOKKAMARKER"))
    backup(vault, tmp_path / "b.vpbackup", NOW)
    data = (tmp_path / "b.vpbackup").read_bytes()
    assert data.startswith(MAGIC)
    assert b"QUOKKAMARKER" not in data and b"M-00001" not in data


def test_restore_refuses_while_the_vault_is_open(vault: Vault, tmp_path: Path) -> None:
    backup(vault, tmp_path / "b.vpbackup", NOW)
    with pytest.raises(KnownError, match="open in another"):
        restore(vault.paths.home, tmp_path / "b.vpbackup", PASSPHRASE)


@pytest.mark.parametrize("where", ["header", "snapshot", "truncate", "magic"])
def test_tampered_backup_is_refused_and_the_current_vault_untouched(vault: Vault, tmp_path: Path, where: str) -> None:
    populate(vault, n_cases=3, today=date(2026, 3, 1))
    target = tmp_path / "b.vpbackup"
    backup(vault, target, NOW)
    vault.close()
    before = vault.paths.db.read_bytes()
    data = bytearray(target.read_bytes())
    if where == "header":
        i = data.index(b'"created": "2026') + 13
        data[i] ^= 1
    elif where == "snapshot":
        data[-1000] ^= 1
    elif where == "truncate":
        data = data[: len(data) // 2]
    else:
        data[0] ^= 1
    target.write_bytes(bytes(data))
    with pytest.raises(KnownError, match=r"damaged|tampered|did not verify"):
        restore(vault.paths.home, target, PASSPHRASE)
    assert vault.paths.db.read_bytes() == before


def test_restore_with_the_wrong_passphrase_or_the_recovery_code(tmp_path: Path) -> None:
    v, code = Vault.create(tmp_path / "a", PASSPHRASE)
    backup(v, tmp_path / "b.vpbackup", NOW)
    v.close()
    with pytest.raises(WrongPassphrase):
        restore(tmp_path / "new", tmp_path / "b.vpbackup", "not it at all, sorry")
    restore(tmp_path / "new", tmp_path / "b.vpbackup", code, recovery=True)
    Vault.unlock(tmp_path / "new", PASSPHRASE).close()


@pytest.mark.parametrize("damage", [None, "snapshot"])
def test_check_asks_what_restore_asks_while_the_vault_stays_open(
    vault: Vault, tmp_path: Path, damage: str | None
) -> None:
    """The app checks a backup before it locks the open vault for a restore: the same refusals, no vault touched."""
    populate(vault, n_cases=3, today=date(2026, 3, 1))
    target = tmp_path / "b.vpbackup"
    info = backup(vault, target, NOW)
    staging = vault.paths.home
    before = sorted(p.name for p in staging.iterdir())
    with pytest.raises(WrongPassphrase):
        check(target, "a typo in the passphrase", staging)
    if damage is None:
        assert check(target, PASSPHRASE, staging).content_hash == info.content_hash  # with the vault open
    else:
        data = bytearray(target.read_bytes())
        data[-1000] ^= 1
        target.write_bytes(bytes(data))
        with pytest.raises(KnownError, match=r"damaged|tampered|did not verify"):
            check(target, PASSPHRASE, staging)
    assert sorted(p.name for p in staging.iterdir()) == before  # nothing staged is left behind
    assert vault.cases.count() == 3  # and the open vault still works


def test_restore_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="no file"):
        restore(tmp_path / "v", tmp_path / "nope.vpbackup", PASSPHRASE)


def test_restore_keeps_the_vault_it_replaces(vault: Vault, tmp_path: Path) -> None:
    """Restoring the wrong (older) backup loses nothing: the vault it replaced is moved aside, whole."""
    backup(vault, tmp_path / "old.vpbackup", NOW)  # an empty vault
    populate(vault, n_cases=7, today=date(2026, 3, 1))
    newer = _cases_digest(vault)
    vault.close()
    info = restore(vault.paths.home, tmp_path / "old.vpbackup", PASSPHRASE)
    assert info.kept is not None and info.kept.parent == vault.paths.home
    assert {p.name for p in info.kept.iterdir()} >= {vault.paths.db.name, vault.paths.keys.name}
    with Vault.unlock(vault.paths.home, PASSPHRASE) as v:
        assert v.cases.count() == 0
    # putting the kept files back gives the replaced vault again, exactly
    for p in info.kept.iterdir():
        p.replace(vault.paths.home / p.name)
    with Vault.unlock(vault.paths.home, PASSPHRASE) as v:
        assert v.cases.count() == 7 and _cases_digest(v) == newer


def _cases_digest(vault: Vault) -> str:
    """Every table but the audit log and its chain head (each unlock adds a row to those)."""
    rows = [
        list(vault.connection.execute(f'SELECT * FROM "{t}" ORDER BY 1'))
        for (t,) in vault.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'setting')"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'note_%' ORDER BY name"
        ).fetchall()
    ]
    return repr(rows)


def test_a_backup_from_a_newer_version_is_refused_before_the_vault_is_replaced(vault: Vault, tmp_path: Path) -> None:
    """Review finding: the newer-vault check ran only after the current vault had been moved aside."""
    from vpdesk.store import migrations

    populate(vault, n_cases=2, today=date(2026, 3, 1))
    vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")  # as a newer vpdesk leaves it
    target = tmp_path / "newer.vpbackup"
    backup(vault, target, NOW)
    vault.connection.execute(f"PRAGMA user_version = {migrations.LATEST}")
    vault.close()
    before = sorted(p.name for p in vault.paths.home.iterdir())
    db = vault.paths.db.read_bytes()
    with pytest.raises(KnownError, match="newer version of vpdesk"):
        check(target, PASSPHRASE, tmp_path)
    with pytest.raises(KnownError, match="newer version of vpdesk"):
        restore(vault.paths.home, target, PASSPHRASE)
    assert sorted(p.name for p in vault.paths.home.iterdir()) == before  # no replaced-… folder: nothing moved
    assert vault.paths.db.read_bytes() == db
