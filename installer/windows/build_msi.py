"""Build, sign and verify vpdesk's MSI from installer/windows/vpdesk.wxs (issue 17, decision 125).

    python installer/windows/build_msi.py --bundle dist/vpdesk --out dist/vpdesk-0.2.0-x64.msi \\
        [--cert cert.pem --key key.pem --timestamp-url http://timestamp.example/]

On Linux it uses msitools' `wixl-heat` and `wixl`, and `osslsigncode` (Authenticode with an RFC 3161 time stamp).
The Windows runner builds the same .wxs with WiX 3 (heat, candle, light) and signs with signtool
(.github/workflows/windows.yml); this script is what `make test` runs here, with a stand-in payload in place of
the frozen Windows bundle that only a Windows machine can make.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WXS = HERE / "vpdesk.wxs"


def version() -> str:
    text = (ROOT / "vpdesk/__init__.py").read_text()
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def render_icon(out: Path) -> Path:
    """The app icon as .ico (installer/icons/render.py, in its own process)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "installer/icons/render.py"), "ico", str(out)], check=True, env=env)
    return out


def stand_in_bundle(directory: Path) -> Path:
    """What the MSI proof installs here in place of PyInstaller's Windows output: a vpdesk.exe that is not one."""
    bundle = directory / "vpdesk"
    (bundle / "_internal").mkdir(parents=True, exist_ok=True)
    (bundle / "vpdesk.exe").write_bytes(b"MZ stand-in: the real vpdesk.exe is built on the Windows runner\n")
    (bundle / "_internal" / "README.txt").write_text("stand-in payload for the Linux MSI proof (issue 17)\n")
    return bundle


def harvest(bundle: Path, out: Path) -> Path:
    """A fragment with one component per file of the bundle, as the component group "Bundle"."""
    names = "\n".join(sorted(str(p.relative_to(bundle.parent)) for p in bundle.rglob("*") if p.is_file()))
    command = ["wixl-heat", "--prefix", f"{bundle.name}/", "--directory-ref", "INSTALLDIR"]
    command += ["--component-group", "Bundle", "--var", "var.SourceDir", "--win64"]
    fragment = subprocess.run(command, input=names, capture_output=True, text=True, check=True).stdout
    out.write_text(fragment)
    return out


def build(bundle: Path, out: Path, work: Path) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    icon = render_icon(work / "vpdesk.ico")
    fragment = harvest(bundle, work / "bundle.wxs")
    # wixl looks files up relative to its working folder (an absolute path is not found): run it in `work`
    source = os.path.relpath(bundle.resolve(), work.resolve())
    defines = [f"Version={version()}", f"SourceDir={source}", f"IconFile={icon.name}", "Win64=yes"]
    command = ["wixl", "-a", "x64", *(arg for d in defines for arg in ("-D", d)), "-o", str(out.resolve())]
    subprocess.run([*command, str(WXS), fragment.name], check=True, capture_output=True, text=True, cwd=work)
    return out


def sign(msi: Path, out: Path, cert: Path, key: Path, timestamp_url: str) -> Path:
    """Authenticode (SHA-256) with an RFC 3161 time stamp from ``timestamp_url``."""
    command = ["osslsigncode", "sign", "-certs", str(cert), "-key", str(key), "-h", "sha256", "-n", "vpdesk"]
    command += ["-i", "https://github.com/vpdesk/vpdesk", "-ts", timestamp_url, "-in", str(msi), "-out", str(out)]
    subprocess.run(command, check=True, capture_output=True, text=True)
    return out


def verify(msi: Path, ca: Path, tsa_ca: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = ["osslsigncode", "verify", "-CAfile", str(ca), "-in", str(msi)]
    if tsa_ca is not None:
        command += ["-TSA-CAfile", str(tsa_ca)]
    return subprocess.run(command, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="PyInstaller's output folder (default: a stand-in)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cert", type=Path)
    parser.add_argument("--key", type=Path)
    parser.add_argument("--timestamp-url", default="http://timestamp.digicert.com")
    args = parser.parse_args(argv)
    work = args.out.parent / "msi-work"
    bundle = args.bundle or stand_in_bundle(work)
    unsigned = build(bundle, args.out.with_suffix(".unsigned.msi") if args.cert else args.out, work)
    if args.cert:
        sign(unsigned, args.out, args.cert, args.key, args.timestamp_url)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
