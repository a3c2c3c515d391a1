"""Issue 15 point 9: an ODS written to a full disk is one clear sentence, no traceback, no half file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = """
import resource, signal, sys
from pathlib import Path
from tests.reports.test_annual_report import _report
from vpdesk.errors import KnownError
from vpdesk.reports.tables_out import write_ods
report = _report(5)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))  # the disk is full after 100 bytes
try:
    write_ods(Path(sys.argv[1]), report)
except KnownError as exc:
    print(exc)
"""


def test_an_ods_on_a_full_disk_is_a_clear_error_without_traceback_or_half_file(tmp_path: Path) -> None:
    target = tmp_path / "jaarverslag.ods"
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run([sys.executable, "-c", CHILD, str(target)], capture_output=True, text=True, timeout=60, cwd=root)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().startswith(f"The file {target} cannot be written: the file is too large.")
    assert "Traceback" not in r.stderr and r.stderr == ""
    assert list(tmp_path.iterdir()) == []
