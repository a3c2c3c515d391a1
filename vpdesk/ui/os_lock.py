"""Lock the vault when the operating system locks the screen or goes to sleep (DESIGN.md, decision 3).

On Linux the desktop says so over D-Bus: the screensaver's ``ActiveChanged(true)`` on the session bus (the
freedesktop name used by KDE, Xfce and others, and GNOME's, MATE's and Cinnamon's own), and logind's
``Session.Lock`` and ``Manager.PrepareForSleep(true)`` on the system bus. Locking too often is harmless, so any
session's Lock counts. Where there is no bus (a bare test machine) nothing is connected there. On Windows and
macOS the watcher never touches D-Bus: QtDBus is not even imported there (Qt would look for a session bus that
those systems do not have, and a stray dbus-daemon could feed it events).

On Windows a native event filter reads ``WM_WTSSESSION_CHANGE`` (``WTS_SESSION_LOCK``, after
``WTSRegisterSessionNotification`` for a hidden window of ours) and ``WM_POWERBROADCAST`` (``PBT_APMSUSPEND``). On
macOS observers on the distributed notification centre (``com.apple.screenIsLocked``) and on NSWorkspace's centre
(``NSWorkspaceWillSleepNotification``, ``NSWorkspaceSessionDidResignActiveNotification``: fast user switching)
need PyObjC, which only the macOS build installs (decision 124). Each is a source handed to the same watcher: the
tests drive the handlers with fake sources. The idle timer and Ctrl+L lock everywhere.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)
LOGIN1 = "org.freedesktop.login1"


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0
MAC_SCREEN_LOCKED = "com.apple.screenIsLocked"
MAC_WILL_SLEEP = "NSWorkspaceWillSleepNotification"
MAC_SESSION_RESIGNED = "NSWorkspaceSessionDidResignActiveNotification"


def windows_reason(message: int, wparam: int) -> str | None:
    """Why a Windows message asks for a lock: "screen", "sleep", or None for every other message."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return "screen"
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return "sleep"
    return None


def mac_reason(name: str) -> str | None:
    """Why a macOS notification asks for a lock, or None."""
    if name in (MAC_SCREEN_LOCKED, MAC_SESSION_RESIGNED):
        return "screen"
    if name == MAC_WILL_SLEEP:
        return "sleep"
    return None


class LockSource(Protocol):
    """Something that tells the watcher about OS events: `start` connects and returns what it watches (empty when
    it could not connect); it calls ``deliver`` with "screen" or "sleep"."""

    def start(self, deliver: Callable[[str], None]) -> list[str]: ...


class WindowsSessionSource(QAbstractNativeEventFilter):
    """Window messages through Qt's native event filter. ``decode`` turns Qt's message pointer into (message,
    wParam); ``register`` calls WTSRegisterSessionNotification and says whether it worked."""

    def __init__(
        self,
        decode: Callable[[Any], tuple[int, int]] | None = None,
        register: Callable[[], bool] | None = None,
        app: QCoreApplication | None = None,
    ) -> None:
        super().__init__()
        self._decode = decode or _decode_msg
        self._register = register or _register_session_notification
        self._app = app
        self._deliver: Callable[[str], None] | None = None

    def start(self, deliver: Callable[[str], None]) -> list[str]:
        self._deliver = deliver
        app = self._app or QCoreApplication.instance()
        if app is None:
            return []
        app.installNativeEventFilter(self)
        watching = ["WM_POWERBROADCAST"]
        if self._register():
            watching.insert(0, "WM_WTSSESSION_CHANGE")
        return watching

    def nativeEventFilter(self, eventType: Any, message: Any) -> tuple[bool, int]:
        if self._deliver is not None and bytes(eventType) == b"windows_generic_MSG":
            reason = windows_reason(*self._decode(message))
            if reason:
                self._deliver(reason)
        return False, 0  # never swallow the message: Windows and Qt still see it


def _decode_msg(message: Any) -> tuple[int, int]:  # pragma: no cover - Windows only
    from ctypes import wintypes

    msg = wintypes.MSG.from_address(int(message))
    return int(msg.message), int(msg.wParam)


_session_window: Any = None  # the hidden window the session notifications go to; kept alive with the app


def _register_session_notification() -> bool:  # pragma: no cover - Windows only
    import ctypes

    from PySide6.QtGui import QWindow

    global _session_window
    _session_window = QWindow()
    hwnd = int(_session_window.winId())
    wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
    return bool(wtsapi.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION))


class MacWorkspaceSource:
    """Observers on macOS notification centres. ``centres`` gives (centre, names) pairs; a centre has PyObjC's
    ``addObserverForName_object_queue_usingBlock_`` and calls the block with a notification whose ``name()`` says
    what happened."""

    def __init__(self, centres: Callable[[], list[tuple[Any, Sequence[str]]]] | None = None) -> None:
        self._centres = centres or _mac_centres
        self.observers: list[Any] = []  # PyObjC drops an observer nobody holds

    def start(self, deliver: Callable[[str], None]) -> list[str]:
        def block(note: Any) -> None:
            reason = mac_reason(str(note.name()))
            if reason:
                deliver(reason)

        watching: list[str] = []
        for centre, names in self._centres():
            for name in names:
                self.observers.append(centre.addObserverForName_object_queue_usingBlock_(name, None, None, block))
                watching.append(name)
        return watching


def _mac_centres() -> list[tuple[Any, Sequence[str]]]:  # pragma: no cover - macOS only
    try:
        from AppKit import NSWorkspace  # type: ignore[import-not-found,unused-ignore]
        from Foundation import (  # type: ignore[import-not-found,unused-ignore]
            NSDistributedNotificationCenter,
        )
    except ImportError:
        log.warning("PyObjC is missing: no lock on macOS screen lock or sleep (the idle timer still locks)")
        return []
    return [
        (NSDistributedNotificationCenter.defaultCenter(), [MAC_SCREEN_LOCKED]),
        (NSWorkspace.sharedWorkspace().notificationCenter(), [MAC_WILL_SLEEP, MAC_SESSION_RESIGNED]),
    ]


NATIVE_PLATFORMS = ("win32", "darwin")  # they have their own sources and no D-Bus


def native_sources(platform: str = sys.platform) -> list[LockSource]:
    if platform == "win32":
        return [WindowsSessionSource()]
    if platform == "darwin":
        return [MacWorkspaceSource()]
    return []


class OsLockWatcher(QObject):
    lock_requested = Signal(str)  # why: "screen" or "sleep"

    def __init__(
        self,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        parent: QObject | None = None,
        sources: Sequence[LockSource] | None = None,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []  # what was connected, for the log and the tests
        self._sources = list(native_sources(platform) if sources is None else sources)  # kept alive with the watcher
        for source in self._sources:
            self.watching += source.start(self.lock_requested.emit)
        if platform not in NATIVE_PLATFORMS:
            self._watch_dbus(session_bus, system_bus)
        log.info("locking on OS events: %s", ", ".join(self.watching) or "none")

    def _watch_dbus(self, session_bus: QDBusConnection | None, system_bus: QDBusConnection | None) -> None:
        from PySide6.QtDBus import QDBusConnection  # here, not at the top: Linux and the BSDs only

        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session.isConnected():
            for interface in SCREENSAVERS:
                self._watch(session, "", interface, "ActiveChanged", "_screensaver(bool)")
        if system.isConnected():
            self._watch(system, "", f"{LOGIN1}.Session", "Lock", "_session_lock()")
            self._watch(system, "/org/freedesktop/login1", f"{LOGIN1}.Manager", "PrepareForSleep", "_sleep(bool)")

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
