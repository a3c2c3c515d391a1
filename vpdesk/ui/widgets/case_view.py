"""One case: pseudonym, categories, org unit, status, a timeline of conversations, referrals and room bookings,
the editor. A closed case is shown read-only, with "Heropenen"; the case's other actions sit under "Acties"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.model import Case, CaseStatus, Conversation, Referral
from vpdesk.services.cases import TimelineEntry
from vpdesk.ui.labels import channel_label, gender_label, kind_label, outcome_label, position_label, status_label
from vpdesk.ui.widgets.conversation_editor import ConversationEditor
from vpdesk.ui.widgets.elided_label import ElidedLabel
from vpdesk.ui.widgets.guide_panel import GuidePanel, retired_route
from vpdesk.ui.widgets.meldproces_panel import MeldprocesPanel


class CaseView(QWidget):
    conversation_selected = Signal(int)
    new_conversation_requested = Signal()
    close_case_requested = Signal()
    plan_requested = Signal()
    reopen_requested = Signal()
    action_requested = Signal(str)  # "edit", "follow_up", "hold", "release", "access", "destroy", "audit"
    delete_requested = Signal(str, int)  # "conversation" or "referral", its id
    edit_referral_requested = Signal(int)

    ACTIONS = ("edit", "follow_up", "hold", "release", "access", "destroy", "audit")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ElidedLabel()  # a long pseudonym ends in … with a tooltip, never widening the view
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Pseudoniem"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Gegevens van de zaak"))
        self.new_button = QPushButton(self.tr("N&ieuw gesprek"))
        self.new_button.setToolTip(self.tr("Nieuw gesprek (Ctrl+Shift+N)"))
        self.close_button = QPushButton(self.tr("Zaak s&luiten…"))
        self.plan_button = QPushButton(self.tr("Gesprek &plannen…"))
        self.plan_button.setToolTip(self.tr("Een ruimte reserveren voor een gesprek over deze zaak"))
        self.reopen_button = QPushButton(self.tr("Her&openen"))
        self.reopen_button.setToolTip(self.tr("De gesloten zaak weer openen om iets te wijzigen"))
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("A&cties"))
        self.actions_button.setAccessibleName(self.tr("Acties voor deze zaak"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self.actions_button)
        self.case_actions: dict[str, QAction] = {}
        for key, text in (
            ("edit", self.tr("Zaak &bewerken… (Ctrl+Shift+E)")),
            ("follow_up", self.tr("&Terugbelafspraak…")),
            ("hold", self.tr("B&ewaren wegens lopende procedure…")),
            ("release", self.tr("Bewaren wegens procedure o&pheffen")),
            ("access", self.tr("&Inzagedocument voor de melder… (Ctrl+Shift+I)")),
            ("destroy", self.tr("Zaak &vernietigen…")),
            ("audit", self.tr("&Auditlogboek… (Ctrl+Shift+A)")),
        ):
            action = self.actions_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=key: self.action_requested.emit(k))
            self.case_actions[key] = action
        self.actions_menu.insertSeparator(self.case_actions["destroy"])
        self.actions_button.setMenu(self.actions_menu)
        self.state_note = QLabel()
        self.state_note.setWordWrap(True)
        self.state_note.setAccessibleName(self.tr("Status van de zaak"))
        self.state_note.setStyleSheet("background: #fff4ce; color: #4a3b00; padding: 4px; border-radius: 3px;")
        self.state_note.setVisible(False)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Tijdlijn van gesprekken en verwijzingen"))
        self.timeline.setSpacing(2)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._timeline_menu)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.timeline)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        self._read_only = False
        self.editor = ConversationEditor()
        self.guide = GuidePanel()
        self.meldproces = MeldprocesPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("&Gesprek"))
        self.tabs.addTab(self.guide, self.tr("&Wegwijzer"))
        self.tabs.addTab(self.meldproces, self.tr("&Meldproces"))
        self.empty = QLabel(self.tr("Kies links een zaak, of maak een nieuwe zaak met Ctrl+N."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.new_button)
        header.addWidget(self.plan_button)
        header.addWidget(self.close_button)
        header.addWidget(self.reopen_button)
        header.addWidget(self.actions_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline)
        split.addWidget(self.tabs)
        split.setSizes([150, 480])  # entries are two lines: the first line of the notes shows under each
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(header)
        body.addWidget(self.details)
        body.addWidget(self.state_note)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.body.setVisible(False)
        self.new_button.clicked.connect(self.new_conversation_requested)
        self.close_button.clicked.connect(self.close_case_requested)
        self.plan_button.clicked.connect(self.plan_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.timeline.currentItemChanged.connect(self._picked)
        self._case_id: int | None = None

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def show_case(
        self,
        case: Case,
        pseudonym: str,
        category_names: list[str],
        timeline: list[TimelineEntry],
        route_names: dict[str, str] | None = None,
    ) -> None:
        self._case_id = case.id
        self.title.setText(pseudonym)
        self.title.setToolTip(pseudonym)
        status = status_label(case.status)
        if case.status == CaseStatus.CLOSED and case.outcome is not None:
            status += f" ({outcome_label(case.outcome)}, {case.closed.strftime('%d-%m-%Y') if case.closed else ''})"
        melder = ", ".join(
            ([position_label(case.position)] if case.position else [])
            + ([gender_label(case.gender)] if case.gender else [])
        )
        self.details.setText(
            self.tr("Zaak {id} · {categories} · {org} · geopend {opened} · {status}").format(
                id=case.id,
                categories=", ".join(category_names),
                org=case.org_unit or self.tr("geen organisatieonderdeel"),
                opened=case.opened.strftime("%d-%m-%Y"),
                status=status,
            )
            + (f" · {melder}" if melder else "")
        )
        self._show_state(case)
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for entry in timeline:
            self.timeline.addItem(self._entry(entry, route_names or {}))
        self.timeline.blockSignals(False)
        self.empty.setVisible(False)
        self.body.setVisible(True)

    def _show_state(self, case: Case) -> None:
        closed = case.status == CaseStatus.CLOSED
        self._read_only = closed
        self.close_button.setVisible(not closed)
        self.close_button.setEnabled(not closed)
        self.reopen_button.setVisible(closed)
        self.new_button.setEnabled(not closed)
        self.new_button.setVisible(not closed)  # read-only: only what can be done shows, and the name has room
        self.plan_button.setVisible(not closed)
        for key in ("edit", "follow_up"):
            self.case_actions[key].setEnabled(not closed)
        self.case_actions["hold"].setVisible(not case.held)
        self.case_actions["release"].setVisible(case.held)
        self.case_actions["destroy"].setEnabled(closed and not case.held)
        notes = []
        if closed:
            notes.append(self.tr("Deze zaak is gesloten en alleen te lezen. Kies Heropenen om iets te wijzigen."))
        if case.held:
            notes.append(
                self.tr("Bewaard wegens lopende procedure: {reason} (herbeoordelen op {review}).").format(
                    reason=case.hold_reason, review=case.hold_review.strftime("%d-%m-%Y") if case.hold_review else "-"
                )
            )
        elif closed and case.destroy_on:
            notes.append(self.tr("Wordt vernietigd op {date}.").format(date=case.destroy_on.strftime("%d-%m-%Y")))
        if case.follow_up_on and not closed:
            notes.append(
                self.tr("Terugbelafspraak op {date}: {note}").format(
                    date=case.follow_up_on.strftime("%d-%m-%Y"), note=case.follow_up_note
                )
            )
        self.state_note.setText(" ".join(notes))
        self.state_note.setVisible(bool(notes))
        self.editor.set_read_only(closed)
        self.meldproces.set_read_only(closed)
        self.guide.set_read_only(closed)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def _entry(self, entry: TimelineEntry, route_names: dict[str, str]) -> QListWidgetItem:
        item = entry.item
        when = entry.when.strftime("%d-%m-%Y %H:%M")
        if isinstance(item, Conversation):
            text = self.tr("{when} · gesprek, {kind}, {channel}, {minutes} min").format(
                when=when, kind=kind_label(item.kind), channel=channel_label(item.channel), minutes=item.duration_min
            )
        elif isinstance(item, Referral):
            route = route_names.get(item.route) or retired_route(item.route)
            when = item.on.strftime("%d-%m-%Y") + (item.at.strftime(" %H:%M") if item.at else "")
            text = self.tr("{when} · verwezen naar {route}").format(when=when, route=route)
        else:
            text = self.tr("{when} · ruimte gereserveerd: {room}").format(when=when, room=item.room_name)
        if entry.first_line:
            text += f"\n      {entry.first_line}"
        row = QListWidgetItem(text)
        if isinstance(item, Referral) and item.answers:  # the answers the referral rested on (decision 211)
            rested = self.guide.describe_answers(item.answers, item.guide_version)
            row.setToolTip(rested)
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, rested)
        row.setData(Qt.ItemDataRole.UserRole, entry.id if entry.kind == "conversation" else None)
        row.setData(Qt.ItemDataRole.UserRole + 1, (entry.kind, entry.id))
        if entry.kind == "booking":
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return row

    def _current_entry(self) -> tuple[str, int] | None:
        item = self.timeline.currentItem()
        if item is None:
            return None
        kind, entry_id = item.data(Qt.ItemDataRole.UserRole + 1)
        return (str(kind), int(entry_id)) if kind in ("conversation", "referral") else None

    def _delete_current(self) -> None:
        found = self._current_entry()
        if found is not None and not self._read_only:
            self.delete_requested.emit(*found)

    def _timeline_menu(self, pos: QPoint) -> None:
        found = self._current_entry()
        if found is None or self._read_only:
            return
        menu = QMenu(self)
        if found[0] == "referral":
            menu.addAction(self.tr("Verwijzing bewerken…"), lambda: self.edit_referral_requested.emit(found[1]))
        menu.addAction(self.tr("Verwijderen (Delete; ongedaan maken met Ctrl+Z)"), self._delete_current)
        menu.exec(self.timeline.viewport().mapToGlobal(pos))

    def select_conversation(self, conversation_id: int) -> None:
        for row in range(self.timeline.count()):
            item = self.timeline.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == conversation_id:
                self.timeline.setCurrentItem(item)
                return

    def _picked(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None and current.data(Qt.ItemDataRole.UserRole) is not None:
            self.conversation_selected.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    def clear(self) -> None:
        self._case_id = None
        self.title.clear()
        self.title.setToolTip("")
        self.details.clear()
        self.timeline.blockSignals(True)
        self.timeline.clear()
        self.timeline.blockSignals(False)
        self.editor.clear()
        self.guide.clear()
        self.meldproces.clear()
        self.tabs.setCurrentIndex(0)
        self.state_note.clear()
        self.state_note.setVisible(False)
        self._read_only = False
        self.body.setVisible(False)
        self.empty.setVisible(True)
