"""Leftovers of the coordinator's report found by a new-user trial: the quarter table's grand total, one heading
per table in the PDF."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

from odf.opendocument import load
from odf.table import Table, TableCell, TableRow

from vpdesk import resources
from vpdesk.domain.statistics import ContactRecord, tally
from vpdesk.reports.annual_pdf import write_annual_pdf
from vpdesk.reports.publish import Report, publish
from vpdesk.reports.tables_out import write_csv, write_ods

TODAY = date(2027, 1, 15)


def _records() -> list[ContactRecord]:
    return [
        ContactRecord(
            f"2026-{i % 12 + 1:02d}",
            ("oo.pesten",) if i % 3 else ("int.financieel",),
            ("phone", "mail", "video")[i % 3],
            "first" if i % 2 else "follow_up",
            duration_min=60,
        )
        for i in range(60)
    ]


def _report(k: int | None) -> Report:
    return publish(tally(_records(), 2026), year=2026, advisers=3, taxonomy=resources.taxonomy(), lang="nl", k=k)


def test_the_quarter_table_has_its_grand_total() -> None:
    for k in (5, None):
        grid = _report(k).grid
        assert grid is not None
        assert grid.total == 60  # 40 pesten + 20 financieel, one category each
        assert grid.total == sum(t for _, _, t in grid.rows if t is not None)


def test_the_writers_fill_the_quarter_tables_grand_total(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    report = _report(5)
    write_csv(tmp_path / "csv", report)
    with (tmp_path / "csv" / "2026-hoofdcategorie-kwartaal.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    total_row = next(r for r in rows if r and r[0] == "Totaal")
    assert total_row[-1] == "60" and all(total_row)
    write_ods(tmp_path / "r.ods", report)
    sheet = next(
        t
        for t in load(str(tmp_path / "r.ods")).spreadsheet.getElementsByType(Table)
        if t.getAttribute("name") == "hoofdcategorie-kwartaal"
    )
    cells = [[str(c) for c in row.getElementsByType(TableCell)] for row in sheet.getElementsByType(TableRow)]
    assert next(r for r in cells if r and r[0] == "Totaal")[-1] == "60"
    write_annual_pdf(tmp_path / "r.pdf", report, TODAY)
    lines = pdf_text(tmp_path / "r.pdf", layout=True).splitlines()
    grid_at = next(i for i, line in enumerate(lines) if "Gesprekken per hoofdcategorie en kwartaal" in line)
    total_line = next(line for line in lines[grid_at:] if line.strip().startswith("Totaal"))
    assert total_line.split()[-1] == "60"


def test_every_heading_of_the_pdf_stands_once(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    path = tmp_path / "r.pdf"
    report = _report(5)
    write_annual_pdf(path, report, TODAY)
    text = pdf_text(path, layout=True)
    titles = [t.title for t in report.tables] + ([report.grid.title] if report.grid else [])
    for title in titles:
        heading_lines = [line.strip() for line in text.splitlines() if line.strip() == title]
        assert len(heading_lines) == 1, title
