"""What an export carries, as an adviser reads it: every figure under its own label, then the exact JSON.

The readable part comes from the same tables the export holds (through publish(), without suppression: this
is the adviser's own data, shown only to them); the JSON part is the payload itself, byte for byte what is
signed, so nothing that leaves is hidden behind a label.
"""

from __future__ import annotations

import json
from typing import Any

from vpdesk.domain.disclosure import near_records
from vpdesk.domain.taxonomy import Taxonomy
from vpdesk.reports.publish import publish


def preview_text(payload: dict[str, Any], taxonomy: Taxonomy, lang: str, route_names: dict[str, str]) -> str:
    nl = lang == "nl"
    period = str(payload["year"]) + (f" Q{payload['quarter']}" if payload["quarter"] else "")
    report = publish(
        payload["tables"],
        year=payload["year"],
        advisers=1,
        taxonomy=taxonomy,
        lang=lang,
        k=None,
        route_names=route_names,
        quarter=payload["quarter"],
    )
    lines = [
        f"{'Periode' if nl else 'Period'}: {period}",
        f"{'Afzender (vingerafdruk)' if nl else 'Sender (fingerprint)'}: {payload['adviser']}",
        f"{'Zaken' if nl else 'Cases'}: {report.cases}    "
        f"{'Gesprekken' if nl else 'Conversations'}: {report.conversations}    "
        f"{'Uren' if nl else 'Hours'}: " + f"{report.hours:.1f}".replace(".", "," if nl else "."),
    ]
    if near_records(payload["tables"]):
        lines[:0] = [warning(report.conversations, nl), ""]
    width = max((len(label) for t in report.tables for label, _ in t.rows), default=10) + 4
    for table in report.tables:
        lines += ["", table.title]
        for line in report.lines(table)[:-1]:  # the preview shows no totals
            if line.kind == "group":  # a main category over its subcategories
                lines.append(f"  {line.label}")
            else:
                label = f"  {line.label}" if table.key == "category" else line.label
                lines.append(f"  {label:<{width}}{line.figures[0]:>6}")
    if report.grid is not None:
        lines += ["", report.grid.title, "  " + " " * width + "".join(f"{c:>6}" for c in report.grid.columns)]
        for label, cells, _ in report.grid.rows:
            lines.append(f"  {label:<{width}}" + "".join(f"{c if c is not None else '':>6}" for c in cells))
    lines += [
        "",
        "Precies zo, technisch (JSON):" if nl else "Exactly this, technically (JSON):",
        json.dumps(payload, indent=1, ensure_ascii=False),
    ]
    return "\n".join(lines)


def warning(conversations: int, nl: bool) -> str:
    """What an adviser with few figures must know before sending them."""
    if nl:
        return (
            f"LET OP: met {conversations} gesprekken zijn deze tabellen bijna de gesprekken zelf: wie één gesprek "
            "kent, kan het erin terugvinden. De coördinator ziet precies deze aantallen, van u (de export is "
            "ondertekend). In het jaarverslag publiceert de coördinator geen aantal onder 5, geen aantal dat van "
            "één vertrouwenspersoon komt en niets waaruit zo'n aantal volgt. Overweeg een export per jaar in plaats "
            "van per kwartaal, of bespreek met de coördinator of uw cijfers met die van een collega samen kunnen."
        )
    return (
        f"NOTE: with {conversations} conversations these tables are nearly the conversations themselves: someone "
        "who knows one conversation can find it in them. The coordinator sees exactly these counts, from you (the "
        "export is signed). In the annual report the coordinator publishes no count below 5, no count that comes "
        "from one adviser and nothing from which such a count follows. Consider one export per year instead of per "
        "quarter, or ask the coordinator whether your figures can go together with a colleague's."
    )
