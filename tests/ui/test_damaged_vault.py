"""A vault with a damaged page: unlocking either opens it (the page is not read yet) or says "damaged" on the
unlock screen and leaves the vault closed; it never hangs with a spinning bar or leaves a traceback."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vpdesk.domain.model import Case, Conversation
from vpdesk.store.paths import VaultPaths
from vpdesk.ui.controller import Controller

from .conftest import NOW, PASSPHRASE, create_vault, desk_of


def test_every_damaged_page_opens_or_says_damaged(qtbot: QtBot, controller: Controller) -> None:
    create_vault(qtbot, controller)
    vault = controller.session.vault
    for i in range(20):
        case = vault.cases.add(Case(categories=("oo",), opened=NOW().date()))
        vault.conversations.add(Conversation(case_id=case.id or 0, when=NOW(), notes=f"notitie {i} " * 200))
    controller.lock()
    db = VaultPaths(controller.session.home).db
    pristine = db.read_bytes()
    refused = 0
    desk = desk_of(controller)
    for page in range(1, len(pristine) // 4096):
        damaged = bytearray(pristine)
        damaged[page * 4096 + 300] ^= 0x01
        db.write_bytes(bytes(damaged))
        controller.unlock.field.setText(PASSPHRASE)
        controller.unlock.unlock_button.click()
        qtbot.waitUntil(  # the case list is read on its own lane: wait until it arrived or the vault was refused
            lambda: (controller.session.is_open and not desk.model.loading) or bool(controller.unlock.error.text()),
            timeout=5_000,
        )  # before the fix, a page read while the pages open left the bar spinning here
        if controller.session.is_open:
            controller.lock()
        else:
            refused += 1
            assert "damaged" in controller.unlock.error.text()
            assert controller.window.current_page() == "unlock" and controller.unlock.field.isEnabled()
            controller.unlock.error.clear()
    assert refused > 0
