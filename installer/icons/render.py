"""The app icon in the formats Windows and macOS want, rendered by Qt from the one SVG (vpdesk.svg).

    python installer/icons/render.py ico OUT.ico      (256 px; the MSI and vpdesk.exe)
    python installer/icons/render.py icns OUT.icns    (1024 px; the .app)

Run as its own process (build scripts call it so), so no Qt application lingers in the caller.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "vpdesk.svg"
SIZES = {"ico": 256, "icns": 1024}


def main(kind: str, out: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication([])
    size = SIZES[kind]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return 0 if image.save(out, kind.upper()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
