"""The adviser's own bookings on the rooms page, from the vault (also when the pool cannot be reached): the list,
cancelling one, and saving one as an .ics file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem

from vpdesk.domain.rooms import AMSTERDAM
from vpdesk.errors import KnownError, writing
from vpdesk.services import rooms
from vpdesk.services.rooms import BookingLink, Room
from vpdesk.ui.errors import describe
from vpdesk.ui.files import suggested
from vpdesk.ui.rooms_work import PoolWork


class OwnBookings(QObject):
    cancelled = Signal()  # a booking was cancelled: the week and the free times shown are read again

    def __init__(self, work: PoolWork, known_rooms: Callable[[], list[Room]]) -> None:
        super().__init__()
        self.work = work
        self.page = work.page
        self._rooms = known_rooms

    def show(self) -> None:
        """The adviser's bookings, each with the case it is for: the pseudonym comes from the vault, never the pool."""
        self.page.mine.clear()
        links, names = rooms.mine_with_cases(self.work.session.vault, self.work.now())
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

    def selected(self) -> BookingLink | None:
        item = self.page.mine.currentItem()
        if item is None:
            return None
        uid = item.data(Qt.ItemDataRole.UserRole)
        return next((link for link in rooms.mine(self.work.session.vault, self.work.now()) if link.uid == uid), None)

    def cancel_selected(self) -> None:
        link = self.selected()
        if link is None:
            return
        start = link.start.astimezone(AMSTERDAM)
        what = f"{link.room_name}, {long_day(start.date())} {start:%H:%M}–{link.end.astimezone(AMSTERDAM):%H:%M}"
        if not self.page.confirm_cancel(
            self.tr("Reservering van {what} annuleren? De ruimte komt weer vrij voor anderen.").format(what=what)
        ):
            return
        pool, code = self.work.pool, self.work.vp_code()

        def done(_result: Any) -> None:
            self.page.status.setText(self.tr("Geannuleerd: {what}.").format(what=what))
            self.show()
            self.cancelled.emit()

        write = self.work.session.write_later()

        def work() -> None:
            pool.cancel(link.uid, code)
            write(lambda db: rooms.forget_booking(db, link.uid))

        self.work.run(work, done)

    def export_ics(self, target: Path | None = None) -> None:
        link = self.selected()
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
                target.write_bytes(rooms.ics(link, self._rooms()))
        except KnownError as exc:
            self.page.status.setText(describe(exc))
            return
        self.page.status.setText(self.tr("Afspraak opgeslagen in {p} (zonder zaakgegevens).").format(p=target))


def long_day(day: date) -> str:
    """ "donderdag 26 november", in the UI's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def _day(moment: datetime) -> str:
    """The short weekday name in the UI's language ("ma", "Mon"), every day of the week."""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
