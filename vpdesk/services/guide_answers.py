"""The wegwijzer answers given on a case, kept with it (decision 210): saved through the write lane with the rules
version they were given under, and read back checked against the rules in force. Case data: destroyed with the
case, never in the statistics, exports or logs."""

from __future__ import annotations

from dataclasses import dataclass

from vpdesk.domain.guide import Answers, Rules, validate_answers
from vpdesk.errors import KnownError
from vpdesk.services.cases import require_open
from vpdesk.store.repositories import Repositories


@dataclass(frozen=True)
class KeptAnswers:
    answers: dict[str, bool | str]
    dropped: tuple[str, ...] = ()  # questions whose kept answer the rules in force no longer accept
    guide_version: str = ""  # the rules version they were given under ("" when none were kept)


def save_answers(vault: Repositories, case_id: int, rules: Rules, answers: Answers) -> None:
    """Keep the wegwijzer answers given on an open case with the version of ``rules`` (an unanswered question is
    left out); a closed case, or an answer the rules do not accept, is a KnownError and nothing is written."""
    require_open(vault, case_id)
    vault.guide_answers.put(case_id, validate_answers(rules, answers), rules.version)


def kept_answers(vault: Repositories, case_id: int, rules: Rules) -> KeptAnswers:
    """The answers kept with the case, checked against ``rules``: an answer the rules no longer accept (its
    question gone, or its choice) is dropped and named, the rest loaded."""
    stored = vault.guide_answers.get(case_id)
    if stored is None:
        return KeptAnswers({})
    return KeptAnswers(*still_valid(rules, stored.answers), guide_version=stored.guide_version)


def still_valid(rules: Rules, answers: dict[str, bool | str]) -> tuple[dict[str, bool | str], tuple[str, ...]]:
    """Split ``answers`` into those ``rules`` accept and the ids of those it does not."""
    valid: dict[str, bool | str] = {}
    dropped: list[str] = []
    for qid, value in answers.items():
        try:
            valid.update(validate_answers(rules, {qid: value}))
        except KnownError:
            dropped.append(qid)
    return valid, tuple(dropped)
