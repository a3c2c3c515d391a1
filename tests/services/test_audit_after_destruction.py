"""After destruction no audit line ties the case's number to its times (decision 170): the case's lines (and its
client's, when the client goes) are cleared, only the destruction record names it, and the chain still verifies.
Proven on the decrypted database, every table, like test_destruction."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tests.services.rawpages import files_holding
from tests.services.test_destruction import _case_with_marker
from vpdesk.domain.model import Outcome
from vpdesk.services import access, audit, cases, lifecycle
from vpdesk.store.keyslots import Argon2Params
from vpdesk.store.vault import Vault

START = datetime(2026, 5, 4, 10, 0)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """A vault whose clock ticks 7 s at every reading, so every audit line has a time of its own."""
    ticks = itertools.count()
    v, _ = Vault.create(
        tmp_path / "vault",
        "een lange wachtwoordzin",
        params=Argon2Params(8192, 1, 1),
        clock=lambda: START + timedelta(seconds=7 * next(ticks)),
    )
    yield v
    v.close()


def _cells(vault: Vault) -> list[tuple[str, str]]:
    """(table, text of a row) for every row of every table of the decrypted database."""
    conn = vault.connection
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for name in names:
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            found.append((name, " ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row)))
    return found


def _lines_of(vault: Vault, case_id: int) -> tuple[set[str], set[str]]:
    """The objects and the times of the audit lines about the case (its conversations, referrals, reports)."""
    rows = vault.connection.execute("SELECT object, at FROM audit_log WHERE scope = ?", (f"case:{case_id}",))
    objects, times = set(), set()
    for obj, at in rows:
        objects.add(obj)
        times.add(at)
    return objects, times


def test_no_line_ties_the_case_to_its_times_after_destruction(vault: Vault, tmp_path: Path) -> None:
    other = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "DGOO", "Ander")
    assert other.id is not None
    cases.start_conversation(vault, other.id, datetime(2026, 2, 9, 9), duration_min=20, notes="iets anders")
    case_id = _case_with_marker(vault, "Melder")
    conv = cases.start_conversation(vault, other.id, datetime(2026, 2, 10, 9), duration_min=20, notes="kort")
    deleted = vault.conversations.delete(conv.id or 0)  # the other case's own deletion stays on record
    case = vault.cases.get(case_id)
    access.write(vault, case_id, "nl", date(2026, 5, 4), {}, pdf=tmp_path / "a.pdf")
    objects, times = _lines_of(vault, case_id)
    client_times = {
        r[0]
        for r in vault.connection.execute("SELECT at FROM audit_log WHERE scope = ?", (f"client:{case.client_id}",))
    }
    # the positive control: while the case exists its lines name it and its parts, each at a time of its own
    assert f"case:{case_id}" in objects and any(o.startswith("conversation:") for o in objects)
    assert any(o.startswith("referral:") for o in objects) and any(o.startswith("formal_report:") for o in objects)
    assert len(times) >= 10 and client_times
    key = vault.slots.database_keys(vault.master_key_for_backup())[0]
    vault.index.checkpoint()
    assert "vault.db" in files_holding(vault.paths.db, key, min(times).encode())  # the control, in the pages
    other_lines = {(e.action, e.object, e.at) for e in vault.audit.entries() if e.object == f"case:{other.id}"}

    lifecycle.destroy(vault, case_id)

    number = re.compile(rf"\b(case|client):({case_id}|{case.client_id})\b")
    named = [(t, text) for t, text in _cells(vault) if number.search(text)]
    # only the destruction record names the case (and its client): no other row of any table
    assert len(named) == 2 and all(t == "audit_log" and " destroy " in f" {text} " for t, text in named)
    for obj in objects - {f"case:{case_id}"}:
        part = re.compile(rf"\b{re.escape(obj)}\b")
        assert not any(part.search(text) for _, text in _cells(vault)), obj
    for at in times | client_times:
        assert not any(at in text for _, text in _cells(vault)), at  # no time of its lines is left anywhere
    # nor in any page of vault.db, -wal or -shm (cleared in place; secure_delete zeroes what was freed)
    assert not any(files_holding(vault.paths.db, key, at.encode()) for at in times | client_times)
    assert vault.audit.verify() == []
    assert audit.verify(vault) == []
    entries = vault.audit.entries()
    assert other_lines <= {(e.action, e.object, e.at) for e in entries}
    assert ("delete", f"conversation:{deleted.id}") in {(e.action, e.object) for e in entries}
    assert ("destroy", f"case:{case_id}") in {(e.action, e.object) for e in entries}
    assert f"case:{case_id}" not in audit.to_csv(entries).replace(f"destroy,case:{case_id}", "")


def test_a_row_cleared_without_a_destruction_or_changed_after_is_found(vault: Vault) -> None:
    case = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "DGOO", "Een")
    conn = vault.connection
    conn.execute(
        "UPDATE audit_log SET at = '', actor = '', action = '', object = '', result = '', salt = NULL WHERE object = ?",
        (f"case:{case.id}",),
    )
    assert any("cleared without a destruction" in p for p in vault.audit.verify())


def test_a_cleared_row_given_back_its_fields_is_found(vault: Vault) -> None:
    first = cases.add_case(vault, ["oo.pesten"], date(2026, 1, 5), "DGOO", "Een")
    cases.close_case(vault, first.id or 0, Outcome.REFERRED, date(2026, 3, 10), 12, today=date(2026, 3, 10))
    lifecycle.destroy(vault, first.id or 0)
    assert vault.audit.verify() == []
    conn = vault.connection
    cleared = conn.execute("SELECT min(id) FROM audit_log WHERE salt IS NULL").fetchone()[0]
    conn.execute("UPDATE audit_log SET action = 'create', object = ? WHERE id = ?", (f"case:{first.id}", cleared))
    assert f"audit row {cleared} was changed, or a row before it removed" in vault.audit.verify()
