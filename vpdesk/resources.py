"""Where the shipped data files live: resources/ in the source tree, or where an installed package put them
(the .deb's launcher sets VPDESK_RESOURCES=/opt/vpdesk/resources)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from vpdesk.domain.taxonomy import Taxonomy, parse_taxonomy

ROOT = Path(os.environ.get("VPDESK_RESOURCES") or Path(__file__).resolve().parent.parent / "resources")


def path(name: str) -> Path:
    return ROOT / name


@cache
def taxonomy() -> Taxonomy:
    p = path("taxonomy.toml")
    return parse_taxonomy(p.read_text(encoding="utf-8"), source=str(p.name))
