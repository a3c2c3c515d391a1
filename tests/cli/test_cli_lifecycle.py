"""`vpdesk case edit|reopen|hold|release|follow-up|destroy|access` and `vpdesk audit`: each bad input is one
sentence on stderr, and nothing is changed by it."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.cli.conftest import PASSPHRASE, Runner


def _vault_with_case(cli: Runner) -> None:
    assert cli("init", secrets=[PASSPHRASE]).code == 0
    # opened on a fixed day: the tests close it on 2026-11-30, which must not come before the day it was opened
    opened = ("--opened", "2026-11-01")
    assert cli("case", "add", "--category", "oo.pesten", "--pseudonym", "M-7", *opened, secrets=[PASSPHRASE]).code == 0
    r = cli("note", "add", "1", "--when", "2026-11-02T10:00", secrets=[PASSPHRASE], stdin="eerste gesprek")
    assert r.code == 0, r.err


def _run(cli: Runner, *args: str, stdin: str = "") -> tuple[int, str, str]:
    r = cli(*args, secrets=[PASSPHRASE], stdin=stdin)
    return r.code, r.out, r.err


def test_edit_reopen_hold_release_destroy(cli: Runner, home: Path) -> None:
    _vault_with_case(cli)
    code, out, err = _run(cli, "case", "edit", "1", "--pseudonym", "M-8", "--position", "manager", "--gender", "female")
    assert code == 0, err
    code, out, _ = _run(cli, "case", "show", "1")
    assert "M-8" in out and "manager" in out and "female" in out and "45 min" in out
    code, _, err = _run(cli, "case", "destroy", "1", "--yes")
    assert (code, err.strip()) == (1, "vpdesk: Case 1 is still open; close it before destroying it.")
    assert (
        _run(cli, "case", "close", "1", "--outcome", "advised", "--on", "2026-11-30")[1]
        .strip()
        .endswith("due for destruction on 2027-11-30.")
    )
    code, _, err = _run(cli, "case", "edit", "1", "--org-unit", "X")
    assert (code, err.strip()) == (1, "vpdesk: Case 1 is closed; reopen it to change it.")
    code, _, err = _run(cli, "case", "close", "1", "--outcome", "referred", "--on", "2026-11-30")
    assert (code, err.strip()) == (1, "vpdesk: Case 1 is closed; reopen it to change it.")  # not closed twice
    assert _run(cli, "case", "hold", "1", "--reason", "procedure CIE", "--review", "2099-01-01")[0] == 0
    code, _, err = _run(cli, "case", "destroy", "1", "--yes")
    assert (code, err.strip()) == (1, "vpdesk: Case 1 is under a legal hold; release it before destroying it.")
    assert _run(cli, "case", "release", "1")[0] == 0
    code, _, err = _run(cli, "case", "release", "1")
    assert (code, err.strip()) == (1, "vpdesk: Case 1 has no legal hold.")
    code, _, err = _run(cli, "case", "destroy", "1", stdin="no\n")
    assert code == 1 and "Older backups still hold it" in err and "nothing destroyed" in err
    assert _run(cli, "case", "show", "1")[0] == 0
    code, out, _ = _run(cli, "case", "destroy", "1", stdin="yes\n")
    assert code == 0 and "destroyed" in out
    code, _, err = _run(cli, "case", "show", "1")
    assert (code, err.strip()) == (1, "vpdesk: There is no case 1.")
    code, _, err = _run(cli, "case", "reopen", "99")
    assert (code, err.strip()) == (1, "vpdesk: There is no case 99.")


def test_access_and_audit(cli: Runner, home: Path, tmp_path: Path) -> None:
    _vault_with_case(cli)
    code, _, err = _run(cli, "case", "access", "1")
    assert code == 2 and "--pdf" in err
    pdf, odt = tmp_path / "inzage.pdf", tmp_path / "inzage.odt"
    code, out, err = _run(cli, "case", "access", "1", "--pdf", str(pdf), "--odt", str(odt))
    assert code == 0, err
    assert pdf.stat().st_size > 1000 and odt.stat().st_size > 1000
    code, out, _ = _run(cli, "audit", "--action", "export")
    assert code == 0 and "access:client:1" in out
    code, out, _ = _run(cli, "audit", "--csv", str(tmp_path / "audit.csv"), "--since", "2000-01-01")
    rows = list(csv.DictReader((tmp_path / "audit.csv").read_text().splitlines()))
    assert {"create", "unlock", "export"} <= {r["action"] for r in rows}
    assert all(set(r) == {"id", "at", "actor", "action", "object", "result"} for r in rows)
    assert "eerste" not in (tmp_path / "audit.csv").read_text()
    code, _, err = _run(cli, "audit", "--since", "2026-12-01", "--until", "2026-11-01")
    assert (code, err.strip()) == (1, "vpdesk: The end of the period lies before its start.")
    assert _run(cli, "check")[0] == 0


def test_case_show_names_a_referral_to_a_route_no_longer_in_the_guide(cli: Runner, home: Path) -> None:
    from datetime import date

    from vpdesk.services import cases, vault_admin

    _vault_with_case(cli)
    with vault_admin.open_vault(home, PASSPHRASE) as vault:
        cases.record_referral(vault, 1, "paritaire_commissie", date(2026, 11, 2), "2025.1")  # a route JenV removed
        cases.record_referral(vault, 1, "raba", date(2026, 11, 3), "2026.2")
    code, out, err = _run(cli, "case", "show", "1")
    assert code == 0, err
    assert "paritaire_commissie (route no longer in the guide: paritaire commissie)" in out
    assert "raba (RABA (central government desk" in out
