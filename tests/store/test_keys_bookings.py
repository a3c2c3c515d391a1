from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from vpdesk.domain.model import Case
from vpdesk.errors import KnownError
from vpdesk.store.bookings import BookingLink
from vpdesk.store.keys import StatsImport, TrustedAdviser
from vpdesk.store.vault import Vault

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_identity_is_stored_encrypted_in_the_vault(vault: Vault) -> None:
    assert vault.keys.identity("signing") is None
    vault.keys.set_identity("signing", b"\x01" * 32, "PUBLIC", NOW)
    assert vault.keys.identity("signing") == (b"\x01" * 32, "PUBLIC")


def test_trust_list_refuses_duplicates_and_untrust_removes_imports(vault: Vault) -> None:
    adviser = TrustedAdviser("ABCD-EFGH", "pk1", "VP Noord", NOW.isoformat())
    vault.keys.trust(adviser)
    with pytest.raises(KnownError, match="already trusted"):
        vault.keys.trust(TrustedAdviser("OTHER", "pk1", "dup", NOW.isoformat()))
    vault.keys.store_import(StatsImport("ABCD-EFGH", 2026, 0, "{}", "h", NOW.isoformat()))
    vault.keys.untrust("ABCD-EFGH")
    assert vault.keys.trusted() == [] and vault.keys.imports(2026) == []
    with pytest.raises(KnownError, match="No trusted adviser"):
        vault.keys.untrust("ABCD-EFGH")


def test_a_re_export_of_the_same_period_replaces_the_earlier_one(vault: Vault) -> None:
    vault.keys.trust(TrustedAdviser("FP", "pk", "VP", NOW.isoformat()))
    assert vault.keys.store_import(StatsImport("FP", 2026, 0, '{"a":1}', "h1", NOW.isoformat())) is False
    assert vault.keys.store_import(StatsImport("FP", 2026, 0, '{"a":2}', "h2", NOW.isoformat())) is True
    assert vault.keys.store_import(StatsImport("FP", 2026, 1, '{"a":3}', "h3", NOW.isoformat())) is False
    assert [(i.quarter, i.tables) for i in vault.keys.imports(2026)] == [(0, '{"a":2}'), (1, '{"a":3}')]


def test_booking_links_live_in_the_vault(vault: Vault) -> None:
    case = vault.cases.add(Case(categories=("oo",), opened=date(2026, 3, 1)))
    link = BookingLink(
        "uid-1", "local", "room-1", "Spreekkamer", datetime(2026, 3, 2, 10), datetime(2026, 3, 2, 11), case.id
    )
    vault.bookings.save(link)
    assert vault.bookings.get("uid-1") == link
    assert vault.bookings.for_case(case.id or 0) == [link]
    assert vault.bookings.upcoming(datetime(2026, 3, 1)) == [link]
    vault.bookings.cancel("uid-1")
    assert vault.bookings.upcoming(datetime(2026, 3, 1)) == []
    assert vault.bookings.upcoming(datetime(2026, 3, 1), include_cancelled=True)[0].cancelled


def test_formal_reports_round_trip_and_update(vault: Vault) -> None:
    from vpdesk.domain.meldproces import FormalReport, Phase, ReportKind

    case = vault.cases.add(Case(categories=("int.misstand",), opened=date(2026, 3, 1)))
    report = vault.formal_reports.save(
        FormalReport(
            case_id=case.id or 0,
            kind=ReportKind.MISSTAND,
            phase=Phase.MELDING,
            reported_on=date(2026, 3, 2),
            procesbegeleider="P&O-adviseur",
        )
    )
    assert report.id is not None
    vault.formal_reports.save(replace(report, acknowledged_on=date(2026, 3, 5), phase=Phase.ONDERZOEK))
    assert vault.formal_reports.for_case(case.id or 0) == [
        replace(report, acknowledged_on=date(2026, 3, 5), phase=Phase.ONDERZOEK)
    ]
    assert len(vault.formal_reports.all()) == 1
    assert "P&O" not in repr(vault.audit.entries())
