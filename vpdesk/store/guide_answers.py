"""Repository for the wegwijzer answers given on a case: one row per case, the answers as JSON with the version of
the guide's rules they were given under. Case data: destroying the case removes the row (store/cases.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from vpdesk.store.connection import Connection, transaction


@dataclass(frozen=True, slots=True)
class StoredAnswers:
    answers: dict[str, bool | str]
    guide_version: str


class GuideAnswerStore:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, case_id: int) -> StoredAnswers | None:
        row = self._conn.execute(
            "SELECT answers, guide_version FROM guide_answers WHERE case_id = ?", (case_id,)
        ).fetchone()
        if row is None:
            return None
        loaded = json.loads(row[0])
        answers = {str(k): v for k, v in loaded.items()} if isinstance(loaded, dict) else {}
        return StoredAnswers(answers, row[1])

    def put(self, case_id: int, answers: dict[str, bool | str], guide_version: str) -> None:
        """Keep ``answers`` for the case (replacing what was kept); no answers at all removes the row."""
        with transaction(self._conn):
            if not answers:
                self._conn.execute("DELETE FROM guide_answers WHERE case_id = ?", (case_id,))
                return
            self._conn.execute(
                "INSERT INTO guide_answers(case_id, answers, guide_version) VALUES (?, ?, ?)"
                " ON CONFLICT(case_id) DO UPDATE"
                " SET answers = excluded.answers, guide_version = excluded.guide_version",
                (case_id, json.dumps(answers, sort_keys=True), guide_version),
            )
