"""The wegwijzer panel, the meldproces tracker and the agenda, driven like an adviser would."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from vpdesk.ui.controller import Controller

from .conftest import PASSPHRASE, create_vault, desk_of


def test_questions_update_the_routes_live_and_a_referral_is_recorded(qtbot: QtBot, with_case: Controller) -> None:
    c = with_case
    d = desk_of(c)
    guide = d.page.case_view.guide
    guide.set_answer("labour_dispute", True)
    guide.set_answer("legal_position", "cao_rijk")
    guide.set_answer("labour_topic", "overig")
    text = guide.text()
    assert "Past daarna (na RABA (Rijksloket advies en bemiddeling arbeidszaken)) · Geschillencommissie Rijk" in text
    assert "Bron: CAO Rijk" in text and "gecontroleerd 30-11-2026" in text  # every route shows its source
    assert "Eerst: Voor de onderwerpen van CAO Rijk §16.2 niets" in text  # and what comes first
    assert "Zo bereikt u het: Per post of e-mail aan het secretariaat" in text  # and how to reach it
    guide.set_answer("labour_topic", "beoordeling")
    assert "Past daarna" not in guide.text()
    guide.route_choice.setCurrentIndex(guide.route_choice.findData("raba"))
    guide.record_button.click()
    referrals = c.session.vault.referrals.for_case(d.page.case_view.case_id or 0)
    assert [(r.route, r.on, r.guide_version) for r in referrals] == [("raba", date(2026, 11, 28), "2026.3")]
    timeline = [d.page.case_view.timeline.item(i).text() for i in range(d.page.case_view.timeline.count())]
    assert any("verwezen naar RABA" in t for t in timeline)
    assert guide.answers()["labour_topic"] == "beoordeling"  # recording keeps the answers


def test_print_wegwijzer_makes_a_pdf_without_case_details(
    qtbot: QtBot, with_case: Controller, tmp_path: Path, pdf_text: Callable[..., str]
) -> None:
    c = with_case
    d = desk_of(c)
    d.page.case_view.guide.set_answer("undesirable_behaviour", True)
    d.page.case_view.guide.set_answer("other_party", "collega")
    target = tmp_path / "wegwijzer.pdf"
    done: list[object] = []
    d.tools.write_wegwijzer(target, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Klachtencommissie Ongewenste Omgangsvormen Rijk" in text
    assert "Zilverreiger" not in text and "Beoordeling" not in text
    assert text.count("\f") == 1  # one page: pdftotext ends every page with a form feed


def test_meldproces_deadlines_and_the_agenda_after_unlock(qtbot: QtBot, with_case: Controller) -> None:
    c = with_case
    d = desk_of(c)
    panel = d.page.case_view.meldproces
    assert not panel.start_button.isHidden()
    panel.start_button.click()
    assert not panel.form_widget.isHidden()
    panel.kind.setCurrentIndex(panel.kind.findData("misstand"))
    from PySide6.QtCore import QDate

    panel.dates["reported_on"].setDate(QDate(2026, 11, 10))
    panel.procesbegeleider.setText("P&O-adviseur")
    panel.save_button.click()
    assert "ontvangstbevestiging: 17-11-2026 (TE LAAT)" in panel.deadlines.text()
    stored = c.session.vault.formal_reports.all()
    assert stored[0].reported_on == date(2026, 11, 10) and stored[0].procesbegeleider == "P&O-adviseur"
    c.lock()
    c.unlock.field.setText(PASSPHRASE)
    c.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: d.tools.agenda is not None and d.tools.agenda.isVisible(), timeout=10_000)
    agenda = d.tools.agenda
    assert agenda is not None
    rows = [agenda.list.item(i).text() for i in range(agenda.list.count())]
    assert rows == ["17-11-2026 · Zilverreiger · ontvangstbevestiging · 11 dagen te laat"]
    c.lock()
    assert d.tools.agenda is None


def test_a_malformed_override_shows_a_notice_and_the_guide_keeps_working(qtbot: QtBot, home: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from vpdesk.app import build
    from vpdesk.policy import Settings

    bad = home / "jenv.toml"
    bad.write_text('organisation = "JenV"\nhide = ["bestaat_niet"]\n')
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = build(app, home, Settings(guide_override=str(bad)))
    qtbot.addWidget(controller.window)
    try:
        notice = controller.window.notice.text()
        assert notice == "jenv.toml, line 2: cannot hide unknown route 'bestaat_niet'."
        assert desk_of(controller).tools.rules.route("raba") is not None  # the shipped rules stay in use
    finally:
        app.removeEventFilter(controller.idle)
        app.aboutToQuit.disconnect(controller.quit)


def test_questions_wrap_in_a_narrow_panel_and_clicking_one_ticks_its_box(qtbot: QtBot, with_case: Controller) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea

    guide = desk_of(with_case).page.case_view.guide
    with_case.window.resize(1024, 700)
    guide.show()
    qtbot.wait(50)
    scroll = guide.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing hides behind a horizontal scrollbar
    box = guide._inputs["labour_dispute"]
    assert isinstance(box, QCheckBox)
    label = next(lab for lab in guide.questions.findChildren(QLabel) if lab.buddy() is box)
    assert label.wordWrap() and label.width() < guide.width()
    assert not box.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert box.isChecked() and guide.answers()["labour_dispute"] is True


def test_recording_waits_for_a_chosen_route(qtbot: QtBot, with_case: Controller) -> None:
    guide = desk_of(with_case).page.case_view.guide
    guide.set_answer("labour_dispute", True)
    guide.set_answer("legal_position", "cao_rijk")
    assert guide.route_choice.currentData() is None and not guide.record_button.isEnabled()
    guide.route_choice.setCurrentIndex(guide.route_choice.findData("raba"))
    assert guide.record_button.isEnabled()


def test_only_the_questions_that_apply_are_shown(qtbot: QtBot, with_case: Controller) -> None:
    guide = desk_of(with_case).page.case_view.guide
    guide.reset()
    rows = guide._rows
    assert not rows["labour_topic"].isVisibleTo(guide) and not rows["legal_position"].isVisibleTo(guide)
    assert rows["labour_dispute"].isVisibleTo(guide) and rows["criminal"].isVisibleTo(guide)
    guide.set_answer("labour_dispute", True)
    assert rows["labour_topic"].isVisibleTo(guide) and rows["legal_position"].isVisibleTo(guide)
    assert not rows["behaviour_kind"].isVisibleTo(guide)


def test_the_wegwijzer_opens_from_the_main_window_without_a_case_and_stores_nothing(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from vpdesk.app import build
    from vpdesk.policy import Settings
    from vpdesk.ui.guide_controller import GuideController

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = build(app, home, Settings())
    qtbot.addWidget(controller.window)
    try:
        controller.start()
        controller.window.show()
        create_vault(qtbot, controller)
        page = controller.page("guide")
        assert isinstance(page, GuideController)
        assert controller.window.current_work() == "desk"
        qtbot.keyClick(controller.window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        assert controller.window.current_work() == "guide"
        panel = page.panel
        assert not panel.record_button.isVisible() and panel.print_button.isVisible()
        panel.set_answer("criminal", True)
        panel.set_answer("other_party", "burger")
        text = panel.text()
        assert text.startswith("Past · Politie (aangifte)") and "0900-8844" in text and "112" in text
        assert "Werkgever: veiligheid en agressieprotocol" in text.split("Past nu niet")[0]
        target = tmp_path / "wegwijzer.pdf"
        done: list[object] = []
        page.write_wegwijzer(target, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        assert target.read_bytes().startswith(b"%PDF")
        db = controller.session.vault.connection
        assert db.execute("SELECT count(*) FROM referral").fetchone() == (0,)  # nothing recorded, no case needed
        assert db.execute("SELECT count(*) FROM case_file").fetchone() == (0,)
        controller.lock()
        assert panel.answers().get("criminal") is False  # the answers go with the lock
    finally:
        controller.tasks.wait()
        controller.session.lock()
        app.removeEventFilter(controller.idle)
        app.aboutToQuit.disconnect(controller.quit)


def test_a_deadline_on_a_weekend_shows_both_dates_and_is_not_late_before_the_working_day(
    qtbot: QtBot, with_case: Controller
) -> None:
    from vpdesk.domain.meldproces import FormalReport, ReportKind

    panel = desk_of(with_case).page.case_view.meldproces
    report = FormalReport(case_id=1, kind=ReportKind.MISSTAND, reported_on=date(2026, 11, 21))  # due Sat 28-11
    panel.show_report(1, report, date(2026, 11, 29))  # Sunday: the calendar date has passed, the term has not
    text = panel.deadlines.text()
    assert "28-11-2026 → 30-11-2026 (Atw) (open)" in text and "TE LAAT" not in text
    panel.show_report(1, report, date(2026, 12, 1))
    assert "28-11-2026 → 30-11-2026 (Atw) (TE LAAT)" in panel.deadlines.text()


def test_a_referral_to_a_route_no_longer_in_the_guide_is_named_in_words(qtbot: QtBot, with_case: Controller) -> None:
    from datetime import datetime

    from vpdesk.domain.model import Referral
    from vpdesk.services.cases import TimelineEntry
    from vpdesk.ui.dialogs.referral_dialog import ReferralDialog

    view = desk_of(with_case).page.case_view
    old = Referral(1, "paritaire_commissie", date(2025, 3, 4), guide_version="2025.1", id=7)
    entry = TimelineEntry("referral", datetime(2025, 3, 4, 10), 7, old, "")
    row = view._entry(entry, {"raba": "RABA"})
    assert "verwezen naar route niet meer in de wegwijzer: paritaire commissie" in row.text()
    assert (
        "RABA"
        in view._entry(
            TimelineEntry("referral", datetime(2025, 3, 4), 8, replace(old, route="raba"), ""), {"raba": "RABA"}
        ).text()
    )
    dialog = ReferralDialog(old, {"raba": "RABA"})
    qtbot.addWidget(dialog)
    assert dialog.route.currentText() == "route niet meer in de wegwijzer: paritaire commissie"
    assert dialog.values()[0] == "paritaire_commissie"  # kept as recorded unless the adviser picks another


def test_the_route_cards_are_never_squeezed_to_a_sliver(qtbot: QtBot) -> None:
    """A small pane (the case's guide at 1093x614): the cards keep the height their text needs, and scroll."""
    from PySide6.QtWidgets import QScrollArea

    from vpdesk.domain.guide import classify
    from vpdesk.services.guide import GuideRules
    from vpdesk.ui.widgets.guide_panel import GuidePanel

    rules = GuideRules().load().rules
    panel = GuidePanel()
    qtbot.addWidget(panel)
    panel.set_rules(rules, "nl")
    panel.resize(620, 450)
    panel.show()
    qtbot.wait(20)
    panel.show_advice(classify(rules, {}))  # made while the pane is on screen, as when a question is answered
    items = [panel.card_layout.itemAt(i) for i in range(panel.card_layout.count())]
    cards = [w for item in items if item is not None and (w := item.widget()) is not None]
    assert len(cards) > 10

    def whole() -> bool:  # the layout settles in the event loop; under load that takes more than a few ms
        return all(card.height() >= card.heightForWidth(card.width()) > 20 for card in cards)

    qtbot.waitUntil(whole, timeout=5000)
    scroll = next(s for s in panel.findChildren(QScrollArea) if s.widget() is panel.cards)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0, timeout=3000)  # more routes than fit: they scroll


def test_an_empty_route_list_says_why_and_a_recorded_referral_is_named_with_its_undo(
    qtbot: QtBot, with_case: Controller
) -> None:
    """trial4 F5: the route drop-down was empty with no reason, and recording said nothing."""
    guide = desk_of(with_case).page.case_view.guide
    guide.reset()
    assert guide.route_choice.count() == 1 and not guide.route_choice.isEnabled()
    assert "beantwoord eerst de vragen" in guide.route_choice.itemText(0)
    guide.set_answer("labour_dispute", True)
    guide.set_answer("legal_position", "cao_rijk")
    guide.set_answer("labour_topic", "beoordeling")
    assert guide.route_choice.isEnabled() and guide.route_choice.itemText(0) == "Kies de route om vast te leggen…"
    assert not guide.recorded.isVisibleTo(guide)
    guide.route_choice.setCurrentIndex(guide.route_choice.findData("raba"))
    name = guide.route_choice.currentText()
    guide.record_button.click()
    line = guide.recorded.text()
    assert guide.recorded.isVisibleTo(guide) and name in line and "28-11-2026" in line
    assert "Delete" in line and "Ctrl+Z" in line
    guide.set_answer("labour_topic", "overig")  # new answers: the line was about the last recording only
    assert not guide.recorded.isVisibleTo(guide)


def test_a_long_agenda_lists_the_soonest_and_says_how_many_more(qtbot: QtBot) -> None:
    from vpdesk.domain.retention import Reminder, ReminderKind
    from vpdesk.ui.dialogs.agenda_dialog import AgendaDialog

    listed = [Reminder(n, ReminderKind.INACTIVE, date(2025, 1, n), -300) for n in (1, 2)]
    dialog = AgendaDialog([], {1: "M-0001", 2: "M-0002"}, None, listed, total=12_345)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and "M-0001" in dialog.list.item(0).text()
    assert "12.343" in dialog.more.text() and not dialog.more.isHidden()
    short = AgendaDialog([], {}, None, listed, total=2)
    qtbot.addWidget(short)
    assert short.more.isHidden()
