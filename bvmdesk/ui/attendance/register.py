"""Presentie: the register of one lesson, keyboard first, with a USB badge scanner."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.lesson_picker import LessonPicker
from bvmdesk.ui.attendance.mark_details import MarkDetailsDialog, ask_reason
from bvmdesk.ui.attendance.register_marking import RegisterMarking
from bvmdesk.ui.attendance.register_model import (
    COLUMN_NAME,
    LETTER_STATUS,
    RegisterTableModel,
    RegisterTableView,
    lesson_line,
    lesson_title,
)
from bvmdesk.ui.attendance.register_scan import RegisterScanLine
from bvmdesk.ui.attendance.register_undo import MarkUndoStack
from bvmdesk.ui.attendance.register_widgets import (
    REGISTER_STYLE,
    RegisterInfoRow,
    banner_label,
    keys_label,
    stretch_title,
)
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.scanner import ScannerKeyFilter

if TYPE_CHECKING:
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.attendance_types import Register


class RegisterPage(Page):
    """Pick a date and lesson (today's first by default); mark with A L V Z G O, Enter,
    Ctrl+Z, Ctrl+Shift+A; a badge scan anywhere on the page marks its person."""

    lesson_opened = Signal(object)  # uuid.UUID of the lesson now shown
    marks_changed = Signal(object)  # uuid.UUID of the lesson whose marks were written

    def __init__(self, attendance: AttendanceService, actor: Actor, *,
                 clock: Callable[[], float] = time.monotonic,
                 now: Callable[[], datetime] | None = None, scanner_prefix: str | None = None,
                 today: Callable[[], date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RegisterPage", "Presentie"),
                         search_placeholder=QCoreApplication.translate(
                             "RegisterPage", "Zoek deelnemer of scan badge"), parent=parent)
        self._service = attendance
        self._actor = actor
        self._now = now or attendance.now  # the one clock, Amsterdam wall-clock time
        # The day Presentie opens on: Vandaag's (TodayService.today), so both show one day.
        self._today = today
        self.register: Register | None = None
        self.undo_stack = MarkUndoStack()
        self._loaded = False
        self.details_dialog: MarkDetailsDialog | None = None
        self.ask_reason: Callable[[str], str | None] = lambda prompt: ask_reason(self, prompt)
        self.setStyleSheet(REGISTER_STYLE)
        stretch_title(self.header)

        self.picker = LessonPicker(attendance, actor)
        self.picker.lesson_chosen.connect(self._on_picker_lesson_chosen)
        self.picker.failed.connect(self._on_picker_failed)

        info = RegisterInfoRow()
        self.info_label, self.counter_label = info.info_label, info.counter_label
        self.progress, self.all_present_button = info.progress, info.all_present_button
        self.keys_label = keys_label()
        self.banner = banner_label()

        self.model = RegisterTableModel(self)
        self.table = RegisterTableView(self.model)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.main_view = self.table

        # The clock through a lambda: a test may put another in self._now afterwards.
        self.marking = RegisterMarking(self, attendance, actor, lambda: self._now())
        self.scan_line = RegisterScanLine(self, attendance, actor, lambda: self._now())
        self.scan_label = self.scan_line.scan_label
        self.walk_in_button = self.scan_line.walk_in_button
        self.suggestion_button = self.scan_line.suggestion_button

        self.body.addWidget(self.picker)
        self.body.addWidget(info)
        self.body.addWidget(self.keys_label)
        self.body.addWidget(self.banner)
        self.body.addWidget(self.scan_line)
        self.body.addWidget(self.table, 1)

        self.keys = ScannerKeyFilter(self, clock=clock, prefix=scanner_prefix, parent=self)
        self.keys.status_key_pressed.connect(self._on_keys_status_key_pressed)
        self.keys.badge_scanned.connect(self._on_keys_badge_scanned)
        self.keys.enter_pressed.connect(self._on_keys_enter_pressed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for sequence, slot in (("Ctrl+Z", self.undo_last),
                               ("Ctrl+Shift+A", self.mark_all_present)):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.all_present_button.clicked.connect(self._on_all_present_button_clicked)
        self.header.search_changed.connect(self._on_header_search_changed)
        self.header.search_submitted.connect(self._on_header_search_submitted)
        self.show_register(None)

    # --- loading -------------------------------------------------------------------------
    @property
    def can_record(self) -> bool:
        return self._actor.may(Permission.RECORD_ATTENDANCE)

    @property
    def writable(self) -> bool:
        return (self.can_record and self.register is not None
                and not self.register.lesson.cancelled)

    def ensure_loaded(self) -> None:
        """Groups and today's lessons, once (the page is built hidden at start-up)."""
        if self._loaded:
            return
        self._loaded = True
        day = self._now().date()
        if self._today is not None:
            try:
                day = self._today()
            except ServiceError as exc:  # BVMDESK_TODAY is not a date
                self.show_message(str(exc), error=True)
        self.picker.load(day)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        self.keys.install()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title with the module name shortened to leave room for the search field."""
        if self.register is None:
            return
        label = self.header.title_label
        room = self.header.width() - self.header.search_edit.width() - 24
        label.setText(lesson_title(self.register.lesson, label.fontMetrics(), room))
        label.setToolTip(lesson_title(self.register.lesson))

    def hideEvent(self, event: QHideEvent) -> None:
        self.keys.remove()
        super().hideEvent(event)

    def show_day(self, day: date, lesson_id: uuid.UUID | None = None) -> None:
        """The lessons of `day`; opens `lesson_id` (default: the first of the day)."""
        self.picker.show_day(day, lesson_id)

    def open_lesson(self, lesson_id: uuid.UUID | None) -> None:
        """Read the register of `lesson_id` afresh (None: no lesson)."""
        register = None
        if lesson_id is not None:
            try:
                register = self._service.register(self._actor, lesson_id)
            except ServiceError as exc:
                self.show_message(str(exc), error=True)
        self.undo_stack.clear()
        self.show_register(register)
        if register is not None:
            self.lesson_opened.emit(register.lesson.id)

    def show_register(self, register: Register | None) -> None:
        """Show `register` as it is; the undo stack stays (see `open_lesson`)."""
        self.register = register
        self.model.set_rows(register.rows if register else ())
        self.scan_line.clear_offers()
        self.show_message(self.tr("Scan een badge om iemand aan of af te melden."), muted=True)
        if register is None:
            self.header.title_label.setText(self.tr("Presentie"))
            self.info_label.setText(self.picker.empty_text
                                    or self.tr("Kies een datum met lessen, of een groep."))
        else:
            self._fit_title()
            self.info_label.setText(lesson_line(register.lesson))
        banner = ""
        if register is not None and register.lesson.cancelled:
            banner = self.tr("Deze les is vervallen: {reason}").format(
                reason=register.lesson.cancel_reason or self.tr("geen reden opgegeven"))
        elif register is not None and not self.can_record:
            banner = self.tr("U kunt deze presentie alleen bekijken.")
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.update_counter()
        if register is not None and register.rows:
            first = self.model.first_unmarked()
            self.select_row(first if first >= 0 else 0)
            self.table.setFocus()

    def update_counter(self) -> None:
        total, marked = self.model.rowCount(), self.model.marked_count()
        self.counter_label.setText(self.tr("{marked} van {total} ingevuld").format(
            marked=marked, total=total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(marked)
        self.all_present_button.setEnabled(self.writable and marked < total)

    def show_message(self, text: str, *, error: bool = False, muted: bool = False) -> None:
        """The status line above the table (scan results, refused marks)."""
        self.scan_line.show_message(text, error=error, muted=muted)

    # --- rows ----------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, COLUMN_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    # --- marking and scanning (register_marking.py, register_scan.py) -----------------
    def mark_current(self, status: str) -> bool:
        """Mark the selected row with `status` and select the next row."""
        return self.marking.mark_current(status)

    def mark_all_present(self) -> None:
        """Iedereen aanwezig: only empty rows, never over an existing mark."""
        self.marking.mark_all_present()

    def undo_last(self) -> None:
        """Ctrl+Z: take back the last mark (or the last "Iedereen aanwezig")."""
        self.marking.undo_last()

    def open_details(self) -> None:
        """Enter: times, note and history of the selected row."""
        self.marking.open_details()

    def scan(self, code: str) -> None:
        """A badge: arrival or departure of its person, who is highlighted for a moment."""
        self.scan_line.scan(code)

    def go_to_suggestion(self) -> None:
        """Open the lesson a scan outside this one's window belongs to, and scan there."""
        self.scan_line.go_to_suggestion()

    def add_walk_in(self) -> None:
        """Enrol the person whose badge is not in this group, then take the scan again."""
        self.scan_line.add_walk_in()

    # --- slots ---------------------------------------------------------------------------
    def _on_keys_status_key_pressed(self, letter: str) -> None:
        status = LETTER_STATUS.get(letter)
        if status is not None:
            self.mark_current(status)

    def _on_keys_badge_scanned(self, code: str) -> None:
        self.scan(code)

    def _on_keys_enter_pressed(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton):
            focus.click()
        elif self.register is not None:
            self.open_details()

    def _on_table_double_clicked(self, _index: object) -> None:
        self.open_details()

    def _on_all_present_button_clicked(self) -> None:
        self.mark_all_present()
        self.table.setFocus()

    def _on_picker_lesson_chosen(self, lesson_id: uuid.UUID | None) -> None:
        self.open_lesson(lesson_id)

    def _on_picker_failed(self, message: str) -> None:
        self.show_message(message, error=True)

    def _on_header_search_changed(self, text: str) -> None:
        row = self.model.find(text)
        if row >= 0:
            self.select_row(row)

    def _on_header_search_submitted(self, text: str) -> None:
        """Enter: the person found is selected; back to the table to mark them."""
        if self.model.find(text) >= 0:
            self.leave_search()

    def leave_search(self) -> None:
        """Esc or Enter in the search field: the search has done its work (it selected a
        row); it is emptied and the table has the keys again."""
        edit = self.header.search_edit
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
        super().leave_search()
