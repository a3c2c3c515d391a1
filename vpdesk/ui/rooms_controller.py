"""The rooms page: find and book from the pool in the background; the link to a case stays in the vault.

When the pool cannot be reached, the adviser still sees their own bookings, read-only, from the vault. The parts:
rooms_work (the pool, the code, background work), rooms_booking (booking, retry), rooms_mine (own bookings).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from vpdesk.domain.rooms import AMSTERDAM, WORKDAY, Hours
from vpdesk.errors import KnownError
from vpdesk.policy import Settings
from vpdesk.services import rooms
from vpdesk.services.rooms import Criteria, Room, RoomPool, Slot
from vpdesk.services.session import Session
from vpdesk.ui.dialogs.pool_login_dialog import PoolLoginDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.models.week_model import WeekModel
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.pages.rooms_page import RoomsPage
from vpdesk.ui.rooms_booking import Booker
from vpdesk.ui.rooms_mine import OwnBookings, long_day
from vpdesk.ui.rooms_work import PoolWork
from vpdesk.ui.tasks import Tasks

FOUND_AT_MOST = 400  # every room at every quarter of a working day, for a pool of ten rooms


class RoomsController(VaultPage):
    key = "rooms"

    def __init__(
        self,
        session: Session,
        settings: Settings,
        tasks: Tasks,
        now: Callable[[], datetime],
        pool: RoomPool | None = None,
    ) -> None:
        self.week = WeekModel()
        self.page = RoomsPage(self.week)
        super().__init__(self.page)
        self.session = session
        self.settings = settings
        self.now = now
        self.work = PoolWork(session, settings, tasks, now, self.page, pool)
        self.booking = Booker(self.work, self.week)
        self.mine = OwnBookings(self.work, lambda: self.rooms)
        self.rooms: list[Room] = []
        self.found: list[Slot] = []
        self.work.login_refused.connect(self.ask_login)
        self.booking.booked.connect(self._bookings_changed)
        self.mine.cancelled.connect(self._bookings_changed)
        self.page.find_requested.connect(self.find)
        self.page.book_requested.connect(self.book_selected)
        self.page.room_changed.connect(self.show_week)
        self.page.week_moved.connect(self.move_week)
        self.page.day_changed.connect(self._day_changed)
        self.page.quarter_chosen.connect(self.book_quarter)
        self.page.cancel_requested.connect(self.mine.cancel_selected)
        self.page.ics_requested.connect(self.mine.export_ics)

    def title(self) -> str:
        return self.tr("Ruimtes")

    def shortcuts(self) -> list[Shortcut]:
        return [("Ctrl+R", self.page.day.setFocus)]

    @property
    def pool(self) -> RoomPool:
        return self.work.pool

    def vp_code(self) -> str:
        return self.work.vp_code()

    @property
    def case_id(self) -> int | None:
        """The case the next booking is for (set from the case view)."""
        return self.booking.case_id

    # own bookings, as the page and the tests ask for them
    def show_mine(self) -> None:
        self.mine.show()

    def cancel_selected(self) -> None:
        self.mine.cancel_selected()

    def export_ics(self, target: Path | None = None) -> None:
        self.mine.export_ics(target)

    # --- life cycle -------------------------------------------------------------------------------------------
    def opened(self) -> None:
        now = self.now().astimezone(AMSTERDAM)
        today = now.date()
        day = today if now.time() < WORKDAY[1] else today + timedelta(days=1)  # after hours: tomorrow
        while day.weekday() >= 5:  # weekend: the coming Monday
            day += timedelta(days=1)
        self.page.set_day(day, today)
        self.week.monday = day - timedelta(days=day.weekday())
        self.work.with_code(self._code_known)

    def _code_known(self) -> None:
        self.show_mine()
        pool = self.pool
        self.work.run(pool.rooms, self._rooms_loaded)

    def locked(self) -> None:
        self.booking.stop()
        self.page.clear()
        self.week.clear()
        self.page.room.clear()
        self.found = []
        self.work.forget()  # a pool's login may come from the vault just locked

    def plan_for_case(self, case_id: int, label: str) -> None:
        """Called from the case view: the next booking is linked to this case (in the vault only)."""
        self.booking.case_id = case_id
        self.page.case_label.setText(self.tr("Gesprek plannen voor {case}").format(case=label))

    # --- rooms and the week view ------------------------------------------------------------------------------
    def _rooms_loaded(self, rooms: Any) -> None:
        self.rooms = list(rooms)
        self.page.room.blockSignals(True)
        self.page.room.clear()
        for room in self.rooms:
            self.page.room.addItem(f"{room.name} ({room.building}, {room.location})", room.id)
        self.page.room.blockSignals(False)
        self.show_week()

    def show_week(self) -> None:
        room_id = self.page.room.currentData()
        if not room_id:
            return
        monday = self.week.monday
        pool, code = self.pool, self.vp_code()
        self.work.run(lambda: rooms.week(pool, room_id, monday), lambda b: self.week.set_week(monday, list(b), code))

    def move_week(self, step: int) -> None:
        self.week.monday += timedelta(days=7 * step)
        self.show_week()

    def _day_changed(self) -> None:
        """The week view follows the day chosen for the search."""
        day = self.page.chosen_day()
        monday = day - timedelta(days=day.weekday())
        if monday != self.week.monday:
            self.week.monday = monday
            self.show_week()

    # --- finding and booking ----------------------------------------------------------------------------------
    def find(self, announce: bool = True) -> None:
        """Every room that fits, at every quarter of the chosen day's time window where it is free long enough.

        ``announce``: say what was found (not when the list is read again after a booking, which said its own)."""
        criteria = Criteria(
            min_capacity=self.page.capacity.value(),
            features=frozenset(f for f, box in self.page.features.items() if box.isChecked()),
        )
        minutes = int(self.page.minutes.currentData())
        day, (start, end) = self.page.chosen_day(), self.page.time_window()
        try:
            hours = Hours(start, end)
        except KnownError as exc:
            self.page.status.setText(describe(exc))
            return
        pool, now = self.pool, self.now().astimezone(AMSTERDAM)
        if announce:
            self.page.status.clear()
        self.work.run(
            lambda: rooms.free(pool, criteria, day, 1, minutes, FOUND_AT_MOST, now, hours),
            lambda slots: self._show_slots(slots, day, hours, announce),
        )

    def _show_slots(self, slots: Any, day: date, hours: Hours, announce: bool) -> None:
        self.found = list(slots)
        self.page.slots.clear()
        for slot in self.found:
            start = slot.start.astimezone(AMSTERDAM)
            text = f"{start:%H:%M}–{slot.end.astimezone(AMSTERDAM):%H:%M}  {slot.room.name}, {slot.room.building}"
            self.page.slots.addItem(text)
            self.page.slots.item(self.page.slots.count() - 1).setToolTip(text)
        if not announce:  # read again after a booking or a cancellation: no time chosen until the adviser picks one
            self.page.choose_no_slot()
            return
        if self.found:
            self.page.slots.setCurrentRow(0)
        if self.found:
            self.page.status.setText(
                self.tr("{n} mogelijkheden op {day}.").format(n=len(self.found), day=long_day(day))
            )
        else:
            self.page.status.setText(
                self.tr("Op {day} is tussen {start} en {end} geen ruimte beschikbaar die past.").format(
                    day=long_day(day), start=f"{hours.start:%H:%M}", end=f"{hours.end:%H:%M}"
                )
            )

    def book_quarter(self, row: int, column: int) -> None:
        """A quarter clicked in the week view: book the shown room from there, for the chosen duration."""
        room = next((r for r in self.rooms if r.id == self.page.room.currentData()), None)
        if room is not None:
            self.booking.book_quarter(room, row, column)

    def book_selected(self) -> None:
        row = self.page.slots.currentRow()
        if 0 <= row < len(self.found) and self.page.book_button.isEnabled():
            self.book(self.found[row])

    def book(self, slot: Slot) -> None:
        self.booking.book(slot)

    def _bookings_changed(self) -> None:
        """A booking made or cancelled: the own list, the week and the free times shown are read again."""
        self.show_mine()
        self.show_week()
        if self.found:
            self.find(announce=False)  # the booked time goes from the list shown, a freed one comes back

    def ask_login(self) -> None:
        """The pool refused (or needs) a login: ask once, check it with the pool, keep it (keyring, else vault)."""
        dialog = PoolLoginDialog(self.page)
        if dialog.exec() != PoolLoginDialog.DialogCode.Accepted:
            return
        user, password = dialog.values()
        settings, home, write = self.settings, self.session.home, self.session.write_later()

        def work() -> None:
            url, given = rooms.check_login(settings, home, None, user, password)
            if not rooms.keep_login_in_keyring(url, given):
                write(lambda db: rooms.keep_login_in_vault(db, url, given))

        def done(_result: Any) -> None:
            self.work.renew_pool()
            self.opened()

        self.work.run(work, done)
