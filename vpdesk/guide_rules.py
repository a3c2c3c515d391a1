"""Loading the guide's rules: the shipped resources/guide.toml plus an organisation's override file.

A malformed file never takes the guide away: the loader keeps the last good rules and hands back the error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vpdesk import resources
from vpdesk.domain.guide import Rules, merge_override, parse_rules
from vpdesk.errors import KnownError


@dataclass
class LoadResult:
    rules: Rules
    error: str = ""  # set when a file was malformed and the last good rules were kept


class GuideRules:
    def __init__(self, base: Path | None = None) -> None:
        self._base = base or resources.path("guide.toml")
        self._good: Rules | None = None

    def load(self, override: Path | None = None) -> LoadResult:
        try:
            rules = parse_rules(self._base.read_text(encoding="utf-8"), self._base.name)
            if override is not None:
                rules = merge_override(rules, read_text(override), override.name)
        except KnownError as exc:
            if self._good is None:
                if override is not None:  # the shipped rules alone are still good
                    self._good = parse_rules(self._base.read_text(encoding="utf-8"), self._base.name)
                else:
                    raise
            return LoadResult(self._good, exc.message)
        self._good = rules
        return LoadResult(rules)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnownError(f"There is no file {path}.") from None
    except UnicodeDecodeError:
        raise KnownError(f"{path.name}: not a UTF-8 text file.") from None
