"""The published tables as CSV (one file per table) and as one OpenDocument spreadsheet (.ods)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import ParagraphProperties, Style, TableColumnProperties, TextProperties
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

from vpdesk.errors import writing
from vpdesk.files import write_atomic
from vpdesk.reports.publish import MARK_NOTE, Report, hides, mark

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def safe(text: str) -> str:
    """A cell a spreadsheet would evaluate ("=...", "+...", "-2+3", "@...") gets a leading apostrophe, so it stays
    text (OWASP ASVS 1.2.10, CSV and formula injection). Counts and the mark never start so."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _rows(report: Report) -> list[tuple[str, list[list[str]]]]:
    """Per table: its file/sheet name and rows (title, header, body, total, note), every cell neutralised."""
    total_word = "Totaal" if report.lang == "nl" else "Total"
    out = []
    for table in report.tables:
        years = (report.year, report.year - 1)  # the year before, beside this year, where the coordinator has it
        counts = [table.counts] if report.previous is None else [f"{table.counts} {year}" for year in years]
        rows = [[table.title], [table.head, *counts]]
        # a main category heads its subcategories on a line of its own, as in the PDF
        rows += [[line.label, *(mark(v) for v in line.figures)] for line in report.lines(table)]
        if table.note:
            rows.append([table.note])
        if hides(table):  # the reader of one CSV file has no method note beside it
            rows.append([MARK_NOTE[0 if report.lang == "nl" else 1]])
        out.append((table.name, [[safe(c) for c in row] for row in rows]))
    if report.grid is not None:
        g = report.grid
        rows = [[g.title], [g.head, *g.columns, total_word]]
        rows += [[label, *(mark(v) for v in values), mark(t)] for label, values, t in g.rows]
        rows.append([total_word, *(mark(v) for v in g.column_totals), mark(g.total)])
        if g.note:
            rows.append([g.note])
        if any(mark(None) in row for row in rows[2:]):
            rows.append([MARK_NOTE[0 if report.lang == "nl" else 1]])
        out.append((g.name, [[safe(c) for c in row] for row in rows]))
    return out


def _ods_styles(doc: OpenDocumentSpreadsheet) -> dict[str, Style]:
    """Column widths and cell styles of every sheet: a wide label column, figures right-aligned, a bold title."""
    label = Style(name="label", family="table-column")
    label.addElement(TableColumnProperties(columnwidth="12cm"))
    figure = Style(name="figure", family="table-column")
    figure.addElement(TableColumnProperties(columnwidth="3.6cm"))
    figure_cell = Style(name="_figure", family="table-cell")
    figure_cell.addElement(ParagraphProperties(textalign="end"))
    head_figure = Style(name="head_figure", family="table-cell")
    head_figure.addElement(ParagraphProperties(textalign="end"))
    head_figure.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="12pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    for style in (label, figure, figure_cell, head_figure, title, head):
        doc.automaticstyles.addElement(style)
    return {
        "label": label,
        "figure": figure,
        "_figure": figure_cell,
        "head_figure": head_figure,
        "title": title,
        "head": head,
    }


def write_csv(directory: Path, report: Report) -> list[Path]:
    written = []
    with writing(directory):
        directory.mkdir(parents=True, exist_ok=True)
        for key, rows in _rows(report):
            path = directory / f"{report.year}-{key}.csv"  # Dutch names, e.g. 2026-kanaal.csv
            with path.open("w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerows(rows)
            written.append(path)
    return written


def write_ods(path: Path, report: Report) -> None:
    doc = OpenDocumentSpreadsheet()
    styles = _ods_styles(doc)
    for key, rows in _rows(report):
        sheet = Table(name=key[:31])
        figures = max(len(row) for row in rows) - 1
        sheet.addElement(TableColumn(stylename=styles["label"]))  # labels in full, not cut off at 2.3 cm
        sheet.addElement(TableColumn(stylename=styles["figure"], numbercolumnsrepeated=max(figures, 1)))
        for index, row in enumerate(rows):
            tr = TableRow()
            for column, value in enumerate(row):
                numeric = index >= 2 and value.isdigit()  # the title and the header ("2025") stay text
                # figures and marks align right, under their heading; the title and the heading in bold
                kind = "title" if index == 0 else ("head" if index == 1 else "") + ("_figure" if column else "")
                extra = {"stylename": styles[kind]} if kind else {}
                cell = (
                    TableCell(valuetype="float", value=value, **extra)
                    if numeric
                    else TableCell(valuetype="string", **extra)
                )
                cell.addElement(P(text=value))
                tr.addElement(cell)
            sheet.addElement(tr)
        doc.spreadsheet.addElement(sheet)
    # Built in memory, then written atomically: on a full disk odfpy's ZipFile would leave half a file and print
    # a traceback from its __del__ (issue 15 point 9); this way the disk sees the whole file or nothing.
    buffer = io.BytesIO()
    doc.write(buffer)
    with writing(path):
        write_atomic(path, buffer.getvalue())
