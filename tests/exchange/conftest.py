from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from vpdesk.domain.model import Case, Channel, Conversation, Gender, Referral
from vpdesk.services import stats
from vpdesk.store.vault import Vault

NOW = datetime(2027, 1, 10, 9, tzinfo=UTC)


@pytest.fixture
def adviser(tmp_path: Path) -> Iterator[Vault]:
    vault, _ = Vault.create(tmp_path / "adviser", "adviser passphrase long enough")
    for i in range(12):
        case = vault.cases.add(
            Case(
                categories=("oo.pesten",) if i % 3 else ("misstand",),
                opened=date(2026, 1 + i, 3),
                org_unit="DGOO/Directie Arbeidszaken/Team 4",
                gender=Gender.FEMALE if i % 2 else None,
            ),
            pseudonym=f"Geheim-{i}",
        )
        assert case.id is not None
        vault.conversations.add(
            Conversation(
                case_id=case.id,
                when=datetime(2026, 1 + i, 3, 10),
                duration_min=45,
                channel=Channel.PHONE,
                notes=f"geheime notitie {i}",
            )
        )
        if i % 4 == 0:
            vault.referrals.add(Referral(case_id=case.id, route="raba", on=date(2026, 1 + i, 3)))
    yield vault
    vault.close()


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Vault]:
    vault, _ = Vault.create(tmp_path / "coordinator", "coordinator passphrase long")
    stats.make_coordinator(vault, NOW)
    yield vault
    vault.close()
