"""One case: pseudonym, categories, org unit, status, a timeline of conversations and referrals, the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.model import Case, CaseStatus, Conversation, Referral
from vpdesk.ui.labels import channel_label, kind_label, outcome_label, status_label
from vpdesk.ui.widgets.conversation_editor import ConversationEditor
from vpdesk.ui.widgets.elided_label import ElidedLabel
from vpdesk.ui.widgets.guide_panel import GuidePanel
from vpdesk.ui.widgets.meldproces_panel import MeldprocesPanel


class CaseView(QWidget):
    conversation_selected = Signal(int)
    new_conversation_requested = Signal()
    close_case_requested = Signal()
    plan_requested = Signal()

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
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Tijdlijn van gesprekken en verwijzingen"))
        self.timeline.setSpacing(2)
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
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.timeline)
        split.addWidget(self.tabs)
        split.setSizes([110, 520])
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(header)
        body.addWidget(self.details)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.body.setVisible(False)
        self.new_button.clicked.connect(self.new_conversation_requested)
        self.close_button.clicked.connect(self.close_case_requested)
        self.plan_button.clicked.connect(self.plan_requested)
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
        conversations: list[Conversation],
        referrals: list[Referral],
        route_names: dict[str, str] | None = None,
    ) -> None:
        self._case_id = case.id
        self.title.setText(pseudonym)
        status = status_label(case.status)
        if case.status == CaseStatus.CLOSED and case.outcome is not None:
            status += f" ({outcome_label(case.outcome)}, {case.closed.strftime('%d-%m-%Y') if case.closed else ''})"
        self.details.setText(
            self.tr("Zaak {id} · {categories} · {org} · geopend {opened} · {status}").format(
                id=case.id,
                categories=", ".join(category_names),
                org=case.org_unit or self.tr("geen organisatieonderdeel"),
                opened=case.opened.strftime("%d-%m-%Y"),
                status=status,
            )
        )
        self.close_button.setEnabled(case.status == CaseStatus.OPEN)
        self.timeline.blockSignals(True)
        self.timeline.clear()
        entries: list[tuple[str, QListWidgetItem]] = []
        for conv in conversations:
            item = QListWidgetItem(
                self.tr("{when} · gesprek, {kind}, {channel}, {minutes} min").format(
                    when=conv.when.strftime("%d-%m-%Y %H:%M"),
                    kind=kind_label(conv.kind),
                    channel=channel_label(conv.channel),
                    minutes=conv.duration_min,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            entries.append((conv.when.isoformat(), item))
        for ref in referrals:
            item = QListWidgetItem(
                self.tr("{when} · verwezen naar {route}").format(
                    when=ref.on.strftime("%d-%m-%Y"), route=(route_names or {}).get(ref.route, ref.route)
                )
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            entries.append((ref.on.isoformat(), item))
        for _, item in sorted(entries, key=lambda e: e[0]):
            self.timeline.addItem(item)
        self.timeline.blockSignals(False)
        self.empty.setVisible(False)
        self.body.setVisible(True)

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
        self.details.clear()
        self.timeline.blockSignals(True)
        self.timeline.clear()
        self.timeline.blockSignals(False)
        self.editor.clear()
        self.guide.clear()
        self.meldproces.clear()
        self.tabs.setCurrentIndex(0)
        self.body.setVisible(False)
        self.empty.setVisible(True)
