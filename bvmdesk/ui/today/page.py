"""Vandaag: today's lessons at this site and how far their registers are, who was reported
absent in advance, verzuim signals still to hand over, and attendance warnings."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from bvmdesk.domain.permissions import Permission
from bvmdesk.domain.signoff import as_card_code
from bvmdesk.services.attendance_types import (
    TodayLesson,
    TodayOverview,
)
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.panels import (
    PlannedAbsencesPanel,
    VerzuimPanel,
    WarningsPanel,
    WatchlistLoader,
)
from bvmdesk.ui.attendance.register_model import AMBER, GREEN, GREY, RED
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.row_table import Column, RowTable
from bvmdesk.ui.common.scanner import ScannerKeyFilter
from bvmdesk.ui.common.section_card import CARD_STYLE, SectionCard
from bvmdesk.ui.formatting import format_date
from bvmdesk.ui.icons import icon
from bvmdesk.ui.theme import MUTED
from bvmdesk.ui.today.setup_card import SetupCard
from bvmdesk.ui.workers import is_synchronous

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService
    from bvmdesk.services.attendance_reports import ReportService
    from bvmdesk.services.participants import ParticipantService
    from bvmdesk.services.today import TodayService

STATE_COLOURS = {"niet_ingevuld": RED, "deels": AMBER, "compleet": GREEN, "vervallen": GREY}


def state_text(lesson: TodayLesson) -> str:
    """`Niet ingevuld`, `Deels (12 van 16)`, `Compleet` or `Vervallen`."""
    translate = QCoreApplication.translate
    state = lesson.state
    if state == "deels":
        return translate("TodayPage", "Deels ({marked} van {total})").format(
            marked=lesson.marked, total=lesson.enrolled)
    return {"niet_ingevuld": translate("TodayPage", "Niet ingevuld"),
            "compleet": translate("TodayPage", "Compleet"),
            "vervallen": translate("TodayPage", "Vervallen")}.get(state, state)


def _state_tooltip(lesson: TodayLesson) -> str:
    translate = QCoreApplication.translate
    if lesson.state == "vervallen":
        return translate("TodayPage", "Vervallen: {reason}").format(
            reason=lesson.lesson.cancel_reason or translate("TodayPage", "geen reden opgegeven"))
    text = translate("TodayPage", "{marked} van {total} ingevuld").format(
        marked=lesson.marked, total=lesson.enrolled)
    if lesson.reported:
        text += translate("TodayPage", ", waarvan {count} vooraf gemeld").format(
            count=lesson.reported)
    return text


def lesson_columns() -> list[Column[TodayLesson]]:
    translate = QCoreApplication.translate
    return [
        Column[TodayLesson](translate("TodayPage", "Tijd"), lambda x: (
            f"{x.lesson.start_time:%H:%M}–{x.lesson.end_time:%H:%M}"), 104),
        Column[TodayLesson](translate("TodayPage", "Groep"), lambda x: (
            f"{x.lesson.group_code} · {x.lesson.module_name}"), None,
            tooltip=lambda x: f"{x.lesson.group_code} · {x.lesson.group_name}"),
        Column[TodayLesson](translate("TodayPage", "Instructeur"), lambda x: (
            x.lesson.instructor or translate("TodayPage", "niet toegewezen")), 124,
            colour=lambda x: None if x.lesson.instructor else MUTED),
        Column[TodayLesson](translate("TodayPage", "Presentie"), state_text, 148,
                            colour=lambda x: STATE_COLOURS.get(x.state), bold=True,
                            tooltip=_state_tooltip),
        Column[TodayLesson](translate("TodayPage", "Gemeld"), lambda x: (
            str(x.reported) if x.reported else ""), 84, right=True,
            tooltip=lambda x: translate("TodayPage", "{count} vooraf afwezig gemeld").format(
                count=x.reported)),
    ]


SIGNALS_DELAY_MS = 400


class TodayPage(Page):
    """The start page. A lesson is opened in the register with one click or Enter; the
    signals and warnings are read in the background once the page is shown."""

    lesson_activated = Signal(object, object)  # lesson id (uuid.UUID), its date
    badge_scanned = Signal(str)  # a badge scanned on the page: an arrival for Presentie
    card_scanned = Signal(str)  # an aftekenkaart's code: the window opens Aftekenen
    participant_requested = Signal(object)  # uuid.UUID
    absences_changed = Signal()
    handovers_changed = Signal()

    def __init__(self, today_service: TodayService, absences: AbsenceService,
                 reports: ReportService, participants: ParticipantService, actor: Actor,
                 parent: QWidget | None = None, *, scanner_prefix: str | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(translate("TodayPage", "Vandaag"),
                         translate("TodayPage", "Afwezigheid melden…"),
                         translate("TodayPage", "Afmelden: naam of badge"), parent)
        self._service = today_service
        self._absences = absences
        self._reports = reports
        self._participants = participants
        self._actor = actor
        self.can_record = actor.may(Permission.RECORD_ATTENDANCE)
        self.day: date | None = None
        self.overview: TodayOverview | None = None
        self._stale = True
        self.run_dialog: Callable[[QDialog], Any] = lambda dialog: dialog.exec()
        self.setStyleSheet(CARD_STYLE)
        # The verzuim scan and the warnings start a moment after the page shows: at 08:00
        # the lessons come first, and a window that closes at once does not wait for them.
        self._signals_timer = QTimer(self)
        self._signals_timer.setSingleShot(True)
        self._signals_timer.setInterval(SIGNALS_DELAY_MS)
        self._signals_timer.timeout.connect(self.load_signals)

        action = self.header.action_button
        assert action is not None
        action.setIcon(icon("fa6s.user-clock", "#FFFFFF"))
        action.setShortcut(QKeySequence("Ctrl+M"))
        action.setToolTip(self.tr("Ziek of afwezig melden, vooraf (Ctrl+M)"))
        action.setEnabled(self.can_record)
        action.clicked.connect(self._on_action_button_clicked)
        self.header.search_edit.setEnabled(self.can_record)
        self.header.search_submitted.connect(self._on_header_search_submitted)
        # A badge scanned on the page is someone at the door: the main window takes it to
        # Presentie. (Afmelden stays a deliberate act: the search field and Ctrl+M.)
        self.scanner = ScannerKeyFilter(self, prefix=scanner_prefix, parent=self,
                                        hold_keys=False)
        self.scanner.badge_scanned.connect(self._on_scanner_badge_scanned)
        self.refresh_button = QPushButton(icon("fa6s.rotate"), self.tr("Vernieuwen"))
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.setToolTip(self.tr("Alles opnieuw lezen (F5)"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        header_layout = self.header.layout()
        if isinstance(header_layout, QHBoxLayout):
            header_layout.insertWidget(header_layout.indexOf(action), self.refresh_button)

        self.lessons_table: RowTable[TodayLesson] = RowTable(lesson_columns(), sortable=False,
                                                             open_on_click=True)
        self.lessons_table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.main_view = self.lessons_table
        self.lessons_table.row_activated.connect(self._on_lessons_table_row_activated)
        self.lessons_card = SectionCard(self.tr("Lessen van vandaag"), self.lessons_table)
        self.lessons_hint = QLabel(self.tr("Klik op een les om de presentie te openen."))
        self.lessons_hint.setObjectName("muted")
        self.lessons_card.buttons.insertWidget(0, self.lessons_hint)

        self.absences_panel = PlannedAbsencesPanel(absences, actor, with_names=True)
        self.absences_panel.empty_text = self.tr("Niemand is voor vandaag vooraf afgemeld.")
        self.absences_panel.absences_changed.connect(self._on_absences_panel_changed)
        self.verzuim_panel = VerzuimPanel(absences, actor, today=self._today,
                                          all_signals=False)
        self.verzuim_panel.participant_requested.connect(self.participant_requested)
        self.verzuim_panel.handovers_changed.connect(self._on_verzuim_panel_handovers_changed)
        self.warnings_panel = WarningsPanel()
        self.warnings_panel.participant_requested.connect(self.participant_requested)
        self._watchlists = WatchlistLoader(self, reports, actor, self.verzuim_panel,
                                           self.warnings_panel)

        top = QHBoxLayout()
        top.setSpacing(8)
        # A new site's first steps, in the lessons' place until a group has lessons.
        self.setup_card = SetupCard(actor.may(Permission.MANAGE_DATA))
        self.setup_card.hide()
        top.addWidget(self.setup_card, 62)
        top.addWidget(self.lessons_card, 62)
        top.addWidget(self.absences_panel, 38)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.verzuim_panel, 1)
        bottom.addWidget(self.warnings_panel, 1)
        self.body.addLayout(top, 1)
        self.body.addLayout(bottom, 1)

    # --- loading -------------------------------------------------------------------------
    def _today(self) -> date:
        return self._service.today()

    def mark_stale(self) -> None:
        """Something this page shows changed elsewhere: read it again when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.install()
        # While "Aan de slag" shows, the steps are taken elsewhere (Beheer, Deelnemers).
        if self._stale or self.day != self._safe_today() or not self.setup_card.isHidden():
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.remove()
        super().hideEvent(event)

    def _safe_today(self) -> date | None:
        try:
            return self._today()
        except ServiceError:
            return None

    def reload(self, *, now: bool = False) -> None:
        """Read today's lessons and absences now; signals and warnings in the background,
        a moment later (`now`: at once), so that the window first shows and answers."""
        self._stale = False
        self.load_overview()
        if now or is_synchronous():
            self._signals_timer.stop()
            self.load_signals()
        else:
            self.verzuim_panel.set_loading()
            self.warnings_panel.set_loading()
            self._signals_timer.start()

    def load_overview(self) -> None:
        try:
            overview = self._service.overview(self._actor)
        except ServiceError as exc:
            self.overview = None
            self.lessons_table.set_rows([])
            self.lessons_card.show_message(str(exc))
            self.absences_panel.set_absences([])
            return
        self.overview = overview
        self.day = overview.day
        self.absences_panel.day = overview.day
        self.header.title_label.setText(self.tr("Vandaag — {day}").format(
            day=format_date(overview.day)))
        self.lessons_table.set_rows(overview.lessons)
        if overview.lessons:
            self.lessons_card.show_table(len(overview.lessons))
        elif overview.location_code:
            self.lessons_card.show_message(self.tr(
                "Vandaag zijn er geen lessen op locatie {site}. Een andere dag kiest u in "
                "Presentie.").format(site=overview.location_code))
        else:
            self.lessons_card.show_message(self.tr("Vandaag zijn er geen lessen gepland."))
        self.lessons_hint.setVisible(bool(overview.lessons))
        self.absences_panel.set_absences(overview.absences)
        self.load_setup()

    def load_setup(self) -> None:
        """Show "Aan de slag" (instead of the lessons) while no group here has a lesson."""
        try:
            progress = self._service.setup(self._actor)
        except ServiceError:
            progress = None
        if progress is not None:
            self.setup_card.set_progress(progress)
        shown = progress is not None and progress.shown
        self.setup_card.setVisible(shown)
        self.lessons_card.setVisible(not shown)

    def load_signals(self) -> None:
        """Verzuim signals and warnings, in the background."""
        self._watchlists.load()

    # --- actions -------------------------------------------------------------------------
    def record_absence(self, search: str = "",
                       participant: tuple[uuid.UUID, str] | None = None) -> bool:
        """Open "Afwezigheid melden"; True when an absence was recorded."""
        from bvmdesk.ui.attendance.absence import AbsenceDialog

        if not self.can_record:
            return False
        dialog = AbsenceDialog(self._absences, self._participants, self._actor,
                               today=self._today(), participant=participant, search=search,
                               parent=self)
        self.run_dialog(dialog)
        if dialog.saved is None:
            return False
        self.absences_changed.emit()
        self.reload()
        return True

    def open_lesson(self, lesson: TodayLesson) -> None:
        self.lesson_activated.emit(lesson.lesson.id, lesson.lesson.date)

    # --- slots ---------------------------------------------------------------------------
    def _on_lessons_table_row_activated(self, lesson: object) -> None:
        if isinstance(lesson, TodayLesson):
            self.open_lesson(lesson)

    def _on_action_button_clicked(self) -> None:
        self.record_absence()

    def _on_header_search_submitted(self, text: str) -> None:
        card = as_card_code(text)
        if card is not None:
            self.header.search_edit.clear()
            self.card_scanned.emit(card)
            return
        if text.strip() and self.record_absence(search=text.strip()):
            self.header.search_edit.clear()

    def _on_scanner_badge_scanned(self, code: str) -> None:
        in_search = self.header.search_edit.hasFocus()
        self.header.search_edit.clear()
        card = as_card_code(code)
        if card is not None:  # a returned aftekenkaart, wherever it is scanned
            self.card_scanned.emit(card)
        elif in_search:  # scanned into "Afmelden: naam of badge"
            self.record_absence(search=code)
        else:
            self.badge_scanned.emit(code)

    def _on_refresh_button_clicked(self) -> None:
        self.reload(now=True)

    def _on_absences_panel_changed(self) -> None:
        self.absences_changed.emit()
        self.reload()

    def _on_verzuim_panel_handovers_changed(self) -> None:
        self.handovers_changed.emit()
        self.load_signals()
