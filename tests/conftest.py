"""Test setup: Qt offscreen, a private VPDESK_HOME and fast key derivation unless a test asks for the real one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from vpdesk.store.keyslots import Argon2Params

FAST_KDF = Argon2Params(memory_kib=8192, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("vpdesk-home")
    monkeypatch.setenv("VPDESK_HOME", str(home))
    monkeypatch.setenv("VPDESK_POLICY", str(home / "no-policy.toml"))
    yield home


@pytest.fixture(autouse=True)
def _fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults made in tests derive keys in milliseconds; tests that need the real calibration ask for real_kdf."""
    if "real_kdf" in request.fixturenames:
        return
    monkeypatch.setattr("vpdesk.store.vault.calibrate_argon2", lambda *a, **k: FAST_KDF)


@pytest.fixture
def real_kdf() -> None:
    """Marker fixture: keep the production Argon2id calibration in this test."""


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's finalisation: PySide6 6.12 can crash while tearing down Qt objects at exit
    (seen once in ~10 runs, after every test had passed). The exit status is pytest's own, unchanged."""
    if os.environ.get("VPDESK_TEST_NORMAL_EXIT"):
        return
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)
