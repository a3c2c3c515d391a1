"""The time window of a search for free rooms: whole quarters inside the working day, or one clear sentence."""

from __future__ import annotations

from datetime import time

import pytest

from vpdesk.domain.rooms import WORKDAY, Hours
from vpdesk.errors import KnownError


def test_the_default_window_is_the_working_day() -> None:
    assert (Hours().start, Hours().end) == WORKDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00-12:30", (time(10), time(12, 30))),
        (" 08:00 - 18:00 ", WORKDAY),
        ("9:15-9:30", (time(9, 15), time(9, 30))),
    ],
)
def test_a_window_is_read_from_the_command_line(text: str, expected: tuple[time, time]) -> None:
    hours = Hours.parse(text)
    assert (hours.start, hours.end) == expected


@pytest.mark.parametrize("text", ["10:00", "10-12", "tien tot twaalf", "10:00-", "25:00-26:00", ""])
def test_an_unreadable_window_says_how_to_write_one(text: str) -> None:
    with pytest.raises(KnownError, match="HH:MM-HH:MM"):
        Hours.parse(text)


@pytest.mark.parametrize(
    ("start", "end"),
    [(time(12), time(10)), (time(10), time(10)), (time(7, 45), time(9)), (time(17), time(18, 15))],
)
def test_a_window_ends_after_it_starts_within_the_working_day(start: time, end: time) -> None:
    with pytest.raises(KnownError, match="between 08:00 and 18:00"):
        Hours(start, end)


@pytest.mark.parametrize(("start", "end"), [(time(10, 10), time(11)), (time(10), time(11, 0, 30))])
def test_a_window_starts_and_ends_on_a_quarter(start: time, end: time) -> None:
    with pytest.raises(KnownError, match="quarter of an hour"):
        Hours(start, end)
