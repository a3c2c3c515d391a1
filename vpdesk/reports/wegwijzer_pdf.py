"""The one-page wegwijzer for the melder: the routes that fit, each as on screen (verdict, reason, what comes first,
how to reach it, source with the date checked). No case details at all. A long list is shrunk onto the one page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer

from vpdesk.domain.guide import Fit, RouteAdvice
from vpdesk.errors import writing
from vpdesk.reports.fonts import register

TEXTS = {
    "nl": {
        "title": "Wegwijzer",
        "intro": "Deze routes passen bij wat u met uw vertrouwenspersoon besprak. U beslist zelf of en welke route "
        "u neemt; de vertrouwenspersoon helpt u daarbij.",
        "fits": "Routes die passen",
        "after": "Routes die later open staan",
        "after_note": "na: {route}",
        "reach": "Zo bereikt u het:",
        "first": "Eerst:",
        "source": "Bron:",
        "checked": "gecontroleerd",
        "footer": "Opgesteld op {date} met de wegwijzer van vpdesk (regels {version}). Dit blad bevat geen "
        "gegevens over u of uw situatie.",
    },
    "en": {
        "title": "Signpost",
        "intro": "These routes fit what you discussed with your confidential adviser. You decide whether and which "
        "route you take; the adviser helps you with that.",
        "fits": "Routes that fit",
        "after": "Routes open later",
        "after_note": "after: {route}",
        "reach": "How to reach it:",
        "first": "First:",
        "source": "Source:",
        "checked": "checked",
        "footer": "Made on {date} with the vpdesk signpost (rules {version}). This sheet holds no details about "
        "you or your situation.",
    },
}


def write_wegwijzer(path: Path, advice: list[RouteAdvice], lang: str, version: str, today: date) -> None:
    regular, bold = register()
    t = TEXTS[lang]
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=20, leading=24, spaceAfter=6),
        "intro": ParagraphStyle("intro", fontName=regular, fontSize=10.5, leading=14, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2", fontName=bold, fontSize=13, leading=16, spaceBefore=8, spaceAfter=4, textColor=HexColor("#154273")
        ),
        "route": ParagraphStyle("route", fontName=bold, fontSize=11, leading=14, spaceBefore=4),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5),
        "reach": ParagraphStyle(
            "reach", fontName=regular, fontSize=9.5, leading=12.5, leftIndent=8, textColor=HexColor("#333333")
        ),
        "foot": ParagraphStyle("foot", fontName=regular, fontSize=8, leading=10, textColor=HexColor("#666666")),
    }
    styles["source"] = ParagraphStyle(
        "source", fontName=regular, fontSize=7.5, leading=9.5, leftIndent=8, textColor=HexColor("#666666")
    )
    names = {a.route.id: a.route.name.get(lang) for a in advice}
    routes: list[object] = []
    for fit, heading in ((Fit.FITS, t["fits"]), (Fit.FITS_AFTER, t["after"])):
        group = [a for a in advice if a.fit == fit]
        if not group:
            continue
        routes.append(Paragraph(heading, styles["h2"]))
        for item in group:
            route = item.route
            title = escape(route.name.get(lang))
            if item.after:
                note = escape(t["after_note"].format(route=names.get(item.after, item.after)))
                title += f" <font name='{regular}' size='9'>({note})</font>"
            sources = "; ".join(
                s.text() + (f", {t['checked']} {s.checked.strftime('%d-%m-%Y')}" if s.checked else "")
                for s in route.sources
            )
            routes.extend(  # no page break can fall inside: the whole list is kept in one frame
                [
                    Paragraph(title, styles["route"]),
                    Paragraph(escape(item.reason.get(lang)), styles["body"]),
                    Paragraph(escape(route.description.get(lang)), styles["body"]),
                    Paragraph(f"<i>{escape(t['first'])}</i> {escape(route.first.get(lang))}", styles["reach"]),
                    Paragraph(f"<i>{escape(t['reach'])}</i> {escape(route.how_to_reach.get(lang))}", styles["reach"]),
                    Paragraph(f"{escape(t['source'])} {escape(sources)}", styles["source"]),
                ]
            )
    width, height = A4[0] - 40 * mm, A4[1] - 33 * mm - 60 * mm  # the page less margins, title, intro and footer
    story: list[object] = [
        Paragraph(t["title"], styles["title"]),
        Paragraph(escape(t["intro"]), styles["intro"]),
        KeepInFrame(width, height, routes, mode="shrink"),  # always one page: a long list gets smaller type
        Spacer(1, 6 * mm),
        Paragraph(escape(t["footer"].format(date=today.strftime("%d-%m-%Y"), version=version)), styles["foot"]),
    ]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=15 * mm,
        title=t["title"],
        author="vpdesk",
    )
    with writing(path):
        doc.build(story)
