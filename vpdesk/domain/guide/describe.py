"""Answers in words: each answer given, as its question and the answer's text, for the timeline's tooltip and the
melder's access document (one wording in both places)."""

from __future__ import annotations

from collections.abc import Mapping

from vpdesk.domain.guide.model import Rules


def answer_lines(rules: Rules | None, answers: Mapping[str, bool | str], lang: str, yes: str) -> list[tuple[str, str]]:
    """(question, answer) for each answer given; an unticked box (False) is not listed. ``yes`` is the word for a
    ticked box. A question the rules no longer know is named by its id, a choice they no longer know by its value."""
    lines = []
    for qid, value in answers.items():
        if value is False:
            continue
        question = rules.question(qid) if rules else None
        text = question.text.get(lang) if question else qid.replace("_", " ")
        if value is True:
            answer = yes
        else:
            choice = dict(question.choices).get(str(value)) if question else None
            answer = choice.get(lang) if choice else str(value)
        lines.append((text, answer))
    return lines
