"""Hypothesis: any valid case and conversation comes back from the vault exactly as it went in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Literal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vpdesk.domain.model import Case, CaseStatus, Channel, ContactKind, Conversation, Gender, MelderPosition, Outcome
from vpdesk.resources import taxonomy
from vpdesk.store.vault import Vault

CODES = [c.code for c in taxonomy().categories]

cases = st.builds(
    Case,
    categories=st.lists(st.sampled_from(CODES), min_size=1, max_size=4, unique=True).map(lambda c: tuple(sorted(c))),
    opened=st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    org_unit=st.text(max_size=40),
    status=st.sampled_from(CaseStatus),
    closed=st.none() | st.dates(date(2000, 1, 1), date(2100, 1, 1)),
    outcome=st.none() | st.sampled_from(Outcome),
    position=st.none() | st.sampled_from(MelderPosition),
    gender=st.none() | st.sampled_from(Gender),
)
SURROGATES: tuple[Literal["Cs"]] = ("Cs",)  # the one Unicode category a str cannot encode to UTF-8
notes = st.text(st.characters(blacklist_categories=SURROGATES), max_size=2000)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    case=cases,
    note=notes,
    when=st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1)),
    duration=st.integers(0, 10_000),
    channel=st.sampled_from(Channel),
    kind=st.sampled_from(ContactKind),
)
def test_case_and_conversation_round_trip(
    vault: Vault, case: Case, note: str, when: datetime, duration: int, channel: Channel, kind: ContactKind
) -> None:
    saved = vault.cases.add(case)
    assert saved.id is not None
    assert vault.cases.get(saved.id) == replace(case, id=saved.id, client_id=saved.client_id)
    conv = Conversation(case_id=saved.id, when=when, duration_min=duration, channel=channel, kind=kind, notes=note)
    stored = vault.conversations.add(conv)
    assert vault.conversations.get(stored.id or 0) == replace(conv, id=stored.id)
