"""The subcategory table names each row's main category (review of trial 4): a heading line over the main
category's subcategories in the PDF, the ODS, the CSV and the preview the coordinator's page shows."""

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
from vpdesk.reports.preview_text import preview_text
from vpdesk.reports.publish import Line, Report, publish
from vpdesk.reports.tables_out import write_csv, write_ods

CODES = [("oo.pesten",), ("int.financieel",), ("oo",), ("int.informatie",), ()]  # () counts as onbekend


def _records(year: int) -> list[ContactRecord]:
    return [ContactRecord(f"{year}-{i % 12 + 1:02d}", CODES[i % 5], "phone", "first") for i in range(50)]


def _report(lang: str = "nl", previous: bool = False) -> Report:
    taxonomy = resources.taxonomy()
    report = publish(tally(_records(2026), 2026), year=2026, advisers=1, taxonomy=taxonomy, lang=lang, k=None)
    if previous:
        old = [r for r in _records(2025) if r.categories != ("int.informatie",)]
        old += [ContactRecord("2025-03", ("oo.agressie",), "phone", "first")]
        report.previous = publish(tally(old, 2025), year=2025, advisers=1, taxonomy=taxonomy, lang=lang, k=None)
    return report


def _category_lines(report: Report) -> list[Line]:
    return report.lines(next(t for t in report.tables if t.key == "category"))


def test_each_main_category_heads_its_subcategories() -> None:
    lines = _category_lines(_report())
    assert [(line.label, line.figures, line.kind) for line in lines] == [
        ("Integriteit", (), "group"),
        ("Financiële schendingen", (10,), "row"),
        ("Lekken en misbruik van informatie", (10,), "row"),
        ("Ongewenste omgangsvormen", (), "group"),
        ("(alleen de hoofdcategorie)", (10,), "row"),
        ("Pesten", (10,), "row"),
        ("Overig", (), "group"),
        ("onbekend", (10,), "row"),
        ("Totaal", (50,), "total"),
    ]
    english = _category_lines(_report("en"))
    assert english[0].label == "Integrity" and english[4].label == "(the main category only)"
    assert english[6].label == "Other"


def test_a_subcategory_only_the_year_before_had_stands_under_its_main_category() -> None:
    lines = _category_lines(_report(previous=True))
    labels = [line.label for line in lines]
    assert labels.index("Agressie en geweld (ook verbaal, bedreiging)") > labels.index("Ongewenste omgangsvormen")
    assert labels.index("Agressie en geweld (ook verbaal, bedreiging)") < labels.index("Overig")
    row = next(line for line in lines if line.label == "Agressie en geweld (ook verbaal, bedreiging)")
    assert row.figures == (0, 1)
    assert lines[-1].figures == (50, 41)


def test_the_files_and_the_preview_show_the_main_categories(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    report = _report()
    write_csv(tmp_path / "csv", report)
    with (tmp_path / "csv" / "2026-categorie.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[2:6] == [["Integriteit"], ["Financiële schendingen", "10"], ["Lekken en misbruik van informatie", "10"],
                         ["Ongewenste omgangsvormen"]]  # fmt: skip
    write_ods(tmp_path / "r.ods", report)
    sheet = next(
        t
        for t in load(str(tmp_path / "r.ods")).spreadsheet.getElementsByType(Table)
        if t.getAttribute("name") == "categorie"
    )
    cells = [[str(c) for c in r.getElementsByType(TableCell)] for r in sheet.getElementsByType(TableRow)]
    assert cells[2:4] == [["Integriteit"], ["Financiële schendingen", "10"]]
    pdf = tmp_path / "r.pdf"
    write_annual_pdf(pdf, report, date(2027, 1, 15))
    text = pdf_text(pdf, layout=True)
    table = text[text.index("Gesprekken per categorie en subcategorie") :]
    assert table.index("Integriteit") < table.index("Financiële schendingen") < table.index("Ongewenste omgangsvormen")
    assert table.index("Ongewenste omgangsvormen") < table.index("Pesten") < table.index("Overig")
    payload = {"year": 2026, "quarter": 0, "adviser": "ab:cd", "tables": tally(_records(2026), 2026)}
    preview = preview_text(payload, resources.taxonomy(), "nl", {})
    part = preview[preview.index("Gesprekken per categorie en subcategorie") :]
    assert "\n  Integriteit\n    Financiële schendingen" in part
