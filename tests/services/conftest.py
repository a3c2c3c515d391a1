"""An open adviser session with a few cases, for the use-case tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from vpdesk.services import cases
from vpdesk.services.session import Session
from vpdesk.store.keyslots import Argon2Params

NOW = datetime(2026, 11, 30, 9, 15)
PASSPHRASE = "een lange wachtwoordzin voor de tests"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = Session(tmp_path / "vault")
    s.create(PASSPHRASE, "B" * 32, params=Argon2Params(8192, 1, 1))
    for i in range(5):
        case = cases.add_case(s.vault, ["oo.pesten"], NOW.date(), "DGOO/Directie X", f"Melder-{i}")
        assert case.id is not None
        cases.start_conversation(s.vault, case.id, NOW, duration_min=30, notes=f"werkdruk en pesten {i}")
    yield s
    s.lock()
