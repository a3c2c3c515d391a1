"""Destruction is complete: no table, no index term and no page of vault.db, -wal or -shm holds the case after it,
while the year's statistics are byte for byte the same."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from tests.services.rawpages import database_pages, files_holding, wal_pages
from vpdesk.domain.meldproces import FormalReport, ReportKind
from vpdesk.domain.model import Gender, MelderPosition, Outcome
from vpdesk.errors import KnownError
from vpdesk.exchange.format import canonical
from vpdesk.services import cases, formal_reports, lifecycle, stats
from vpdesk.services.guide import GuideRules
from vpdesk.services.guide_answers import save_answers
from vpdesk.store.bookings import BookingLink
from vpdesk.store.contact_stats import DETACHED
from vpdesk.store.keyslots import Argon2Params
from vpdesk.store.vault import Vault

MARKER = "Qzvmarkerxj"  # one word, so the index holds it as a term
NOW = datetime(2026, 5, 4, 10, 0)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v, _ = Vault.create(
        tmp_path / "vault", "een lange wachtwoordzin", params=Argon2Params(8192, 1, 1), clock=lambda: NOW
    )
    yield v
    v.close()


def _case_with_marker(vault: Vault, name: str) -> int:
    case = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "DGOO", f"{name}{MARKER}")
    assert case.id is not None
    lifecycle.edit_case(vault, case.id, lifecycle.CaseEdit(position=MelderPosition.EMPLOYEE, gender=Gender.FEMALE))
    for day in range(1, 4):
        cases.start_conversation(
            vault, case.id, datetime(2026, 2, day, 9), duration_min=30, notes=f"gesprek {day} over {MARKER} en werk"
        )
    cases.record_referral(vault, case.id, "io", date(2026, 2, 3), "rules-1", answers={"labour_dispute": True})
    rules = GuideRules().load().rules  # the rules version is the one free text kept with the answers
    save_answers(vault, case.id, replace(rules, version=f"regels {MARKER}"), {"labour_dispute": True})
    cases.edit_referral(vault, vault.referrals.for_case(case.id)[0].id or 0, note=f"verwezen {MARKER}")
    formal_reports.save_report(
        vault, FormalReport(case.id, ReportKind.INTEGRITEIT, procesbegeleider=f"P&O {MARKER}"), date(2026, 3, 1)
    )
    lifecycle.follow_up(vault, case.id, date(2026, 3, 9), f"bellen {MARKER}")
    vault.bookings.save(
        BookingLink(
            f"uid-{MARKER}",
            "local",
            "r1",
            f"Kamer {MARKER}",
            datetime(2026, 3, 9, 9, tzinfo=UTC),
            datetime(2026, 3, 9, 10, tzinfo=UTC),
            case.id,
        )
    )
    cases.close_case(vault, case.id, Outcome.REFERRED, date(2026, 3, 10), 12, today=date(2026, 3, 10))
    return case.id


def _tables_holding(vault: Vault, marker: str) -> list[str]:
    """Every table of the decrypted database (the index's shadow tables too) with a row holding ``marker``."""
    conn = vault.connection
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for name in names:
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            text = " ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row)
            if marker.lower() in text.lower():
                found.append(name)
                break
    return found


def _unordered(payload: dict[str, Any]) -> bytes:
    """A payload without what orders two exports of one year (creation time, sequence number)."""
    return canonical({k: v for k, v in payload.items() if k not in ("created", "sequence")})


def _figures(envelope: bytes) -> bytes:
    return _unordered(json.loads(envelope)["payload"])


def test_destruction_leaves_nothing_in_any_table_index_or_file(vault: Vault) -> None:
    other = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "DGOO", "Ander")
    assert other.id is not None
    cases.start_conversation(vault, other.id, datetime(2026, 2, 9, 9), duration_min=20, notes="iets anders")
    case_id = _case_with_marker(vault, "Melder")
    key = vault.slots.database_keys(vault.master_key_for_backup())[0]
    vault.index.checkpoint()
    # the positive control: the decryption below does see the marker while the case exists
    assert "vault.db" in files_holding(vault.paths.db, key, MARKER.encode())
    assert {
        "client",
        "conversation",
        "note_fts_data",
        "referral",
        "formal_report",
        "case_file",
        "room_booking",
        "guide_answers",
    } <= set(_tables_holding(vault, MARKER))
    assert vault.guide_answers.get(case_id) is not None
    assert vault.index.has_term(MARKER)
    before = _unordered(stats.export_preview(vault, 2026, 0, 1, NOW))
    coordinator = pyrage.x25519.Identity.generate()
    recipient = str(coordinator.to_public())
    exported = pyrage.decrypt(stats.export(vault, 2026, 0, recipient, 1, NOW), [coordinator])

    done = lifecycle.destroy(vault, case_id)

    assert done.checkpointed
    assert _tables_holding(vault, MARKER) == []
    assert vault.connection.execute("SELECT count(*) FROM guide_answers").fetchone()[0] == 0
    assert not vault.index.has_term(MARKER)
    assert vault.index.has_term("anders")  # the other case is untouched
    assert files_holding(vault.paths.db, key, MARKER.encode()) == []
    assert _unordered(stats.export_preview(vault, 2026, 0, 1, NOW)) == before  # the year's figures stay
    # and the signed export itself: its figures byte for byte; only what orders two exports differs (the second
    # export of the year carries the next sequence number, decision 72), and with it the signature
    again = pyrage.decrypt(stats.export(vault, 2026, 0, recipient, 1, NOW), [coordinator])
    assert _figures(again) == _figures(exported)
    assert json.loads(again)["payload"]["sequence"] == json.loads(exported)["payload"]["sequence"] + 1
    assert ("destroy", f"case:{case_id}") in {(e.action, e.object) for e in vault.audit.entries()}
    assert not any(MARKER.lower() in repr(e).lower() for e in vault.audit.entries())
    with pytest.raises(KnownError, match="no case"):
        vault.cases.get(case_id)
    vault.close()
    assert files_holding(vault.paths.db, key, MARKER.encode()) == []


def test_the_client_stays_while_another_case_has_it(vault: Vault) -> None:
    first = _case_with_marker(vault, "Zelfde")
    second = cases.add_case(vault, ["oo.pesten"], date(2026, 4, 1), "", f"Zelfde{MARKER}")
    lifecycle.destroy(vault, first)
    assert vault.clients.by_pseudonym(f"Zelfde{MARKER}") is not None
    assert vault.cases.get(second.id or 0).client_id is not None


def test_words_removed_by_editing_leave_the_index_at_once(vault: Vault) -> None:
    case = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5))
    conv = cases.start_conversation(vault, case.id or 0, NOW, notes=f"eerst {MARKER} en dan")
    for n in range(25):  # more edits than an automerge needs, so segments pile up and merge
        cases.save_conversation(vault, replace(conv, notes=f"eerst {MARKER} {n}"))
    assert vault.index.has_term(MARKER) and _index_pages_hold(vault, MARKER)
    cases.save_conversation(vault, replace(conv, notes="eerst en dan"))
    assert not vault.index.has_term(MARKER)
    assert not _index_pages_hold(vault, MARKER)  # not only uncounted: out of every page of the index
    assert [h.conversation_id for h in cases.search(vault, "eerst").hits] == [conv.id]
    assert cases.search(vault, MARKER).hits == []


def _index_pages_hold(vault: Vault, word: str) -> bool:
    """The raw blocks of the index (the vocabulary counts live entries only, a deleted word's bytes may stay)."""
    blocks = vault.connection.execute("SELECT block FROM note_fts_data").fetchall()
    return any(word.lower().encode() in bytes(r[0]) for r in blocks)


def test_no_destroyed_word_or_pseudonym_survives_in_an_interior_page_of_an_index(vault: Vault) -> None:
    """Enough words and pseudonyms that the term table's index and the pseudonym indexes have interior pages: a
    b-tree can leave a deleted key's bytes in a page it rebalanced (seen in plain SQLite: 20,000 terms, half deleted
    with secure_delete on, 14 left in the file), so destruction rebuilds those indexes (IndexMaintenance.optimise)."""
    rng = random.Random(9)
    key = vault.slots.database_keys(vault.master_key_for_backup())[0]
    kept_words = ["".join(rng.choice("abcdefghijklmnop") for _ in range(10)) for _ in range(3000)]
    secret_words = ["qzv" + "".join(rng.choice("abcdefghijklmnop") for _ in range(9)) for _ in range(1500)]
    for n in range(200):  # many clients, so the pseudonym indexes have interior pages too
        cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "", f"Blijft{n:03d}{'x' * 40}")
    kept = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "", "Blijft")
    for n in range(0, 3000, 300):
        cases.start_conversation(vault, kept.id or 0, datetime(2026, 2, 1, 9), notes=" ".join(kept_words[n : n + 300]))
    gone = [
        cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "", f"qzvmelder{n:03d}{'y' * 40}") for n in range(60)
    ]
    for n, case in enumerate(gone):
        cases.start_conversation(vault, case.id or 0, datetime(2026, 2, 2, 9), notes=" ".join(secret_words[n::60]))
        cases.close_case(vault, case.id or 0, Outcome.ADVISED, date(2026, 3, 10), 12, today=date(2026, 3, 10))
    root = vault.connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'note_term_term'").fetchone()[0]
    vault.index.checkpoint()
    assert database_pages(vault.paths.db, key)[root - 1][0] == 2  # the index's root is an interior page

    def pages_hold(marker: bytes) -> bool:
        vault.index.checkpoint()
        pages = database_pages(vault.paths.db, key) + wal_pages(vault.paths.db.with_name("vault.db-wal"), key)
        return any(marker in p for p in pages)

    assert pages_hold(b"qzv")
    for case in gone:
        lifecycle.destroy(vault, case.id or 0)
    assert not any(w in _table_terms(vault) for w in secret_words)
    assert not pages_hold(b"qzv")
    assert {w for w in kept_words if w in _table_terms(vault)} == set(kept_words)  # the rest is whole


def _table_terms(vault: Vault) -> set[str]:
    return {str(r[0]) for r in vault.connection.execute("SELECT term FROM note_term")}


def test_a_held_or_open_case_is_not_destroyed(vault: Vault) -> None:
    case_id = _case_with_marker(vault, "Vast")
    lifecycle.hold(vault, case_id, "lopende procedure bij de CIE", date(2026, 9, 1), NOW.date())
    with pytest.raises(KnownError, match="legal hold"):
        lifecycle.destroy(vault, case_id)
    lifecycle.release(vault, case_id)
    lifecycle.reopen(vault, case_id)
    with pytest.raises(KnownError, match="still open"):
        lifecycle.destroy(vault, case_id)
    assert vault.cases.get(case_id).id == case_id


def _stat_rows(vault: Vault, case_id: int) -> list[tuple[str, str]]:
    """(case_key, org_unit) of the count rows of a case's conversations, while the case exists."""
    return vault.connection.execute(
        "SELECT s.case_key, s.org_unit FROM contact_stat s JOIN conversation c ON c.id = s.conversation_id"
        " WHERE c.case_id = ? ORDER BY s.conversation_id",
        (case_id,),
    ).fetchall()


def _case(vault: Vault, org_unit: str, days: tuple[int, ...]) -> int:
    case = cases.add_case(vault, ["oo.seksueel"], date(2026, 1, 5), org_unit)
    assert case.id is not None
    for day in days:
        cases.start_conversation(vault, case.id, datetime(2026, 1, day, 9), duration_min=45, notes="x")
    return case.id


def test_count_rows_carry_a_random_key_per_case_from_the_start(vault: Vault) -> None:
    first, second = _case(vault, "DGA", (5, 12)), _case(vault, "DGB", (6,))
    keys = {n: {key for key, _ in _stat_rows(vault, n)} for n in (first, second)}
    assert all(len(k) == 1 for k in keys.values())  # one key groups a case's conversations
    key = next(iter(keys[first]))
    assert len(key) == 32 and key not in (str(first), str(second)) and keys[first] != keys[second]
    lifecycle.edit_case(vault, first, lifecycle.CaseEdit(gender=Gender.FEMALE))  # rows rewritten: same key
    cases.start_conversation(vault, first, datetime(2026, 1, 19, 9), duration_min=10, notes="y")
    assert {k for k, _ in _stat_rows(vault, first)} == {key}
    # rows migration 11 keyed by the case's number get a random key at the case's next change
    vault.connection.execute("UPDATE contact_stat SET case_key = ?", (str(second),))
    lifecycle.edit_case(vault, second, lifecycle.CaseEdit(gender=Gender.MALE))
    (new,) = {k for k, _ in _stat_rows(vault, second)}
    assert new != str(second) and len(new) == 32


@pytest.mark.parametrize("level", [1, 2])
def test_a_destroyed_cases_count_rows_are_not_tied_to_it(vault: Vault, level: int) -> None:
    """Review finding 3: after destruction no row carries the case's number (or its key from before) or an org
    unit finer than the export's level; the year's export figures are the same."""
    case_id = _case(vault, "DGA/Directie Juridische Zaken/Team 3", (5, 12))
    other = _case(vault, "DGA/Directie Juridische Zaken/Team 4", (6,))
    cases.close_case(vault, case_id, Outcome.FORMAL_REPORT, date(2026, 2, 1), 12, today=NOW.date())
    conversations = [
        r[0] for r in vault.connection.execute("SELECT id FROM conversation WHERE case_id = ?", (case_id,))
    ]
    (old_key,) = {k for k, _ in _stat_rows(vault, case_id)}
    vault.connection.execute("UPDATE contact_stat SET case_key = ? WHERE case_key = ?", (str(case_id), old_key))
    others = _stat_rows(vault, other)
    before = _unordered(stats.export_preview(vault, 2026, 0, level, NOW))

    lifecycle.destroy(vault, case_id, level)

    rows = vault.connection.execute(
        f"SELECT case_key, org_unit FROM contact_stat WHERE conversation_id IN ({','.join('?' * len(conversations))})",
        conversations,
    ).fetchall()
    assert len(rows) == 2 and len({k for k, _ in rows}) == 1  # still one case in the counts
    assert (
        rows[0][0] not in (str(case_id), old_key, "")
        and rows[0][0].startswith(DETACHED)
        and len(rows[0][0]) == len(DETACHED) + 32
    )
    assert {o for _, o in rows} == {"/".join(["DGA", "Directie Juridische Zaken"][:level])}
    assert _stat_rows(vault, other) == others  # another case's rows are untouched
    assert _unordered(stats.export_preview(vault, 2026, 0, level, NOW)) == before
