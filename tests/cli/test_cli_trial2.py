"""Trial 2 findings on the command line: the closing date lies between the opening date and today; ids of
destroyed cases are not given out again; a folder given to `restore` is one sentence."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tests.cli.conftest import PASSPHRASE, Runner


def _run(cli: Runner, *args: str, stdin: str = "") -> tuple[int, str, str]:
    r = cli(*args, secrets=[PASSPHRASE], stdin=stdin)
    return r.code, r.out, r.err


def _vault_with_case(cli: Runner, opened: str = "2026-01-05") -> None:
    assert cli("init", secrets=[PASSPHRASE]).code == 0
    code, _, err = _run(cli, "case", "add", "--category", "oo.pesten", "--pseudonym", "M-1", "--opened", opened)
    assert code == 0, err


def test_case_close_refuses_a_date_before_the_opening_or_in_the_future(cli: Runner, home: Path) -> None:
    _vault_with_case(cli)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for on, sentence in (
        ("2026-01-04", "vpdesk: A case cannot be closed before the day it was opened (2026-01-05)."),
        (tomorrow, f"vpdesk: A case cannot be closed on a day still to come ({tomorrow})."),
    ):
        code, _, err = _run(cli, "case", "close", "1", "--outcome", "advised", "--on", on)
        assert (code, err.strip()) == (1, sentence)
    assert "open" in _run(cli, "case", "show", "1")[1]  # nothing changed
    code, out, err = _run(cli, "case", "close", "1", "--outcome", "advised", "--on", "2026-01-05")
    assert code == 0, err
    assert out.strip().endswith("due for destruction on 2027-01-05.")


def test_restore_of_a_folder_is_one_sentence(cli: Runner, home: Path, tmp_path: Path) -> None:
    _vault_with_case(cli)
    folder = tmp_path / "backups"
    folder.mkdir()
    code, _, err = _run(cli, "restore", str(folder))
    assert (code, err.strip()) == (1, f"vpdesk: {folder} is a folder; choose the backup file (.vpbak) in it.")
    assert _run(cli, "case", "show", "1")[0] == 0  # the vault is untouched


def test_note_add_refuses_a_blank_conversation_like_the_app_drops_one(cli: Runner, home: Path) -> None:
    """Decision 109: no notes, the default minutes (45) or 0, in person: not a contact."""
    _vault_with_case(cli)
    for extra in ((), ("--duration", "45"), ("--duration", "0")):
        code, _, err = _run(cli, "note", "add", "1", "--when", "2026-11-02T10:00", *extra, stdin="  \n")
        assert (code, err.strip()) == (
            1,
            "vpdesk: A conversation without notes is counted only with its real length or channel; write a note or"
            " give them.",
        )
    assert "Conversation" not in _run(cli, "case", "show", "1")[1]
    assert _run(cli, "note", "add", "1", "--when", "2026-11-02T10:00", "--duration", "20")[0] == 0  # a short call
    assert _run(cli, "note", "add", "1", "--when", "2026-11-02T11:00", "--channel", "phone")[0] == 0
    assert _run(cli, "note", "add", "1", "--when", "2026-11-02T12:00", stdin="gesprek")[0] == 0
    assert _run(cli, "case", "show", "1")[1].count("Conversation ") == 3


def test_destroyed_case_ids_are_not_given_out_again(cli: Runner, home: Path) -> None:
    _vault_with_case(cli)
    assert _run(cli, "note", "add", "1", "--when", "2026-11-02T10:00", stdin="eerste")[1].strip() == "1"
    assert _run(cli, "case", "close", "1", "--outcome", "advised", "--on", "2026-11-02")[0] == 0
    assert _run(cli, "case", "destroy", "1", "--yes")[0] == 0
    code, out, err = _run(cli, "case", "add", "--category", "oo.pesten", "--pseudonym", "M-2", "--opened", "2026-11-03")
    assert code == 0, err
    assert out.strip() == "2"
    assert _run(cli, "note", "add", "2", "--when", "2026-11-03T10:00", stdin="tweede")[1].strip() == "2"
