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


def _two_years() -> Report:
    """2026 beside 2025, where 2025 had a unit 2026 does not have, and conversations only late in the year."""
    this = _report(5)
    old_records = [
        ContactRecord(f"2025-{10 + i % 3:02d}", ("oo.pesten",), "phone", "first", org_unit="Kiesraad", duration_min=30)
        for i in range(30)
    ]
    before = publish(tally(old_records, 2025), year=2025, advisers=3, taxonomy=resources.taxonomy(), lang="nl", k=None)
    this.previous = before
    return this


def test_the_year_before_stands_beside_the_same_month_and_adds_up() -> None:
    report = _two_years()
    months = next(t for t in report.tables if t.key == "month")
    beside = report.beside(months)
    assert beside is not None
    by_label = {label: (v, w) for label, v, w in beside}
    assert by_label["okt"] == (5, 10) and by_label["jan"] == (5, 0)  # October beside October, not "2026-10"
    assert by_label["\x00total"] == (60, 30)
    assert sum(w or 0 for label, _, w in beside if label != "\x00total") == 30  # the old column adds up


def test_a_cell_only_the_year_before_had_gets_its_own_row(tmp_path: Path) -> None:
    report = _two_years()
    units = next(t for t in report.tables if t.key == "org_unit")
    beside = report.beside(units)
    assert beside is not None and ("Kiesraad", 0, 30) in beside
    write_csv(tmp_path / "csv", report)
    with (tmp_path / "csv" / "2026-organisatieonderdeel.csv").open(encoding="utf-8", newline="") as fh:
        assert ["Kiesraad", "0", "30"] in list(csv.reader(fh))


def test_long_category_names_are_not_cut_off_in_the_chart() -> None:
    from vpdesk.reports.annual_pdf import _chart

    main = next(t for t in _report(5).tables if t.key == "top_category")
    long = "Vermoeden van een misstand (Wet bescherming klokkenluiders)"
    table = type(main)(main.key, main.title, [(long, 18), *main.rows], main.total)
    names = _chart(table, "Helvetica").contents[0].categoryAxis.categoryNames
    assert long.replace(" ", "") in [n.replace("\n", "").replace(" ", "") for n in names]
    assert not any("…" in n for n in names)


def test_the_key_figures_have_no_total_row_and_every_table_fills_the_width() -> None:
    from reportlab.lib.units import mm

    from vpdesk.reports.annual_pdf import _key_figures, _table

    report = _two_years()
    figures = _key_figures(report, "Helvetica", "Helvetica-Bold")
    assert figures._cellStyles[-1][0].fontname == "Helvetica"  # "Uren in gesprek" is a figure, not a total
    grid = _table([["Hoofdcategorie", "Q1", "Q2", "Q3", "Q4", "Totaal"], ["a", "1", "2", "3", "4", "10"]], "H", "H")
    assert abs(sum(grid._colWidths) - 170 * mm) < 0.01


def test_the_ods_shows_labels_in_full_and_figures_right_aligned(tmp_path: Path) -> None:
    from odf.style import ParagraphProperties, Style, TableColumnProperties
    from odf.table import TableColumn

    write_ods(tmp_path / "r.ods", _report(5))
    doc = load(str(tmp_path / "r.ods"))
    styles = {s.getAttribute("name"): s for s in doc.automaticstyles.getElementsByType(Style)}
    sheet = next(t for t in doc.spreadsheet.getElementsByType(Table) if t.getAttribute("name") == "kanaal")
    first = sheet.getElementsByType(TableColumn)[0]
    width = styles[first.getAttribute("stylename")].getElementsByType(TableColumnProperties)[0]
    assert float(width.getAttribute("columnwidth").removesuffix("cm")) >= 10  # not the default 2.3 cm
    rows = sheet.getElementsByType(TableRow)
    for row in rows[2:]:  # every figure and every mark under its heading, aligned right
        cells = row.getElementsByType(TableCell)
        if len(cells) > 1:
            align = styles[cells[1].getAttribute("stylename")].getElementsByType(ParagraphProperties)[0]
            assert align.getAttribute("textalign") == "end"


def test_the_mark_is_explained_where_the_reader_meets_it(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    report = publish(
        tally(_records()[:40], 2026), year=2026, advisers=3, taxonomy=resources.taxonomy(), lang="nl", k=15
    )
    write_csv(tmp_path / "csv", report)
    for path in (tmp_path / "csv").iterdir():
        text = path.read_text(encoding="utf-8")
        hidden = any(cell == "x" for line in text.splitlines()[2:] for cell in line.split(","))
        assert ("x = verborgen" in text) == hidden, path.name
    write_annual_pdf(tmp_path / "r.pdf", report, TODAY)
    first_page = pdf_text(tmp_path / "r.pdf", layout=True).split("\f")[0]
    assert "x = verborgen" in first_page


def test_quarters_read_k1_in_dutch_and_both_years_say_what_they_count(tmp_path: Path) -> None:
    report = _two_years()
    assert report.grid is not None and report.grid.columns == ("K1", "K2", "K3", "K4")
    write_csv(tmp_path / "csv", report)
    with (tmp_path / "csv" / "2026-kanaal.csv").open(encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh))[1] == ["Kanaal", "Gesprekken 2026", "Gesprekken 2025"]
