"""The line above the register table: what a badge scan or a write did, and the offers a
scan may make (enrol a walk-in, go to the lesson the scan belongs to)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bvmdesk.domain.signoff import as_card_code
from bvmdesk.services.base import Actor, ServiceError

if TYPE_CHECKING:
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.attendance_types import LessonInfo
    from bvmdesk.ui.attendance.register import RegisterPage

HIGHLIGHT_MS = 1500


class RegisterScanLine(QWidget):
    """Takes the badge scans of the register `page`: arrival or departure of the person,
    who is highlighted for a moment.

    The texts keep the translation context "RegisterPage": they were the page's own.
    An aftekenkaart scanned here is no badge: `card_scanned(code)` (the window opens it).
    """

    card_scanned = Signal(str)

    def __init__(self, page: RegisterPage, attendance: AttendanceService, actor: Actor,
                 now: Callable[[], datetime]) -> None:
        super().__init__()
        self._page = page
        self._service = attendance
        self._actor = actor
        self._now = now
        self._walk_in: tuple[uuid.UUID, str] | None = None
        self._suggestion: tuple[LessonInfo, str] | None = None

        self.scan_label = QLabel()
        self.walk_in_button = QPushButton(QCoreApplication.translate(
            "RegisterPage", "Toevoegen aan deze groep"))
        self.walk_in_button.hide()
        self.suggestion_button = QPushButton(QCoreApplication.translate(
            "RegisterPage", "Naar die les"))
        self.suggestion_button.setToolTip(QCoreApplication.translate(
            "RegisterPage", "Die les openen en de scan daar vastleggen"))
        self.suggestion_button.hide()
        self.scan_label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.scan_label, 1)
        row.addWidget(self.walk_in_button)
        row.addWidget(self.suggestion_button)

        self._highlight_timer = QTimer(self)
        self._highlight_timer.setSingleShot(True)
        self._highlight_timer.timeout.connect(self._on_highlight_timer_timeout)
        self.walk_in_button.clicked.connect(self._on_walk_in_button_clicked)
        self.suggestion_button.clicked.connect(self._on_suggestion_button_clicked)

    def show_message(self, text: str, *, error: bool = False, muted: bool = False) -> None:
        """The status line (scan results, refused marks)."""
        self.scan_label.setObjectName("muted" if muted else "scanError" if error else "scanOk")
        self.scan_label.setText(text)
        self.scan_label.style().unpolish(self.scan_label)
        self.scan_label.style().polish(self.scan_label)

    def clear_offers(self) -> None:
        """Another register is shown: no walk-in to add, no lesson to go to."""
        self._walk_in = None
        self.walk_in_button.hide()
        self._suggestion = None
        self.suggestion_button.hide()

    def scan(self, code: str) -> None:
        """A badge: arrival or departure of its person, who is highlighted for a moment."""
        card = as_card_code(code)
        if card is not None:
            self.card_scanned.emit(card)
            return
        page = self._page
        if page.register is None:
            self.show_message(QCoreApplication.translate(
                "RegisterPage", "Kies eerst een les; de badge {code} is niet verwerkt.")
                .format(code=code), error=True)
            return
        if not page.writable:
            self.show_message(page.banner.text() or QCoreApplication.translate(
                "RegisterPage", "Deze presentie is alleen te bekijken."), error=True)
            return
        try:
            result = self._service.scan(self._actor, page.register.lesson.id, code,
                                        self._now())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(result.message, error=result.kind in ("unknown_badge",
                                                                "not_enrolled",
                                                                "outside_window"))
        self._suggestion = (result.suggested, code) if result.suggested is not None else None
        self.suggestion_button.setVisible(self._suggestion is not None)
        if result.change is not None:
            page.marking.apply([result.change])
            page.undo_stack.push([result.change])
        self._walk_in = None
        if result.kind == "not_enrolled" and result.participant_id is not None:
            self._walk_in = (result.participant_id, code)
        self.walk_in_button.setVisible(self._walk_in is not None)
        if result.participant_id is not None:
            row = page.model.row_of(result.participant_id)
            if row >= 0:
                page.select_row(row)
                if result.change is not None:  # the flash says "recorded"
                    page.model.set_highlighted(result.participant_id)
                    self._highlight_timer.start(HIGHLIGHT_MS)

    def go_to_suggestion(self) -> None:
        """Open the lesson a scan outside this one's window belongs to, and scan there."""
        if self._suggestion is None:
            return
        page = self._page
        lesson, code = self._suggestion
        page.show_day(lesson.date, lesson.id)
        if page.register is not None and page.register.lesson.id == lesson.id:
            self.scan(code)

    def add_walk_in(self) -> None:
        """Enrol the person whose badge is not in this group, then take the scan again."""
        page = self._page
        if self._walk_in is None or page.register is None:
            return
        participant_id, code = self._walk_in
        try:
            register = self._service.add_walk_in(self._actor, page.register.lesson.id,
                                                 participant_id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        page.show_register(register)  # keeps what Ctrl+Z can take back
        self.scan(code)

    def _on_highlight_timer_timeout(self) -> None:
        self._page.model.set_highlighted(None)

    def _on_walk_in_button_clicked(self) -> None:
        self.add_walk_in()

    def _on_suggestion_button_clicked(self) -> None:
        self.go_to_suggestion()
        self._page.table.setFocus()
