"""The annual report: published figures are suppressed, the writers show exactly those, the own report is
marked confidential."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
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
    out = []
    for i in range(60):
        out.append(
            ContactRecord(
                f"2026-{i % 12 + 1:02d}",
                ("oo.pesten",) if i % 3 else ("int.financieel",),
                ("phone", "mail", "video")[i % 3] if i < 57 else "in_person",  # 3 in person: below k
                "first" if i % 2 else "follow_up",
                duration_min=60,
                routes=("raba",) if i < 2 else (),
            )
        )
    return out


def _report(k: int | None, lang: str = "nl") -> Report:
    return publish(tally(_records(), 2026), year=2026, advisers=3, taxonomy=resources.taxonomy(), lang=lang, k=k)


def _table(report: Report, key: str) -> dict[str, int | None]:
    return dict(next(t for t in report.tables if t.key == key).rows)


def test_published_figures_are_suppressed_with_a_partner() -> None:
    report = _report(5)
    channel = _table(report, "channel")
    assert channel["in persoon"] is None and list(channel.values()).count(None) == 2
    assert next(t for t in report.tables if t.key == "channel").total == 60
    assert _table(report, "route") == {"raba": None}
    assert next(t for t in report.tables if t.key == "route").total is None  # a lonely hidden cell: no total
    assert report.suppressed_cells >= 2 and report.complementary_cells >= 1
    assert report.conversations_shown == 60 and report.hours_shown == 60.0


def test_the_category_tables_agree_with_each_other() -> None:
    report = _report(5)
    main = _table(report, "top_category")
    assert main == {"Ongewenste omgangsvormen": 40, "Integriteit": 20}
    assert report.grid is not None
    assert {label: total for label, _, total in report.grid.rows} == main


def test_fewer_than_k_conversations_hide_the_key_figures() -> None:
    report = publish(tally(_records()[:3], 2026), year=2026, advisers=1, taxonomy=resources.taxonomy(), lang="en", k=5)
    assert report.conversations_shown is None and report.hours_shown is None
    assert all(t.total is None for t in report.tables)


def test_the_own_report_is_not_suppressed() -> None:
    report = _report(None)
    assert _table(report, "channel")["in persoon"] == 3 and report.suppressed_cells == 0


def test_the_pdf_shows_markers_diacritics_and_the_method(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    path = tmp_path / "r.pdf"
    write_annual_pdf(path, _report(5), TODAY, "Ministerie van BZK")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"FontFile2" in data  # the TrueType font is embedded
    text = pdf_text(path, layout=True)
    assert "Jaarverslag vertrouwenspersonen 2026" in text and "Ministerie van BZK" in text
    assert "Elk verborgen cijfer" in text and "Financiële schendingen" in text
    assert "Werkwijze" in text and "aanvullend verborgen" in text and "VERTROUWELIJK" not in text


def test_the_own_pdf_is_marked_confidential_and_english_works(tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    path = tmp_path / "own.pdf"
    write_annual_pdf(path, _report(None, "en"), TODAY)
    text = pdf_text(path, layout=True)
    assert "CONFIDENTIAL" in text and "Own annual report 2026" in text and "shown as" not in text


def test_ods_and_csv_hold_the_published_tables(tmp_path: Path) -> None:
    report = _report(5)
    paths = write_csv(tmp_path / "csv", report)
    assert {p.name for p in paths} >= {"2026-kanaal.csv", "2026-hoofdcategorie-kwartaal.csv", "2026-hoofdcategorie.csv"}
    with (tmp_path / "csv" / "2026-kanaal.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[:2] == [["Gesprekken per kanaal"], ["Kanaal", "Gesprekken"]]  # every table says what it counts
    assert ["in persoon", "x"] in rows and ["Totaal", "60"] in rows
    write_ods(tmp_path / "r.ods", report)
    doc = load(str(tmp_path / "r.ods"))
    sheets = {t.getAttribute("name"): t for t in doc.spreadsheet.getElementsByType(Table)}
    assert "kanaal" in sheets
    values = [
        [str(c) for c in row.getElementsByType(TableCell)] for row in sheets["kanaal"].getElementsByType(TableRow)
    ]
    assert ["in persoon", "x"] in values and ["Totaal", "60"] in values


def test_charts_leave_out_hidden_counts_and_small_counts_get_whole_ticks() -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    from vpdesk.reports.annual_pdf import _counts_axis, _shown
    from vpdesk.reports.publish import PublishedTable

    assert not _shown(PublishedTable("top_category", "Hoofdcategorie", [("Pesten", None), ("Werkdruk", 0)], None))
    assert _shown(PublishedTable("top_category", "Hoofdcategorie", [("Pesten", 7)], 7))
    chart = HorizontalBarChart()
    _counts_axis(chart.valueAxis, 2)
    assert (chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep) == (0, 2, 1)


def test_referrals_to_a_route_no_longer_in_the_guide_are_named_in_words() -> None:
    records = [replace(r, routes=("paritaire_commissie",)) if r.routes else r for r in _records()]
    report = publish(
        tally(records, 2026), year=2026, advisers=1, taxonomy=resources.taxonomy(), lang="en", k=None,
        route_names={"raba": "RABA"},
    )  # fmt: skip
    rows = [row for t in report.tables if t.key == "route" for row in t.rows]
    assert rows == [("route no longer in the guide: paritaire commissie", 2)]


def test_a_cell_a_spreadsheet_would_evaluate_is_written_as_text(tmp_path: Path) -> None:
    """Route names come from the organisation's wegwijzer, so they can start with "=" or "-"."""
    report = publish(
        tally(_records(), 2026),
        year=2026,
        advisers=3,
        taxonomy=resources.taxonomy(),
        lang="nl",
        k=1,
        route_names={"raba": "-2+3"},
    )
    write_csv(tmp_path / "csv", report)
    text = (tmp_path / "csv" / "2026-verwijzingen.csv").read_text(encoding="utf-8")
    assert "'-2+3,2" in text and "\n-2+3" not in text
    from vpdesk.reports.tables_out import safe

    assert [safe(t) for t in ("=1+1", "+1", "-1", "@A1", "Pesten", "12", "x")] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@A1",
        "Pesten",
        "12",
        "x",
    ]
