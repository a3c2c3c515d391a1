"""The melder's access document (AVG art. 15): everything the vault holds about one client, as PDF and ODT.

Fed with a plain `Document` (headings, label/value rows and paragraphs) that services/access.py builds.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from vpdesk.errors import writing
from vpdesk.files import write_atomic
from vpdesk.reports.fonts import register


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    rows: list[tuple[str, str]] = field(default_factory=list)  # label, value
    paragraphs: list[str] = field(default_factory=list)  # free text (notes), line by line
    level: int = 2


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    intro: str
    sections: list[Section]
    footer: str


def write_pdf(path: Path, doc: Document) -> None:
    regular, bold = register()
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=18, leading=22, spaceAfter=6),
        "intro": ParagraphStyle("intro", fontName=regular, fontSize=10, leading=13, spaceAfter=8),
        2: ParagraphStyle(
            "h2", fontName=bold, fontSize=13, leading=16, spaceBefore=10, spaceAfter=4, textColor=HexColor("#154273")
        ),
        3: ParagraphStyle("h3", fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2),
        "row": ParagraphStyle("row", fontName=regular, fontSize=9.5, leading=12.5),
        "text": ParagraphStyle("text", fontName=regular, fontSize=9.5, leading=12.5, leftIndent=8),
        "foot": ParagraphStyle("foot", fontName=regular, fontSize=8, leading=10, textColor=HexColor("#666666")),
    }
    story: list[object] = [Paragraph(escape(doc.title), styles["title"]), Paragraph(escape(doc.intro), styles["intro"])]
    for section in doc.sections:
        story.append(Paragraph(escape(section.heading), styles[section.level]))
        for label, value in section.rows:
            story.append(Paragraph(f"<font name='{bold}'>{escape(label)}:</font> {escape(value)}", styles["row"]))
        for line in section.paragraphs:
            story.append(Paragraph(escape(line) or "&nbsp;", styles["text"]))
    story += [Spacer(1, 6 * mm), Paragraph(escape(doc.footer), styles["foot"])]
    buffer = io.BytesIO()  # rendered in memory, then written atomically: a failure leaves the earlier file whole
    SimpleDocTemplate(
        buffer, pagesize=A4, title=doc.title, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm
    ).build(story)
    with writing(path):
        write_atomic(path, buffer.getvalue())


def write_odt(path: Path, doc: Document) -> None:
    odt = OpenDocumentText()
    bold = Style(name="Label", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    odt.automaticstyles.addElement(bold)
    odt.text.addElement(H(outlinelevel=1, text=doc.title))
    odt.text.addElement(P(text=doc.intro))
    for section in doc.sections:
        odt.text.addElement(H(outlinelevel=section.level, text=section.heading))
        for label, value in section.rows:
            odt.text.addElement(P(text=f"{label}: {value}"))
        for line in section.paragraphs:
            odt.text.addElement(P(text=line))
    odt.text.addElement(P(text=doc.footer))
    buffer = io.BytesIO()
    odt.write(buffer)
    with writing(path):
        write_atomic(path, buffer.getvalue())
