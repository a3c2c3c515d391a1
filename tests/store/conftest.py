from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from vpdesk.store.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v, _code = Vault.create(tmp_path / "vault", PASSPHRASE, clock=lambda: datetime(2026, 3, 1, 12, tzinfo=UTC))
    yield v
    v.close()
