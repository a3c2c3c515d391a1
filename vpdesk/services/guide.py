"""The wegwijzer's rules as the app and the command line use them: the shipped resources/guide.toml plus the
organisation's override file named by the policy (`guide_override`), and the questions' answers classified.

A malformed file never takes the guide away: the loader keeps the last good rules and hands back the error
(one sentence naming the file, the line and the problem) to show beside them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vpdesk import resources
from vpdesk.domain.guide import RouteAdvice, Rules, merge_override, parse_rules
from vpdesk.errors import KnownError, os_problem, writing
from vpdesk.policy import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadResult:
    rules: Rules
    error: str = ""  # set when a file was malformed or unreadable and the last good rules were kept


class GuideRules:
    """Loads the rules; remembers the last good result so that a broken file later on does not take it away."""

    def __init__(self, base: Path | None = None) -> None:
        self._base = base or resources.path("guide.toml")
        self._good: Rules | None = None

    @property
    def last_good(self) -> Rules | None:
        return self._good

    def load(self, override: Path | None = None) -> LoadResult:
        """The rules with the override merged in. On a problem: the last good rules and the error; on the first
        load the shipped rules alone stand in for a broken override. Raises KnownError only when the shipped
        rules themselves are broken and nothing good was loaded before."""
        try:
            rules = self._read_base()
            if override is not None:
                rules = merge_override(rules, read_text(override), override.name)
        except KnownError as exc:
            log.warning("guide rules not loaded; keeping the last good rules")
            if self._good is None:
                if override is None:
                    raise
                self._good = self._read_base()  # the shipped rules alone; raises if they are broken too
            return LoadResult(self._good, exc.message)
        self._good = rules
        return LoadResult(rules)

    def _read_base(self) -> Rules:
        return parse_rules(read_text(self._base), self._base.name)


def read_text(path: Path) -> str:
    """A rules file's text; a missing, unreadable or non-UTF-8 file is a KnownError naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnownError("There is no file {path}.", path=path) from None
    except UnicodeDecodeError:
        raise KnownError("{file}: not a UTF-8 text file.", file=path.name) from None
    except OSError as exc:
        raise KnownError("{file}: cannot be read ({problem}).", file=path.name, problem=os_problem(exc)) from None


def load_rules(settings: Settings, loader: GuideRules | None = None) -> LoadResult:
    """The rules in force for this organisation: the shipped rules with the policy's override merged in."""
    override = Path(settings.guide_override) if settings.guide_override else None
    return (loader or GuideRules()).load(override)


def route_names(rules: Rules, lang: str) -> dict[str, str]:
    """Each route's name in ``lang``, as reports and the case view show a recorded referral."""
    return {r.id: r.name.get(lang) for r in rules.routes}


def rules_with(override: Path | None) -> Rules:
    """The shipped rules with ``override`` merged in; a bad file is a KnownError naming file, line and problem."""
    base = GuideRules().load().rules
    return merge_override(base, read_text(override), override.name) if override else base


def rules_in_force(settings: Settings, override: Path | None = None) -> LoadResult:
    """The rules `vpdesk guide` classifies with: ``override`` when given (a bad file is a KnownError), else the
    organisation's from the policy, exactly as the app loads them (a bad file: the shipped rules and the error)."""
    return LoadResult(rules_with(override)) if override is not None else load_rules(settings)


@dataclass(frozen=True)
class OverrideCheck:
    organisation: str
    version: str
    added: list[str]
    changed: list[str]
    hidden: list[str]
    questions: list[str]
    legal_position: str = ""  # the choice(s) the override sets for its staff, if any


def check_override(path: Path) -> OverrideCheck:
    """Validate an organisation's override before the coordinator sends it out, and say what it changes."""
    base = GuideRules().load().rules
    merged = merge_override(base, read_text(path), path.name)
    return OverrideCheck(
        merged.organisation,
        merged.version,
        [r.id for r in merged.routes if base.route(r.id) is None],
        [r.id for r in merged.routes if r.organisation and base.route(r.id) is not None],
        sorted(merged.hidden),
        [q.id for q in merged.questions if base.question(q.id) is None],
        _legal_position(base, merged),
    )


def _legal_position(base: Rules, merged: Rules) -> str:
    """What the override says about its staff's legal position: one fixed choice, or the choices it left."""
    if "legal_position" in merged.fixed:
        return str(merged.fixed["legal_position"])
    before, after = base.question("legal_position"), merged.question("legal_position")
    if before is None or after is None or after.choice_ids == before.choice_ids:
        return ""
    return ", ".join(cid for cid, _ in after.choices)


def write_sheet(path: Path, advice: list[RouteAdvice], lang: str, version: str, today: date) -> None:
    """The one-page wegwijzer for the melder: the routes and their sources, nothing of the case."""
    from vpdesk.reports.wegwijzer_pdf import write_wegwijzer  # reportlab only when a sheet is written

    with writing(path):
        write_wegwijzer(path, advice, lang, version, today)
