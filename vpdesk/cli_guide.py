"""`vpdesk guide`: answers as JSON on stdin, every route with classification, reason and source as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from vpdesk.domain.guide import classify
from vpdesk.errors import KnownError
from vpdesk.guide_rules import GuideRules


def register(sub: Any, ctx: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "guide", help="classify referral routes for answers given as JSON on stdin"
    )
    parser.add_argument("--override", type=Path, help="an organisation's override file")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--check", type=Path, metavar="FILE", help="validate an override file and stop")
    parser.set_defaults(func=cmd_guide)


def cmd_guide(args: argparse.Namespace, ctx: Any) -> int:
    loader = GuideRules()
    if args.check is not None:
        result = loader.load(args.check)
        if result.error:
            raise KnownError(result.error)
        changed = [r.id for r in result.rules.routes if r.organisation]
        ctx.out(f"OK: {args.check.name} is valid (rules {result.rules.version}).")
        ctx.out(f"  routes added or changed: {', '.join(changed) or '-'}")
        ctx.out(f"  routes hidden: {', '.join(sorted(result.rules.hidden)) or '-'}")
        return 0
    result = loader.load(args.override)
    if result.error:
        raise KnownError(result.error)
    try:
        answers = json.loads(ctx.stdin.read() or "{}")
    except json.JSONDecodeError as exc:
        raise KnownError(f"The answers are not valid JSON: {exc.msg} (line {exc.lineno}).") from None
    if not isinstance(answers, dict):
        raise KnownError("The answers must be a JSON object of question id to answer.")
    lang = args.lang
    out = {
        "rules_version": result.rules.version,
        "routes": [
            {
                "route": a.route.id,
                "name": a.route.name.get(lang),
                "classification": a.fit.value,
                "after": a.after,
                "reason": a.reason.get(lang),
                "how_to_reach": a.route.how_to_reach.get(lang),
                "source": a.route.source,
            }
            for a in classify(result.rules, answers)
        ],
    }
    ctx.out(json.dumps(out, ensure_ascii=False, indent=1))
    return 0
