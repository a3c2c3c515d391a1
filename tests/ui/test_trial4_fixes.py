"""The trial4 findings in the main window, the work dialogs, the wegwijzer and the rooms page (decisions 190-199)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLabel, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.whole_app import translated, whole_app
from vpdesk.policy import Settings
from vpdesk.resources import taxonomy
from vpdesk.services.guide import GuideRules
from vpdesk.ui.application import fatal_box, install_translation
from vpdesk.ui.dates import day_text, moment_text
from vpdesk.ui.desk_controller import DeskController
from vpdesk.ui.dialogs.backup_dialog import BackupDialog
from vpdesk.ui.dialogs.new_case_dialog import NewCaseDialog
from vpdesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from vpdesk.ui.dialogs.restore_dialog import RestoreDialog
from vpdesk.ui.dialogs.settings_dialog import SettingsDialog
from vpdesk.ui.dialogs.work_dialog import WorkDialog
from vpdesk.ui.files import start_folder, suggested
from vpdesk.ui.main_window import first_geometry
from vpdesk.ui.rooms_controller import RoomsController
from vpdesk.ui.widgets.guide_panel import GuidePanel

SHOTS = Path("/tmp")
ROOT = Path(__file__).resolve().parents[2]


def _shot(widget: QWidget, name: str) -> None:
    widget.grab().save(str(SHOTS / f"fixui-{name}.png"))


BACKUP = Path.home() / "kluis.vpbak"  # only typed and shown: nothing is written there


# --- F6: Enter in a form field starts the work, never cancels it -----------------------------------------------
def _restore(qtbot: QtBot) -> tuple[WorkDialog, QWidget, list[object]]:
    dialog = RestoreDialog(has_vault=True)
    fired: list[object] = []
    dialog.restore_requested.connect(lambda *a: fired.append(a))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path.setFocus()
    QTest.keyClicks(dialog.path, str(BACKUP))
    dialog.secret.setFocus()
    QTest.keyClicks(dialog.secret, "paard batterij")
    return dialog, dialog.secret, fired


def _backup(qtbot: QtBot) -> tuple[WorkDialog, QWidget, list[object]]:
    dialog = BackupDialog(BACKUP)
    fired: list[object] = []
    dialog.backup_requested.connect(lambda *a: fired.append(a))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path.setFocus()
    return dialog, dialog.path, fired


def _passphrase(qtbot: QtBot) -> tuple[WorkDialog, QWidget, list[object]]:
    dialog = PassphraseDialog()
    fired: list[object] = []
    dialog.change_requested.connect(lambda *a: fired.append(a))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.current.setFocus()
    QTest.keyClicks(dialog.current, "oude zin van mij")
    dialog.new.first.setFocus()
    QTest.keyClicks(dialog.new.first, "kraanvogel zeilboot paraplu tandpasta")
    dialog.new.repeat.setFocus()
    QTest.keyClicks(dialog.new.repeat, "kraanvogel zeilboot paraplu tandpasta")
    return dialog, dialog.new.repeat, fired


@pytest.mark.parametrize("make", [_restore, _backup, _passphrase])
def test_enter_in_a_field_of_a_work_dialog_starts_the_work(qtbot: QtBot, make) -> None:  # type: ignore[no-untyped-def]
    dialog, field, fired = make(qtbot)
    qtbot.addWidget(dialog)
    assert dialog.start_button.isEnabled()
    assert dialog.start_button.isDefault() and not dialog.close_button.isDefault()
    _shot(dialog, f"enter-{type(dialog).__name__}")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert fired, "Enter did not start the work"
    assert dialog.isVisible()  # not cancelled


def test_enter_while_the_start_button_is_disabled_neither_starts_nor_cancels(qtbot: QtBot) -> None:
    dialog = RestoreDialog(has_vault=False)
    qtbot.addWidget(dialog)
    fired: list[object] = []
    dialog.restore_requested.connect(lambda *a: fired.append(a))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.secret.setFocus()
    QTest.keyClicks(dialog.secret, "zin")  # no file yet
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert not fired and dialog.isVisible() and dialog.secret.text() == "zin"
    QApplication.processEvents()


# --- F1: the first window size fits the screen -----------------------------------------------------------------
@pytest.mark.parametrize(("screen", "taskbar"), [((1366, 768), 28), ((1093, 614), 28), ((1920, 1080), 40)])
def test_the_first_window_fits_the_available_screen(screen: tuple[int, int], taskbar: int) -> None:
    available = QRect(0, 0, screen[0], screen[1] - taskbar)
    place = first_geometry(available)
    assert available.contains(place)
    title_bar = 32  # the window manager's frame comes on top of the geometry
    assert place.top() >= title_bar / 2 and place.bottom() + title_bar / 2 <= available.bottom()
    assert place.width() <= 1280 and place.height() <= 800
    if screen == (1920, 1080):
        assert (place.width(), place.height()) == (1280, 800)
    else:  # a laptop: the space is used, not a small window in the middle
        assert place.width() >= min(1280, screen[0] - 20) and place.height() >= screen[1] - taskbar - 50


@pytest.mark.parametrize("screen", [(1366, 768), (1093, 614)])
def test_the_first_size_shows_the_wegwijzer_actions_and_reserveren(
    qtbot: QtBot, home: Path, screen: tuple[int, int]
) -> None:
    place = first_geometry(QRect(0, 0, screen[0], screen[1] - 28))
    with whole_app(qtbot, home, "nl") as c:
        c.window.resize(place.size())
        desk = c.page("desk")
        assert isinstance(desk, DeskController)
        desk.open_case(1, select_in_list=True)
        qtbot.waitUntil(lambda: desk.page.case_view.case_id == 1)
        view = desk.page.case_view
        view.tabs.setCurrentWidget(view.guide)
        QApplication.processEvents()
        button = view.guide.record_button
        bottom = button.mapTo(c.window, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom <= c.window.height(), (bottom, c.window.height())
        _shot(c.window, f"first-size-{screen[0]}")
        rooms = c.page("rooms")
        assert isinstance(rooms, RoomsController)
        rooms.plan_for_case(1, "M-00001")  # from "Gesprek plannen…": one more line above the search
        c.window.show_work("rooms")
        c.tasks.wait()
        QApplication.processEvents()
        _shot(c.window, f"first-size-rooms-{screen[0]}")
        for button in (rooms.page.book_button, rooms.page.cancel_button, rooms.page.ics_button):
            assert button.mapTo(c.window, button.rect().bottomLeft()).y() <= c.window.height(), button.text()


def test_the_main_window_opens_within_its_screen(qtbot: QtBot, home: Path) -> None:
    with whole_app(qtbot, home, "nl") as c:
        screen = c.window.screen()
        assert screen is not None
        available = screen.availableGeometry()
        assert available.contains(c.window.geometry()), (c.window.geometry(), available)
        assert c.window.height() <= available.height() - 48
        assert c.window.minimumSizeHint().height() <= c.window.height()  # the layout fits the size it got


# --- F2: the manual and the README give the app's advice on the recovery code ----------------------------------
def test_the_manual_and_readme_say_print_or_copy_the_recovery_code_never_a_file() -> None:
    root = Path(__file__).resolve().parents[2]
    manual = (root / "resources/help/handleiding.md").read_text(encoding="utf-8")
    first_start = manual.split("herstelcode** te zien", 1)[1].split("\n3. ", 1)[0]
    assert "PDF" in first_start and "niet als bestand" in first_start  # PDF named only as what not to do
    assert "Sla hem op" not in first_start and "**Afdrukken…**" in first_start
    readme = " ".join((root / "README.md").read_text(encoding="utf-8").split())
    assert "save as PDF" not in readme and "never keep it as a file" in readme


# --- F4: the wheel scrolls the questions, it does not change an answer ------------------------------------------
def _wheel(widget: QWidget, notches: int = -1) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_question_scrolls_the_list_and_keeps_the_answer(qtbot: QtBot) -> None:
    panel = GuidePanel()
    qtbot.addWidget(panel)
    panel.set_rules(GuideRules().load().rules, "nl")
    panel.resize(700, 360)  # narrow: questions above the cards, the list scrolls
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    combos = [c for c in panel.questions.findChildren(QComboBox) if c.isVisible()]
    assert combos
    combo = combos[0]
    area = panel.split.widget(0)
    assert isinstance(area, QScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # there is something to scroll
    panel.record_button.setFocus()
    before, top = combo.currentIndex(), bar.value()
    _wheel(combo)
    assert combo.currentIndex() == before, "the wheel changed an answer the adviser did not give"
    assert bar.value() > top  # it scrolled instead
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _shot(panel, "wheel-guide")
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    combo.setFocus()  # clicked or tabbed into: now the wheel is the adviser's choice
    assert combo.hasFocus()
    _wheel(combo)
    assert combo.currentIndex() == before + 1


# --- F7/F10: one date format -------------------------------------------------------------------------------------
def test_a_backup_moment_is_written_as_everywhere_else() -> None:
    assert moment_text("2026-11-30T17:31:43") == "30-11-2026 17:31"
    assert day_text(date(2026, 11, 30)) == "30-11-2026"
    assert moment_text("geen datum") == "geen datum"  # an odd header loses nothing


def test_the_restore_dialog_says_that_later_work_is_not_in_the_restored_vault(qtbot: QtBot) -> None:
    dialog = RestoreDialog(has_vault=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "niet in de teruggezette kluis" in dialog.intro.text()
    _shot(dialog, "restore-intro")


# --- F9: Qt's own dialogs in Dutch, starting in the adviser's folder ---------------------------------------------
def _file_dialog_words() -> set[str]:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    words = {w.text() for w in dialog.findChildren(QLabel)}
    dialog.deleteLater()
    return words


def test_the_dutch_app_has_qt_dialogs_in_dutch_and_switches_at_once(qapp: QApplication) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_nl.qm").is_file()  # shipped in the PySide6 wheel
    assert isinstance(qapp, QApplication)
    with translated(qapp, "nl"):
        words = _file_dialog_words()
        assert {"&Zoeken in:", "Bestands&type:"} <= words and "&Look in:" not in words
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        install_translation(qapp, "en")  # the language setting, applied at once
        words = _file_dialog_words()
        assert "&Look in:" in words and "&Zoeken in:" not in words
        install_translation(qapp, "nl")
        assert "&Zoeken in:" in _file_dialog_words()


def test_file_dialogs_start_in_documents_or_home_never_the_working_directory(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    started: list[str] = []

    def get_open(_parent: QWidget, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        started.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    dialog = RestoreDialog(has_vault=False)
    qtbot.addWidget(dialog)
    dialog.choose.click()
    assert started and Path(started[0]) in (start_folder(), Path.home())
    assert Path(started[0]).resolve() != tmp_path.resolve() and started[0] != ""
    assert suggested("wegwijzer.pdf") == str(start_folder() / "wegwijzer.pdf")


# --- F15, F16: words for the adviser ------------------------------------------------------------------------------
def test_a_start_up_problem_tells_the_adviser_in_dutch_and_keeps_the_technical_sentence(qtbot: QtBot) -> None:
    technical = "/etc/vpdesk/policy.toml: 'idle_lock_minutes' is 30, outside the allowed range 1 to 15."
    box = fatal_box(technical)
    qtbot.addWidget(box)
    assert box.text().startswith("vpdesk kan niet starten") and "servicedesk" in box.text()
    assert "aantekeningen zijn veilig" in box.text() and technical not in box.text()
    assert technical in box.informativeText()  # for IT, selectable to copy
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    box.show()
    qtbot.waitExposed(box)
    _shot(box, "fatal")


def test_a_locked_setting_names_the_organisation(qtbot: QtBot) -> None:
    settings = Settings(idle_lock_minutes=3, locked=frozenset({"idle_lock_minutes"}), locked_by="Ministerie van BZK")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.notes["idle_lock_minutes"].text() == "ingesteld door Ministerie van BZK"
    dialog.show()
    qtbot.waitExposed(dialog)
    _shot(dialog, "settings-locked")


def test_the_manual_names_the_coordinator_checkbox_and_where_the_key_is() -> None:
    """trial4 F20: the manual said IT makes the coordinator vault; the welcome page has a checkbox for it."""
    root = Path(__file__).resolve().parents[2]
    manual = " ".join((root / "resources/help/handleiding.md").read_text(encoding="utf-8").split())
    assert "aangemaakt door IT" not in manual
    assert "**Ik ben coördinator: deze kluis ontvangt de jaarcijfers van anderen**" in manual
    assert "**Gegevens voor de vertrouwenspersonen**" in manual


# F21 (one app per vault folder) is proven in tests/ui/test_single_instance.py (branch single).


def test_the_new_case_dialog_says_never_the_real_name(qtbot: QtBot) -> None:
    """trial4 F20: "Jan de Vries" went in without a word; the pseudonym shows in lists, hits and the inzage PDF."""
    dialog = NewCaseDialog(taxonomy(), "nl")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pseudonym_hint.isVisible() and "echte naam" in dialog.pseudonym_hint.text()
    _shot(dialog, "new-case")


def test_enter_on_the_recovery_check_box_starts_the_restore_and_leaves_the_box_alone(qtbot: QtBot) -> None:
    dialog, _field, fired = _restore(qtbot)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RestoreDialog)
    dialog.recovery.setFocus()
    QTest.keyClick(dialog.recovery, Qt.Key.Key_Return)
    assert fired and not dialog.recovery.isChecked()


def test_the_replace_question_names_the_date_and_defaults_to_no(qtbot: QtBot) -> None:
    dialog = RestoreDialog(has_vault=True)
    qtbot.addWidget(dialog)
    box = dialog.replace_question("30-11-2026 17:31", "/home/vp/.local/share/vpdesk")
    assert "Deze back-up is van 30-11-2026 17:31" in box.text() and "niet in de teruggezette kluis" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.show()
    qtbot.waitExposed(box)
    _shot(box, "replace-question")
