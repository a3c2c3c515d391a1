"""The vault's half of a booking: the link to a case that does not exist is a clear sentence, not 'damaged'."""

from __future__ import annotations

from datetime import datetime

import pytest

from vpdesk.domain.rooms import AMSTERDAM, Room, RoomBooking
from vpdesk.errors import KnownError, VaultDamaged
from vpdesk.services import rooms
from vpdesk.services.session import Session


def test_keeping_a_booking_for_a_case_that_is_gone_says_so_and_not_that_the_vault_is_damaged(
    session: Session,
) -> None:
    """The app books through book_on_pool + keep_booking (not `book`, which checks the case first): the foreign
    key then failed in the transaction and was translated into VaultDamaged, a false alarm."""
    start = datetime(2030, 1, 7, 10, tzinfo=AMSTERDAM)
    booking = RoomBooking("u1", "r1", start, start.replace(hour=11))
    with pytest.raises(KnownError, match="no case 999") as raised:
        session.write(lambda db: rooms.keep_booking(db, "local", Room("r1", "Kamer"), booking, 999))
    assert not isinstance(raised.value, VaultDamaged)
    assert session.vault.bookings.get("u1") is None
