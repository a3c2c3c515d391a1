"""Issue 17 point 1: lock on screen lock and sleep on Windows (session and power messages) and macOS (workspace
notifications), each handler driven by a fake source through the same watcher the D-Bus events use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QCoreApplication

from vpdesk.ui import os_lock
from vpdesk.ui.os_lock import MacWorkspaceSource, OsLockWatcher, WindowsSessionSource


class _NoBus:
    """A bus that is never connected (these tests also run on the Windows and macOS runners, without QtDBus)."""

    def isConnected(self) -> bool:
        return False


def _watch(sources: Sequence[os_lock.LockSource]) -> tuple[OsLockWatcher, list[str]]:
    watcher = OsLockWatcher(sources=sources, platform="win32")  # the native sources only, never D-Bus
    got: list[str] = []
    watcher.lock_requested.connect(got.append)
    return watcher, got


class FakeMsg:
    def __init__(self, message: int, wparam: int) -> None:
        self.message, self.wparam = message, wparam


@pytest.mark.parametrize(
    ("message", "wparam", "why"),
    [
        (os_lock.WM_WTSSESSION_CHANGE, os_lock.WTS_SESSION_LOCK, ["screen"]),
        (os_lock.WM_WTSSESSION_CHANGE, 0x8, []),  # WTS_SESSION_UNLOCK
        (os_lock.WM_POWERBROADCAST, os_lock.PBT_APMSUSPEND, ["sleep"]),
        (os_lock.WM_POWERBROADCAST, 0x12, []),  # PBT_APMRESUMEAUTOMATIC
        (0x0100, os_lock.WTS_SESSION_LOCK, []),  # WM_KEYDOWN with the same number
    ],
)
def test_windows_messages(qapp: QCoreApplication, message: int, wparam: int, why: list[str]) -> None:
    registered: list[bool] = []

    def register() -> bool:
        registered.append(True)
        return True

    source = WindowsSessionSource(decode=lambda m: (m.message, m.wparam), register=register)
    watcher, got = _watch([source])
    assert registered == [True]
    assert watcher.watching == ["WM_WTSSESSION_CHANGE", "WM_POWERBROADCAST"]
    handled = source.nativeEventFilter(b"windows_generic_MSG", FakeMsg(message, wparam))
    assert handled == (False, 0)  # Windows and Qt still get the message
    assert got == why
    source.nativeEventFilter(b"xcb_generic_event_t", FakeMsg(message, wparam))  # another platform's event
    assert got == why
    QCoreApplication.instance().removeNativeEventFilter(source)  # type: ignore[union-attr]


def test_windows_without_session_notifications_still_watches_sleep(qapp: QCoreApplication) -> None:
    source = WindowsSessionSource(decode=lambda m: (m.message, m.wparam), register=lambda: False)
    watcher, got = _watch([source])
    assert watcher.watching == ["WM_POWERBROADCAST"]
    source.nativeEventFilter(b"windows_generic_MSG", FakeMsg(os_lock.WM_POWERBROADCAST, os_lock.PBT_APMSUSPEND))
    assert got == ["sleep"]
    QCoreApplication.instance().removeNativeEventFilter(source)  # type: ignore[union-attr]


class FakeNote:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


class FakeCentre:
    """NSNotificationCenter's block API: keeps the blocks and posts to those observing a name."""

    def __init__(self) -> None:
        self.blocks: dict[str, list[Callable[[Any], None]]] = {}

    def addObserverForName_object_queue_usingBlock_(
        self, name: str, obj: object, queue: object, block: Callable[[Any], None]
    ) -> object:
        self.blocks.setdefault(name, []).append(block)
        return object()

    def post(self, name: str) -> None:
        for block in self.blocks.get(name, []):
            block(FakeNote(name))


def test_macos_notifications() -> None:
    distributed, workspace = FakeCentre(), FakeCentre()
    source = MacWorkspaceSource(
        lambda: [
            (distributed, [os_lock.MAC_SCREEN_LOCKED]),
            (workspace, [os_lock.MAC_WILL_SLEEP, os_lock.MAC_SESSION_RESIGNED]),
        ]
    )
    watcher, got = _watch([source])
    assert watcher.watching == [os_lock.MAC_SCREEN_LOCKED, os_lock.MAC_WILL_SLEEP, os_lock.MAC_SESSION_RESIGNED]
    assert len(source.observers) == 3  # held, or PyObjC would drop them
    distributed.post("com.apple.screenIsUnlocked")
    workspace.post("NSWorkspaceDidWakeNotification")
    assert got == []
    distributed.post(os_lock.MAC_SCREEN_LOCKED)
    workspace.post(os_lock.MAC_WILL_SLEEP)
    workspace.post(os_lock.MAC_SESSION_RESIGNED)
    assert got == ["screen", "sleep", "screen"]


def test_macos_without_pyobjc_watches_nothing() -> None:
    watcher, _got = _watch([MacWorkspaceSource(lambda: [])])
    assert watcher.watching == []


def test_each_platform_gets_its_source() -> None:
    assert os_lock.native_sources("linux") == []
    assert [type(s) for s in os_lock.native_sources("win32")] == [WindowsSessionSource]
    assert [type(s) for s in os_lock.native_sources("darwin")] == [MacWorkspaceSource]


class _Recorder:
    """Stands in for PySide6.QtDBus: records every bus the watcher asks for."""

    asked: ClassVar[list[str]] = []

    class QDBusConnection:
        @staticmethod
        def sessionBus() -> _NoBus:
            _Recorder.asked.append("session")
            return _NoBus()

        @staticmethod
        def systemBus() -> _NoBus:
            _Recorder.asked.append("system")
            return _NoBus()


class _NamedSource:
    def __init__(self, name: str) -> None:
        self.name = name

    def start(self, deliver: Callable[[str], None]) -> list[str]:
        return [self.name]


@pytest.mark.parametrize(("platform", "buses"), [("win32", []), ("darwin", []), ("linux", ["session", "system"])])
def test_dbus_is_watched_on_linux_only_and_the_platform_source_elsewhere(
    qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch, platform: str, buses: list[str]
) -> None:
    import sys
    import types

    fake = types.ModuleType("PySide6.QtDBus")
    fake.QDBusConnection = _Recorder.QDBusConnection  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", fake)
    monkeypatch.setattr(_Recorder, "asked", [])
    asked_for: list[str] = []

    def sources(p: str) -> list[os_lock.LockSource]:
        asked_for.append(p)
        return [_NamedSource(f"native-{p}")]

    monkeypatch.setattr(os_lock, "native_sources", sources)
    watcher = OsLockWatcher(platform=platform)
    assert asked_for == [platform]
    assert _Recorder.asked == buses
    assert watcher.watching == [f"native-{platform}"]  # the fake buses are never connected


def test_importing_the_watcher_does_not_load_qtdbus() -> None:
    import subprocess
    import sys

    code = "import sys, vpdesk.ui.os_lock; print('PySide6.QtDBus' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
