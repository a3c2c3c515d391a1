"""A save never overwrites text it did not load, and a save with nothing changed writes nothing (trial F21)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.services.conftest import PASSPHRASE
from vpdesk.domain.model import Outcome
from vpdesk.errors import KnownError
from vpdesk.services import cases
from vpdesk.services.session import Session
from vpdesk.store.vault import Vault

MARK = "--- conflict ---"


@pytest.fixture
def second(session: Session) -> Iterator[Vault]:
    """A second open of the same vault folder, as a second app window or the CLI beside the app would have."""
    other = Vault.unlock(session.home, PASSPHRASE)
    yield other
    other.close()


def test_two_windows_on_one_note_keep_both_texts_and_a_quit_save_writes_nothing(
    session: Session, second: Vault
) -> None:
    one, two = session.vault, second
    loaded_one = cases.conversation(one, 1)
    loaded_two = cases.conversation(two, 1)
    text = loaded_one.notes
    saved_two = cases.save_conversation(two, replace(loaded_two, notes=text + " [B]"), loaded_two, MARK)
    assert saved_two is not None and not saved_two.merged
    saved_one = cases.save_conversation(one, replace(loaded_one, notes=text + " [A]"), loaded_one, MARK)
    assert saved_one is not None and saved_one.merged
    both = f"{text} [B]\n\n{MARK}\n{text} [A]"
    assert saved_one.after.notes == both
    assert cases.conversation(two, 1).notes == both
    # window two quits: its editor still holds what it saved, unchanged since: nothing is written
    assert cases.save_conversation(two, saved_two.after, saved_two.after, MARK) is None
    assert cases.conversation(one, 1).notes == both


def test_a_command_line_write_beside_the_open_editor_is_kept(session: Session, second: Vault) -> None:
    loaded = cases.conversation(session.vault, 2)
    cli = cases.conversation(second, 2)
    cases.save_conversation(second, replace(cli, notes="door de CLI"))  # read just now: writes over the stored
    saved = cases.save_conversation(session.vault, replace(loaded, notes=loaded.notes + " en meer"), loaded, MARK)
    assert saved is not None and saved.merged
    assert saved.after.notes == f"door de CLI\n\n{MARK}\n{loaded.notes} en meer"


def test_fields_changed_on_one_side_each_win_without_a_conflict(session: Session, second: Vault) -> None:
    loaded_one = cases.conversation(session.vault, 3)
    loaded_two = cases.conversation(second, 3)
    cases.save_conversation(second, replace(loaded_two, notes="alleen de tekst"), loaded_two, MARK)
    saved = cases.save_conversation(session.vault, replace(loaded_one, duration_min=75), loaded_one, MARK)
    assert saved is not None and not saved.merged
    assert (saved.after.notes, saved.after.duration_min) == ("alleen de tekst", 75)
    assert cases.conversation(second, 3) == saved.after


def test_a_save_with_nothing_changed_since_loading_writes_nothing(session: Session, second: Vault) -> None:
    loaded = cases.conversation(session.vault, 4)
    cases.save_conversation(second, replace(cases.conversation(second, 4), notes="nieuwer"))
    assert cases.save_conversation(session.vault, loaded, loaded, MARK) is None
    assert cases.conversation(second, 4).notes == "nieuwer"


def test_a_note_deleted_elsewhere_is_kept_as_a_new_conversation_on_its_case(session: Session, second: Vault) -> None:
    """Review finding: deleted elsewhere (the CLI, a second window) while the editor held unsaved text, the save
    failed and the quit lost the text. While its case is open, the editor's version comes back as a new one."""
    loaded = cases.conversation(session.vault, 5)
    cases.delete_conversation(second, 5)
    edited = replace(loaded, notes=loaded.notes + " nog getypt", duration_min=loaded.duration_min + 5)
    saved = cases.save_conversation(session.vault, edited, loaded, MARK)
    assert saved is not None and saved.kept_as_new and not saved.merged
    assert saved.after.id not in (None, 5) and saved.after == replace(edited, id=saved.after.id)
    assert cases.conversation(second, saved.after.id or 0) == saved.after  # in the vault, for every reader
    assert saved.after in cases.detail(second, loaded.case_id).conversations


def test_a_note_whose_case_was_closed_elsewhere_is_refused_and_nothing_is_written(
    session: Session, second: Vault
) -> None:
    loaded = cases.conversation(session.vault, 4)
    on = max(cases.get_case(second, loaded.case_id).opened, loaded.when.date())
    cases.close_case(second, loaded.case_id, Outcome.ADVISED, on, 12, today=on)
    with pytest.raises(KnownError, match="closed"):
        cases.save_conversation(session.vault, replace(loaded, notes="getypt"), loaded, MARK)
    assert cases.conversation(second, 4).notes == loaded.notes
