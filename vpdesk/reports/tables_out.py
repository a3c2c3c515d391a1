"""The published tables as CSV (one file per table) and as one OpenDocument spreadsheet (.ods)."""

from __future__ import annotations

import csv
from pathlib import Path

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from vpdesk.errors import writing
from vpdesk.reports.publish import Report, mark


def _rows(report: Report) -> list[tuple[str, list[list[str]]]]:
    total_word = "Totaal" if report.lang == "nl" else "Total"
    out = []
    for table in report.tables:
        rows = [[label, mark(v)] for label, v in table.rows]
        rows.append([total_word, mark(table.total)])
        out.append((table.key, [[table.title, "n"], *rows]))
    if report.grid is not None:
        g = report.grid
        rows = [[label, *(mark(v) for v in values), mark(t)] for label, values, t in g.rows]
        rows.append([total_word, *(mark(v) for v in g.column_totals), ""])
        out.append(("category_quarter", [[g.title, *g.columns, total_word], *rows]))
    return out


def write_csv(directory: Path, report: Report) -> list[Path]:
    written = []
    with writing(directory):
        directory.mkdir(parents=True, exist_ok=True)
        for key, rows in _rows(report):
            path = directory / f"{report.year}-{key}.csv"
            with path.open("w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerows(rows)
            written.append(path)
    return written


def write_ods(path: Path, report: Report) -> None:
    doc = OpenDocumentSpreadsheet()
    for key, rows in _rows(report):
        sheet = Table(name=key[:31])
        for row in rows:
            tr = TableRow()
            for value in row:
                numeric = value.isdigit()
                cell = TableCell(valuetype="float", value=value) if numeric else TableCell(valuetype="string")
                cell.addElement(P(text=value))
                tr.addElement(cell)
            sheet.addElement(tr)
        doc.spreadsheet.addElement(sheet)
    with writing(path):
        doc.save(str(path))
