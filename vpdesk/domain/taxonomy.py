"""The registration categories (resources/taxonomy.toml) as domain data."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from vpdesk.errors import KnownError


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    nl: str
    en: str
    parent: str | None = None
    ioa: str = ""

    def name(self, lang: str = "nl") -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Taxonomy:
    version: str
    categories: tuple[Category, ...]
    _by_code: dict[str, Category] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {c.code: c for c in self.categories})

    def get(self, code: str) -> Category:
        try:
            return self._by_code[code]
        except KeyError:
            raise KnownError("Unknown category code '{code}'.", code=code) from None

    def check_codes(self, codes: Iterable[str]) -> None:
        """KnownError naming the first code that is not in the taxonomy."""
        for code in codes:
            self.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def top_level(self) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.parent is None)

    def children(self, code: str) -> tuple[Category, ...]:
        return tuple(c for c in self.categories if c.parent == code)


def parse_taxonomy(text: str, source: str = "taxonomy.toml") -> Taxonomy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KnownError("{source}: {problem}", source=source, problem=exc) from None
    cats = []
    for i, raw in enumerate(data.get("category", [])):
        try:
            cats.append(
                Category(
                    code=str(raw["code"]),
                    nl=str(raw["nl"]),
                    en=str(raw["en"]),
                    parent=raw.get("parent"),
                    ioa=str(raw.get("ioa", "")),
                )
            )
        except KeyError as exc:
            raise KnownError(
                "{source}: category {number} lacks the field {problem}.", source=source, number=i + 1, problem=exc
            ) from None
    codes = {c.code for c in cats}
    for c in cats:
        if c.parent is not None and c.parent not in codes:
            raise KnownError(
                "{source}: category '{code}' names an unknown parent '{parent}'.",
                source=source,
                code=c.code,
                parent=c.parent,
            )
    return Taxonomy(version=str(data.get("version", "")), categories=tuple(cats))


# --- versions ----------------------------------------------------------------------------------------------------
# Taxonomy 1 ("2026.1") let one contact count twice ("int.omgang" beside the group "oo") and had the misstand as an
# integrity type ("int.misstand"); taxonomy 2 ("2026.2") counts each once. Every step maps the codes of one version
# to the next; a code a step does not name stays as it is. Never change a shipped step: add the next one.
STEPS: tuple[tuple[str, dict[str, str]], ...] = (("2026.1", {"int.omgang": "oo", "int.misstand": "misstand"}),)
CURRENT_VERSION = "2026.2"
VERSIONS = (*(version for version, _ in STEPS), CURRENT_VERSION)
# A coordinator vault stores an import's tables in the current codes (services/stats_import.py); the tables it stored
# before taxonomy 2 are of 2026.1. The 2026.1 step maps only codes that taxonomy 2 no longer has, so applying it to
# every stored table upgrades the old ones and leaves the others alone. A next step must store the version instead.
STORED_BEFORE_TAXONOMY_2 = "2026.1"


def is_known_version(version: str) -> bool:
    return version in VERSIONS


def upgrade_code(code: str, version: str) -> str:
    """The current taxonomy's code for ``code`` of taxonomy ``version``; KnownError for an unknown version."""
    if not is_known_version(version):
        raise KnownError(
            "Unknown taxonomy version {version}; this vpdesk knows {known}.", version=version, known=", ".join(VERSIONS)
        )
    start = VERSIONS.index(version)
    for _, mapping in STEPS[start:]:
        code = mapping.get(code, code)
    return code


def group(code: str) -> str:
    """The main category a code counts under: "oo.pesten" -> "oo"."""
    return code.split(".", 1)[0]


def upgrade_tables(tables: dict[str, Any], version: str) -> dict[str, Any]:
    """An export's tables (domain/statistics.Tables) of taxonomy ``version`` in the current taxonomy's codes, so
    that figures of several versions add up to one report.

    ``category`` is exact: each code's count moves to its new code (counts add up where two meet). The group tables
    (``top_category`` and its quarters in ``category_quarter``) hold counts per group only, so where a code moves to
    another group: the new group gains the contacts that had the code (one too many for a contact that already had
    a code of the new group), and the old group loses them, but never below the count of a code that stays in it
    (one too few left for a contact that had the moved code and another code of the old group in a way this cannot
    see). Quarters move in proportion to the old group's quarters. docs/decisions.md.
    Tables of the current version come back unchanged."""
    upgrade_code("", version)  # an unknown version is a KnownError
    if version == CURRENT_VERSION:
        return tables
    out = {name: (dict(value) if isinstance(value, dict) else value) for name, value in tables.items()}
    category: dict[str, int] = {}
    moves: dict[tuple[str, str], int] = {}
    for code, count in tables.get("category", {}).items():
        new = upgrade_code(code, version)
        category[new] = category.get(new, 0) + count
        if group(new) != group(code):
            moves[(group(code), group(new))] = moves.get((group(code), group(new)), 0) + count
    out["category"] = dict(sorted(category.items()))
    top = dict(tables.get("top_category", {}))
    grid = {g: dict(row) for g, row in tables.get("category_quarter", {}).items()}
    for (old, new), count in sorted(moves.items()):
        staying = max((n for c, n in category.items() if group(c) == old), default=0)
        removed = max(0, min(count, top.get(old, 0) - staying))
        source = dict(grid.get(old, {}))
        for quarter, n in _spread(source, count).items():  # the contacts that enter the new group
            grid.setdefault(new, {})[quarter] = grid.get(new, {}).get(quarter, 0) + n
        for quarter, n in _spread(source, removed).items():  # those that leave the old one
            grid[old][quarter] -= n
        top[new] = top.get(new, 0) + sum(_spread(source, count).values())
        top[old] = top.get(old, 0) - sum(_spread(source, removed).values())
    out["top_category"] = {g: n for g, n in sorted(top.items()) if n}
    out["category_quarter"] = {
        g: dict(sorted((q, n) for q, n in row.items() if n)) for g, row in sorted(grid.items()) if any(row.values())
    }
    return out


def _spread(row: dict[str, int], amount: int) -> dict[str, int]:
    """``amount`` taken from the quarters of ``row`` in proportion to them (largest remainder), never more than a
    quarter holds."""
    total = sum(row.values())
    if total <= 0:
        return {}
    amount = min(amount, total)
    shares = {q: n * amount // total for q, n in row.items()}
    rest = amount - sum(shares.values())
    by_remainder = sorted(row, key=lambda q: (-(row[q] * amount % total), q))
    for quarter in by_remainder:
        if rest == 0:
            break
        if shares[quarter] < row[quarter]:
            shares[quarter] += 1
            rest -= 1
    return {q: n for q, n in shares.items() if n}
