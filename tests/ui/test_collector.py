"""The cyclic collector and the lock (vpdesk/ui/collector.py, decision 241): the app's own objects are kept out of
later collections, and every close of the vault collects everything, also what was frozen while it was open."""

from __future__ import annotations

import gc
import weakref

from pytestqt.qtbot import QtBot

from vpdesk.errors import KnownError
from vpdesk.ui import collector
from vpdesk.ui.controller import Controller

from .conftest import create_vault


class _Note:
    """A stand-in for case content caught in a reference cycle (an exception's frame, a closure over a row)."""

    def __init__(self) -> None:
        self.me = self


def test_the_lock_collects_everything_then_keeps_the_app_out_of_later_collections(
    qtbot: QtBot, controller: Controller
) -> None:
    """The app's own objects are frozen once it is built and again after each lock, so a collection at unlock does not
    walk them (vpdesk/ui/collector.py); the lock's own collection sees every object, case rows included."""
    c = controller
    assert gc.get_freeze_count() > 0  # built and started
    create_vault(qtbot, c)
    note = _Note()
    gone = weakref.ref(note)
    collector.settle()  # as the case list does after reading a page of rows
    del note
    c.lock()
    assert gone() is None and gc.get_freeze_count() > 0


def test_a_vault_closed_by_a_failed_opening_frees_what_was_frozen_while_it_was_open(
    qtbot: QtBot, controller: Controller
) -> None:
    """The case list freezes what lives while the vault is open (vpdesk/ui/collector.py). Every way the vault closes,
    not only Controller.lock, must collect that too: a cycle holding case content frozen while open is gone after."""
    c = controller
    create_vault(qtbot, c)
    note = _Note()
    gone = weakref.ref(note)
    collector.settle()  # as the case list does after reading a page of rows
    del note
    gc.collect()
    assert gone() is not None  # frozen: an ordinary collection does not see it
    # a damaged page met while the pages read their first view
    c._open_failed(KnownError("The vault is damaged or has been tampered with."))
    assert not c.session.is_open
    assert gone() is None
    assert gc.get_freeze_count() > 0  # and the app is kept out of later collections again
