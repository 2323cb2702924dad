"""Beoordelingen: the drafts to finish (oldest first), "Nieuwe beoordeling" and the scoring
screen."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signoff import as_card_code
from bvmdesk.services.assessment_types import AssessmentInfo, AssessmentSummary
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.assessments.scoring import ScoringScreen
from bvmdesk.ui.assessments.start import StartPanel
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.scanner import ScannerKeyFilter
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.assessments import AssessmentService
    from bvmdesk.services.participants import ParticipantService

LIST, START, SCORING = range(3)


def _moment(value: datetime) -> str:
    """`di 1 sep 2026 14:05` in Amsterdam time (stored moments are UTC)."""
    local = to_local(value)
    return f"{format_date(local.date())} {local:%H:%M}"


def draft_columns() -> list[Column[AssessmentSummary]]:
    translate = QCoreApplication.translate
    return [
        Column(translate("AssessmentsPage", "Code"), lambda a: a.code, 190),
        Column(translate("AssessmentsPage", "Deelnemer"), lambda a: a.participant_name),
        Column(translate("AssessmentsPage", "Beoordelingsformulier"),
               lambda a: f"{a.form_code} {a.form_name}", 300),
        Column(translate("AssessmentsPage", "Datum"), lambda a: format_date(a.date), 130),
        Column(translate("AssessmentsPage", "Beoordelaar"), lambda a: a.assessor_name or "",
               150),
        Column(translate("AssessmentsPage", "Gewijzigd"), lambda a: _moment(a.updated_at),
               170),
    ]


class DraftsPanel(QWidget):
    """The drafts to finish, oldest first; Enter or a double click opens one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self.tr("Concepten om af te maken"))
        self.title_label.setObjectName("sectionTitle")
        self.hint_label = QLabel()
        self.hint_label.setObjectName("muted")
        self.hint_label.setWordWrap(True)
        self.table: RowTable[AssessmentSummary] = RowTable(draft_columns(), sortable=False)
        self.table.setObjectName("drafts")
        self.table.verticalHeader().setDefaultSectionSize(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)

    def set_drafts(self, drafts: list[AssessmentSummary]) -> None:
        self.table.set_rows(drafts)
        if drafts:
            self.hint_label.setText(self.tr(
                "{count} concept(en), het oudste bovenaan. Enter of dubbelklik opent er een; "
                "een badge scannen begint een nieuwe beoordeling.").format(count=len(drafts)))
            self.table.select_row(0)
        else:
            self.hint_label.setText(self.tr(
                "Er zijn geen concepten. Kies 'Nieuwe beoordeling' of scan een badge om te "
                "beginnen."))


class AssessmentsPage(Page):
    """The list of drafts, the start of a new assessment, and the scoring screen."""

    assessments_changed = Signal(object)  # uuid.UUID of an assessment written
    card_scanned = Signal(str)  # an aftekenkaart's code: the window opens Aftekenen

    def __init__(self, assessments: AssessmentService, participants: ParticipantService,
                 actor: Actor, *, clock: Callable[[], float] = time.monotonic,
                 scanner_prefix: str | None = None, database: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AssessmentsPage", "Beoordelingen"),
                         QCoreApplication.translate("AssessmentsPage", "Nieuwe beoordeling"),
                         QCoreApplication.translate("AssessmentsPage",
                                                    "Code, deelnemer of scan badge"),
                         parent=parent)
        self._service = assessments
        self._participants = participants
        self._actor = actor
        self._stale = True
        self.drafts = DraftsPanel()
        self.drafts.table.row_activated.connect(self._on_drafts_row_activated)
        self.start_panel = StartPanel(assessments, participants, actor,
                                      scanner_prefix=scanner_prefix)
        self.start_panel.started.connect(self._on_start_panel_started)
        self.start_panel.cancelled.connect(self._on_start_panel_cancelled)
        self.scoring = ScoringScreen(assessments, actor, clock=clock,
                                     scanner_prefix=scanner_prefix, database=database)
        self.scoring.back_requested.connect(self._on_scoring_back_requested)
        self.scoring.changed.connect(self._on_scoring_changed)
        self.scoring.discarded.connect(self._on_scoring_discarded)
        self.message_label = QLabel()
        self.message_label.setObjectName("formError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        # The list: the drafts to finish, and (added by the window) the group overview.
        # (Two views under buttons of their own: a QTabWidget's bar brings the desktop
        # theme's arrow icons along.)
        self.views = QStackedWidget()
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        self.view_bar = QHBoxLayout()
        self.view_bar.setContentsMargins(0, 0, 0, 0)
        self.view_bar.setSpacing(0)
        self.view_bar.addStretch(1)
        self.tabs = QWidget()
        views_layout = QVBoxLayout(self.tabs)
        views_layout.setContentsMargins(0, 0, 0, 0)
        views_layout.setSpacing(8)
        views_layout.addLayout(self.view_bar)
        views_layout.addWidget(self.views, 1)
        self._add_view(self.drafts, self.tr("&Concepten"))
        self.stack = QStackedWidget()
        for widget in (self.tabs, self.start_panel, self.scoring):
            self.stack.addWidget(widget)
        self.body.addWidget(self.message_label)
        self.body.addWidget(self.stack, 1)
        self.main_view = self.drafts.table
        assert self.header.action_button is not None
        self.header.action_button.clicked.connect(self._on_action_button_clicked)
        self.header.action_button.setEnabled(actor.may(Permission.RECORD_ASSESSMENTS))
        self.header.search_submitted.connect(self._on_header_search_submitted)
        # A badge scanned over the list starts a new assessment for its person.
        self.list_keys = ScannerKeyFilter(self.drafts, clock=clock, prefix=scanner_prefix,
                                          parent=self, hold_keys=False)
        self.list_keys.badge_scanned.connect(self._on_list_keys_badge_scanned)

    def add_overview(self, widget: QWidget, title: str) -> None:
        """A further tab beside the drafts (the group overview)."""
        self._add_view(widget, title)

    def _add_view(self, widget: QWidget, title: str) -> None:
        button = QPushButton(title)
        button.setCheckable(True)
        button.setObjectName("viewSwitch")
        index = self.views.addWidget(widget)
        self.view_buttons.addButton(button, index)
        self.view_bar.insertWidget(self.view_bar.count() - 1, button)
        button.toggled.connect(lambda on, i=index: self._on_view_toggled(on, i))
        if index == 0:
            button.setChecked(True)

    def _on_view_toggled(self, on: bool, index: int) -> None:
        if on:
            self.views.setCurrentIndex(index)

    def show_view(self, index: int) -> None:
        button = self.view_buttons.button(index)
        if button is not None:
            button.setChecked(True)

    # --- navigation ----------------------------------------------------------------------
    @property
    def showing(self) -> int:
        return self.stack.currentIndex()

    def refresh(self) -> None:
        """Read the drafts again."""
        self._stale = False
        try:
            drafts = self._service.drafts(self._actor)
        except ServiceError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.drafts.set_drafts(drafts)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible() and self.showing == LIST:
            self.refresh()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST)
        self.show_view(0)
        self.main_view = self.drafts.table
        self.refresh()
        self.drafts.table.setFocus()

    def new_assessment(self, search: str = "") -> None:
        """Nieuwe beoordeling: pick the participant and the form."""
        if not self._actor.may(Permission.RECORD_ASSESSMENTS):
            self._show_error(self.tr("U mag geen beoordelingen vastleggen."))
            return
        self.stack.setCurrentIndex(START)
        self.main_view = self.start_panel.picker
        self.start_panel.reset(search)

    def open_assessment(self, assessment_id: uuid.UUID) -> bool:
        if not self.scoring.open(assessment_id):
            return False
        self.stack.setCurrentIndex(SCORING)
        self.main_view = self.scoring.grid
        self.scoring.grid.setFocus()
        return True

    def _show_error(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- events and slots ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.showing == LIST:
            self.refresh()
        self.list_keys.install()  # it acts only while the list shows

    def hideEvent(self, event: QHideEvent) -> None:
        self.list_keys.remove()
        super().hideEvent(event)

    def _on_action_button_clicked(self) -> None:
        self.scoring.save_remark()
        self.new_assessment()

    def _on_drafts_row_activated(self, item: AssessmentSummary) -> None:
        self.open_assessment(item.id)

    def _on_start_panel_started(self, info: AssessmentInfo) -> None:
        self._stale = True
        self.scoring.show_info(info)
        self.stack.setCurrentIndex(SCORING)
        self.main_view = self.scoring.grid
        self.scoring.grid.setFocus()
        self.assessments_changed.emit(info.id)

    def _on_start_panel_cancelled(self) -> None:
        self.show_list()

    def _on_scoring_back_requested(self) -> None:
        self.show_list()

    def _on_scoring_changed(self, assessment_id: uuid.UUID) -> None:
        self._stale = True
        self.assessments_changed.emit(assessment_id)

    def _on_scoring_discarded(self, assessment_id: uuid.UUID) -> None:
        self.show_list()
        self.assessments_changed.emit(assessment_id)

    def _on_list_keys_badge_scanned(self, code: str) -> None:
        if self.showing != LIST or not self.drafts.isVisible():
            return
        card = as_card_code(code)
        if card is not None:
            self.card_scanned.emit(card)
            return
        try:
            found = self._participants.find_by_badge(self._actor, code)
        except ServiceError:
            found = None
        if found is None:
            self._show_error(self.tr("Onbekende badge: {code}").format(code=code))
            return
        self.new_assessment()
        self.start_panel.choose(found)

    def _on_header_search_submitted(self, text: str) -> None:
        """A code opens that assessment (its newest version); other text looks for a
        participant to start a new one for."""
        text = text.strip()
        if not text:
            return
        card = as_card_code(text)
        if card is not None:  # an aftekenkaart, not an assessment
            self.header.search_edit.clear()
            self.card_scanned.emit(card)
            return
        try:
            info = self._service.by_code(self._actor, text.upper())
        except ServiceError:
            info = None
        if info is not None:
            self.open_assessment(info.id)
        else:
            self.new_assessment(text)
        edit = self.header.search_edit
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
