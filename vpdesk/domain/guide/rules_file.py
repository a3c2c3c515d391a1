"""A rules or override file being read: its TOML, and the file and line to name with a problem."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from typing import Any

from vpdesk.errors import KnownError

Span = tuple[int, int]  # a 0-based, end-exclusive range of lines


class RulesError(KnownError):
    pass


class RulesFile:
    """A rules or override file being read: its name, its lines, and how to point at the line of a problem."""

    def __init__(self, text: str, name: str) -> None:
        self.name = name
        self.text = text
        self.lines = text.splitlines()

    def load(self) -> dict[str, Any]:
        """The file's TOML; a syntax error raises RulesError naming the file, line (and column) and problem."""
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as exc:
            message = str(exc)
            match = re.search(r"\(at line (\d+), column (\d+)\)", message)
            problem = message.split(" (at ")[0].rstrip(".")
            if match:
                where = f"{self.name}, line {match.group(1)}, column {match.group(2)}"
            elif "(at end of document)" in message:
                where = f"{self.name}, line {self.text.count(chr(10)) + 1}"
                problem = f"{problem} at the end of the file"
            else:
                where = self.name
            problem += "."
            raise RulesError("{where}: {problem}", where=where, problem=problem) from None

    def fail(self, problem: str, line: int | None = None) -> RulesError:
        if line:
            return RulesError("{file}, line {line}: {problem}", file=self.name, line=line, problem=problem)
        return RulesError("{file}: {problem}", file=self.name, problem=problem)

    def reject_unknown(self, keys: Iterable[str], allowed: Iterable[str], problem: str, span: Span) -> None:
        """Fail on the first key that is not allowed, as "<problem> '<key>'." at that key's line in span."""
        unknown = sorted(set(keys) - set(allowed))
        if unknown:
            raise self.fail(f"{problem} '{unknown[0]}'.", self.key(unknown[0], span))

    def block(self, table: str, index: int) -> Span:
        """0-based line range of the index-th ``[[table]]``; the whole file if it cannot be found."""
        header = re.compile(rf"\s*\[\[\s*{table}\s*\]\]")
        starts = [i for i, line in enumerate(self.lines) if header.match(line)]
        if index >= len(starts):
            return 0, len(self.lines)
        start = starts[index]
        end = next((i for i in range(start + 1, len(self.lines)) if re.match(r"\s*\[\[", self.lines[i])), None)
        return start, len(self.lines) if end is None else end

    def top(self) -> Span:
        """The lines before the first table: the file's top-level settings."""
        end = next((i for i, line in enumerate(self.lines) if re.match(r"\s*\[", line)), len(self.lines))
        return 0, end

    def whole(self) -> Span:
        return 0, len(self.lines)

    def find(self, pattern: str, span: Span) -> int | None:
        """The 1-based number of the first line in span (not a comment) that matches."""
        regex = re.compile(pattern)
        for i in range(*span):
            if not self.lines[i].lstrip().startswith("#") and regex.search(self.lines[i]):
                return i + 1
        return None

    def key(self, key: str, span: Span) -> int | None:
        return self.find(rf"^\s*{re.escape(key)}\s*=", span)

    def key_or_start(self, key: str, span: Span) -> int:
        """The line of the key, else the first line of the span (a table's header)."""
        return self.key(key, span) or span[0] + 1

    def token(self, token: str, span: Span) -> int | None:
        t = re.escape(token)
        return self.find(rf"([\"']){t}\1|(^|[{{,\s]){t}\s*=", span)
