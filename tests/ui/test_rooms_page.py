"""The rooms page: find, book for a case, week view, own bookings, .ics, cancel, and an unreachable pool."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from vpdesk.domain.model import Case
from vpdesk.domain.rooms import AMSTERDAM, RoomBooking, Slot
from vpdesk.policy import Settings
from vpdesk.rooms.caldav_pool import CalDavPool
from vpdesk.rooms.local import LocalPool
from vpdesk.rooms.pool import SlotBeingBooked
from vpdesk.services.rooms import RoomPool
from vpdesk.services.session import Session
from vpdesk.store.keyslots import Argon2Params
from vpdesk.ui.clipboard import ClipboardGuard
from vpdesk.ui.controller import Controller
from vpdesk.ui.idle import IdleWatcher
from vpdesk.ui.rooms_controller import RoomsController
from vpdesk.ui.tasks import Tasks

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=AMSTERDAM)  # a Monday


def _app(qtbot: QtBot, home: Path, pool: RoomPool) -> tuple[Controller, RoomsController]:
    session, tasks = Session(home), Tasks()
    session.create("een lange wachtwoordzin hier", "A" * 32, params=Argon2Params(8192, 1, 1))
    rooms = RoomsController(session, Settings(vp_code="VP-07"), tasks, lambda: NOW, pool=pool)
    c = Controller(session, Settings(), tasks, IdleWatcher(300), ClipboardGuard(30), [rooms], lambda: NOW)
    qtbot.addWidget(c.window)
    return c, rooms


def test_find_book_for_a_case_week_view_ics_and_cancel(qtbot: QtBot, home: Path, tmp_path: Path) -> None:
    c, rooms = _app(qtbot, home, LocalPool(tmp_path / "rooms.json"))
    case = c.session.vault.cases.add(Case(categories=("oo",), opened=NOW.date()), pseudonym="Fuut")
    rooms.opened()
    qtbot.waitUntil(lambda: rooms.page.room.count() == 6, timeout=5000)
    rooms.plan_for_case(case.id or 0, "Fuut")
    rooms.page.features["soundproof"].setChecked(True)
    qtbot.waitUntil(rooms.page.find_button.isEnabled, timeout=5000)  # the week view loads first (busy)
    rooms.page.find_button.click()
    qtbot.waitUntil(lambda: rooms.page.slots.count() > 0, timeout=5000)
    assert rooms.page.slots.item(0).text().startswith("09:00–10:00")  # the chosen day: today, from now on
    slot = rooms.found[0]
    rooms.book_selected()
    qtbot.waitUntil(lambda: "Gereserveerd" in rooms.page.status.text(), timeout=5000)
    links = c.session.vault.bookings.upcoming(NOW)
    assert [(link.room_id, link.case_id) for link in links] == [(slot.room.id, case.id)]
    assert rooms.page.mine.count() == 1 and rooms.page.mine.item(0).text().endswith("· Fuut")
    rooms.page.room.setCurrentIndex(rooms.page.room.findData(slot.room.id))
    qtbot.waitUntil(lambda: rooms.week.data(rooms.week.index(4, 0)) == "Mijn afspraak", timeout=5000)
    rooms.page.mine.setCurrentRow(0)
    target = tmp_path / "afspraak.ics"
    rooms.export_ics(target)
    text = target.read_text()
    assert "SUMMARY:Gereserveerd" in text and "Fuut" not in text
    rooms.page.confirm_cancel = lambda question: True  # type: ignore[method-assign]
    rooms.cancel_selected()
    qtbot.waitUntil(lambda: rooms.page.mine.count() == 0, timeout=5000)
    assert c.session.vault.bookings.upcoming(NOW) == []
    c.session.lock()


def test_unreachable_pool_says_so_and_shows_own_bookings_read_only(qtbot: QtBot, home: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c, rooms = _app(qtbot, home, CalDavPool(f"http://127.0.0.1:{port}/pool/"))
    from vpdesk.store.bookings import BookingLink

    c.session.vault.bookings.save(BookingLink("u1", "caldav", "r1", "Spreekkamer 4.12", NOW, NOW.replace(hour=10)))
    rooms.opened()
    qtbot.waitUntil(lambda: "cannot be reached" in rooms.page.status.text(), timeout=6000)
    assert rooms.page.mine.count() == 1 and "Spreekkamer 4.12" in rooms.page.mine.item(0).text()
    assert rooms.page.mine.item(0).data(Qt.ItemDataRole.UserRole) == "u1"
    c.session.lock()


def test_on_a_sunday_the_week_view_shows_the_coming_week_and_days_are_named_in_dutch(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    sunday = NOW - timedelta(days=1)
    session, tasks = Session(home), Tasks()
    session.create("een lange wachtwoordzin hier", "A" * 32, params=Argon2Params(8192, 1, 1))
    rooms = RoomsController(
        session, Settings(vp_code="VP-07"), tasks, lambda: sunday, pool=LocalPool(tmp_path / "r.json")
    )
    rooms.opened()
    assert rooms.week.monday == date(2026, 11, 30)
    tasks.wait()
    from vpdesk.ui.rooms_mine import _day

    assert [_day(NOW + timedelta(days=i)) for i in range(7)] == ["ma", "di", "wo", "do", "vr", "za", "zo"]
    QLocale.setDefault(before)


class _SlowPool(LocalPool):
    """A pool whose booking waits until the test lets it answer (a slow server)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        import threading

        self.asked, self.answer = threading.Event(), threading.Event()

    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking:
        self.asked.set()
        self.answer.wait(10)
        return super().book(room_id, start, end, vp_code)


def test_a_booking_answered_after_a_lock_is_never_filed_in_another_vault(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    """Lock while the pool is still answering, open the practice vault: the booking's vault half (with its case
    link) must not land in the practice vault. (`write = self.session.write` wrote to whatever vault was open.)"""
    pool = _SlowPool(tmp_path / "rooms.json")
    c, rooms = _app(qtbot, home, pool)
    slot = Slot(pool.rooms()[0], NOW.replace(hour=11), NOW.replace(hour=12))
    rooms.plan_for_case(1, "Fuut")
    rooms.book(slot)
    assert pool.asked.wait(5)
    c.session.lock()
    c.session.open_practice(NOW.date(), params=Argon2Params(8192, 1, 1))
    pool.answer.set()
    qtbot.waitUntil(lambda: not c.tasks.busy, timeout=5000)
    assert c.session.practice and c.session.vault.bookings.upcoming(NOW) == []
    c.session.lock()


def _ready(qtbot: QtBot, rooms: RoomsController) -> None:
    rooms.opened()
    qtbot.waitUntil(lambda: rooms.page.room.count() == 6 and rooms.page.find_button.isEnabled(), timeout=5000)


@pytest.fixture
def dutch() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("dutch")
def test_a_day_and_a_time_window_choose_what_is_found(qtbot: QtBot, home: Path, tmp_path: Path) -> None:
    from datetime import date, time

    c, rooms = _app(qtbot, home, LocalPool(tmp_path / "rooms.json"))
    _ready(qtbot, rooms)
    page = rooms.page
    assert page.find_button.text().replace("&", "") == "Beschikbare tijden zoeken"  # not "vrije tijd": leisure
    assert page.chosen_day() == NOW.date()  # a Monday morning: today
    page.set_day(date(2026, 12, 3), NOW.date())  # Thursday
    page.set_time_window(time(14), time(15, 30))
    page.minutes.setCurrentIndex(page.minutes.findData(60))
    page.features["soundproof"].setChecked(True)
    page.find_button.click()
    qtbot.waitUntil(lambda: page.slots.count() > 0, timeout=5000)
    starts = {s.start.astimezone(AMSTERDAM).time() for s in rooms.found}
    assert starts == {time(14), time(14, 15), time(14, 30)}
    assert {s.start.date() for s in rooms.found} == {date(2026, 12, 3)}
    assert all("soundproof" in s.room.features for s in rooms.found)
    assert page.slots.count() == len(rooms.found) and "donderdag 3 december" in page.status.text()
    page.set_time_window(time(14), time(14, 30))  # shorter than the hour asked for
    page.find_button.click()
    qtbot.waitUntil(lambda: "geen ruimte beschikbaar" in page.status.text(), timeout=5000)
    assert page.slots.count() == 0 and "tussen 14:00 en 14:30" in page.status.text()
    page.set_time_window(time(14), time(13))  # ends before it starts: one sentence, no search
    page.find_button.click()
    assert "between 08:00 and 18:00" in page.status.text()  # (no translator is installed in this test)
    c.session.lock()


@pytest.mark.usefixtures("dutch")
def test_a_free_quarter_in_the_week_view_is_booked_by_click_or_enter(qtbot: QtBot, home: Path, tmp_path: Path) -> None:
    from PySide6.QtTest import QTest

    pool = LocalPool(tmp_path / "rooms.json")
    c, rooms = _app(qtbot, home, pool)
    case = c.session.vault.cases.add(Case(categories=("oo",), opened=NOW.date()), pseudonym="Kievit")
    _ready(qtbot, rooms)
    asked: list[str] = []
    answers = [False, True, True]

    def confirm(question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    rooms.page.confirm = confirm  # type: ignore[method-assign]
    rooms.plan_for_case(case.id or 0, "Kievit")
    week, view = rooms.week, rooms.page.week
    view.clicked.emit(week.index(8, 1))  # Tuesday 10:00, an hour: the adviser says no
    assert asked and "dinsdag 1 december van 10:00 tot 11:00" in asked[0] and "Kievit" in asked[0]
    assert c.session.vault.bookings.upcoming(NOW) == []
    view.clicked.emit(week.index(8, 1))  # and now yes
    qtbot.waitUntil(lambda: rooms.page.mine.count() == 1, timeout=5000)
    assert "Kievit" in rooms.page.mine.item(0).text()
    [link] = c.session.vault.bookings.upcoming(NOW)
    assert (link.start.astimezone(AMSTERDAM).hour, link.case_id) == (10, case.id)
    qtbot.waitUntil(lambda: week.data(week.index(8, 1)) == "Mijn afspraak", timeout=5000)
    booked = pool.bookings(link.room_id, link.start, link.end)
    assert all("Kievit" not in repr(b) for b in booked)  # the pool knows the code, never the case
    view.clicked.emit(week.index(10, 1))  # 10:30: taken by the booking just made
    assert "niet vrij van 10:30 tot 11:30" in rooms.page.status.text() and len(asked) == 2
    view.clicked.emit(week.index(0, 0))  # Monday 08:00: before now
    assert "voorbij" in rooms.page.status.text() and len(asked) == 2
    view.setFocus()  # the keyboard: arrows to Wednesday 13:00, Enter books it
    view.setCurrentIndex(week.index(20, 1))
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rooms.page.mine.count() == 2, timeout=5000)
    assert "woensdag 2 december van 13:00 tot 14:00" in asked[2]
    assert "geen zaak" in rooms.page.mine.item(1).text()  # the case was for the first booking only
    c.session.lock()


class _HeldOncePool(LocalPool):
    """Someone else's booking holds the slot the first time (a laptop closed mid-booking); then it is free."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.held = True

    def book(self, room_id: str, start: datetime, end: datetime, vp_code: str) -> RoomBooking:
        if self.held:
            self.held = False
            raise SlotBeingBooked(NOW + timedelta(minutes=2))
        return super().book(room_id, start, end, vp_code)


def test_someone_booking_the_slot_now_is_said_and_a_retry_offered_when_their_hold_runs_out(
    qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool = _HeldOncePool(tmp_path / "rooms.json")
    c, rooms = _app(qtbot, home, pool)
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(rooms.page, "confirm", confirm)
    slot = Slot(pool.rooms()[0], NOW.replace(hour=11), NOW.replace(hour=12))
    rooms.book(slot)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "09:02" in asked[0] and "Someone is booking this room" in rooms.page.status.text()
    assert c.session.vault.bookings.upcoming(NOW) == []  # nothing booked meanwhile
    assert (
        rooms.booking.retry_timer.isActive() and rooms.booking.retry_timer.remainingTime() > 120_000
    )  # at 09:02, not now
    rooms.booking.retry_timer.stop()
    rooms.booking.retry_now()  # the hold ran out: the booking is tried again
    qtbot.waitUntil(lambda: len(c.session.vault.bookings.upcoming(NOW)) == 1, timeout=5000)
    c.session.lock()
    assert not rooms.booking.retry_timer.isActive()


def test_a_second_click_on_reserveren_books_nothing_twice_and_an_overlap_is_asked(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    """trial4 F12: a double click booked the same hour in two rooms."""
    c, rooms = _app(qtbot, home, LocalPool(tmp_path / "rooms.json"))
    _ready(qtbot, rooms)
    asked: list[str] = []
    answers: list[bool] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    rooms.page.confirm = confirm  # type: ignore[method-assign]
    rooms.page.find_button.click()
    qtbot.waitUntil(lambda: rooms.page.slots.count() > 0, timeout=5000)
    assert rooms.page.book_button.isEnabled()  # the first time of a new search is chosen
    first = rooms.found[0]
    rooms.page.book_button.click()
    assert not rooms.page.book_button.isEnabled()  # while it runs
    rooms.page.book_button.click()  # the second click of a double click
    qtbot.waitUntil(lambda: "Gereserveerd" in rooms.page.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: not rooms.page.busy.isVisible(), timeout=5000)
    assert rooms.page.slots.currentRow() == -1 and not rooms.page.book_button.isEnabled()  # until a new choice
    rooms.page.book_button.click()  # a late second click
    rooms.book_selected()
    qtbot.wait(100)
    c.tasks.wait()
    assert len(c.session.vault.bookings.upcoming(NOW)) == 1 and asked == []
    texts = [rooms.page.slots.item(i).text() for i in range(rooms.page.slots.count())]
    same = next(i for i, s in enumerate(rooms.found) if s.start == first.start and s.room.id != first.room.id)
    assert texts  # the list was read again after the booking
    rooms.page.slots.setCurrentRow(same)  # the same hour in another room: asked, and no means no
    assert rooms.page.book_button.isEnabled()
    answers.append(False)
    rooms.page.book_button.click()
    assert len(asked) == 1 and first.room.name in asked[0] and "al" in asked[0]
    c.tasks.wait()
    assert len(c.session.vault.bookings.upcoming(NOW)) == 1
    c.session.lock()


def test_cancelling_asks_first_and_the_freed_time_comes_back_in_the_list(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    c, rooms = _app(qtbot, home, LocalPool(tmp_path / "rooms.json"))
    _ready(qtbot, rooms)
    rooms.page.find_button.click()
    qtbot.waitUntil(lambda: rooms.page.slots.count() > 0, timeout=5000)
    before = rooms.page.slots.count()
    first = rooms.found[0]
    rooms.book_selected()
    qtbot.waitUntil(lambda: rooms.page.mine.count() == 1, timeout=5000)
    qtbot.waitUntil(lambda: rooms.page.slots.count() < before, timeout=5000)  # the booked time went
    asked: list[str] = []
    answers = [False, True]

    def confirm_cancel(question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    rooms.page.confirm_cancel = confirm_cancel  # type: ignore[method-assign]
    rooms.page.mine.setCurrentRow(0)
    rooms.page.cancel_button.click()
    assert len(asked) == 1 and first.room.name in asked[0]
    c.tasks.wait()
    assert rooms.page.mine.count() == 1  # no: nothing cancelled
    rooms.page.cancel_button.click()
    qtbot.waitUntil(lambda: rooms.page.mine.count() == 0, timeout=5000)
    qtbot.waitUntil(lambda: rooms.page.slots.count() == before, timeout=5000)  # and the time is back
    assert "Geannuleerd" in rooms.page.status.text() and first.room.name in rooms.page.status.text()
    c.session.lock()
