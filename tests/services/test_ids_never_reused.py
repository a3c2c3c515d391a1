"""Ids of destroyed cases, conversations and clients are never given out again, so the year's figures keep the
destroyed case's counts and the audit trail names each case by its own number (trial finding 1)."""

from __future__ import annotations

import pytest

from tests.services.conftest import NOW
from vpdesk.domain.model import Channel, Outcome
from vpdesk.services import cases, lifecycle, stats
from vpdesk.services.session import Session
from vpdesk.store.contact_stats import ContactStats


def _totals(session: Session) -> dict[str, object]:
    tables = stats.export_preview(session.vault, 2026, 0, 1, NOW)["tables"]
    return {k: tables[k] for k in ("totals", "channel", "outcome", "org_unit")}


def test_destroying_the_newest_case_keeps_its_counts_and_its_ids(session: Session) -> None:
    db = session.vault
    newest = cases.add_case(db, ["oo.pesten"], NOW.date(), "DGVV/Directie Y", "Laatste")
    assert newest.id is not None
    first = cases.start_conversation(db, newest.id, NOW, duration_min=20, channel=Channel.VIDEO, notes="a")
    second = cases.start_conversation(db, newest.id, NOW, duration_min=25, channel=Channel.VIDEO, notes="b")
    cases.close_case(db, newest.id, Outcome.ADVISED, NOW.date(), today=NOW.date())
    before = _totals(session)
    lifecycle.destroy(db, newest.id)
    assert _totals(session) == before

    again = cases.add_case(db, ["oo.pesten"], NOW.date(), "DGOO/Directie X", "Nieuw")
    assert again.id is not None and again.id > newest.id
    assert again.client_id is not None and again.client_id > (newest.client_id or 0)
    new_convs = [cases.start_conversation(db, again.id, NOW, duration_min=10, notes=f"n{i}") for i in range(2)]
    assert min(c.id or 0 for c in new_convs) > (second.id or 0) > (first.id or 0)

    after = stats.export_preview(db, 2026, 0, 1, NOW)["tables"]
    totals_before = before["totals"]
    assert isinstance(totals_before, dict)
    assert after["totals"]["conversations"] == totals_before["conversations"] + 2
    assert after["totals"]["cases"] == totals_before["cases"] + 1
    assert after["channel"]["video"] == 2  # the destroyed case's two video conversations are still counted
    assert after["org_unit"]["DGVV"] == 2
    created = [e.object for e in db.audit.entries() if e.action == "create"]
    assert len(created) == len(set(created))  # "create case:N" names each case, client, conversation once


def test_a_deleted_newest_conversation_id_is_not_given_out_again(session: Session) -> None:
    db = session.vault
    conv = cases.start_conversation(db, 1, NOW, duration_min=5, notes="weg")
    cases.delete_conversation(db, conv.id or 0)
    assert (cases.start_conversation(db, 1, NOW, notes="nieuw").id or 0) > (conv.id or 0)


def test_a_count_row_of_another_case_is_never_overwritten(session: Session) -> None:
    db = session.vault
    kept = db.contact_stats.rows(2026)
    # a count row left by a destroyed conversation under the id the next conversation would take in an old vault
    db.connection.execute(
        "INSERT INTO contact_stat(conversation_id, month, categories, channel, kind, case_key)"
        " VALUES (999, '2026-11', 'oo.pesten', 'video', 'first', '77')"
    )
    db.connection.execute(
        "INSERT INTO conversation(id, case_id, at, channel, kind) VALUES (999, 1, ?, 'in_person', 'follow_up')",
        (NOW.isoformat(),),
    )
    with pytest.raises(RuntimeError, match="count row"):
        ContactStats(db.connection).refresh(1)
    rows = db.contact_stats.rows(2026)
    assert len(rows) == len(kept) + 1 and {"channel": "video", "case_key": "77"}.items() <= rows[-1].items()


def test_a_destroyed_melders_pseudonym_is_never_given_out_again(session: Session) -> None:
    """Second trial: "M-0004" named the destroyed case's melder and then the next new one."""
    db = session.vault
    made = [cases.add_case(db, ["oo.pesten"], NOW.date(), "DGOO") for _ in range(3)]
    newest = made[-1]
    assert newest.id is not None
    name = cases.detail(db, newest.id).pseudonym
    cases.close_case(db, newest.id, Outcome.ADVISED, NOW.date(), today=NOW.date())
    lifecycle.destroy(db, newest.id)
    again = cases.add_case(db, ["oo.pesten"], NOW.date(), "DGOO")
    assert again.id is not None
    assert cases.detail(db, again.id).pseudonym not in {name} | {
        cases.detail(db, c.id or 0).pseudonym for c in made[:2]
    }
