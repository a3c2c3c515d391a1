"""What every part of the rooms page shares: the room pool (made on first use), the adviser's code on it, and work in
the background that keeps the page busy until the last of it is back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from vpdesk.policy import Settings
from vpdesk.services import rooms
from vpdesk.services.rooms import RoomPool
from vpdesk.services.session import Session
from vpdesk.ui.errors import describe
from vpdesk.ui.pages.rooms_page import RoomsPage
from vpdesk.ui.tasks import Tasks


class PoolWork(QObject):
    login_refused = Signal()  # the pool refused (or needs) a login: the controller asks for one

    def __init__(
        self,
        session: Session,
        settings: Settings,
        tasks: Tasks,
        now: Callable[[], datetime],
        page: RoomsPage,
        pool: RoomPool | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.tasks = tasks
        self.now = now
        self.page = page
        self._pool = self._given_pool = pool
        self._running = 0  # background jobs on their way
        self._code = ""  # the adviser's code on the pool, once looked up
        self._opening = 0  # bumped at each lock

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

    def with_code(self, then: Callable[[], None]) -> None:
        """``then`` once the code is known: looked up on the write lane, so that opening the page never waits for
        it on this thread (it did, 3-4 ms at each unlock: make bench-scale, decision 244)."""
        if self._code:
            then()
            return
        settings, now, asked = self.settings, self.now().astimezone(), self._opening

        def found(code: str) -> None:
            if self.session.is_open and asked == self._opening:
                self._code = code
                then()

        def failed(exc: BaseException) -> None:
            if self.session.is_open and asked == self._opening:
                self.page.status.setText(describe(exc))

        self.tasks.follow(self.session.writer.submit(lambda db: rooms.vp_code(db, settings, now)), found, failed)

    def forget(self) -> None:
        """At lock: the code goes, and the pool made from the vault's login (a pool given at the start stays)."""
        self._code = ""
        self._opening += 1  # a code still on its way belongs to the vault now locked
        self.renew_pool()

    def renew_pool(self) -> None:
        """The next use makes the pool again (after a new login)."""
        self._pool = self._given_pool

    def run(
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
                    self.login_refused.emit()
                if on_failed is not None:
                    on_failed(exc)

        self.tasks.run(work, done, failed)
