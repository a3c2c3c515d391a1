"""The vault locks when the desktop says the screen locked or the machine goes to sleep: real D-Bus signals on
a private bus (dbus-daemon started by the test), delivered to the watcher the app builds."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from vpdesk.app import build
from vpdesk.policy import Settings
from vpdesk.ui.os_lock import OsLockWatcher


@pytest.fixture
def bus(tmp_path: Path, tool: Callable[[str], str]) -> Iterator[str]:
    config = tmp_path / "bus.conf"
    config.write_text(
        "<busconfig><type>session</type><listen>unix:tmpdir=" + str(tmp_path) + "</listen>"
        '<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>'
        '<allow own="*"/></policy></busconfig>'
    )
    daemon = subprocess.Popen(
        [tool("dbus-daemon"), f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(5)
    daemon.stdout.close()


def _connect(address: str, name: str) -> QDBusConnection:
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected()
    return connection


def _signal(sender: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert sender.send(message)


@pytest.fixture
def watcher(bus: str, qapp: object) -> Iterator[tuple[OsLockWatcher, QDBusConnection]]:
    # the private bus plays both the session bus (screensaver) and the system bus (logind)
    watcher = OsLockWatcher(_connect(bus, "watcher-session"), _connect(bus, "watcher-system"))
    yield watcher, _connect(bus, "desktop")
    watcher.deleteLater()
    for name in ("watcher-session", "watcher-system", "desktop"):
        QDBusConnection.disconnectFromBus(name)


def test_the_watcher_listens_to_the_screensavers_and_logind(watcher: tuple[OsLockWatcher, QDBusConnection]) -> None:
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in watcher[0].watching
    assert "org.gnome.ScreenSaver.ActiveChanged" in watcher[0].watching
    assert "org.freedesktop.login1.Session.Lock" in watcher[0].watching
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in watcher[0].watching


@pytest.mark.parametrize(
    ("path", "interface", "name", "args", "why"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", (True,), "screen"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", (True,), "screen"),
        ("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock", (), "screen"),
        ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", (True,), "sleep"),
    ],
)
def test_a_lock_or_sleep_signal_asks_for_a_lock(
    qtbot: QtBot,
    watcher: tuple[OsLockWatcher, QDBusConnection],
    path: str,
    interface: str,
    name: str,
    args: tuple[object, ...],
    why: str,
) -> None:
    with qtbot.waitSignal(watcher[0].lock_requested, timeout=3000) as blocker:
        _signal(watcher[1], path, interface, name, *args)
    assert blocker.args == [why]


def test_unlocking_the_screen_and_waking_up_ask_for_nothing(
    qtbot: QtBot, watcher: tuple[OsLockWatcher, QDBusConnection]
) -> None:
    seen: list[str] = []
    watcher[0].lock_requested.connect(seen.append)
    _signal(watcher[1], "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
    _signal(watcher[1], "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", False)
    with qtbot.waitSignal(watcher[0].lock_requested, timeout=3000):  # a later True still arrives, so the two
        _signal(watcher[1], "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)  # came first
    assert seen == ["screen"]


def test_the_app_locks_the_open_vault_when_the_os_asks(qtbot: QtBot, home: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from vpdesk.store.keyslots import Argon2Params

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = build(app, home, Settings())
    controller.start()
    controller.session.create("paard batterij niet vandaag", "AAAA-" * 7 + "AAAA", params=Argon2Params(8192, 1, 1))
    controller._opened()
    assert controller.session.is_open
    watchers = controller.findChildren(OsLockWatcher)
    assert len(watchers) == 1
    watchers[0].lock_requested.emit("sleep")
    assert not controller.session.is_open
    assert controller.window.current_page() == "unlock"
    controller.quit()
