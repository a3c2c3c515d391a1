"""The published tables as CSV (one file per table) and as one OpenDocument spreadsheet (.ods)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from vpdesk.errors import writing
from vpdesk.files import write_atomic
from vpdesk.reports.publish import Report, mark

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
        before = report.beside(table)  # the year before, beside this year, where the coordinator has it
        counts = [table.counts] if before is None else [f"{table.counts} {report.year}", f"{report.year - 1}"]
        rows = [[table.title], [table.head, *counts]]
        if before is None:
            rows += [[label, mark(v)] for label, v in table.rows] + [[total_word, mark(table.total)]]
        else:
            rows += [[total_word if label == "\x00total" else label, mark(v), mark(w)] for label, v, w in before]
        if table.note:
            rows.append([table.note])
        out.append((table.name, [[safe(c) for c in row] for row in rows]))
    if report.grid is not None:
        g = report.grid
        rows = [[g.title], [g.head, *g.columns, total_word]]
        rows += [[label, *(mark(v) for v in values), mark(t)] for label, values, t in g.rows]
        rows.append([total_word, *(mark(v) for v in g.column_totals), mark(g.total)])
        if g.note:
            rows.append([g.note])
        out.append((g.name, [[safe(c) for c in row] for row in rows]))
    return out


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
    for key, rows in _rows(report):
        sheet = Table(name=key[:31])
        for index, row in enumerate(rows):
            tr = TableRow()
            for value in row:
                numeric = index >= 2 and value.isdigit()  # the title and the header ("2025") stay text
                cell = TableCell(valuetype="float", value=value) if numeric else TableCell(valuetype="string")
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
