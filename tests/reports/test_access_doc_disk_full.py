"""Review point 7: the access document on a full disk leaves the earlier file whole and no partial file with
the notes; it is one clear sentence, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import hashlib, resource, signal, sys
from pathlib import Path
from vpdesk.errors import KnownError
from vpdesk.reports.access_doc import Document, Section, write_odt, write_pdf
notes = [f"Geheime aantekening {i} Qzvmarkerxj " + "".join(hashlib.sha256(bytes([i, j])).hexdigest() for j in range(6))
         for i in range(120)]
doc = Document("Inzage", "Alles over Jan.", [Section("Gesprekken", [("Datum", "5-1-2026")], notes)], "vpdesk")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # the disk is full after 20 kB
try:
    (write_pdf if sys.argv[2] == "pdf" else write_odt)(Path(sys.argv[1]), doc)
except KnownError as exc:
    print(exc)
"""


@pytest.mark.parametrize("kind", ["pdf", "odt"])
def test_an_access_document_on_a_full_disk_keeps_the_earlier_file_and_leaves_no_part(tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"inzage.{kind}"
    target.write_bytes(b"the earlier document")
    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, "-c", CHILD, str(target), kind], capture_output=True, text=True, timeout=60, cwd=root
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().startswith(f"The file {target} cannot be written: the file is too large.")
    assert r.stderr == ""
    assert target.read_bytes() == b"the earlier document"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary part with the notes
