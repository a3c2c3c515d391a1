"""Cases closed before the lifecycle migration (10) had no destruction date; a one-off step at unlock gives them
closure + the policy's retention_months, so they come up for destruction in the agenda (review finding 2)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.services.conftest import PASSPHRASE
from vpdesk.domain.model import Outcome
from vpdesk.domain.retention import ReminderKind
from vpdesk.services import cases, lifecycle, vault_admin
from vpdesk.services.session import Session
from vpdesk.store.repositories import Repositories


def _old_style(session: Session) -> Path:
    """Case 2 closed on 2025-05-01 as code before migration 10 left it: status closed, destroy_on NULL, and no
    record of the one-off step."""
    db = session.vault
    db.connection.execute("UPDATE case_file SET opened = ? WHERE id = 2 AND opened > ?", ("2025-04-01", "2025-04-01"))
    cases.close_case(db, 2, Outcome.ADVISED, date(2025, 5, 1), today=date(2026, 11, 30))
    db.connection.execute("UPDATE case_file SET destroy_on = NULL WHERE id = 2")
    db.connection.execute("DELETE FROM setting WHERE key = ?", (lifecycle.DESTRUCTION_DATES_FILLED,))
    home = session.vault.paths.home
    session.lock()
    Path(os.environ["VPDESK_DEV_POLICY"]).write_text("[settings]\nretention_months = 18\n", encoding="utf-8")
    return home


def _via_session(home: Path) -> tuple[Repositories, Callable[[], None]]:
    s = Session(home)
    s.unlock(PASSPHRASE)
    return s.vault, s.lock


def _via_cli(home: Path) -> tuple[Repositories, Callable[[], None]]:
    vault = vault_admin.open_vault(home, PASSPHRASE)
    return vault, vault.close


@pytest.mark.parametrize("opener", [_via_session, _via_cli], ids=["app", "cli"])
def test_a_case_closed_before_the_migration_comes_up_for_destruction(
    session: Session, opener: Callable[[Path], tuple[Repositories, Callable[[], None]]]
) -> None:
    home = _old_style(session)
    db, close = opener(home)
    try:
        assert db.cases.get(2).destroy_on == date(2026, 11, 1)  # 2025-05-01 + the policy's 18 months
        assert db.settings.get(lifecycle.DESTRUCTION_DATES_FILLED) == "18"
        due = lifecycle.agenda(db, date(2026, 11, 30), 6).reminders
        assert [(r.case_id, r.kind, r.on) for r in due if r.case_id == 2] == [
            (2, ReminderKind.DESTROY_DUE, date(2026, 11, 1))
        ]
        assert next(e.action for e in db.audit.entries() if e.object == "case:2") == "update"  # newest first
        assert all(db.cases.get(n).destroy_on is None for n in (1, 3, 4, 5))  # open cases keep none
    finally:
        close()


def test_the_step_runs_once_per_vault(session: Session) -> None:
    """Recorded in the vault's settings: a later unlock does not redo it (nor overwrite dates set since)."""
    home = _old_style(session)
    db, close = _via_session(home)
    db.connection.execute("UPDATE case_file SET destroy_on = NULL WHERE id = 2")
    close()
    db, close = _via_session(home)
    try:
        assert db.cases.get(2).destroy_on is None
        assert lifecycle.fill_destruction_dates(db, 18) == 0
    finally:
        close()
