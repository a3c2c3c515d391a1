"""Search as you type, off the UI thread: each query on the read lane, the one before it cancelled.

A keystroke makes the query before it useless: `Lane.submit_latest` drops it if it has not started and stops its
statement if it has, so the lane is free for the query that counts. The hits' snippets come for the rows the list shows
(`SearchResultsModel.snippets_wanted`). The vault's vocabulary (services/search.py `Terms`) is read on a worker
after unlocking and again after the vault changed, and dropped at the lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from vpdesk.errors import VaultLocked
from vpdesk.services import search
from vpdesk.services.lanes import Superseded
from vpdesk.services.session import Session
from vpdesk.ui.models.search_results import MARKS
from vpdesk.ui.tasks import Tasks

log = logging.getLogger(__name__)
LIMIT = 50
SLOT = "search"


class SearchWorker(QObject):
    def __init__(
        self,
        session: Session,
        tasks: Tasks,
        show: Callable[[search.SearchResult], None],
        snippets: Callable[[dict[int, str]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self.session, self.tasks = session, tasks
        self._show, self._snippets, self._failed = show, snippets, failed
        self.terms = search.Terms()
        self._generation = 0  # bumped by every query and lock: an older answer is dropped
        self._text = ""
        self._reading_terms = False
        self._vault_generation = 0  # bumped at each lock: terms read for a vault closed since are not taken

    def start(self) -> None:
        """After unlocking: read the vocabulary in the background, so the first search is already quick."""
        self._read_terms()

    def stop(self) -> None:
        """At the lock: drop the vocabulary and every answer on its way."""
        self._generation += 1
        self._vault_generation += 1
        self._reading_terms = False
        self.terms.clear()

    def run(self, text: str) -> None:
        self._generation += 1
        self._text = text
        asked, terms = self._generation, self.terms
        future = self.session.reader.submit_latest(
            SLOT, lambda db: search.search(db, text, terms, limit=LIMIT, mark=MARKS, snippets=search.SHOWN)
        )
        self.tasks.follow(future, lambda found: self._answer(asked, found), lambda exc: self._error(asked, exc))

    def cancel(self) -> None:
        """The search field was emptied: an answer on its way is not shown."""
        self._generation += 1

    def want_snippets(self, conversation_ids: list[int]) -> None:
        asked, text, terms = self._generation, self._text, self.terms
        if not self.session.is_open:
            return
        future = self.session.reader.submit(lambda db: search.snippets(db, text, conversation_ids, terms, mark=MARKS))
        self.tasks.follow(
            future, lambda found: self._snippets(found) if asked == self._generation else None, self._ignore
        )

    def _answer(self, asked: int, found: search.SearchResult) -> None:
        if asked != self._generation or not self.session.is_open:
            return
        self._show(found)
        if found.terms_stale:
            self._read_terms()

    def _error(self, asked: int, exc: BaseException) -> None:
        if isinstance(exc, Superseded) or asked != self._generation or not self.session.is_open:
            return
        self._failed(exc)

    def _read_terms(self) -> None:
        """The vocabulary on a worker's connection (seconds at a million notes); it says which state of the
        note index it holds, so one read while a note was saved is simply read again at the next search."""
        if self._reading_terms or not self.session.is_open:
            return
        self._reading_terms = True
        vault = self._vault_generation
        self.tasks.run(self.session.job(search.make_terms), lambda made: self._adopt(vault, made), self._terms_failed)

    def _adopt(self, vault: int, made: search.Vocabulary) -> None:
        self._reading_terms = False
        if vault == self._vault_generation:
            self.terms.adopt(made)

    def _terms_failed(self, exc: BaseException) -> None:
        self._reading_terms = False
        if not isinstance(exc, VaultLocked):  # search goes on without: correct, slower on a very large vault
            log.warning("the search vocabulary could not be read (%s)", type(exc).__name__)

    @staticmethod
    def _ignore(_exc: BaseException) -> None:
        return None
