"""`vpdesk guide`: answers as JSON on stdin, every route with classification, reason and source as JSON.

`vpdesk guide --check FILE` validates an organisation's override file before the coordinator sends it out;
`vpdesk guide --questions` prints the questions the answers refer to.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from vpdesk.cli.context import Context, Subparsers, settings
from vpdesk.domain.guide import Rules, classify
from vpdesk.errors import KnownError
from vpdesk.services import guide


def register(sub: Subparsers) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "guide",
        help="classify referral routes for answers given as JSON on stdin",
        description="Read answers as a JSON object (question id to answer) on stdin and print every route with "
        "its classification, reason and source as JSON.",
    )
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the texts (default nl)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--override", type=Path, metavar="FILE", help="an organisation's override file")
    mode.add_argument("--check", type=Path, metavar="FILE", help="validate an override file and stop")
    mode.add_argument("--questions", action="store_true", help="print the questions as JSON and stop")
    parser.set_defaults(func=cmd_guide)


def cmd_guide(args: argparse.Namespace, ctx: Context) -> int:
    if args.check is not None:
        return _check(args.check, ctx)
    loaded = guide.rules_in_force(settings(args), args.override)
    if loaded.error:
        ctx.err(loaded.error)
    rules = loaded.rules
    lang = args.lang
    if args.questions:
        ctx.out(json.dumps(_questions(rules, lang), ensure_ascii=False, indent=1))
        return 0
    answers = _answers(ctx.stdin.read())
    names = {r.id: r.name.get(lang) for r in rules.routes}
    out = {
        "rules_version": rules.version,
        "organisation": rules.organisation,
        "fixed_answers": dict(rules.fixed),
        "routes": [
            {
                "route": a.route.id,
                "name": a.route.name.get(lang),
                "classification": a.fit.value,
                "after": a.after,
                "after_name": names.get(a.after) if a.after else None,
                "answer_first": list(a.open_questions),  # for "open": the questions that decide it
                "reason": a.reason.get(lang),
                "description": a.route.description.get(lang),
                "how_to_reach": a.route.how_to_reach.get(lang),
                "first": a.route.first.get(lang),
                "source": a.route.source,
                "sources": [
                    {
                        "document": s.document,
                        "section": s.section,
                        "ref": s.ref,
                        "url": s.url,
                        "checked": s.checked.isoformat() if s.checked else None,
                    }
                    for s in a.sources
                ],
            }
            for a in classify(rules, answers)
        ],
    }
    ctx.out(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


def _answers(text: str) -> dict[str, Any]:
    try:
        answers = json.loads(text or "{}")
    except json.JSONDecodeError as exc:
        raise KnownError(
            "The answers are not valid JSON: {problem} (line {line}).", problem=exc.msg, line=exc.lineno
        ) from None
    if not isinstance(answers, dict):
        raise KnownError("The answers must be a JSON object of question id to answer.")
    return answers


def _questions(rules: Rules, lang: str) -> list[dict[str, Any]]:
    return [
        {
            "id": q.id,
            "type": q.type,
            "text": q.text.get(lang),
            **({"choices": [{"id": cid, "text": t.get(lang)} for cid, t in q.choices]} if q.choices else {}),
        }
        for q in rules.questions
        if q.id not in rules.fixed  # the organisation answered it for its staff
    ]


def _check(path: Path, ctx: Context) -> int:
    found = guide.check_override(path)
    ctx.out(f"OK: {path.name} is valid for {found.organisation} (rules {found.version}).")
    ctx.out(f"  routes added: {', '.join(found.added) or '-'}")
    ctx.out(f"  routes changed: {', '.join(found.changed) or '-'}")
    ctx.out(f"  routes hidden: {', '.join(found.hidden) or '-'}")
    if found.legal_position:
        ctx.out(f"  legal position of its staff: {found.legal_position}")
    if found.questions:
        ctx.out(f"  questions added: {', '.join(found.questions)}")
    return 0
