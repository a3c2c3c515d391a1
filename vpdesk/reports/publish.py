"""The published form of the annual figures: labelled tables with disclosure control applied (or not, for an
adviser's own report). Plain data that the PDF, ODS and CSV writers share."""

from __future__ import annotations

from dataclasses import dataclass, field

from vpdesk.domain.disclosure import suppress_1d, suppress_2d
from vpdesk.domain.statistics import QUARTERS, Tables
from vpdesk.domain.taxonomy import Taxonomy

TITLES = {
    "top_category": ("Hoofdcategorie", "Main category"),
    "category": ("Categorie en subcategorie", "Category and subcategory"),
    "channel": ("Kanaal", "Channel"),
    "kind": ("Eerste of vervolgcontact", "First or follow-up contact"),
    "position": ("Positie van de melder", "Position of the melder"),
    "role": ("Rol van de vertrouwenspersoon", "Role of the adviser"),
    "route": ("Verwijzingen", "Referrals"),
    "outcome": ("Uitkomst", "Outcome"),
    "org_unit": ("Organisatieonderdeel", "Org unit"),
    "gender": ("Gender (indien vastgelegd)", "Gender (when recorded)"),
}
LABELS = {
    "in_person": ("in persoon", "in person"),
    "phone": ("telefoon", "phone"),
    "video": ("video", "video"),
    "mail": ("e-mail", "e-mail"),
    "first": ("eerste contact", "first contact"),
    "follow_up": ("vervolgcontact", "follow-up"),
    "employee": ("medewerker", "employee"),
    "manager": ("leidinggevende", "manager"),
    "bystander": ("omstander", "bystander"),
    "former_employee": ("oud-medewerker", "former employee"),
    "hired_staff": ("inhuur", "hired staff"),
    "onbekend": ("onbekend", "unknown"),
    "female": ("vrouw", "female"),
    "male": ("man", "male"),
    "other": ("anders", "other"),
    "listened": ("luisterend oor", "listening ear"),
    "advised": ("advies", "advice"),
    "referred": ("doorverwezen", "referred"),
    "resolved_informally": ("informeel opgelost", "resolved informally"),
    "formal_report": ("formele melding", "formal report"),
    "withdrawn": ("melder ziet af", "withdrawn"),
    "unknown": ("onbekend", "unknown"),
    "vertrouwenspersoon": ("vertrouwenspersoon", "confidential adviser"),
}


@dataclass(frozen=True, slots=True)
class PublishedTable:
    key: str
    title: str
    rows: list[tuple[str, int | None]]  # None = suppressed
    total: int | None


@dataclass(frozen=True, slots=True)
class PublishedGrid:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, list[int | None], int | None]]
    column_totals: list[int | None]


@dataclass
class Report:
    year: int
    lang: str
    advisers: int
    conversations: int
    hours: float
    k: int | None  # None = not suppressed (an adviser's own report)
    tables: list[PublishedTable] = field(default_factory=list)
    grid: PublishedGrid | None = None
    suppressed_cells: int = 0
    complementary_cells: int = 0


def _label(taxonomy: Taxonomy, key: str, cell: str, lang: str) -> str:
    if key in ("category", "top_category") and cell in taxonomy:
        return taxonomy.get(cell).name(lang)
    pair = LABELS.get(cell)
    return (pair[0] if lang == "nl" else pair[1]) if pair else cell


def publish(
    tables: Tables,
    *,
    year: int,
    advisers: int,
    taxonomy: Taxonomy,
    lang: str,
    k: int | None,
    route_names: dict[str, str] | None = None,
) -> Report:
    totals = tables["totals"]
    report = Report(year, lang, advisers, int(totals["conversations"]), round(int(totals["minutes"]) / 60, 1), k)
    names = route_names or {}
    for key, (nl, en) in TITLES.items():
        counts: dict[str, int] = tables.get(key, {})
        if not counts:
            continue
        if k is None:
            cells: dict[str, int | None] = dict(counts)
            total: int | None = sum(counts.values())
        else:
            result = suppress_1d(counts, k)
            cells, total = result.cells, result.total
            report.suppressed_cells += len(result.primary)
            report.complementary_cells += len(result.complementary)
        rows = [
            (names.get(cell, cell) if key == "route" else _label(taxonomy, key, cell, lang), value)
            for cell, value in sorted(cells.items(), key=lambda kv: -(counts[kv[0]]))
        ]
        report.tables.append(PublishedTable(key, nl if lang == "nl" else en, rows, total))
    grid = tables.get("category_quarter", {})
    if grid:
        title = "Hoofdcategorie per kwartaal" if lang == "nl" else "Main category per quarter"
        if k is None:
            rows_g = [
                (
                    _label(taxonomy, "top_category", r, lang),
                    [grid[r].get(q, 0) for q in QUARTERS],
                    sum(grid[r].values()),
                )
                for r in sorted(grid)
            ]
            col_totals: list[int | None] = [sum(grid[r].get(q, 0) for r in grid) for q in QUARTERS]
        else:
            result2 = suppress_2d({r: dict(v) for r, v in grid.items()}, QUARTERS, k)
            report.suppressed_cells += len(result2.primary)
            report.complementary_cells += len(result2.complementary)
            rows_g = [
                (
                    _label(taxonomy, "top_category", r, lang),
                    [result2.cells[r][q] for q in QUARTERS],
                    result2.row_totals[r],
                )
                for r in sorted(grid)
            ]
            col_totals = [result2.col_totals[q] for q in QUARTERS]
        report.grid = PublishedGrid(title, QUARTERS, rows_g, col_totals)
    return report
