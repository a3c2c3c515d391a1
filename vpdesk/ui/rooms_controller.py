"""The rooms page: find and book from the pool in the background; the link to a case stays in the vault.

When the pool cannot be reached, the adviser still sees their own bookings, read-only, from the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QListWidgetItem

from vpdesk.domain.rooms import AMSTERDAM, WORKDAY, Hours
from vpdesk.errors import KnownError, writing
from vpdesk.policy import Settings
from vpdesk.services import rooms
from vpdesk.services.rooms import BookingLink, Criteria, Room, RoomPool, Slot
from vpdesk.services.session import Session
from vpdesk.ui.dialogs.pool_login_dialog import PoolLoginDialog
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested
from vpdesk.ui.models.week_model import WeekModel
from vpdesk.ui.pages.base import Shortcut, VaultPage
from vpdesk.ui.pages.rooms_page import RoomsPage
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
        self.tasks = tasks
        self.now = now
        self._pool = self._given_pool = pool
        self.rooms: list[Room] = []
        self.found: list[Slot] = []
        self.case_id: int | None = None
        self._running = 0  # background jobs on their way
        self._code = ""  # the adviser's code on the pool, once looked up
        self._retry: Slot | None = None  # a booking to try again when someone else's hold runs out
        self._booking = False  # a booking under way: a second click (a double click) books nothing
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self._retry_now)
        self.page.find_requested.connect(self.find)
        self.page.book_requested.connect(self.book_selected)
        self.page.room_changed.connect(self.show_week)
        self.page.week_moved.connect(self.move_week)
        self.page.day_changed.connect(self._day_changed)
        self.page.quarter_chosen.connect(self.book_quarter)
        self.page.cancel_requested.connect(self.cancel_selected)
        self.page.ics_requested.connect(self.export_ics)

    def title(self) -> str:
        return self.tr("Ruimtes")

    def shortcuts(self) -> list[Shortcut]:
        return [("Ctrl+R", self.page.day.setFocus)]

    @property
    def pool(self) -> RoomPool:
        if self._pool is None:
            self._pool = rooms.pool_for(self.settings, self.session.home, vault=self.session.vault)
        return self._pool

    def vp_code(self) -> str:
        """The adviser's code on the pool, looked up once per opening (the very first time, it makes the key)."""
        if not self._code:
            settings, now = self.settings, self.now().astimezone()
            self._code = self.session.write(lambda db: rooms.vp_code(db, settings, now))
        return self._code

    # --- life cycle -------------------------------------------------------------------------------------------
    def opened(self) -> None:
        now = self.now().astimezone(AMSTERDAM)
        today = now.date()
        day = today if now.time() < WORKDAY[1] else today + timedelta(days=1)  # after hours: tomorrow
        while day.weekday() >= 5:  # weekend: the coming Monday
            day += timedelta(days=1)
        self.page.set_day(day, today)
        self.week.monday = day - timedelta(days=day.weekday())
        self.show_mine()
        pool = self.pool
        self._run(pool.rooms, self._rooms_loaded)

    def locked(self) -> None:
        self.retry_timer.stop()
        self._retry = None
        self.page.clear()
        self.week.clear()
        self.page.room.clear()
        self.case_id = None
        self.found = []
        self._code = ""
        self._pool = self._given_pool  # a pool's login may come from the vault just locked

    def plan_for_case(self, case_id: int, label: str) -> None:
        """Called from the case view: the next booking is linked to this case (in the vault only)."""
        self.case_id = case_id
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
        self._run(lambda: rooms.week(pool, room_id, monday), lambda b: self.week.set_week(monday, list(b), code))

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
        self._run(
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
                self.tr("{n} mogelijkheden op {day}.").format(n=len(self.found), day=_long_day(day))
            )
        else:
            self.page.status.setText(
                self.tr("Op {day} is tussen {start} en {end} geen ruimte beschikbaar die past.").format(
                    day=_long_day(day), start=f"{hours.start:%H:%M}", end=f"{hours.end:%H:%M}"
                )
            )

    def book_quarter(self, row: int, column: int) -> None:
        """A quarter clicked in the week view: book the shown room from there, for the chosen duration."""
        room = next((r for r in self.rooms if r.id == self.page.room.currentData()), None)
        if room is None:
            return
        start = self.week.moment(row, column)
        end = start + timedelta(minutes=int(self.page.minutes.currentData()))
        if start < self.now().astimezone(AMSTERDAM):
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
            room=room.name, day=_long_day(start.date()), start=f"{start:%H:%M}", end=f"{end:%H:%M}"
        )
        if self.case_id is not None:
            question += "\n" + self.page.case_label.text()
        if self.page.confirm(question):
            self.book(Slot(room, start, end))

    def book_selected(self) -> None:
        row = self.page.slots.currentRow()
        if 0 <= row < len(self.found) and self.page.book_button.isEnabled():
            self.book(self.found[row])

    def _overlap_agreed(self, slot: Slot) -> bool:
        """An own booking at the same time (another room) is asked about: one adviser seldom needs two rooms."""
        same_time = [
            link
            for link in rooms.mine(self.session.vault, self.now())
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
        pool, code, case_id, now = self.pool, self.vp_code(), self.case_id, self.now().astimezone()
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
            self.show_mine()
            self.show_week()
            if self.found:
                self.find(announce=False)  # the list shown is read again: the booked time has gone from it

        write = self.session.write_later()

        def work() -> BookingLink:  # the pool in the background; then the short write of the link in the vault
            booking = rooms.book_on_pool(pool, code, slot.room, slot.start, slot.end, now)
            return write(lambda db: rooms.keep_booking(db, pool.name, slot.room, booking, case_id))

        def busy_elsewhere(exc: BaseException) -> None:
            if isinstance(exc, rooms.SlotBeingBooked):
                self.offer_retry(slot, exc.frees_at)

        def finished() -> None:
            self._booking = False

        self._run(work, done, busy_elsewhere, always=finished)

    def offer_retry(self, slot: Slot, frees_at: datetime) -> None:
        """Someone else's booking of this slot is under way (or their laptop closed mid-booking): offer to try
        again when their hold runs out; nothing is booked meanwhile."""
        at = frees_at.astimezone(AMSTERDAM)
        question = self.tr("Iemand reserveert deze ruimte op dit moment. Om {time} opnieuw proberen?").format(
            time=f"{at:%H:%M}"
        )
        if not self.page.confirm(question):
            return
        wait_ms = max(0, int((frees_at - self.now().astimezone()).total_seconds() * 1000)) + 5_000
        self.retry_timer.start(wait_ms)
        self._retry = slot

    def _retry_now(self) -> None:
        slot, self._retry = self._retry, None
        if slot is not None and self.session.is_open:
            self.book(slot)

    # --- own bookings (from the vault: also when the pool is unreachable) -------------------------------------
    def show_mine(self) -> None:
        """The adviser's bookings, each with the case it is for: the pseudonym comes from the vault, never the pool."""
        self.page.mine.clear()
        links, names = rooms.mine_with_cases(self.session.vault, self.now())
        for link in links:
            start = link.start.astimezone(AMSTERDAM)
            text = f"{_day(start)} {start:%d-%m %H:%M}–{link.end.astimezone(AMSTERDAM):%H:%M}  {link.room_name}"
            if link.case_id is None:
                text += " · " + self.tr("geen zaak")
            else:
                text += " · " + (names.get(link.case_id) or self.tr("zaak {id}").format(id=link.case_id))
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, link.uid)
            self.page.mine.addItem(item)

    def _selected_link(self) -> BookingLink | None:
        item = self.page.mine.currentItem()
        if item is None:
            return None
        uid = item.data(Qt.ItemDataRole.UserRole)
        return next((link for link in rooms.mine(self.session.vault, self.now()) if link.uid == uid), None)

    def cancel_selected(self) -> None:
        link = self._selected_link()
        if link is None:
            return
        start = link.start.astimezone(AMSTERDAM)
        what = f"{link.room_name}, {_long_day(start.date())} {start:%H:%M}–{link.end.astimezone(AMSTERDAM):%H:%M}"
        if not self.page.confirm_cancel(
            self.tr("Reservering van {what} annuleren? De ruimte komt weer vrij voor anderen.").format(what=what)
        ):
            return
        pool, code = self.pool, self.vp_code()

        def done(_result: Any) -> None:
            self.page.status.setText(self.tr("Geannuleerd: {what}.").format(what=what))
            self.show_mine()
            self.show_week()
            if self.found:
                self.find(announce=False)  # the freed time comes back in the list shown

        write = self.session.write_later()

        def work() -> None:
            pool.cancel(link.uid, code)
            write(lambda db: rooms.forget_booking(db, link.uid))

        self._run(work, done)

    def export_ics(self, target: Path | None = None) -> None:
        link = self._selected_link()
        if link is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Afspraak opslaan"), suggested("afspraak.ics"), "iCalendar (*.ics)"
            )
            if not name:
                return
            target = Path(name)
        try:
            with writing(target):
                target.write_bytes(rooms.ics(link, self.rooms))
        except KnownError as exc:
            self.page.status.setText(describe(exc))
            return
        self.page.status.setText(self.tr("Afspraak opgeslagen in {p} (zonder zaakgegevens).").format(p=target))

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
            self._pool = self._given_pool
            self.opened()

        self._run(work, done)

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
        always: Callable[[], None] | None = None,
    ) -> None:
        """``work`` in the background; the page is busy until the last piece of work has come back. ``always``
        runs when it comes back, also after a lock."""
        self._running += 1
        self.page.set_busy(True)

        def finished() -> None:
            if always is not None:
                always()
            self._running -= 1
            self.page.set_busy(self._running > 0)

        def done(result: Any) -> None:
            finished()
            if self.session.is_open:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finished()
            text = describe(exc)  # a bug is logged all the same
            if self.session.is_open:  # work cut off by the lock has nobody to tell (the page was cleared)
                self.page.status.setText(text)
                if isinstance(exc, rooms.LoginRefused):
                    self.ask_login()
                if on_failed is not None:
                    on_failed(exc)

        self.tasks.run(work, done, failed)


def _long_day(day: date) -> str:
    """ "donderdag 26 november", in the UI's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def _day(moment: datetime) -> str:
    """The short weekday name in the UI's language ("ma", "Mon"), every day of the week."""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
