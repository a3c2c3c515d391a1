"""Search as you type, off the UI thread: each query on the read lane, the one before it cancelled.

A keystroke makes the query before it useless: `Lane.submit_latest` drops it if it has not started and stops its
statement if it has, so the lane is free for the query that counts. The hits' snippets come for the rows the list shows
(`SearchResultsModel.snippets_wanted`). Prefixes are expanded through the vault's kept term table, so nothing is read
ahead after unlocking or after a note changed (docs/decisions.md 131).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from vpdesk.services import search
from vpdesk.services.lanes import Superseded
from vpdesk.services.session import Session
from vpdesk.ui.models.search_results import MARKS
from vpdesk.ui.tasks import Tasks

LIMIT = 50
SLOT = "search"
DEBOUNCE_MS = 150  # a query when the typing pauses this long
MIN_CHARS = 2  # one letter matches nearly every note: wait for the second


class SearchWorker(QObject):
    def __init__(
        self,
        session: Session,
        tasks: Tasks,
        show: Callable[[search.SearchResult], None],
        snippets: Callable[[dict[int, str]], None],
        failed: Callable[[BaseException], None],
        clear: Callable[[], None],
    ) -> None:
        super().__init__()
        self.session, self.tasks = session, tasks
        self._show, self._snippets, self._failed, self._clear = show, snippets, failed, clear
        self._generation = 0  # bumped by every query and lock: an older answer is dropped
        self._text = self._typed = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.ask(self._typed))

    def typed(self, text: str) -> None:
        """A keystroke in the search field: the query runs when the typing pauses."""
        self._typed = text
        self.timer.start()

    def ask(self, text: str) -> None:
        """The query for ``text`` at once (the pause came, or Enter); too short a text clears the results."""
        self.timer.stop()
        if not self.session.is_open:
            return
        text = text.strip()
        if len(text) < MIN_CHARS:
            self.cancel()
            self._clear()
            return
        self.run(text)

    def start(self) -> None:
        """After unlocking: nothing to prepare (the term table is in the vault)."""

    def stop(self) -> None:
        """At the lock: drop every answer on its way, and a query still waiting for the pause; keep no query (what
        was typed is case content, a name often)."""
        self.timer.stop()
        self._generation += 1
        self._text = self._typed = ""

    def run(self, text: str) -> None:
        self._generation += 1
        self._text = text
        asked = self._generation
        future = self.session.reader.submit_latest(
            SLOT, lambda db: search.search(db, text, limit=LIMIT, mark=MARKS, snippets=search.SHOWN)
        )
        self.tasks.follow(future, lambda found: self._answer(asked, found), lambda exc: self._error(asked, exc))

    def cancel(self) -> None:
        """The search field was emptied: an answer on its way is not shown."""
        self._generation += 1

    def want_snippets(self, conversation_ids: list[int]) -> None:
        asked, text = self._generation, self._text
        if not self.session.is_open:
            return
        future = self.session.reader.submit(lambda db: search.snippets(db, text, conversation_ids, mark=MARKS))
        self.tasks.follow(
            future, lambda found: self._snippets(found) if asked == self._generation else None, self._ignore
        )

    def _answer(self, asked: int, found: search.SearchResult) -> None:
        if asked != self._generation or not self.session.is_open:
            return
        self._show(found)

    def _error(self, asked: int, exc: BaseException) -> None:
        if isinstance(exc, Superseded) or asked != self._generation or not self.session.is_open:
            return
        self._failed(exc)

    @staticmethod
    def _ignore(_exc: BaseException) -> None:
        return None
