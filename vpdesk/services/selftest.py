"""`vpdesk selftest`: what IT can trust before handing a laptop over. The machine policy is read as the app reads
it; the GUI stack starts offscreen and, where a display exists, on the desktop's own platform plugin (in a child
process, so a missing system library is reported by name instead of aborting the check); then an end-to-end check
in a temporary vault, step by step. Touches no real vault."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from vpdesk.domain.model import Case, Conversation
from vpdesk.errors import KnownError, WrongPassphrase
from vpdesk.policy import frozen, load_policy, policy_path
from vpdesk.store.backup import backup, restore
from vpdesk.store.paths import VaultPaths
from vpdesk.store.vault import Vault

Result = tuple[str, bool, str]
GUI_TIMEOUT = 60  # seconds for Qt to start and paint one window
_MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")
_XCB_CURSOR = re.compile(r"(xcb-cursor0 or libxcb-cursor0) is needed")


def _vpdesk_command() -> list[str]:
    """This very vpdesk: the frozen executable, or this interpreter running the package."""
    return [sys.executable] if frozen() else [sys.executable, "-m", "vpdesk"]


def missing_libraries(qt_output: str) -> list[str]:
    """The system libraries Qt's plugin loader could not find, by name, from its messages."""
    found = dict.fromkeys(_MISSING.findall(qt_output))
    if _XCB_CURSOR.search(qt_output):
        found.setdefault("libxcb-cursor.so.0")
    return list(found)


def gui_check(platform: str | None) -> Result:
    """Start the GUI stack in a child process on `platform` (None: the desktop's own) and paint a window."""
    name = f"start the GUI ({platform or 'on this display'})"
    env = {**os.environ, "QT_DEBUG_PLUGINS": "1"}
    env.pop("QT_QPA_PLATFORM", None)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    try:
        done = subprocess.run(
            [*_vpdesk_command(), "--gui-probe"], env=env, capture_output=True, text=True, timeout=GUI_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return name, False, f"no window within {GUI_TIMEOUT} s"
    if done.returncode == 0 and "painted=True" in done.stdout:
        return name, True, ""
    missing = missing_libraries(done.stderr)
    if missing:
        return name, False, "missing system libraries: " + ", ".join(missing)
    last = [line for line in done.stderr.splitlines() if line.strip() and "qt.core." not in line][-1:]
    return name, False, (last[0][:200] if last else f"exit code {done.returncode}")


def policy_check() -> Result:
    name = f"machine policy ({policy_path()})"
    try:
        values, org = load_policy()
    except KnownError as exc:
        return name, False, exc.message
    return name, True, f"{len(values)} key(s) set by {org}" if values else "none"


def system_checks() -> list[Result]:
    """The policy, and the GUI offscreen and (where there is a display) on the desktop."""
    results = [policy_check(), gui_check("offscreen")]
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        results.append(gui_check(None))
    return results


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
