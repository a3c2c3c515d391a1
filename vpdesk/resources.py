"""The shipped data files (resources/ in the source tree: taxonomy, guide rules, example overrides, translations),
read as package data of `vpdesk_resources` through importlib.resources. setup.py ships that folder inside the
wheel and maps it for the editable install, so the app finds its data the same way from the source tree, from an
installed wheel and from the .deb, with no environment variable and no path relative to this file."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from vpdesk.domain.taxonomy import Taxonomy, parse_taxonomy

PACKAGE = "vpdesk_resources"


def resource(name: str) -> Traversable:
    """The data file `name`, a path below resources/ with forward slashes ("i18n/vpdesk_en.qm")."""
    return files(PACKAGE).joinpath(*name.split("/"))


def read_text(name: str) -> str:
    return resource(name).read_text(encoding="utf-8")


def path(name: str) -> Path:
    """The data file `name` as a file-system path, for what needs one (QTranslator.load, GuideRules). A wheel and
    the editable install keep package data as plain files; a zipped install does not, and is refused clearly."""
    found = resource(name)
    if not isinstance(found, Path):
        raise RuntimeError(f"vpdesk's data files are not plain files here ({found!r}): install vpdesk unzipped")
    return found


@cache
def taxonomy() -> Taxonomy:
    return parse_taxonomy(read_text("taxonomy.toml"), source="taxonomy.toml")
