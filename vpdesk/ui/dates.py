"""The one way the UI writes a date and a moment: 30-11-2026 and 30-11-2026 17:31 (trial4 F10)."""

from __future__ import annotations

from datetime import date, datetime

DATE = "%d-%m-%Y"
MOMENT = "%d-%m-%Y %H:%M"


def day_text(day: date) -> str:
    return day.strftime(DATE)


def moment_text(moment: datetime | str) -> str:
    """A moment (also an ISO string, as a backup's header keeps it) as 30-11-2026 17:31, in local time."""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return str(moment)  # not a date we know: shown as it is rather than lost
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime(MOMENT)
