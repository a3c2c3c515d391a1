"""Gentle reminders kept in the vault: the last backup (a policy sets after how many days to remind) and the
agenda, which opens by itself at most once a day. Each takes the repositories and today's date."""

from __future__ import annotations

from datetime import date

from vpdesk.store.repositories import Repositories

LAST_BACKUP = "last_backup"  # ISO date of the last verified backup
WATCHED_SINCE = "backup_watched_since"  # the first day this vault was opened with the reminder in place
AGENDA_SHOWN = "agenda_shown_on"  # ISO date the agenda last opened by itself


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def backup_made(vault: Repositories, today: date) -> None:
    vault.settings.set(LAST_BACKUP, today.isoformat())


def last_backup(vault: Repositories) -> date | None:
    return _day(vault.settings.get(LAST_BACKUP))


def backup_overdue(vault: Repositories, today: date, days: int) -> int | None:
    """Days since the last backup when that is at least ``days`` (0: never remind), else None. A vault never
    backed up counts from the first day it was opened with this reminder (so a new vault is not nagged at once)."""
    if days <= 0:
        return None
    since = last_backup(vault)
    if since is None:
        since = _day(vault.settings.get(WATCHED_SINCE))
        if since is None:
            vault.settings.set(WATCHED_SINCE, today.isoformat())
            return None
    age = (today - since).days
    return age if age >= days else None


def agenda_opens_today(vault: Repositories, today: date) -> bool:
    """True the first time it is asked on a day (and notes that), False after: the agenda opens by itself at most
    once a day; otherwise the adviser sees the count on its button."""
    if _day(vault.settings.get(AGENDA_SHOWN)) == today:
        return False
    vault.settings.set(AGENDA_SHOWN, today.isoformat())
    return True
