"""`vpdesk --gui-probe`: start Qt on the platform in $QT_QPA_PLATFORM (or the desktop's), show and paint a window,
and exit 0. `vpdesk selftest` runs it as a child process: if a system library is missing, Qt aborts the process,
and the parent reads the library's name from Qt's plugin messages."""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    label = QLabel("vpdesk")
    label.show()
    app.processEvents()
    painted = not label.grab().isNull()
    print(f"platform={app.platformName()} painted={painted}")
    label.close()
    return 0 if painted else 1
