"""The menu bar, driven like an adviser would: backup (verified, with progress), restore (the replaced vault kept),
passphrase change, settings (policy-locked ones greyed out, the language applied at once), shortcuts, manual,
about; the backup reminder; the agenda at most once a day; the practice vault's way back; no message names a
command."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tests.ui.whole_app import translated
from vpdesk.domain.model import CaseFilter
from vpdesk.policy import Settings
from vpdesk.services import cases, reminders
from vpdesk.ui import files
from vpdesk.ui.controller import Controller
from vpdesk.ui.dialogs.about_dialog import AboutDialog
from vpdesk.ui.dialogs.backup_dialog import BackupDialog
from vpdesk.ui.dialogs.help_dialog import HelpDialog
from vpdesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from vpdesk.ui.dialogs.restore_dialog import RestoreDialog
from vpdesk.ui.dialogs.settings_dialog import SettingsDialog
from vpdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog, describe_key

from .conftest import NOW, PASSPHRASE, create_vault, desk_of

NEW_PASSPHRASE = "zeven blauwe reigers op het dak"


def _menu_texts(c: Controller) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for action in c.window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        out[action.text().replace("&", "")] = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    return out


def _add_case(c: Controller, pseudonym: str) -> None:
    c.session.write(lambda db: cases.add_case(db, ["oo"], date(2026, 11, 1), pseudonym=pseudonym))


def _backup(qtbot: QtBot, c: Controller, target: Path) -> BackupDialog:
    c.menu.backup()
    dialog = c.menu.dialog
    assert isinstance(dialog, BackupDialog) and dialog.isVisible()
    dialog.path.setText(str(target))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.start_button.click()
    assert dialog.progress.isVisible() and not dialog.close_button.isEnabled()  # busy: no half-made backup
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert seen and (seen[-1] == 100 or dialog.error.text())
    return dialog


def test_the_menu_bar_has_every_item_and_no_placeholder(qtbot: QtBot, controller: Controller) -> None:
    menus = _menu_texts(controller)
    assert list(menus) == ["Bestand", "Kluis", "Beeld", "Help"]
    assert menus["Bestand"] == ["Back-up maken…", "Back-up terugzetten…", "Instellingen…", "Afsluiten"]
    assert menus["Kluis"] == ["Wachtwoordzin wijzigen…", "Nieuwe sleutels en herstelcode…", "Vergrendelen"]
    assert menus["Help"] == ["Handleiding", "Sneltoetsen", "Over vpdesk"]
    actions = controller.window.menu_actions
    assert not actions["backup"].isEnabled() and actions["restore"].isEnabled()  # restore works on a new laptop
    create_vault(qtbot, controller)
    assert actions["backup"].isEnabled() and actions["passphrase"].isEnabled()
    controller.lock()
    assert not actions["backup"].isEnabled()


def test_a_backup_is_verified_with_progress_and_stills_the_reminder(
    qtbot: QtBot, controller: Controller, tmp_path: Path
) -> None:
    c = controller
    create_vault(qtbot, c)
    qtbot.waitUntil(lambda: not c.tasks.busy)  # the reminder's read (on the write lane) has come back
    assert not c.window.reminder.isVisible()  # a new vault is not nagged at once
    long_ago = (NOW().date() - timedelta(days=20)).isoformat()
    c.session.write(lambda db: db.settings.set(reminders.WATCHED_SINCE, long_ago))
    c.menu.remind_backup()
    qtbot.waitUntil(lambda: c.window.reminder.isVisible())  # read on the write lane
    assert "nog geen back-up" in c.window.reminder.text()
    assert "vpdesk " not in c.window.reminder.text()
    _add_case(c, "Kraanvogel")
    target = tmp_path / "usb" / "kluis.vpbak"
    target.parent.mkdir()
    dialog = _backup(qtbot, c, target)
    assert "gecontroleerd" in dialog.status.text() and not dialog.error.text()
    assert target.is_file() and b"Kraanvogel" not in target.read_bytes()
    assert not c.window.reminder.isVisible()
    assert c.session.write(lambda db: reminders.last_backup(db)) == NOW().date()
    assert [p.name for p in target.parent.iterdir()] == ["kluis.vpbak"]  # nothing staged is left behind


def test_a_backup_to_a_missing_folder_says_so_and_keeps_the_form(
    qtbot: QtBot, controller: Controller, tmp_path: Path
) -> None:
    c = controller
    create_vault(qtbot, c)
    dialog = _backup(qtbot, c, tmp_path / "bestaat-niet" / "kluis.vpbak")
    assert "does not exist or cannot be written" in dialog.error.text()  # no translator in tests: English
    assert dialog.start_button.isVisible() and dialog.path.text().endswith("kluis.vpbak")


def test_a_lock_during_a_backup_closes_the_dialog_and_ends_the_backup(
    qtbot: QtBot, controller: Controller, tmp_path: Path
) -> None:
    c = controller
    create_vault(qtbot, c)
    c.menu.backup()
    dialog = c.menu.dialog
    assert isinstance(dialog, BackupDialog)
    dialog.path.setText(str(tmp_path / "kluis.vpbak"))
    dialog.start_button.click()
    c.lock()  # the idle lock, say: the busy dialog goes too, the worker's connection is ended
    assert not dialog.isVisible() and not c.session.is_open
    c.tasks.wait()
    qtbot.wait(50)  # the worker's answer arrives for a dialog that is gone: dropped, no error
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # no snapshot left behind


def test_restore_replaces_the_vault_and_keeps_the_old_one(qtbot: QtBot, controller: Controller, tmp_path: Path) -> None:
    c = controller
    create_vault(qtbot, c)
    _add_case(c, "Kraanvogel")
    _backup(qtbot, c, tmp_path / "kluis.vpbak").accept()
    _add_case(c, "Later")
    c.menu.restore()
    dialog = c.menu.dialog
    assert isinstance(dialog, RestoreDialog)
    asked: list[tuple[str, str]] = []
    answers = [False, True]

    def confirm_replace(created: str, folder: str) -> bool:
        asked.append((created, folder))
        return answers.pop(0)

    dialog.confirm_replace = confirm_replace  # type: ignore[method-assign]
    dialog.path.setText(str(tmp_path / "kluis.vpbak"))
    dialog.secret.setText(PASSPHRASE)
    dialog.start_button.click()
    assert c.session.is_open and dialog.busy  # the backup is checked first, with the vault still open
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # checked; the adviser says no: nothing replaced
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", asked[0][0]) and asked[0][1] == str(c.session.home)
    assert c.session.is_open and "Niets teruggezet" in dialog.status.text()
    assert not [p for p in c.session.home.iterdir() if p.name.startswith("replaced-")]
    dialog.start_button.click()  # and now yes
    qtbot.waitUntil(lambda: not c.session.is_open, timeout=20_000)  # then locked: it will restore
    assert dialog.isVisible()  # the dialog stays to show the outcome
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "teruggezet" in dialog.status.text(), dialog.error.text()
    assert f"De back-up van {asked[1][0]} is teruggezet" in dialog.status.text()  # 30-11-2026 17:31, as elsewhere
    assert dialog.secret.text() == ""
    kept = [p for p in c.session.home.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1 and (kept[0] / "vault.db").is_file()
    assert c.window.current_page() == "unlock"
    c.session.unlock(PASSPHRASE)
    assert [x.pseudonym for x in cases.page(c.session.vault, CaseFilter(), 0, 10)] == ["Kraanvogel"]


@pytest.mark.parametrize(
    ("content", "secret", "expected"),
    [(b"geen back-up", PASSPHRASE, "damaged or not a vpdesk backup"), (None, "verkeerde zin", "Wrong passphrase")],
)
def test_restore_of_a_bad_file_or_passphrase_says_so_and_touches_nothing(
    qtbot: QtBot, controller: Controller, tmp_path: Path, content: bytes | None, secret: str, expected: str
) -> None:
    c = controller
    create_vault(qtbot, c)
    _add_case(c, "Kraanvogel")
    source = tmp_path / "kluis.vpbak"
    if content is None:
        _backup(qtbot, c, source).accept()
    else:
        source.write_bytes(content)
    c.menu.restore()
    dialog = c.menu.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.path.setText(str(source))
    dialog.secret.setText(secret)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert expected in dialog.error.text() and "vpdesk restore" not in dialog.error.text()
    assert not [p for p in c.session.home.iterdir() if p.name.startswith(("replaced-", "."))]
    assert c.session.is_open and c.window.current_page() == "work"  # a typo does not leave the adviser locked out
    assert dialog.isVisible() and dialog.start_button.isEnabled()  # to try again with the right passphrase
    assert [x.pseudonym for x in cases.page(c.session.vault, CaseFilter(), 0, 10)] == ["Kraanvogel"]


def test_the_passphrase_changes_only_with_the_current_one(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    create_vault(qtbot, c)
    c.menu.change_passphrase()
    dialog = c.menu.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.current.setText("niet de goede zin")
    dialog.new.first.setText(NEW_PASSPHRASE)
    dialog.new.repeat.setText(NEW_PASSPHRASE)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.error.text() == "Wrong passphrase."  # tests run without a translator: the English sentence
    dialog.current.setText(PASSPHRASE)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "gewijzigd" in dialog.status.text() and dialog.current.text() == ""
    assert c.session.write(lambda db: db.audit.entries(5))[0].action == "change-passphrase"
    dialog.accept()
    c.lock()
    c.unlock.field.setText(NEW_PASSPHRASE)
    c.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: c.session.is_open, timeout=20_000)


def test_settings_apply_the_idle_lock_within_the_bound(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    settings = c.menu.apply({"idle_lock_minutes": 12, "backup_reminder_days": 30})
    assert settings.idle_lock_minutes == 12 and c.idle._timeout == 12 * 60
    # BIO: at most 15 minutes; a stored value outside the bound is not used (the default applies, decision 95)
    assert c.menu.apply({"idle_lock_minutes": 90}).idle_lock_minutes == Settings().idle_lock_minutes
    dialog = SettingsDialog(c.settings, c.window)
    qtbot.addWidget(dialog)
    assert dialog.idle.maximum() == 15 and dialog.reminder.value() == 30
    dialog.idle.setValue(7)
    assert dialog.changes() == {"idle_lock_minutes": 7}


def test_a_setting_locked_by_policy_is_greyed_out_and_says_who(qtbot: QtBot) -> None:
    settings = Settings(idle_lock_minutes=10, locked=frozenset({"idle_lock_minutes", "language"}), locked_by="BZK")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.idle.isEnabled() and not dialog.language.isEnabled() and dialog.reminder.isEnabled()
    assert dialog.notes["idle_lock_minutes"].text() == "ingesteld door BZK"  # trial4 F16: which organisation
    assert dialog.notes["backup_reminder_days"].text() == ""
    dialog.idle.setValue(3)  # even if it were changed, a locked setting is never handed back
    dialog.reminder.setValue(3)
    assert dialog.changes() == {"backup_reminder_days": 3}


def test_the_manual_opens_rendered_with_its_pictures(qtbot: QtBot, controller: Controller) -> None:
    controller.window.menu_actions["manual"].trigger()
    dialog = controller.menu.dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Back-up en herstel" in text and "Als uw laptop kwijt of kapot is" in text and "![" not in text
    document = dialog.browser.document()
    source = dialog.browser.source()
    image = document.resource(QTextDocument.ResourceType.ImageResource, source.resolved("img/zaken.png"))
    assert image is not None and not image.isNull()
    qtbot.waitUntil(lambda: dialog.browser.horizontalScrollBar().maximum() == 0)  # pictures fit: no sideways scroll


def test_about_names_the_version_and_where_the_data_lives(qtbot: QtBot, controller: Controller, home: Path) -> None:
    from vpdesk import __version__

    controller.menu.about()
    dialog = controller.menu.dialog
    assert isinstance(dialog, AboutDialog)
    assert __version__ in dialog.findChildren(type(dialog.fields["home"]))[0].text()
    assert dialog.fields["home"].text() == str(home)


@pytest.fixture
def full(qtbot: QtBot, home: Path) -> Iterator[Controller]:
    """The whole app as app.py builds it (desk, rooms, figures), offscreen."""
    from vpdesk.app import build

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    c = build(app, home, Settings(), now=NOW)
    qtbot.addWidget(c.window)
    c.start()
    c.window.show()
    yield c
    c.tasks.wait()
    c.session.lock()


def test_the_shortcut_list_names_every_shortcut_with_what_it_does(qtbot: QtBot, full: Controller) -> None:
    full.window.menu_actions["shortcuts"].trigger()
    dialog = full.menu.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict(dialog.rows())
    registered = {key for key, _ in full.shortcut_keys}
    assert {"Ctrl+N", "Ctrl+Shift+N", "Ctrl+F", "Ctrl+G", "Ctrl+R", "Ctrl+E", "Ctrl+L", "Ctrl+Q", "F1"} <= registered
    assert registered <= set(rows)
    assert all(rows[key] for key in registered)  # each says what it does
    assert "Ruimtes" in rows["Ctrl+R"] and "Jaarcijfers" in rows["Ctrl+E"]
    described = [rows[key] for key in registered]
    assert len(set(described)) == len(described), described  # no two shortcuts read the same
    titles = {page.title() for page in full.pages} | {
        a.text().replace("&", "") for a in full.window.page_actions.values()
    }
    assert not titles & set(described), titles & set(described)  # none is just the name of its page
    assert "Auditlogboek" in rows["Ctrl+Shift+A"] and "terugzetten" in rows["Ctrl+Z"]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    with translated(app, "en"):  # the same in English: each its own sentence, translated
        english = {key: describe_key(key) for key in registered if describe_key(key)}
    assert len(set(english.values())) == len(english) and all(english[k] != rows[k] for k in english)
    assert "audit" in english["Ctrl+Shift+A"].lower()


def test_the_language_changes_at_once_and_the_vault_stays_open(qtbot: QtBot, full: Controller) -> None:
    from vpdesk import app as app_module
    from vpdesk.ui.application import install_translation

    c = full
    create_vault(qtbot, c)
    _add_case(c, "Kraanvogel")
    desk = desk_of(c)
    desk.model.reload()
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=10_000)
    case_id = desk.model.case_id(0)
    assert case_id is not None
    desk.open_case(case_id, select_in_list=True)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    try:
        c.menu.apply({"language": "en"})
        new = app_module._current[0]
        assert new is not None and new is not c
        qtbot.addWidget(new.window)
        assert list(_menu_texts(new)) == ["File", "Vault", "View", "Help"]
        assert new.session is c.session and new.session.is_open  # no unlock needed
        assert desk_of(new).page.case_view.case_id == case_id  # the adviser stays where they were
        assert not c.window.isVisible() and new.window.isVisible()
        assert new.unlock.language.currentData() == "en"  # the lock screen's choice says the language in force
        new.tasks.wait()
    finally:
        install_translation(qapp, "nl")


def test_the_agenda_opens_by_itself_at_most_once_a_day(qtbot: QtBot, controller: Controller) -> None:
    c = controller
    create_vault(qtbot, c)
    d = desk_of(c)
    from vpdesk.domain.meldproces import FormalReport, ReportKind
    from vpdesk.services import formal_reports

    _add_case(c, "Kraanvogel")
    case_id = cases.page(c.session.vault, CaseFilter(), 0, 1)[0].id
    report = FormalReport(case_id=case_id, kind=ReportKind("misstand"), reported_on=date(2026, 11, 10))
    c.session.write(lambda db: formal_reports.save_report(db, report, NOW().date()))
    for expected in (True, False, False):  # three unlocks on one day: the agenda opens the first time only
        c.lock()
        c.unlock.field.setText(PASSPHRASE)
        c.unlock.unlock_button.click()
        qtbot.waitUntil(lambda: c.session.is_open, timeout=20_000)
        qtbot.waitUntil(lambda: d.page.agenda_button.text() == "&Agenda (1)")  # the agenda is read in a worker
        qtbot.waitUntil(lambda: not c.tasks.busy)  # and "opened today" noted on the write lane
        agenda = d.tools.agenda
        assert (agenda is not None and agenda.isVisible()) == expected
        assert d.page.agenda_button.text() == "&Agenda (1)"
        if agenda is not None:
            agenda.reject()
        d.tools.agenda = None
    tomorrow = NOW().date() + timedelta(days=1)
    assert c.session.write(lambda db: reminders.agenda_opens_today(db, tomorrow))


def test_locking_a_practice_vault_without_a_real_one_returns_to_the_welcome_page(
    qtbot: QtBot, controller: Controller
) -> None:
    c = controller
    c.setup.practice_button.click()
    qtbot.waitUntil(lambda: c.window.current_page() == "work", timeout=20_000)
    c.lock()
    assert c.window.current_page() == "setup" and c.setup.practice_button.isEnabled()
    assert "vergrendeld" not in c.unlock.error.text()
    c.setup.practice_button.click()  # and the way back in still works
    qtbot.waitUntil(lambda: c.window.current_page() == "work", timeout=20_000)


def _app_sentences(tmp: Path) -> set[str]:
    """Every KnownError sentence outside the command line's own modules: what the app can show."""
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("known_errors_scan", root / "scripts" / "known_errors.py")
    assert spec is not None and spec.loader is not None
    scanner = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scanner  # its dataclasses look their module up
    spec.loader.exec_module(scanner)
    package = root / "vpdesk"
    for top in package.glob("*.py"):  # errors.py, policy.py, ...: scanned from a folder of their own
        (tmp / top.name).write_text(top.read_text(encoding="utf-8"), encoding="utf-8")
    found: set[str] = set(scanner.find(tmp).sentences)
    for sub in package.iterdir():
        if sub.is_dir() and sub.name not in ("cli", "__pycache__"):
            found |= scanner.find(sub).sentences
    return found


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_message_of_the_app_names_a_command(qtbot: QtBot, tmp_path: Path, language: str) -> None:

    from vpdesk.errors import KnownError
    from vpdesk.ui.application import install_translation
    from vpdesk.ui.errors import describe

    sentences = _app_sentences(tmp_path)
    assert "Restore it from a backup with 'vpdesk restore FILE'." in sentences  # the scan sees the shared ones
    assert "Give the coordinator's key with --to and the FILE to write (or use --preview)." not in sentences
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    install_translation(qapp, language)
    try:
        command = re.compile(r"'vpdesk [a-z]|\s--[a-z]|'(export|import|init|restore|backup|trust|report)'")
        shown = {s: describe(KnownError(s)) for s in sentences}
        assert {s: text for s, text in shown.items() if command.search(text)} == {}
        damaged = describe(
            KnownError("The key-slot file is damaged.", hint="Restore it from a backup with 'vpdesk restore FILE'.")
        )
        assert ("Bestand > Back-up terugzetten" if language == "nl" else "File > Restore backup") in damaged
    finally:
        install_translation(qapp, "nl")


def test_a_backup_restores_on_a_new_laptop_from_the_welcome_page(
    qtbot: QtBot, controller: Controller, tmp_path: Path
) -> None:
    from vpdesk.services.session import Session
    from vpdesk.services.vault_admin import backup
    from vpdesk.store.keyslots import Argon2Params

    old = Session(tmp_path / "old-laptop")
    old.create(PASSPHRASE, "C" * 32, params=Argon2Params(8192, 1, 1))
    cases.add_case(old.vault, ["oo"], date(2026, 11, 1), pseudonym="Kraanvogel")
    backup(old.vault, tmp_path / "kluis.vpbak", NOW())
    old.lock()
    c = controller
    assert c.window.current_page() == "setup" and c.window.menu_actions["restore"].isEnabled()
    c.setup.restore_button.click()  # the welcome page offers it too, beside the practice vault
    dialog = c.menu.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.path.setText(str(tmp_path / "kluis.vpbak"))
    dialog.secret.setText(PASSPHRASE)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "teruggezet" in dialog.status.text() and "vorige kluis" not in dialog.status.text()  # nothing replaced
    assert c.window.current_page() == "unlock"
    dialog.accept()
    c.unlock.field.setText(PASSPHRASE)
    c.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: c.session.is_open, timeout=20_000)
    assert [x.pseudonym for x in cases.page(c.session.vault, CaseFilter(), 0, 10)] == ["Kraanvogel"]


def test_the_language_on_the_lock_screen_is_applied_at_once_or_greyed_by_policy(qtbot: QtBot, home: Path) -> None:
    from vpdesk import app as app_module
    from vpdesk.app import build
    from vpdesk.services.session import Session
    from vpdesk.store.keyslots import Argon2Params
    from vpdesk.ui.application import install_translation

    Session(home).create(PASSPHRASE, "D" * 32, params=Argon2Params(8192, 1, 1))
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    fixed = build(qapp, home, Settings(language="nl", locked=frozenset({"language"}), locked_by="BZK"), now=NOW)
    qtbot.addWidget(fixed.window)
    fixed.start()
    assert not fixed.unlock.language.isEnabled()
    assert fixed.unlock.language_note.text() == "ingesteld door uw organisatie"
    c = build(qapp, home, Settings(), now=NOW)
    qtbot.addWidget(c.window)
    c.start()
    c.window.show()
    try:
        c.choose_language("en")
        new = app_module._current[0]
        assert new is not None and new is not c
        qtbot.addWidget(new.window)
        assert new.window.current_page() == "unlock" and new.unlock.unlock_button.text() == "&Unlock"
    finally:
        install_translation(qapp, "nl")


def test_the_backup_is_suggested_in_documents_like_the_other_file_dialogs(
    qtbot: QtBot, controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review finding: the back-up's folder was the home folder while every other dialog starts in Documents."""
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr(files, "start_folder", lambda: documents)
    c = controller
    create_vault(qtbot, c)
    c.menu.backup()
    dialog = c.menu.dialog
    assert isinstance(dialog, BackupDialog)
    suggested = Path(dialog.path.text())
    assert suggested.parent == documents and suggested.name.startswith("vpdesk-back-up-")
    dialog.close()
