"""`vpdesk selftest`: an end-to-end check in a temporary vault, step by step. Touches no real vault."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from vpdesk.domain.model import Case, Conversation
from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.store.backup import backup, restore
from vpdesk.store.paths import VaultPaths
from vpdesk.store.vault import Vault

Result = tuple[str, bool, str]


def run_selftest() -> list[Result]:
    workdir = Path(tempfile.mkdtemp(prefix="vpdesk-selftest-"))
    home = workdir / "vault"
    passphrase = "selftest " + secrets.token_urlsafe(12)
    marker = "SELFTEST-" + secrets.token_hex(8)
    state: dict[str, object] = {}
    results: list[Result] = []

    def step(name: str, func: Callable[[], object]) -> bool:
        try:
            ok = func() is not False
            results.append((name, ok, ""))
        except KnownError as exc:
            results.append((name, False, exc.message))
            ok = False
        except Exception as exc:  # a selftest reports, it does not crash
            results.append((name, False, type(exc).__name__))
            ok = False
        return ok

    def create() -> None:
        vault, code = Vault.create(home, passphrase)
        state["vault"], state["code"] = vault, code

    def vault() -> Vault:
        v = state["vault"]
        assert isinstance(v, Vault)
        return v

    def write() -> None:
        case = vault().cases.add(Case(categories=("oo.pesten",), opened=date.today()))
        assert case.id is not None
        vault().conversations.add(Conversation(case_id=case.id, when=datetime.now(), notes=f"note {marker}"))
        state["case_id"] = case.id

    def search() -> bool:
        return any(h.case_id == state["case_id"] for h in vault().search.notes(marker))

    def lock_unlock() -> bool:
        vault().close()
        state["vault"] = Vault.unlock(home, passphrase)
        return vault().cases.count() == 1

    def no_plaintext() -> bool:
        vault().close()
        files = [VaultPaths(home).db, *VaultPaths(home).sidecars()]
        found = any(marker.encode() in p.read_bytes() for p in files if p.exists())
        state["vault"] = Vault.unlock(home, passphrase)
        return not found

    def wrong_passphrase() -> bool:
        try:
            Vault.unlock(home, passphrase + "x").close()
        except WrongPassphrase:
            return True
        return False

    def backup_restore() -> bool:
        target = workdir / "backup.vpbackup"
        backup(vault(), target, datetime.now().astimezone())
        vault().close()
        restore(home, target, passphrase)
        state["vault"] = Vault.unlock(home, passphrase)
        return bool(vault().search.notes(marker))

    def rotate() -> bool:
        vault().rotate_key()
        vault().close()
        state["vault"] = Vault.unlock(home, passphrase)
        return bool(vault().search.notes(marker))

    def recover() -> bool:
        vault().close()
        state["vault"] = Vault.recover(home, str(state["code"]), passphrase + " new")
        return vault().check() == []

    try:
        steps = [
            ("create vault (Argon2id, calibrated)", create),
            ("write a case and a note", write),
            ("find the note by full-text search", search),
            ("lock and unlock", lock_unlock),
            ("no plaintext in the database files", no_plaintext),
            ("reject a wrong passphrase", wrong_passphrase),
            ("backup and verified restore", backup_restore),
            ("rotate the database key", rotate),
            ("recover with the recovery code", recover),
        ]
        for name, func in steps:
            if not step(name, func):
                break
    finally:
        v = state.get("vault")
        if isinstance(v, Vault):
            v.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return results
