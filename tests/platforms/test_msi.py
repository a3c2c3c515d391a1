"""Issue 17 point 2, as far as Linux allows: the MSI from installer/windows/vpdesk.wxs built by wixl around a
stand-in payload, its tables and properties read back with msiinfo, Authenticode-signed by osslsigncode with a
throwaway certificate and an RFC 3161 time stamp from a TSA on 127.0.0.1 (openssl ts), verified, and a tampered
copy refused. The real payload and signtool/msiexec run only on the Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from types import ModuleType

import pytest

from tests.installer.conftest import ROOT, load

pytestmark = pytest.mark.slow
UPGRADE_CODE = "{E93F4ABF-38EA-4A67-8D47-A213ACCEF51C}"  # fixed for the life of the product: never change it


@pytest.fixture(scope="module")
def build_msi() -> ModuleType:
    return load("build_msi", ROOT / "installer/windows/build_msi.py")


def _openssl(pki: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=pki, check=True, capture_output=True)


def _throwaway_pki(pki: Path) -> None:
    """A CA, a code-signing certificate and a time-stamping certificate, valid for two days."""
    _openssl(pki, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days",
             "2", "-subj", "/CN=vpdesk test CA", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign")  # fmt: skip
    for name, usage in (("sign", "codeSigning"), ("tsa", "critical,timeStamping")):
        _openssl(pki, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
                 "-subj", f"/CN=vpdesk test {name}")  # fmt: skip
        (pki / f"{name}.ext").write_text(f"extendedKeyUsage={usage}\nkeyUsage=critical,digitalSignature\n")
        _openssl(pki, "x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                 "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.ext")  # fmt: skip
    (pki / "serial").write_text("01\n")
    (pki / "ts.cnf").write_text(
        "[ tsa ]\ndefault_tsa = t\n[ t ]\n"
        f"serial = {pki / 'serial'}\ncrypto_device = builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n"
        "digests = sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_alg = sha256\n"
    )


@pytest.fixture
def tsa(tmp_path: Path, tool: Callable[[str], str]) -> Iterator[tuple[str, Path, list[int]]]:
    """An RFC 3161 time-stamp authority on 127.0.0.1: `openssl ts -reply` behind a small HTTP server."""
    pki = tmp_path / "pki"
    pki.mkdir()
    tool("openssl")
    _throwaway_pki(pki)
    served: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers["Content-Length"]))
            with tempfile.NamedTemporaryFile(dir=pki, suffix=".tsq") as fh:
                fh.write(query)
                fh.flush()
                reply = subprocess.run(
                    [
                        "openssl",
                        "ts",
                        "-reply",
                        "-queryfile",
                        fh.name,
                        "-signer",
                        "tsa.pem",
                        "-inkey",
                        "tsa.key",
                        "-chain",
                        "ca.pem",
                        "-config",
                        "ts.cnf",
                    ],
                    cwd=pki,
                    capture_output=True,
                    check=True,
                ).stdout
            served.append(len(reply))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", pki, served
    server.shutdown()
    server.server_close()


def _table(msi: Path, name: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


def test_msi_built_signed_time_stamped_verified_and_tamper_refused(
    build_msi: ModuleType, tsa: tuple[str, Path, list[int]], tmp_path: Path, tool: Callable[[str], str]
) -> None:
    for name in ("wixl", "wixl-heat", "msiinfo", "osslsigncode"):
        tool(name)
    url, pki, served = tsa
    started = time.monotonic()
    out = tmp_path / "vpdesk.msi"
    assert build_msi.main(["--out", str(out), "--cert", str(pki / "sign.pem"), "--key", str(pki / "sign.key"),
                           "--timestamp-url", url]) == 0  # fmt: skip

    tables = subprocess.run(["msiinfo", "tables", str(out)], capture_output=True, text=True, check=True).stdout
    assert {"Upgrade", "Shortcut", "Icon", "File", "Component", "Registry"} <= set(tables.split())
    props = dict(row[:2] for row in _table(out, "Property"))
    assert props["UpgradeCode"] == UPGRADE_CODE and props["ProductVersion"] == build_msi.version()
    assert props["ALLUSERS"] == "1"  # per machine
    assert props["ARPPRODUCTICON"] == "vpdesk.ico"
    upgrades = _table(out, "Upgrade")
    assert {row[0] for row in upgrades} == {UPGRADE_CODE}
    assert {row[-1] for row in upgrades} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}  # MajorUpgrade
    sequence = {row[0] for row in _table(out, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= sequence
    (shortcut,) = _table(out, "Shortcut")
    assert shortcut[1:5] == ["ProgramMenuFolder", "vpdesk", "StartMenuShortcut", "[INSTALLDIR]vpdesk.exe"]
    assert {row[2] for row in _table(out, "File")} == {"vpdesk.exe", "README.txt"}
    summary = subprocess.run(["msiinfo", "suminfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "x64;1033" in summary

    assert served, "the signature carries no time stamp from the TSA"
    ok = build_msi.verify(out, pki / "ca.pem", pki / "ca.pem")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Timestamp Server Signature verification: ok" in ok.stdout
    assert "Signature verification: ok" in ok.stdout
    assert "/CN=vpdesk test sign" in ok.stdout

    data = bytearray(out.read_bytes())
    at = data.find(b"github.com/vpdesk")  # a property's text in the string pool: the MSI stays readable
    assert at > 0
    data[at + len("github.com/")] = ord("X")
    tampered = tmp_path / "tampered.msi"
    tampered.write_bytes(bytes(data))
    assert dict(row[:2] for row in _table(tampered, "Property"))["ARPURLINFOABOUT"].endswith("Xpdesk/vpdesk")
    bad = build_msi.verify(tampered, pki / "ca.pem", pki / "ca.pem")
    assert bad.returncode != 0 and "MISMATCH" in bad.stdout

    other_ca = build_msi.verify(out, pki / "tsa.pem", pki / "ca.pem")  # a CA that did not issue the signer
    assert other_ca.returncode != 0
    assert time.monotonic() - started < 60
