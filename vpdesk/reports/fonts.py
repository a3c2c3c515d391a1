"""An embedded TrueType font with Dutch diacritics: Bitstream Vera, shipped inside reportlab."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(reportlab.__file__).parent / "fonts"


@cache
def register() -> tuple[str, str]:
    """Register the regular and bold faces once; returns their names."""
    pdfmetrics.registerFont(TTFont("Vera", str(FONT_DIR / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont("Vera-Bold", str(FONT_DIR / "VeraBd.ttf")))
    return "Vera", "Vera-Bold"
