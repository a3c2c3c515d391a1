"""Small rule texts the guide's tests build on: three questions, and a route with every field."""

from __future__ import annotations

QUESTIONS = """version = "t1"

[[question]]
id = "a"
type = "bool"
nl = "A?"
en = "A?"

[[question]]
id = "b"
type = "bool"
nl = "B?"
en = "B?"

[[question]]
id = "topic"
type = "choice"
nl = "Onderwerp?"
en = "Topic?"
choices = [{ id = "x", nl = "x", en = "x" }, { id = "y", nl = "y", en = "y" }, { id = "z", nl = "z", en = "z" }]
"""


def route(rid: str, fits: str = "{ always = true }", extra: str = "") -> str:
    return f"""
[[route]]
id = "{rid}"
nl = "{rid} nl"
en = "{rid} en"
description_nl = "d"
description_en = "d"
how_to_reach_nl = "h"
how_to_reach_en = "h"
fits = {fits}
reason_fits_nl = "past"
reason_fits_en = "fits"
source = "Bron {rid}"
{extra}"""
