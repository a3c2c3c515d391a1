"""Lock the vault when the operating system locks the screen or goes to sleep (DESIGN.md, decision 3).

On Linux the desktop says so over D-Bus: the screensaver's ``ActiveChanged(true)`` on the session bus (the
freedesktop name used by KDE, Xfce and others, and GNOME's, MATE's and Cinnamon's own), and logind's
``Session.Lock`` and ``Manager.PrepareForSleep(true)`` on the system bus. Locking too often is harmless, so any
session's Lock counts. Where there is no bus (Windows, macOS, a bare test machine) nothing is connected and the
idle timer and Ctrl+L still lock.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)
LOGIN1 = "org.freedesktop.login1"


class OsLockWatcher(QObject):
    lock_requested = Signal(str)  # why: "screen" or "sleep"

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []  # what was connected, for the log and the tests
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session.isConnected():
            for interface in SCREENSAVERS:
                self._watch(session, "", interface, "ActiveChanged", "_screensaver(bool)")
        if system.isConnected():
            self._watch(system, "", f"{LOGIN1}.Session", "Lock", "_session_lock()")
            self._watch(system, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", "_sleep(bool)")
        log.info("locking on OS events: %s", ", ".join(self.watching) or "none (no D-Bus)")

    def _watch(self, bus: QDBusConnection, path: str, interface: str, name: str, slot: str) -> None:
        # PySide6's stub says bytes; at run time only the str that SLOT() returns is accepted (tested)
        if bus.connect("", path, interface, name, self, SLOT(slot)):  # type: ignore[call-overload]
            self.watching.append(f"{interface}.{name}")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen")

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit("screen")

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:  # False is the wake-up that follows
            self.lock_requested.emit("sleep")
