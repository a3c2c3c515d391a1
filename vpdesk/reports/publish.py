"""The published form of the annual figures: labelled tables with disclosure control applied (or not, for an
adviser's own report). Plain data that the PDF, ODS and CSV writers share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from vpdesk.domain.disclosure import Rules, Suppressed1D, suppress_1d, suppress_categories
from vpdesk.domain.guide import route_label
from vpdesk.domain.statistics import QUARTERS, Tables
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.reports.table_specs import GRID, LABELS, MONTHS, QUARTER_LABELS, SPECS

MARK = "x"  # every hidden figure, whichever rule hid it: one neutral sign, explained in the method note
MARK_NOTE = (
    f"{MARK} = verborgen: te klein om te publiceren, of verborgen om een ander verborgen cijfer te beschermen "
    "(zie de werkwijze achteraan). Het zegt niets over de grootte.",
    f"{MARK} = hidden: too small to publish, or hidden to protect another hidden figure (see the method at the end). "
    "It says nothing about the size.",
)


def hides(table: PublishedTable) -> bool:
    """Does the table show the mark anywhere (a cell or its total)?"""
    return table.total is None or any(v is None for _, v in table.rows)


def mark(value: int | None) -> str:
    """A published figure as text: the count, or the one neutral mark of a hidden figure."""
    return MARK if value is None else str(value)


@dataclass(frozen=True, slots=True)
class PublishedTable:
    key: str
    title: str
    rows: list[tuple[str, int | None]]  # None = suppressed
    total: int | None
    head: str = ""  # the first column's heading: what a row is
    counts: str = ""  # the second column's heading: what is counted
    name: str = ""  # file and sheet name
    note: str = ""  # what the total adds up, where that is not obvious
    keys: tuple[str, ...] = ()  # the cell behind each row (a code, "2026-03", ...), in the rows' order


@dataclass(frozen=True, slots=True)
class PublishedGrid:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, list[int | None], int | None]]
    column_totals: list[int | None]
    total: int | None = None  # the grand total (None = hidden)
    head: str = ""
    name: str = ""
    note: str = ""


@dataclass
class Report:
    year: int
    lang: str
    advisers: int
    conversations: int
    hours: float
    k: int | None  # None = not suppressed (an adviser's own report)
    tables: list[PublishedTable] = field(default_factory=list)
    # the number of conversations and hours, hidden (None) when fewer than k conversations were counted
    conversations_shown: int | None = None
    hours_shown: float | None = None
    grid: PublishedGrid | None = None
    suppressed_cells: int = 0
    complementary_cells: int = 0
    rules: Rules | None = None
    previous: Report | None = None  # the same figures of the year before, where the coordinator has them
    taxonomy: Taxonomy | None = None  # names the main category of each subcategory row (lines())

    def hidden_figures(self) -> tuple[int, int]:
        """(hidden, in all) over the published tables' cells and totals: what the coordinator is told at once."""
        cells: list[int | None] = []
        for table in self.tables:
            cells += [value for _, value in table.rows] + [table.total]
        if self.grid is not None:
            for _, row, row_total in self.grid.rows:
                cells += [*row, row_total]
            cells += [*self.grid.column_totals, self.grid.total]
        return sum(value is None for value in cells), len(cells)

    def key_figures(self) -> list[tuple[str, int | float | None]]:
        """(key, value as published) of the key figures: cases, first contacts, conversations, hours. A hidden
        figure is None; in a suppressed report each follows the table that publishes it."""
        own = self.k is None
        by_key = {t.key: t for t in self.tables}
        cases = self.cases if own else (by_key["position"].total if "position" in by_key else None)
        first = dict(by_key["kind"].rows).get(self._first_label) if "kind" in by_key else 0
        return [
            ("cases", cases),
            ("first_contacts", first),
            ("conversations", self.conversations if own else self.conversations_shown),
            ("hours", self.hours if own else self.hours_shown),
        ]

    cases: int = 0
    _first_label: str = ""

    def beside(self, table: PublishedTable) -> list[tuple[str, int | None, int | None]] | None:
        """(label, this year, the year before) per row, then the total, where the coordinator has the year before
        (None otherwise). Each year is suppressed on its own; the two years share no contact. Months compare by
        month ("2026-03" beside "2025-03"); a cell only the year before had gets a row of its own (0 this year),
        so both columns add up to their totals."""
        keyed = self._beside_keyed(table)
        if keyed is None:
            return None
        return [(label, v, w) for _, label, v, w in keyed]

    def _beside_keyed(self, table: PublishedTable) -> list[tuple[str, str, int | None, int | None]] | None:
        """As beside(), each row with its cell's key first ("\x00total" for the total)."""
        if self.previous is None:
            return None
        old = next((t for t in self.previous.tables if t.key == table.key), None)
        if old is None:  # nothing counted in that table the year before
            old = PublishedTable(table.key, table.title, [], 0)

        def cell(key: str) -> str:
            return key[5:] if table.key == "month" else key

        was = {cell(k): v for k, (_, v) in zip(old.keys, old.rows, strict=True)}
        rows = [(k, label, v, was.get(cell(k), 0)) for k, (label, v) in zip(table.keys, table.rows, strict=True)]
        shown = {cell(k) for k in table.keys}
        rows += [(k, label, 0, v) for k, (label, v) in zip(old.keys, old.rows, strict=True) if cell(k) not in shown]
        return [*rows, ("\x00total", "\x00total", table.total, old.total)]

    def lines(self, table: PublishedTable) -> list[Line]:
        """The table as every writer shows it: its rows with this year's figure (and the year before's, where the
        coordinator has it), the total last. The subcategory table names the main category of its rows: a
        heading line before each main category's rows (review of trial 4), a row counting the main category
        alone says so, and what is no category of the taxonomy (onbekend) follows last, under "Overig"."""
        keyed = self._beside_keyed(table)
        if keyed is None:
            keyed = [(k, label, v, None) for k, (label, v) in zip(table.keys, table.rows, strict=True)]
            keyed.append(("\x00total", "\x00total", table.total, None))
        *body, (_, _, total, total_before) = keyed
        figures: Callable[[int | None, int | None], tuple[int | None, ...]] = (
            (lambda v, w: (v,)) if self.previous is None else (lambda v, w: (v, w))
        )
        total_line = Line("Totaal" if self.lang == "nl" else "Total", figures(total, total_before), "total")
        if table.key != "category" or self.taxonomy is None:
            return [*[Line(label, figures(v, w)) for _, label, v, w in body], total_line]
        taxonomy, nl = self.taxonomy, self.lang == "nl"
        known = sorted((row for row in body if row[0].split(".")[0] in taxonomy), key=lambda row: row[0])
        other = [row for row in body if row[0].split(".")[0] not in taxonomy]
        out: list[Line] = []
        group = None
        for key, label, v, w in known:
            top = key.split(".")[0]
            if top != group:
                group = top
                out.append(Line(taxonomy.get(top).name(self.lang), (), "group"))
            alone = "(alleen de hoofdcategorie)" if nl else "(the main category only)"
            out.append(Line(alone if key == top else label, figures(v, w)))
        if other:
            out.append(Line("Overig" if nl else "Other", (), "group"))
            out += [Line(label, figures(v, w)) for _, label, v, w in other]
        return [*out, total_line]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a published table as written: a row (its figures), a heading over rows (no figures) or the
    total."""

    label: str
    figures: tuple[int | None, ...]
    kind: str = "row"  # "row", "group" (a heading: the main category of the rows under it) or "total"


def _label(taxonomy: Taxonomy, key: str, cell: str, lang: str) -> str:
    if key in ("category", "top_category") and cell in taxonomy:
        return taxonomy.get(cell).name(lang)
    if key == "month":
        return MONTHS[0 if lang == "nl" else 1][int(cell[5:7]) - 1]
    pair = LABELS.get(cell)
    return (pair[0] if lang == "nl" else pair[1]) if pair else cell


def _months(year: int, quarter: int) -> list[str]:
    first, last = (1, 12) if not quarter else (3 * quarter - 2, 3 * quarter)
    return [f"{year:04d}-{m:02d}" for m in range(first, last + 1)]


def publish(
    tables: Tables,
    *,
    year: int,
    advisers: int,
    taxonomy: Taxonomy,
    lang: str,
    k: int | Rules | None,
    route_names: dict[str, str] | None = None,
    parts: Sequence[Tables] = (),
    quarter: int = 0,
    tick: Callable[[], None] | None = None,
) -> Report:
    """``k``: the suppression rules (None = an adviser's own report, not suppressed); ``parts``: each adviser's own
    tables, for the rules against insiders (domain/disclosure.py); ``tick``: called `publish_steps(len(parts))`
    times in all, as the work goes on (a progress bar)."""
    tick = tick or _nothing
    rules = None if k is None else (k if isinstance(k, Rules) else Rules(k=k))
    k = None if rules is None else rules.k
    totals = tables["totals"]
    report = Report(year, lang, advisers, int(totals["conversations"]), round(int(totals["minutes"]) / 60, 1), k)
    report.rules = rules
    report.taxonomy = taxonomy
    report.cases = int(totals.get("cases", 0))
    report._first_label = _label(taxonomy, "kind", "first", lang)
    few = k is not None and 0 < report.conversations < k
    report.conversations_shown = None if few else report.conversations
    report.hours_shown = None if few else report.hours
    names = route_names or {}
    grid = {r: dict(v) for r, v in tables.get("category_quarter", {}).items()}
    joint = None
    if rules is not None and tables.get("top_category"):
        # the three category tables share figures, so they are suppressed together (see domain/disclosure.py)
        own = [(p.get("top_category", {}), p.get("category", {}), p.get("category_quarter", {})) for p in parts]
        joint = suppress_categories(
            tables["top_category"], tables.get("category", {}), grid, QUARTERS, rules, own, tick
        )
    else:
        for _ in parts:  # no advisers' networks to build: their steps are done at once
            tick()
    i = 0 if lang == "nl" else 1
    for key, spec in SPECS.items():
        tick()
        counts: dict[str, int] = tables.get(key, {})
        if key == "month" and counts:  # a month without conversations is a 0, not a gap
            counts = {m: counts.get(m, 0) for m in _months(year, quarter)} | counts
        if not counts:
            continue
        if rules is None:
            cells: dict[str, int | None] = dict(counts)
            total: int | None = sum(counts.values())
        else:
            result: Suppressed1D
            if joint is not None and key in ("top_category", "category"):
                result = joint.main if key == "top_category" else joint.sub
            else:
                result = suppress_1d(counts, rules, [p.get(key, {}) for p in parts])
            cells, total = result.cells, result.total
            if few:
                total = None  # it would be the number of conversations, or near it
            report.suppressed_cells += len(result.primary)
            report.complementary_cells += len(result.complementary)
        order = sorted(cells, key=lambda c: (-counts[c], c))
        if key in ("category", "month"):
            order = sorted(cells)  # subcategories under their main category; months in order
        rows = [
            (_route(names, cell, lang) if key == "route" else _label(taxonomy, key, cell, lang), cells[cell])
            for cell in order
        ]
        report.tables.append(
            PublishedTable(
                key, spec.title[i], rows, total, spec.head[i], spec.counts[i], spec.name, spec.note[i], tuple(order)
            )
        )
    if rules is not None and not few:
        # the key figures follow the tables that publish them (a total hidden for an insider hides them too)
        by_key = {t.key: t for t in report.tables}
        if "channel" in by_key and by_key["channel"].total is None:
            report.conversations_shown = report.hours_shown = None
    if grid:
        rows_g: list[tuple[str, list[int | None], int | None]]
        if k is None or joint is None:
            rows_g = [
                (
                    _label(taxonomy, "top_category", r, lang),
                    [int(grid[r].get(q, 0)) for q in QUARTERS],
                    sum(grid[r].values()),
                )
                for r in sorted(grid)
            ]
            col_totals: list[int | None] = [sum(grid[r].get(q, 0) for r in grid) for q in QUARTERS]
            grand: int | None = sum(sum(v.values()) for v in grid.values())
        else:
            result2 = joint.grid
            report.suppressed_cells += len(result2.primary)
            report.complementary_cells += len(result2.complementary)
            rows_g = [
                (
                    _label(taxonomy, "top_category", r, lang),
                    [result2.cells[r][q] for q in QUARTERS],
                    result2.row_totals[r],
                )
                for r in sorted(result2.cells)
            ]
            col_totals = [result2.col_totals[q] for q in QUARTERS]
            grand = None if few else result2.grand_total
        report.grid = PublishedGrid(
            GRID.title[i], QUARTER_LABELS[i], rows_g, col_totals, grand, GRID.head[i], GRID.name, GRID.note[i]
        )
    return report


def publish_steps(parts: int) -> int:
    """How often `publish` ticks: once per adviser's part (the joint category tables) and once per table."""
    return parts + len(SPECS)


def _nothing() -> None:
    pass


def _route(names: dict[str, str], route_id: str, lang: str) -> str:
    """A route's name; with names given, a route the guide no longer has is said in words (without names, the ids)."""
    return route_label(names, route_id, lang) if names else route_id
