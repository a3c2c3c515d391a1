"""The annual report as PDF: key figures, a bar chart, the published tables and a methods paragraph."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from vpdesk.domain.disclosure import Rules
from vpdesk.errors import writing
from vpdesk.reports.fonts import register
from vpdesk.reports.publish import MARK, MARK_NOTE, PublishedTable, Report, hides, mark

BLUE = HexColor("#154273")


def _t(report: Report, nl: str, en: str) -> str:
    return nl if report.lang == "nl" else en


def _chart(table: PublishedTable, font: str) -> Drawing:
    rows = [(label, value) for label, value in table.rows if value is not None][:8]
    height = 22 * len(rows) + 20
    drawing = Drawing(170 * mm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 10
    chart.width, chart.height = 100 * mm, height - 20
    chart.data = [[value for _, value in reversed(rows)] or [0]]
    chart.categoryAxis.categoryNames = [_two_lines(label) for label, _ in reversed(rows)] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    _counts_axis(chart.valueAxis, max((value or 0 for _, value in rows), default=0))
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _chart_of(table: PublishedTable, font: str) -> list[Drawing | Spacer]:
    """The chart drawn above a table: main categories as bars, months as columns; none when every count is
    hidden (a chart of nothing but hidden counts says nothing)."""
    if not _shown(table):
        return []
    if table.key == "top_category":
        return [_chart(table, font), Spacer(1, 3 * mm)]  # the axis's figures clear of the table's header
    if table.key == "month" and len(table.rows) > 1:
        return [_month_chart(table, font), Spacer(1, 3 * mm)]
    return []


def _two_lines(label: str, width: int = 36) -> str:
    """A bar's label in full on up to two lines (a long category name is not cut off mid-word)."""
    lines = textwrap.wrap(label, width)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")]
    return "\n".join(lines)


def _shown(table: PublishedTable) -> bool:
    return any(value for _, value in table.rows)


def _counts_axis(axis: Any, top: int) -> None:
    """Whole numbers only: counts of 1 or 2 do not get ticks at 0.2, 0.4, ..."""
    axis.valueMin = 0
    if top < 10:
        axis.valueMax = max(top, 1)
        axis.valueStep = 1


def _month_chart(table: PublishedTable, font: str) -> Drawing:
    """Conversations per month; a hidden month is an empty slot (no bar), never a guessed value."""
    drawing = Drawing(170 * mm, 45 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 8 * mm
    chart.width, chart.height = 150 * mm, 33 * mm
    chart.data = [[value if value is not None else 0 for _, value in table.rows]]
    chart.categoryAxis.categoryNames = [label for label, _ in table.rows]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName = font
        axis.fontSize = 7
    _counts_axis(chart.valueAxis, max((value or 0 for _, value in table.rows), default=0))
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def write_annual_pdf(path: Path, report: Report, today: date, organisation: str = "") -> None:
    regular, bold = register()
    st = {
        "title": ParagraphStyle("t", fontName=bold, fontSize=20, leading=24, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName=regular, fontSize=10, leading=13, textColor=HexColor("#555555")),
        "h2": ParagraphStyle(
            "h",
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=BLUE,
            keepWithNext=1,  # a heading never stands alone at a page foot
        ),
        "body": ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=13),
        "note": ParagraphStyle("n", fontName=regular, fontSize=8, leading=10, textColor=HexColor("#555555")),
        "conf": ParagraphStyle("c", fontName=bold, fontSize=9, leading=12, textColor=HexColor("#b3261e")),
    }
    own = report.k is None
    title = _t(
        report, f"Jaarverslag vertrouwenspersonen {report.year}", f"Annual report confidential advisers {report.year}"
    )
    if own:
        title = _t(report, f"Eigen jaarverslag {report.year}", f"Own annual report {report.year}")
    story: list[object] = [Paragraph(escape(title), st["title"])]
    if organisation:
        story.append(Paragraph(escape(organisation), st["sub"]))
    if own:
        story.append(
            Paragraph(
                _t(
                    report,
                    "VERTROUWELIJK: alleen voor de vertrouwenspersoon zelf; niet gecorrigeerd voor kleine aantallen.",
                    "CONFIDENTIAL: for the adviser only; small counts are not suppressed.",
                ),
                st["conf"],
            )
        )
    story += [Spacer(1, 4 * mm), _key_figures(report, regular, bold), Spacer(1, 2 * mm)]
    if any(hides(t) for t in report.tables):  # the mark explained where the reader first meets it
        story.append(Paragraph(escape(MARK_NOTE[0 if report.lang == "nl" else 1]), st["note"]))
    for table in report.tables:
        lines = report.lines(table)  # with the year before beside this year, where the coordinator has it
        width = 1 if report.previous is None else 2
        rows = [[line.label, *(mark(v) for v in line.figures), *[""] * (width - len(line.figures))] for line in lines]
        groups = [n + 1 for n, line in enumerate(lines) if line.kind == "group"]  # + 1: under the header row
        heading = Paragraph(escape(table.title), st["h2"])
        head = [table.head, table.counts] if width == 1 else [table.head, f"{report.year}", f"{report.year - 1}"]
        body = _table([head, *rows], regular, bold, groups=groups)
        note = [Paragraph(escape(table.note), st["note"])] if table.note else []
        # a chart stands under its table's own heading (one heading per table), above the figures
        block = [heading, *_chart_of(table, regular), body, *note]
        # short tables stay whole; long ones may break across pages, repeating their header row (the heading
        # stays with the table's first rows either way)
        story += [KeepTogether(block)] if len(rows) <= 14 else block
    if report.grid is not None:
        grid = report.grid
        head = [grid.head, *grid.columns, _t(report, "Totaal", "Total")]
        body = [[label, *(mark(v) for v in values), mark(total)] for label, values, total in grid.rows]
        body.append([_t(report, "Totaal", "Total"), *(mark(v) for v in grid.column_totals), mark(grid.total)])
        note = [Paragraph(escape(grid.note), st["note"])] if grid.note else []
        story.append(
            KeepTogether([Paragraph(escape(grid.title), st["h2"]), _table([head, *body], regular, bold), *note])
        )
    # the heading never stands alone at a page foot
    story.append(
        KeepTogether(
            [
                Paragraph(_t(report, "Werkwijze", "Method"), st["h2"]),
                Paragraph(escape(_methods(report, today)), st["body"]),
            ]
        )
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="vpdesk",
    )
    with writing(path):
        doc.build(story)


def _methods(report: Report, today: date) -> str:
    if report.k is None:
        return _t(
            report,
            "Dit overzicht telt de gesprekken uit de eigen kluis, per maand vastgelegd zonder namen of "
            f"vrije tekst. Opgesteld op {today:%d-%m-%Y}.",
            "This overview counts the conversations in the "
            f"adviser's own vault, recorded per month without names or free text. Made on {today:%d-%m-%Y}.",
        )
    rules = report.rules or Rules(k=report.k)
    share = f"{rules.dominance:.0%}"
    return _t(
        report,
        f"De cijfers zijn de exacte optelling van {report.advisers} ondertekende en versleutelde exports van "
        f"vertrouwenspersonen; een export bevat alleen aantallen, zonder namen, vrije tekst of data fijner dan een "
        f"maand. Zaken (melders): de zaken met ten minste één gesprek in het jaar; een zaak is één melder. "
        f"Eerste contacten: de gesprekken die een zaak openden; gesprekken: alle contacten; uren: de som van de "
        f"gespreksduur. Positie, gender en uitkomst tellen per zaak ('nog open' als de zaak nog loopt, 'onbekend' "
        f"als ze zonder vastgelegde uitkomst is gesloten); verwijzingen tellen de zaken die naar een route zijn "
        f"verwezen. Categorieën, kanaal, organisatieonderdeel en maand tellen per gesprek; een maand zonder "
        f"gesprekken staat als 0. "
        f"Een aantal wordt alleen gepubliceerd als het ten minste {rules.k} is, van ten minste "
        f"{rules.min_advisers} vertrouwenspersonen komt, niet meer dan {share} van één vertrouwenspersoon komt, en "
        f"er na aftrek van het deel van één vertrouwenspersoon 0 of ten minste {rules.k} overblijven (zodat ook "
        f"een vertrouwenspersoon die het eigen deel kent, niets kleins over anderen leert). Zo zijn "
        f"{report.suppressed_cells} cellen verborgen. Om te voorkomen dat een verborgen aantal uit gepubliceerde "
        f"totalen of uit een andere tabel kan worden teruggerekend, zijn daarnaast {report.complementary_cells} "
        f"cellen aanvullend verborgen; een controle rekent na dat geen verborgen cel uit de gepubliceerde cijfers "
        f"volgt, ook niet voor wie het eigen deel aftrekt. Elk verborgen cijfer, om welke reden ook, staat als "
        f"'{MARK}': het zegt niets over de grootte. Een 0 wordt wel getoond: 'niemand' wijst niemand aan. Een "
        f"gesprek kan meer categorieën en verwijzingen hebben; die tabellen tellen daarom op tot meer dan het "
        f"aantal gesprekken. Opgesteld op {today:%d-%m-%Y}.",
        f"The figures are the exact sum of {report.advisers} signed and encrypted exports of confidential advisers; "
        f"an export holds counts only, without names, free text or dates finer than a month. Cases (melders): the "
        f"cases with at least one conversation in the year; a case is one melder. First contacts: the "
        f"conversations that opened a case; conversations: all contacts; hours: the sum of their durations. "
        f"Position, gender and outcome count per case ('still open' while the case runs, 'unknown' when closed "
        f"without a recorded outcome); referrals count the cases referred to a route. Categories, channel, org "
        f"unit and month count per conversation; a month without conversations shows 0. A count is published "
        f"only when it is at least {rules.k}, comes from at least {rules.min_advisers} advisers, no more than "
        f"{share} of it from one adviser, and taking away one adviser's part leaves 0 or at least {rules.k} (so "
        f"that an adviser who knows their own part learns nothing small about others). This hid "
        f"{report.suppressed_cells} cells. So that no hidden count can be worked back from published totals or "
        f"from another table, {report.complementary_cells} more cells are hidden; an audit checks that no hidden "
        f"cell follows from the published figures, also for someone who subtracts their own part. Every hidden "
        f"figure, whatever the reason, is shown as '{MARK}': it says nothing about its size. A 0 is shown: "
        f"'nobody' points at nobody. A conversation can have several categories and referrals, so those tables "
        f"add up to more than the number of conversations. Made on {today:%d-%m-%Y}.",
    )


FIGURE_NAMES = {
    "cases": ("Zaken (melders)", "Cases (melders)"),
    "first_contacts": ("Eerste contacten", "First contacts"),
    "conversations": ("Gesprekken (alle contacten)", "Conversations (all contacts)"),
    "hours": ("Uren in gesprek", "Hours in conversation"),
}


def _figure(report: Report, value: int | float | None) -> str:
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", "," if report.lang == "nl" else ".")
    return mark(value)


def _key_figures(report: Report, regular: str, bold: str) -> Table:
    """The key figures, with the year before beside them where the coordinator has it."""
    before = dict(report.previous.key_figures()) if report.previous is not None else None
    rows = [
        [FIGURE_NAMES[key][0 if report.lang == "nl" else 1], _figure(report, value)]
        + ([_figure(report, before[key])] if before is not None else [])
        for key, value in report.key_figures()
    ]
    if report.k is not None:
        rows.insert(0, [_t(report, "Vertrouwenspersonen", "Advisers"), str(report.advisers)])
        if report.previous is not None:
            rows[0].append(str(report.previous.advisers))
    if before is not None:
        head = ["", str(report.year), str(report.year - 1)]
        return _table([head, *rows], regular, bold, total=False)  # hours are a figure, not a total
    return _table(rows, regular, bold, header=False)


def _table(
    rows: list[list[str]], regular: str, bold: str, header: bool = True, total: bool = True, groups: Sequence[int] = ()
) -> Table:
    """A table with its header row; ``total``: the last row is a total, in bold; ``groups``: the rows that head
    the rows under them (a main category over its subcategories), in bold across the table."""
    figures = len(rows[0]) - 1  # every table fills the text width (170 mm): the label takes what is left
    each = (75 / max(figures, 1) if figures <= 2 else 13) * mm
    widths = [170 * mm - figures * each] + [each] * figures
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, HexColor("#dddddd")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("BACKGROUND", (0, 0), (-1, 0), BLUE),
            ("TEXTCOLOR", (0, 0), (-1, 0), white),
        ]
    if header and total:
        style.append(("FONTNAME", (0, -1), (-1, -1), bold))
    for row in groups:
        style += [
            ("SPAN", (0, row), (-1, row)),
            ("FONTNAME", (0, row), (-1, row), bold),
            ("TOPPADDING", (0, row), (-1, row), 5),
        ]
    table.setStyle(TableStyle(style))
    return table
