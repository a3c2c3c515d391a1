"""Headless: an adviser exports, a coordinator enrols, imports and writes the annual report."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from tests.cli.conftest import Runner
from vpdesk.domain.model import Case, Conversation
from vpdesk.store.vault import Vault

PASS_A = "adviser passphrase long enough"
PASS_C = "coordinator passphrase long"


def _adviser_with_cases(home: Path, n: int, seed: int) -> None:
    vault, _ = Vault.create(home, PASS_A)
    with vault:
        for i in range(n):
            case = vault.cases.add(
                Case(
                    categories=(("oo.pesten", "sv.werkdruk", "int.belangen")[(i + seed) % 3],), opened=date(2026, 2, 1)
                )
            )
            vault.conversations.add(
                Conversation(case_id=case.id or 0, when=datetime(2026, 1 + (i * 5 + seed) % 12, 4, 10), duration_min=30)
            )


def test_export_import_report_end_to_end(cli: Runner, tmp_path: Path, pdf_text: Callable[..., str]) -> None:
    coord = tmp_path / "coordinator"
    r = cli("init", "--coordinator", "--home", str(coord), secrets=[PASS_C])
    assert r.code == 0 and "Advisers encrypt their exports to: age1" in r.out
    assert "No advisers are trusted yet" in cli("trust", "list", "--home", str(coord), secrets=[PASS_C]).out
    recipient = r.out.split("exports to: ")[1].split()[0]
    exports = []
    for n, (count, seed) in enumerate(((14, 0), (9, 1), (3, 2))):
        home = tmp_path / f"adviser{n}"
        _adviser_with_cases(home, count, seed)
        ident = cli("identity", "--home", str(home), secrets=[PASS_A]).out
        key = ident.split("public key:")[1].split()[0]
        fp = ident.split("fingerprint:")[1].split()[0]
        r = cli("trust", "add", key, "--fingerprint", fp, "--label", f"VP {n}", "--home", str(coord), secrets=[PASS_C])
        assert r.code == 0, r.err
        preview = cli("export", "--year", "2026", "--preview", "--home", str(home), secrets=[PASS_A])
        assert f'"conversations": {count}' in preview.out
        target = tmp_path / f"vp{n}.vpstats"
        r = cli("export", "--year", "2026", "--to", recipient, str(target), "--home", str(home), secrets=[PASS_A])
        assert r.code == 0 and target.exists(), r.err
        exports.append(str(target))
    junk = tmp_path / "junk.vpstats"
    junk.write_bytes(b"age-encryption.org/v1\n-> nonsense")
    huge = tmp_path / "huge.vpstats"  # 3 GiB, sparse: refused by its size, never read, and the batch goes on
    with huge.open("wb") as fh:
        fh.truncate(3 << 30)
    r = cli("import", str(huge), str(tmp_path), *exports, str(junk), "--home", str(coord), secrets=[PASS_C])
    assert r.code == 1
    assert r.out.count("OK ") == 3 and "REFUSED " + str(junk) in r.out and "3 imported, 3 refused" in r.out
    assert f"REFUSED {huge}: The file is larger than 1024 KiB" in r.out
    assert f"REFUSED {tmp_path}: This is not a file" in r.out
    pdf, ods, out = tmp_path / "report.pdf", tmp_path / "report.ods", tmp_path / "csv"
    r = cli(
        "report",
        "--year",
        "2026",
        "--pdf",
        str(pdf),
        "--ods",
        str(ods),
        "--csv",
        str(out),
        "--home",
        str(coord),
        secrets=[PASS_C],
    )
    assert r.code == 0, r.err
    rows = list(csv.reader((out / "2026-hoofdcategorie.csv").read_text(encoding="utf-8").splitlines()))
    total_at = next(i for i, row in enumerate(rows) if row[:1] == ["Totaal"])  # then the notes
    assert rows[total_at] == ["Totaal", "26"]  # exact sum over the three advisers
    cells = [row[1] for row in rows[2:total_at]]  # title, header ... total
    assert all(c == "x" or int(c) >= 5 for c in cells)
    assert zipfile.ZipFile(ods).read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "Jaarverslag vertrouwenspersonen 2026" in text and "Werkwijze" in text


def test_an_adviser_gets_an_own_pdf_but_no_tables(cli: Runner, tmp_path: Path) -> None:
    home = tmp_path / "adviser"
    _adviser_with_cases(home, 4, 0)
    pdf = tmp_path / "own.pdf"
    r = cli("report", "--year", "2026", "--pdf", str(pdf), "--home", str(home), secrets=[PASS_A])
    assert r.code == 0 and pdf.exists()
    r = cli("report", "--year", "2026", "--csv", str(tmp_path / "x"), "--home", str(home), secrets=[PASS_A])
    assert r.code == 1 and "PDF only" in r.err
    r = cli("import", str(pdf), "--home", str(home), secrets=[PASS_A])
    assert r.code == 1 and "adviser vault" in r.err
    r = cli("trust", "list", "--home", str(home), secrets=[PASS_A])
    assert r.code == 1 and "adviser vault" in r.err


def test_report_counts_only_the_csv_files_when_the_pdf_and_ods_go_in_the_same_folder(
    cli: Runner, tmp_path: Path
) -> None:
    """As before: "N CSV files written" counts CSV files (it counted the PDF and the ODS beside them too)."""
    coord, out = tmp_path / "coordinator", tmp_path / "out"
    assert cli("init", "--coordinator", "--home", str(coord), secrets=[PASS_C]).code == 0
    out.mkdir()
    args = ("--pdf", str(out / "r.pdf"), "--ods", str(out / "r.ods"), "--csv", str(out))
    r = cli("report", "--year", "2026", *args, "--home", str(coord), secrets=[PASS_C])
    assert r.code == 0, r.err
    assert f"{len(list(out.glob('*.csv')))} CSV files written to {out}." in r.out
