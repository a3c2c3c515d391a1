"""Bad input on the command line gets one clear sentence and a non-zero exit, never a silent empty answer
(new-user trial, finding 11). Each case feeds one bad value and checks the whole of stderr."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.conftest import PASSPHRASE, Runner
from vpdesk.domain.rooms import AMSTERDAM

KNOWN_FEATURES = "soundproof, out_of_sight, accessible, near_exit"
FREE = ("rooms", "free", "--from", "2030-03-04")  # a Monday in the future


def _today() -> str:
    return datetime.now(AMSTERDAM).date().isoformat()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            (*FREE, "--feature", "jacuzzi"),
            f"There is no room feature 'jacuzzi'; the known ones are {KNOWN_FEATURES}.",
        ),
        ((*FREE, "--days", "0"), "A search for a free room looks 1 to 366 days ahead, not 0."),
        ((*FREE, "--days", "-3"), "A search for a free room looks 1 to 366 days ahead, not -3."),
        ((*FREE, "--days", "5000"), "A search for a free room looks 1 to 366 days ahead, not 5000."),
        (
            (*FREE, "--minutes", "7"),
            "Rooms are booked in whole quarters of an hour (15, 30, 45, 60 ... minutes), not for 7 minutes.",
        ),
        ((*FREE, "--minutes", "0"), "A booking must end after it starts."),
        ((*FREE, "--minutes", "-15"), "A booking must end after it starts."),
        ((*FREE, "--minutes", "615"), "A booking can last at most ten hours."),
        ((*FREE, "--capacity", "0"), "A room is for at least one person, not 0."),
        ((*FREE, "--capacity", "99"), "No room in the pool has at least 99 places."),
        (
            (*FREE, "--capacity", "5", "--feature", "near_exit", "--feature", "soundproof"),
            "No room in the pool has at least 5 places and all of: near_exit, soundproof.",
        ),
        ((*FREE, "--limit", "0"), "Ask for at least one free slot, not 0."),
        ((*FREE, "--between", "7:00-9:00"), "A time window ends after it starts, between 08:00 and 18:00."),
        (
            ("rooms", "free", "--from", "2030-03-09", "--days", "2"),
            "From 2030-03-09 to 2030-03-10 there are only weekend days; rooms are booked on weekdays.",
        ),
    ],
)
def test_a_search_for_a_free_room_names_what_is_wrong(cli: Runner, args: tuple[str, ...], said: str) -> None:
    r = cli(*args)
    assert (r.code, r.out, r.err) == (1, "", f"vpdesk: {said}\n")


def test_a_search_from_a_day_in_the_past_is_refused(cli: Runner) -> None:
    r = cli("rooms", "free", "--from", "2020-01-01")
    said = f"vpdesk: A search for a free room cannot start in the past (2020-01-01); today is {_today()}.\n"
    assert (r.code, r.out, r.err) == (1, "", said)


def test_a_search_from_today_is_not_in_the_past(cli: Runner) -> None:
    """The default day is today in Amsterdam, where the pool's days are (not the machine's UTC date)."""
    r = cli("rooms", "free", "--days", "7", "--json")
    assert r.code in (0, 1) and "past" not in r.err


def test_the_slots_found_are_whole_quarters(cli: Runner) -> None:
    r = cli(*FREE, "--days", "1", "--minutes", "45", "--limit", "2")
    assert r.code == 0 and [line.split()[1] for line in r.out.splitlines()] == ["08:00-08:45", "08:00-08:45"]


NOT_A_DATE = "is not a date (use YYYY-MM-DD)."
NOT_A_MOMENT = "is not a date and time (use YYYY-MM-DDTHH:MM)."


@pytest.mark.parametrize(
    ("command", "rest", "said"),
    [
        ("audit", ("--since", "2026-13-01"), f"argument --since: '2026-13-01' {NOT_A_DATE}"),
        ("audit", ("--until", "30-11-2026"), f"argument --until: '30-11-2026' {NOT_A_DATE}"),
        ("rooms free", ("--from", "2026-02-30"), f"argument --from: '2026-02-30' {NOT_A_DATE}"),
        ("rooms free", ("--days", "two"), "argument --days: 'two' is not a whole number."),
        ("rooms book", ("rijnstraat-4-12", "2030-02-30T10:00"), f"argument start: '2030-02-30T10:00' {NOT_A_MOMENT}"),
        (
            "case add",
            ("--category", "oo.pesten", "--opened", "gisteren"),
            f"argument --opened: 'gisteren' {NOT_A_DATE}",
        ),
        (
            "case close",
            ("1", "--outcome", "advised", "--on", "2026-11-31"),
            f"argument --on: '2026-11-31' {NOT_A_DATE}",
        ),
        ("case show", ("seven",), "argument ID: 'seven' is not a whole number."),
        (
            "case hold",
            ("1", "--reason", "x", "--review", "2027-02-29"),
            f"argument --review: '2027-02-29' {NOT_A_DATE}",
        ),
        ("case follow-up", ("1", "--on", "morgen"), f"argument --on: 'morgen' {NOT_A_DATE}"),
        ("note add", ("1", "--when", "2026-11-30 25:00"), f"argument --when: '2026-11-30 25:00' {NOT_A_MOMENT}"),
        (
            "note add",
            ("1", "--duration", "601"),
            "argument --duration: '601' is not a number of minutes from 0 to 600.",
        ),
        ("search", ("pesten", "--limit", "0"), "argument --limit: '0' is not a whole number of 1 or more."),
        ("search", ("pesten", "--limit", "-1"), "argument --limit: '-1' is not a whole number of 1 or more."),
        ("report", ("--year", "1800", "--pdf", "x.pdf"), "argument --year: '1800' is not a year from 2000 to 2100."),
        ("export", ("--year", "3000", "--preview"), "argument --year: '3000' is not a year from 2000 to 2100."),
        (
            "export",
            ("--year", "2026", "--quarter", "5"),
            "argument --quarter: invalid choice: 5 (choose from 1, 2, 3, 4)",
        ),
        ("trust list", ("--year", "twenty"), "argument --year: 'twenty' is not a whole number."),
        (
            "case list",
            ("--passphrase-fd", "stdin"),
            "argument --passphrase-fd: 'stdin' is not a file descriptor number.",
        ),
    ],
)
def test_a_malformed_value_is_one_line_naming_the_argument(
    cli: Runner, command: str, rest: tuple[str, ...], said: str
) -> None:
    """Not argparse's "invalid fromisoformat value" under the whole usage: the sentence, and where to read more."""
    r = cli(*command.split(), *rest)
    assert (r.code, r.out, r.err) == (2, "", f"vpdesk {command}: {said}\nSee 'vpdesk {command} --help'.\n")


def test_help_and_version_go_to_the_runs_own_stdout(cli: Runner) -> None:
    r = cli("rooms", "free", "--help")
    assert r.code == 0 and "whole quarters of an hour" in r.out and r.err == ""
    r = cli("--version")
    assert r.code == 0 and r.out.startswith("vpdesk ")


@pytest.fixture
def vault(cli: Runner, home: Path) -> list[str]:
    assert cli("init", secrets=[PASSPHRASE, PASSPHRASE]).code == 0
    assert cli("case", "add", "--category", "oo.pesten", secrets=[PASSPHRASE]).code == 0
    return [PASSPHRASE]


def test_an_unknown_audit_action_names_the_actions_in_the_trail(cli: Runner, vault: list[str]) -> None:
    r = cli("audit", "--action", "frobnicate", secrets=vault)
    said = "vpdesk: The audit trail has no action 'frobnicate'; the actions in it are create, unlock.\n"
    assert (r.code, r.out, r.err) == (1, "", said)
    r = cli("audit", "--action", "create", secrets=vault)
    assert r.code == 0 and len(r.out.splitlines()) > 1 and all(" create " in line for line in r.out.splitlines()[1:])


def test_the_audit_csv_does_not_quietly_drop_the_action(cli: Runner, vault: list[str], tmp_path: Path) -> None:
    target = tmp_path / "audit.csv"
    r = cli("audit", "--csv", str(target), "--action", "create", secrets=vault)
    said = "vpdesk: The CSV holds the whole trail of the period: leave out --action, or --csv.\n"
    assert (r.code, r.out, r.err) == (1, "", said) and not target.exists()


def test_an_empty_search_says_so(cli: Runner, vault: list[str]) -> None:
    r = cli("search", "  ", secrets=vault)
    assert (r.code, r.out, r.err) == (1, "", "vpdesk: Give one or more words to search for.\n")


def test_an_edit_that_corrects_nothing_is_not_reported_as_done(cli: Runner, vault: list[str]) -> None:
    r = cli("case", "edit", "1", secrets=vault)
    said = "vpdesk: say what to correct: --pseudonym, --category, --org-unit, --position and/or --gender.\n"
    assert (r.code, r.out, r.err) == (2, "", said)


def test_deliveries_of_a_year_without_advisers_are_not_an_empty_answer(cli: Runner, home: Path) -> None:
    assert cli("init", "--coordinator", secrets=[PASSPHRASE, PASSPHRASE]).code == 0
    r = cli("trust", "list", "--year", "2026", secrets=[PASSPHRASE])
    assert (r.code, r.out) == (0, "No advisers are trusted yet: add one with 'vpdesk trust add'.\n")
