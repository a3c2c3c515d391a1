"""Issue 15 point 2: a crashing vpdesk leaves no core dump, and its memory is closed to the same user."""

from __future__ import annotations

import fcntl
import os
import resource
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from vpdesk.domain.model import Case
from vpdesk.store.vault import Vault

PASSPHRASE = "a passphrase nobody else knows 42"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_CORE and prctl are Linux's")


def _allow_cores() -> None:
    """What `ulimit -c unlimited` in the adviser's shell does: the child starts with core dumps on."""
    resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def _vault_is_held(lock: Path) -> bool:
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_sigabrt_during_note_add_leaves_no_core_with_the_keys(tmp_path: Path) -> None:
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    assert not pattern.startswith("|") and "/" not in pattern, f"this test reads cores from the cwd, not {pattern!r}"
    home = tmp_path / "home"
    with Vault.create(home, PASSPHRASE)[0] as vault:
        case = vault.cases.add(Case(categories=("oo",), opened=date(2026, 3, 1)))
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {**os.environ, "VPDESK_HOME": str(home)}
    child = subprocess.Popen(
        [sys.executable, "-m", "vpdesk", "note", "add", str(case.id), "--passphrase-fd", "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=cwd,
        env=env,
        preexec_fn=_allow_cores,
    )
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE.encode() + b"\nhalf a note, still being typed")
    child.stdin.flush()
    deadline = time.monotonic() + 30
    while not _vault_is_held(home / "vault.lock"):  # unlocked: the keys and the passphrase are in its memory
        assert child.poll() is None and time.monotonic() < deadline, "vpdesk did not unlock the vault"
        time.sleep(0.05)
    child.send_signal(signal.SIGABRT)
    assert child.wait(timeout=30) == -signal.SIGABRT
    child.stdin.close()
    cores = [p.name for p in cwd.iterdir()]
    assert cores == [], f"a core dump was written: {cores}"


def test_the_process_is_not_dumpable_after_hardening() -> None:
    code = (
        "from vpdesk.hardening import harden_process, is_dumpable\n"
        "import resource\n"
        "before = is_dumpable()\n"
        "missing = harden_process()\n"
        "print(before, is_dumpable(), resource.getrlimit(resource.RLIMIT_CORE), missing)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert r.stdout.strip() == "True False (0, 0) []"


PROBE = """
import subprocess, sys
mode, root = sys.argv[1], sys.argv[2]
target = subprocess.Popen(
    [sys.executable, "-c",
     "import sys; sys.path.insert(0, sys.argv[2])\\n"
     "if sys.argv[1] == 'hardened':\\n"
     "    from vpdesk.hardening import harden_process; harden_process()\\n"
     "print(open('/proc/self/maps').readline().split('-')[0], flush=True); sys.stdin.read()",
     mode, root],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
address = int(target.stdout.readline(), 16)
try:
    with open(f"/proc/{target.pid}/mem", "rb", buffering=0) as mem:
        mem.seek(address)
        print("readable" if mem.read(16) else "empty")
except PermissionError:
    print("refused")
finally:
    target.stdin.close()
    target.wait()
"""


def _as_plain_user() -> None:
    """Root reads any process's memory (CAP_SYS_PTRACE): the probe runs as an ordinary account, as an attacker
    with the adviser's own login would."""
    if os.getuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)


@pytest.mark.parametrize(("mode", "expected"), [("plain", "readable"), ("hardened", "refused")])
def test_another_process_of_the_same_user_cannot_read_our_memory(mode: str, expected: str) -> None:
    """The probe starts the target itself, so Yama's ptrace_scope 1 (parents may trace) still lets it read an
    unhardened one: the "plain" case shows the probe works; the hardened one must refuse it."""
    python = "/usr/bin/python3" if os.getuid() == 0 else sys.executable  # nobody cannot reach root's pyenv
    root = str(Path(__file__).resolve().parents[1])
    r = subprocess.run(
        [python, "-c", PROBE, mode, root],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_as_plain_user,
        cwd="/",
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == expected
