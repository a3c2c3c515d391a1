"""A realistic year of 40 advisers, published as the coordinator publishes it: every mark read against the true
counts (report, CSV, ODS, PDF), and the padding attacker and the honest insider played against every table."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from odf.opendocument import load
from odf.table import Table, TableCell, TableRow

from tests.domain.test_disclosure import _other_values_1d
from tests.reports.year40 import YEAR, padding_attacker, year_parts
from vpdesk import resources
from vpdesk.domain.disclosure import Rules, audit, category_edges, values
from vpdesk.domain.statistics import QUARTERS, Tables, aggregate
from vpdesk.reports.annual_pdf import write_annual_pdf
from vpdesk.reports.publish import MARK, Report, mark, publish
from vpdesk.reports.tables_out import write_csv, write_ods

RULES = Rules()  # the documented defaults: k 5, two advisers, 80 %
K = RULES.k


def _publish(parts: list[Tables], rules: Rules | None) -> Report:
    return publish(
        aggregate(parts),
        year=YEAR,
        advisers=len(parts),
        taxonomy=resources.taxonomy(),
        lang="nl",
        k=rules,
        parts=parts if rules else (),
    )


@pytest.fixture(scope="module")
def parts() -> list[Tables]:
    return year_parts(40)


@pytest.fixture(scope="module")
def report(parts: list[Tables]) -> Report:
    return _publish(parts, RULES)


def _true(parts: list[Tables], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for own in parts:
        for cell, n in own[key].items():
            out[cell] = out.get(cell, 0) + n
    return out


def test_the_year_is_realistic_and_suppression_did_work(parts: list[Tables], report: Report) -> None:
    assert len(parts) == 40 and report.advisers == 40
    assert report.conversations > 1500 and report.cases > 700
    assert report.suppressed_cells >= 5 and report.complementary_cells >= 1
    org = next(t for t in report.tables if t.key == "org_unit")
    hidden = {k for k, (_, v) in zip(org.keys, org.rows, strict=True) if v is None}
    assert {"Nationale Ombudsman", "Adviesraad Migratie"} <= hidden  # one adviser each: never published


def test_every_published_figure_is_the_true_count_or_the_neutral_mark(
    parts: list[Tables], report: Report, tmp_path: Path
) -> None:
    truth = _publish(parts, None)
    for table, true in zip(report.tables, truth.tables, strict=True):
        assert table.key == true.key and table.keys == true.keys
        counts = _true(parts, table.key)
        for key, (label, shown), (true_label, value) in zip(table.keys, table.rows, true.rows, strict=True):
            assert label == true_label and value == counts.get(key, 0)
            assert shown is None or shown == value, (table.key, key)
        assert table.total is None or table.total == true.total
    assert report.grid is not None and truth.grid is not None
    for (label, cells, total), (_, real, real_total) in zip(report.grid.rows, truth.grid.rows, strict=True):
        assert all(s is None or s == r for s, r in zip(cells, real, strict=True)), label
        assert total is None or total == real_total
    # the files say exactly what the report says: the count, or the one mark
    write_csv(tmp_path / "csv", report)
    write_ods(tmp_path / "jaar.ods", report)
    sheets = {t.getAttribute("name"): t for t in load(str(tmp_path / "jaar.ods")).spreadsheet.getElementsByType(Table)}
    for table in report.tables:
        with (tmp_path / "csv" / f"{YEAR}-{table.name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        ods = [[str(c) for c in r.getElementsByType(TableCell)] for r in sheets[table.name].getElementsByType(TableRow)]
        lines = report.lines(table)[:-1]  # a main category heads its subcategories on a line of its own
        expected = [[line.label, *(MARK if v is None else str(v) for v in line.figures)] for line in lines]
        assert rows[2 : 2 + len(expected)] == expected and ods[2 : 2 + len(expected)] == expected
        assert sorted(mark(line.figures[0]) for line in lines if line.kind == "row") == sorted(
            mark(v) for _, v in table.rows
        )  # every figure of the table, once
        assert all("<" not in cell for row in rows for cell in row)  # never "<5": it would not always be true
    months = next(t for t in report.tables if t.key == "month")
    assert len(months.rows) == 12  # every month, also an empty one (0)


def _others(table: Report, own: Tables) -> None:
    """The honest insider against every 1-D table: subtract one's own part from every published figure."""
    for t in table.tables:
        mine = own[t.key]
        published: dict[str, int | None] = {
            key: None if v is None else v - mine.get(key, 0) for key, (_, v) in zip(t.keys, t.rows, strict=True)
        }
        for key, value in published.items():
            # a published count never leaves a small positive remainder about the others
            assert value is None or value == 0 or value >= K, (t.key, key, value)
        others_total = None if t.total is None else t.total - sum(mine.values())
        assert others_total is None or others_total == 0 or others_total >= K, (t.key, "total")
        hidden = [key for key, v in published.items() if v is None]
        if not hidden or t.total is None:
            continue
        lines = [(list(published), t.total - sum(mine.values()))]
        truth = dict(zip(t.keys, (v for _, v in _publish_truth[id(table)][t.key]), strict=True))
        for key in hidden:
            others = truth[key] - mine.get(key, 0)
            if others:
                assert _other_values_1d(published, lines, key, others), (t.key, key)


_publish_truth: dict[int, dict[str, list[tuple[str, int | None]]]] = {}


def _remember_truth(report: Report, parts: list[Tables]) -> None:
    _publish_truth[id(report)] = {t.key: t.rows for t in _publish(parts, None).tables}


def _category_audit(parts: list[Tables], report: Report) -> None:
    """The joint category tables, for each insider, through the flow network (others' parts only)."""
    agg = aggregate(parts)
    edges = category_edges(agg["top_category"], agg["category"], agg["category_quarter"], QUARTERS)
    hidden = {"over:" + g for g in agg["top_category"]} & {e.key for e in edges}
    tables = {t.key: t for t in report.tables}
    for prefix, key in (("main:", "top_category"), ("sub:", "category")):
        t = tables[key]
        hidden |= {prefix + k for k, (_, v) in zip(t.keys, t.rows, strict=True) if v is None}
        if t.total is None:
            hidden.add("total" if key == "top_category" else "overlaps")
    assert report.grid is not None
    for code, (_, cells, total) in zip(sorted(agg["category_quarter"]), report.grid.rows, strict=True):
        hidden |= {f"cell:{code}\x00{q}" for q, v in zip(QUARTERS, cells, strict=True) if v is None}
        if total is None:
            hidden.add("main:" + code)
    hidden |= {"col:" + q for q, v in zip(QUARTERS, report.grid.column_totals, strict=True) if v is None}
    assert audit(edges, hidden) == []  # the outsider
    for own in parts:
        mine = values(
            category_edges(
                {g: own["top_category"].get(g, 0) for g in agg["top_category"]},
                {c: own["category"].get(c, 0) for c in agg["category"]},
                {g: own["category_quarter"].get(g, {}) for g in agg["top_category"]},
                QUARTERS,
            )
        )
        from dataclasses import replace

        others = [replace(e, value=e.value - mine.get(e.key, 0)) for e in edges]
        assert audit(others, hidden, zero_ok=True) == []


def test_the_honest_insider_recovers_nothing_hidden_from_any_table(parts: list[Tables], report: Report) -> None:
    _remember_truth(report, parts)
    for own in parts:
        _others(report, own)
    _category_audit(parts, report)


def test_the_padding_attacker_recovers_nothing_hidden_from_any_table(parts: list[Tables], report: Report) -> None:
    attacker = padding_attacker()
    padded = [*parts, attacker]
    after = _publish(padded, RULES)
    _remember_truth(after, padded)
    _others(after, attacker)  # +5 everywhere, then subtract it: nothing small about anyone else
    _category_audit(padded, after)
    # what was hidden to protect a small organisation stays hidden with the padding
    before = {t.key: dict(zip(t.keys, (v for _, v in t.rows), strict=True)) for t in report.tables}
    org = next(t for t in after.tables if t.key == "org_unit")
    for key, (_, v) in zip(org.keys, org.rows, strict=True):
        if before["org_unit"].get(key, 0) is None:
            assert v is None or v - attacker["org_unit"].get(key, 0) >= K, key


def test_the_pdf_shows_the_year_with_honest_marks(report: Report, tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    pdf = tmp_path / "jaarverslag.pdf"
    write_annual_pdf(pdf, report, date(YEAR + 1, 1, 20), "Rijksoverheid")
    text = pdf_text(pdf)
    assert "Zaken (melders)" in text and "Eerste contacten" in text and "Verwijzingen per route" in text
    assert "nog open" in text and "<5" not in text and "Werkwijze" in text
    assert f"staat als\n'{MARK}'" in text or f"staat als '{MARK}'" in text
    pages = text.split("\f")
    method = next(i for i, page in enumerate(pages) if "Werkwijze" in page)
    assert "De cijfers zijn de exacte optelling" in pages[method]  # the heading is never alone at a page foot
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to look at the PDF")
    subprocess.run([pdftoppm, "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == len(pages) - (pages[-1].strip() == "")


def test_the_year_before_stands_beside_this_year(parts: list[Tables], tmp_path: Path) -> None:
    report = _publish(parts, RULES)
    report.previous = _publish(parts[:30], RULES)  # as if fewer advisers had delivered the year before
    write_csv(tmp_path / "csv", report)
    with (tmp_path / "csv" / f"{YEAR}-kanaal.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1] == ["Kanaal", f"Gesprekken {YEAR}", f"Gesprekken {YEAR - 1}"]
    write_ods(tmp_path / "jaar.ods", report)
    sheet = next(t for t in load(str(tmp_path / "jaar.ods")).spreadsheet.getElementsByType(Table))
    header = sheet.getElementsByType(TableRow)[1].getElementsByType(TableCell)
    assert [c.getAttribute("valuetype") for c in header] == ["string", "string", "string"]  # "2025" is a heading
    before = next(t for t in report.previous.tables if t.key == "channel")
    earlier = dict(zip(before.keys, (v for _, v in before.rows), strict=True))
    channel = next(t for t in report.tables if t.key == "channel")
    for key, row in zip(channel.keys, rows[2:], strict=False):
        assert row[2] == (MARK if earlier.get(key, 0) is None else str(earlier.get(key, 0)))
    assert rows[2 + len(channel.rows)][2] == str(before.total)
    key_figures = dict(report.previous.key_figures())
    assert key_figures["conversations"] == report.previous.conversations_shown
