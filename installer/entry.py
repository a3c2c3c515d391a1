"""The frozen build's entry point (installer/vpdesk.spec): the same `vpdesk` command as the installed script.

An upgrade replaces the bundle's files while an adviser may have the app open. PyInstaller reads modules lazily
from the archive in the executable, reopening it by name each time, so a running app would read the new
version's bytes at the old offsets. On Linux the archive is pinned here to the file this process started from
(/proc/self/fd keeps the old file alive after dpkg renames the new one over it), and the app imports all of
vpdesk at start, so nothing it runs later has to come from a folder that has since changed.
"""

import os
import sys


def _pin_archive() -> None:
    if not (getattr(sys, "frozen", False) and sys.platform == "linux"):
        return
    importers = sys.modules.get("pyimod02_importers")
    archive = getattr(importers, "pyz_archive", None)
    name = getattr(archive, "_filename", None)
    if archive is None or not isinstance(name, str) or name.startswith("/proc/"):
        return
    fd = os.open(name, os.O_RDONLY | os.O_CLOEXEC)
    archive._filename = f"/proc/self/fd/{fd}"


def _import_everything() -> None:
    import importlib
    import pkgutil

    import vpdesk

    for module in pkgutil.walk_packages(vpdesk.__path__, "vpdesk."):
        importlib.import_module(module.name)


if __name__ == "__main__":
    _pin_archive()
    if len(sys.argv) == 1:  # the app (long-running); a command-line run is over in seconds
        _import_everything()
    from vpdesk.__main__ import main

    sys.exit(main())
