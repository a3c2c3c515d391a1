"""The registration categories (resources/taxonomy.toml) as domain data."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field

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
