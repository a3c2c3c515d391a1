"""Booking a room on the rooms page: a free time from the list or a quarter in the week view, an own booking at the
same time asked about, one booking at a time, and a retry offered when someone else's booking holds the slot."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from vpdesk.domain.rooms import AMSTERDAM, WORKDAY
from vpdesk.services import rooms
from vpdesk.services.rooms import BookingLink, Room, Slot
from vpdesk.ui.models.week_model import WeekModel
from vpdesk.ui.rooms_mine import long_day
from vpdesk.ui.rooms_work import PoolWork


class Booker(QObject):
    booked = Signal()  # a booking was made: the lists and the week are read again

    def __init__(self, work: PoolWork, week: WeekModel) -> None:
        super().__init__()
        self.work = work
        self.page = work.page
        self.week = week
        self.case_id: int | None = None  # the case the next booking is for (the link lives in the vault only)
        self._retry: Slot | None = None  # a booking to try again when someone else's hold runs out
        self._booking = False  # a booking under way: a second click (a double click) books nothing
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.retry_now)

    def stop(self) -> None:
        """At lock: no retry, no case."""
        self.retry_timer.stop()
        self._retry = None
        self.case_id = None

    def book_quarter(self, room: Room, row: int, column: int) -> None:
        """A quarter clicked in the week view: book ``room`` from there, for the chosen duration."""
        start = self.week.moment(row, column)
        end = start + timedelta(minutes=int(self.page.minutes.currentData()))
        if start < self.work.now().astimezone(AMSTERDAM):
            self.page.status.setText(self.tr("Dat tijdstip is al voorbij."))
            return
        if end > datetime.combine(start.date(), WORKDAY[1], AMSTERDAM) or not self.week.is_free(start, end):
            self.page.status.setText(
                self.tr("{room} is niet vrij van {start} tot {end}.").format(
                    room=room.name, start=f"{start:%H:%M}", end=f"{end:%H:%M}"
                )
            )
            return
        question = self.tr("{room} reserveren op {day} van {start} tot {end}?").format(
            room=room.name, day=long_day(start.date()), start=f"{start:%H:%M}", end=f"{end:%H:%M}"
        )
        if self.case_id is not None:
            question += "\n" + self.page.case_label.text()
        if self.page.confirm(question):
            self.book(Slot(room, start, end))

    def _overlap_agreed(self, slot: Slot) -> bool:
        """An own booking at the same time (another room) is asked about: one adviser seldom needs two rooms."""
        same_time = [
            link
            for link in rooms.mine(self.work.session.vault, self.work.now())
            if link.start < slot.end and slot.start < link.end
        ]
        if not same_time:
            return True
        link = same_time[0]
        question = self.tr(
            "U heeft van {start} tot {end} al {room} gereserveerd. Toch ook {new} reserveren van {from_} tot {to}?"
        ).format(
            start=f"{link.start.astimezone(AMSTERDAM):%H:%M}",
            end=f"{link.end.astimezone(AMSTERDAM):%H:%M}",
            room=link.room_name,
            new=slot.room.name,
            from_=f"{slot.start.astimezone(AMSTERDAM):%H:%M}",
            to=f"{slot.end.astimezone(AMSTERDAM):%H:%M}",
        )
        return self.page.confirm(question)

    def book(self, slot: Slot) -> None:
        if self._booking or not self._overlap_agreed(slot):
            return
        pool, code, case_id, now = self.work.pool, self.work.vp_code(), self.case_id, self.work.now().astimezone()
        self._booking = True
        self.page.choose_no_slot()  # the next booking needs a new choice

        def done(result: Any) -> None:
            booking: BookingLink = result
            self.page.status.setText(
                self.tr("Gereserveerd: {room}, {when}.").format(
                    room=slot.room.name, when=f"{booking.start.astimezone(AMSTERDAM):%d-%m %H:%M}"
                )
            )
            self.case_id = None
            self.page.case_label.clear()
            self.booked.emit()

        write = self.work.session.write_later()

        def work() -> BookingLink:  # the pool in the background; then the short write of the link in the vault
            booking = rooms.book_on_pool(pool, code, slot.room, slot.start, slot.end, now)
            return write(lambda db: rooms.keep_booking(db, pool.name, slot.room, booking, case_id))

        def busy_elsewhere(exc: BaseException) -> None:
            if isinstance(exc, rooms.SlotBeingBooked):
                self.offer_retry(slot, exc.frees_at)

        def finished() -> None:
            self._booking = False

        self.work.run(work, done, busy_elsewhere, always=finished)

    def offer_retry(self, slot: Slot, frees_at: datetime) -> None:
        """Someone else's booking of this slot is under way (or their laptop closed mid-booking): offer to try
        again when their hold runs out; nothing is booked meanwhile."""
        at = frees_at.astimezone(AMSTERDAM)
        question = self.tr("Iemand reserveert deze ruimte op dit moment. Om {time} opnieuw proberen?").format(
            time=f"{at:%H:%M}"
        )
        if not self.page.confirm(question):
            return
        wait_ms = max(0, int((frees_at - self.work.now().astimezone()).total_seconds() * 1000)) + 5_000
        self.retry_timer.start(wait_ms)
        self._retry = slot

    def retry_now(self) -> None:
        slot, self._retry = self._retry, None
        if slot is not None and self.work.session.is_open:
            self.book(slot)
