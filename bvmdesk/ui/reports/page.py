"""Rapportages: five reports as PDF or Excel, and the verzuim signals and attendance warnings
with the handover to the school."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.attendance_types import AttendanceWarning, VerzuimReport
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.panels import VerzuimPanel, WarningsPanel, WatchlistLoader
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.file_dialogs import save_file_name
from bvmdesk.ui.common.messages import set_form_message
from bvmdesk.ui.common.section_card import CARD_STYLE
from bvmdesk.ui.icons import icon
from bvmdesk.ui.reports.forms import (
    AttendanceForm,
    FormIncomplete,
    FundersForm,
    HoursForm,
    PresentielijstForm,
    ReportForm,
    ReportRequest,
    VerzuimForm,
)
from bvmdesk.ui.workers import TaskCancelled, TaskContext, run_task

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.attendance_reports import ReportService
    from bvmdesk.services.participants import ParticipantService

REPORT_KEYS = ("presentielijst", "attendance", "hours", "funders", "verzuim")
_ICONS = ("fa6s.clipboard-list", "fa6s.table", "fa6s.clock", "fa6s.coins",
          "fa6s.triangle-exclamation")
_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel-werkmap (*.xlsx)"}


class ReportsPage(Page):
    """Pick a report on the left, fill in its form, "PDF maken…" or "Excel maken…"; the
    file is written in the background. Below: signals and warnings, read when shown."""

    participant_requested = Signal(object)  # uuid.UUID
    handovers_changed = Signal()
    report_written = Signal(object)  # Path

    def __init__(self, reports: ReportService, absences: AbsenceService,
                 attendance: AttendanceService, participants: ParticipantService,
                 actor: Actor, *, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(translate("ReportsPage", "Rapportages"),
                         search_placeholder=translate("ReportsPage",
                                                      "Uren van: naam, nummer of badge"),
                         parent=parent)
        self._reports = reports
        self._attendance = attendance
        self._actor = actor
        self._today = today
        self._stale = True
        self._groups_loaded = False
        self.last_path: Path | None = None
        self._last_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.ask_save_path: Callable[[Path, str], Path | None] = self._ask_save_path
        self.setStyleSheet(CARD_STYLE)

        day = today()
        self.forms: dict[str, ReportForm] = {
            "presentielijst": PresentielijstForm(day),
            "attendance": AttendanceForm(day),
            "hours": HoursForm(participants, actor, day),
            "funders": FundersForm(day),
            "verzuim": VerzuimForm(day)}
        self.report_list = QListWidget()
        self.report_list.setObjectName("reportList")
        self.report_list.setIconSize(QSize(18, 18))
        self.report_list.setFixedWidth(250)
        self.form_stack = QStackedWidget()
        for key, icon_name in zip(REPORT_KEYS, _ICONS, strict=True):
            item = QListWidgetItem(icon(icon_name), self.forms[key].title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 36))
            self.report_list.addItem(item)
            self.form_stack.addWidget(self.forms[key])
        # As wide as the longest report name (icon, margins and frame beside it), at least 250.
        longest = max(self.report_list.fontMetrics().horizontalAdvance(form.title)
                      for form in self.forms.values())
        self.report_list.setFixedWidth(max(250, longest + 18 + 40))
        self.report_list.currentRowChanged.connect(self._on_report_list_current_row_changed)

        self.pdf_button = QPushButton(icon("fa6s.file-pdf", "#FFFFFF"), self.tr("PDF maken…"))
        self.pdf_button.setObjectName("primary")
        self.xlsx_button = QPushButton(icon("fa6s.file-excel"), self.tr("Excel maken…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.xlsx_button.clicked.connect(self._on_xlsx_button_clicked)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(icon("fa6s.up-right-from-square"), self.tr("Openen"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._on_open_button_clicked)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.xlsx_button)
        actions.addSpacing(8)
        actions.addWidget(self.message_label, 1)
        actions.addWidget(self.open_button)

        form_card = QFrame()
        form_card.setObjectName("card")
        form_layout = QVBoxLayout(form_card)
        form_layout.setContentsMargins(16, 12, 16, 12)
        form_layout.setSpacing(8)
        form_layout.addWidget(self.form_stack, 1)
        form_layout.addLayout(actions)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.report_list)
        top.addWidget(form_card, 1)

        self.verzuim_panel = VerzuimPanel(absences, actor, today=today, all_signals=True)
        self.verzuim_panel.participant_requested.connect(self.participant_requested)
        self.verzuim_panel.handovers_changed.connect(self._on_verzuim_panel_handovers_changed)
        self.warnings_panel = WarningsPanel(with_number=True)
        self.warnings_panel.participant_requested.connect(self.participant_requested)
        self._watchlists = WatchlistLoader(self, reports, actor, self.verzuim_panel,
                                           self.warnings_panel)
        for panel in (self.verzuim_panel, self.warnings_panel):
            panel.set_title_visible(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.verzuim_panel, self.tr("Verzuimsignalen"))
        self.tabs.addTab(self.warnings_panel, self.tr("Aanwezigheidswaarschuwingen"))

        self.body.addLayout(top, 0)
        self.body.addWidget(self.tabs, 1)
        self.header.search_submitted.connect(self._on_header_search_submitted)
        self.report_list.setCurrentRow(0)

    # --- loading -------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Marks, absences or handovers changed elsewhere: read the lists again."""
        self._stale = True
        if self.isVisible():
            self.load_lists()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._groups_loaded:
            self.load_groups()
        if self._stale:
            self.load_lists()

    def load_groups(self) -> None:
        self._groups_loaded = True
        try:
            groups = self._attendance.groups(self._actor)
        except ServiceError as exc:
            self._set_message(str(exc), "formError")
            groups = []
        for form in self.forms.values():
            combo = getattr(form, "group_combo", None)
            if combo is not None:
                combo.set_groups(groups)

    def load_lists(self) -> None:
        """The verzuim scan and the warnings, in the background."""
        self._stale = False
        self._watchlists.load(self._on_watchlists_loaded)

    def _on_watchlists_loaded(self, report: VerzuimReport,
                              warnings: list[AttendanceWarning]) -> None:
        self.tabs.setTabText(0, self.tr("Verzuimsignalen ({count})").format(
            count=len(report.signals)))
        self.tabs.setTabText(1, self.tr("Aanwezigheidswaarschuwingen ({count})")
                             .format(count=len(warnings)))

    # --- reports -------------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        return REPORT_KEYS[max(self.report_list.currentRow(), 0)]

    def choose(self, key: str) -> ReportForm:
        self.report_list.setCurrentRow(REPORT_KEYS.index(key))
        return self.forms[key]

    def make_report(self, fmt: str, path: Path | str | None = None) -> bool:
        """Build the chosen report and write it as `fmt` ('pdf' or 'xlsx') to `path` (None:
        ask where). False when the form is incomplete or the user cancelled the question."""
        form = self.forms[self.current_key]
        try:
            request = form.request()
        except FormIncomplete:
            self._set_message(self.tr("Vul eerst in wat in rood staat; er is niets gemaakt."),
                              "formError")
            return False
        target = Path(path) if path is not None else self.ask_save_path(
            Path(self._last_dir) / f"{request.file_stem}.{fmt}", fmt)
        if target is None:
            return False
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        self._last_dir = str(target.parent)
        self._start(request, target)
        return True

    def _start(self, request: ReportRequest, target: Path) -> None:
        from bvmdesk.services.report_files import write_report

        reports, actor = self._reports, self._actor

        def work(context: TaskContext) -> Path:
            context.progress(0, 0, self.tr("{title}: gegevens lezen…").format(
                title=request.title))
            data = request.build(reports, actor)
            meta = reports.meta(actor)
            if context.cancelled():
                raise TaskCancelled
            context.progress(0, 0, self.tr("{title}: {name} schrijven…").format(
                title=request.title, name=target.name))
            write_report(target, data, meta)
            return target

        self._set_message("", None)
        run_task(self, work, self._on_report_finished,
                 label=self.tr("Bezig met {title}…").format(title=request.title.lower()),
                 on_error=self._on_report_failed, on_cancelled=self._on_report_cancelled)

    def _on_report_finished(self, path: Path) -> None:
        self.last_path = path
        self._set_message(self.tr("Opgeslagen: {path}").format(path=path), "formSuccess")
        self.open_button.show()
        self.report_written.emit(path)

    def _on_report_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self._set_message(self.tr("{error} Er is niets geschreven.").format(error=exc),
                              "formError")
            return
        from bvmdesk.ui.common.messages import show_error

        self._set_message(self.tr("Er is niets geschreven."), "formError")
        show_error(self, exc)

    def _on_report_cancelled(self) -> None:
        self._set_message(self.tr("Geannuleerd: er is niets geschreven."), "formError")

    def _set_message(self, text: str, style: str | None) -> None:
        set_form_message(self.message_label, text, style)
        self.open_button.hide()

    def _ask_save_path(self, suggested: Path, fmt: str) -> Path | None:
        name, _ = save_file_name(
            self, self.tr("Rapport opslaan als {kind}").format(kind=fmt.upper()),
            str(suggested), _FILTERS[fmt])
        return Path(name) if name else None

    # --- slots ---------------------------------------------------------------------------
    def _on_report_list_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.form_stack.setCurrentIndex(row)
            self._set_message("", None)

    def _on_pdf_button_clicked(self) -> None:
        self.make_report("pdf")

    def _on_xlsx_button_clicked(self) -> None:
        self.make_report("xlsx")

    def _on_open_button_clicked(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def _on_header_search_submitted(self, text: str) -> None:
        """A name, number or badge in the page's search field: that person's hours."""
        if not text.strip():
            return
        form = self.choose("hours")
        assert isinstance(form, HoursForm)
        form.picker.search(text.strip())
        form.picker.submit()
        form.picker.setFocus()

    def _on_verzuim_panel_handovers_changed(self) -> None:
        self.handovers_changed.emit()
        self.load_lists()

    def select_participant(self, participant_id: uuid.UUID) -> None:
        """Urenverantwoording for `participant_id` (from elsewhere in the window)."""
        form = self.choose("hours")
        assert isinstance(form, HoursForm)
        form.picker.choose(participant_id)
