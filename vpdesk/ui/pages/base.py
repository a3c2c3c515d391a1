"""What a page of the open vault must do to be plugged into the main window.

app.py builds a list of VaultPage objects (the desk first, then rooms, coordinator, ...) and hands it to the
Controller, which puts each page's widget in the main window and calls the hooks below at the right moments.
A VaultPage is the page's controller: it owns its (passive) widget, talks to the session and decides.

Life cycle, driven by vpdesk.ui.controller.Controller:

    opened()        the vault was just created, unlocked or recovered: load what the page shows
    is_start()      after opened(), on the first opening of a run: True makes this the page shown first
    exclusive()     after opened(): True shows only the pages that say so (a coordinator's vault: the figures)
    restore(place)  after opened(): go back to what place() returned at the last lock (None the first time)
    save()          before lock and quit: write every pending edit now, without dialogs (an idle lock must not
                    wait for a click); returns the sentence to show when a write failed, else None
    unsaved()       at quit, after a failed save(): the adviser's text that could not be written ("" when none);
                    the quit shows it to copy and lets the adviser stay
    place()         before locked(): where the adviser is (case id, ...), kept in memory while locked
    locked()        the vault is closing: clear every widget and model that showed vault data
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

Shortcut = tuple[str, Callable[[], None]]


class VaultPage(QObject):
    """Base class with do-nothing hooks; a page overrides what it needs. `key` names the page (unique)."""

    key = ""
    lock_requested = Signal()  # e.g. a "Vergrendelen" button on the page
    vault_failed = Signal(object)  # a KnownError met in the background that leaves the vault unusable (damaged)

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget

    def title(self) -> str:
        """The page's name in the window's navigation (translated)."""
        raise NotImplementedError

    def shortcuts(self) -> list[Shortcut]:
        """Window-wide shortcuts; using one switches to this page first. Keys must be unique across pages."""
        return []

    def opened(self) -> None:
        pass

    def is_start(self) -> bool:
        return False

    def exclusive(self) -> bool:
        return False

    def restore(self, place: object) -> None:
        pass

    def save(self) -> str | None:
        return None

    def unsaved(self) -> str:
        return ""

    def place(self) -> object:
        return None

    def locked(self) -> None:
        pass

    def focus(self) -> None:
        """Put the keyboard focus where work on this page starts."""
        self.widget.setFocus()
