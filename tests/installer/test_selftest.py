"""`vpdesk selftest` checks what the app needs besides the vault: the machine policy, and the GUI stack started
offscreen (and on the desktop where there is a display) in a child process, naming a missing system library."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from vpdesk import policy
from vpdesk.cli import Context, main
from vpdesk.services import selftest

# what Qt 6.11 prints (with QT_DEBUG_PLUGINS=1) when libxcb-cursor0 is missing, as seen on a Debian root
QT_WITHOUT_XCB_CURSOR = """qt.core.library: "/opt/vpdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
cannot load: Cannot load library /opt/vpdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so: \
(libxcb-cursor.so.0: cannot open shared object file: No such file or directory)
qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.
qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.
"""


def test_a_missing_system_library_is_named() -> None:
    assert selftest.missing_libraries(QT_WITHOUT_XCB_CURSOR) == ["libxcb-cursor.so.0"]
    assert selftest.missing_libraries("qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed") == [
        "libxcb-cursor.so.0"
    ]
    assert selftest.missing_libraries("all fine") == []


def test_the_gui_starts_offscreen_in_a_child_process() -> None:
    assert selftest.gui_check("offscreen") == ("start the GUI (offscreen)", True, "")


def test_a_platform_that_cannot_start_fails_with_qts_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    name, ok, detail = selftest.gui_check("xcb")  # no X server here
    assert name == "start the GUI (xcb)" and not ok and detail


def test_an_invalid_policy_fails_the_selftest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text("[settings]\nsuppression_threshold = 1\n", encoding="utf-8")
    monkeypatch.setenv(policy.DEV_POLICY_ENV, str(bad))
    monkeypatch.setattr("vpdesk.cli.vault.run_selftest", lambda: [])  # the vault steps have their own test
    out, err = io.StringIO(), io.StringIO()
    code = main(["selftest"], Context(io.StringIO(), out, err))
    assert code == 1
    assert f"FAIL  machine policy ({bad})  ({bad}: 'suppression_threshold' is 1, outside" in out.getvalue()
    assert "PASS  start the GUI (offscreen)" in out.getvalue()


def test_qt_plugin_warnings_reach_the_log_as_warnings(caplog: pytest.LogCaptureFixture) -> None:
    from PySide6.QtCore import QtMsgType

    from vpdesk.ui import application

    with caplog.at_level(logging.DEBUG, logger="vpdesk.ui.application"):
        application._qt_messages(QtMsgType.QtWarningMsg, None, 'Could not load the Qt platform plugin "xcb"')
        application._qt_messages(QtMsgType.QtDebugMsg, None, "noise")
    levels = {r.getMessage(): r.levelno for r in caplog.records}
    assert levels['qt: Could not load the Qt platform plugin "xcb"'] == logging.WARNING
    assert levels["qt: noise"] == logging.DEBUG
