"""The adviser's preview: a warning when the year's figures are so few that the tables amount to records."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.reports.year40 import adviser_records
from vpdesk import resources
from vpdesk.domain.disclosure import near_records
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.exchange.format import make_payload
from vpdesk.exchange.identity import new_signing_key
from vpdesk.reports.preview_text import preview_text


def _preview(records: list[ContactRecord], lang: str = "nl") -> str:
    _, public = new_signing_key()
    payload = make_payload(
        public,
        tally(records, 2026),
        year=2026,
        quarter=0,
        taxonomy=resources.taxonomy().version,
        org_level=1,
        created=datetime(2027, 1, 5, tzinfo=UTC),
        sequence=1,
    )
    return preview_text(payload, resources.taxonomy(), lang, {})


def test_three_contacts_get_a_warning_that_says_what_the_coordinator_sees() -> None:
    few = [ContactRecord(f"2026-0{m}", ("oo.pesten",), "phone", "first", case=str(m)) for m in (2, 5, 9)]
    text = _preview(few)
    assert text.startswith("LET OP: met 3 gesprekken zijn deze tabellen bijna de gesprekken zelf")
    assert "De coördinator ziet precies deze aantallen" in text and "geen aantal onder 5" in text
    assert "NOTE: with 3 conversations" in _preview(few, "en")


def test_a_full_year_gets_no_warning() -> None:
    records = adviser_records(5) * 3  # a busy adviser: about a hundred conversations, counts mostly above 5
    assert not near_records(tally(records, 2026))
    assert "LET OP" not in _preview(records)
    assert not near_records(tally([], 2026))  # nothing to send says nothing


def test_many_small_counts_warn_even_above_twenty_conversations() -> None:
    spread = [
        ContactRecord(f"2026-{m % 12 + 1:02d}", (code,), ("phone", "mail", "video")[m % 3], "first", case=str(m))
        for m, code in enumerate(c.code for c in resources.taxonomy().categories if c.parent)
    ]
    assert len(spread) >= 20 and near_records(tally(spread, 2026))
