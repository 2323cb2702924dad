"""The register's writes: a mark, "Iedereen aanwezig", Ctrl+Z and the details dialog.

After the lesson day each asks its reason first; a busy database may be tried again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.mark_details import MarkDetailsDialog, MarkValues
from bvmdesk.ui.attendance.register_model import normalised_message
from bvmdesk.ui.attendance.register_widgets import run_with_reason
from bvmdesk.ui.common.messages import ask_retry, can_retry

if TYPE_CHECKING:
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.attendance_types import MarkChange
    from bvmdesk.ui.attendance.register import RegisterPage


class RegisterMarking:
    """Writes the marks of the register `page` shows and puts them in its undo stack.

    The texts keep the translation context "RegisterPage": they were the page's own.
    """

    def __init__(self, page: RegisterPage, attendance: AttendanceService, actor: Actor,
                 now: Callable[[], datetime]) -> None:
        self._page = page
        self._service = attendance
        self._actor = actor
        self._now = now

    def apply(self, changes: list[MarkChange]) -> None:
        """Show written `changes` in the table and the counter, and announce them."""
        page = self._page
        for change in changes:
            page.model.update_mark(change.participant_id, change.current)
        page.update_counter()
        if page.register is not None and changes:
            page.marks_changed.emit(page.register.lesson.id)

    def write(self, action: Callable[[str | None], list[MarkChange]],
              prompt: str) -> list[MarkChange] | None:
        """Run a write; after the lesson day ask the reason first. None: not written."""
        page = self._page
        assert page.register is not None
        try:
            return run_with_reason(page.register.final, lambda: page.ask_reason(prompt),
                                   action)
        except ServiceError as exc:
            page.show_message(str(exc), error=True)
            if can_retry(exc) and ask_retry(page, exc):  # a busy database: the same again
                changes = self.write(action, prompt)
                if changes is not None:  # it worked this time: the busy message is past
                    page.show_message(QCoreApplication.translate("RegisterPage", "Opgeslagen."),
                                      muted=True)
                return changes
            return None

    def mark_current(self, status: str) -> bool:
        """Mark the selected row with `status` and select the next row."""
        page = self._page
        row = page.current_row()
        item = page.model.row_at(row)
        if item is None or page.register is None or not page.writable:
            return False
        lesson = page.register.lesson
        now = self._now()
        arrival = None
        if (status == AttendanceStatus.LATE and now.date() == lesson.date
                and lesson.start_time <= now.time() < lesson.end_time):
            arrival = now.time().replace(second=0, microsecond=0)
        mark = item.mark
        note = mark.note if mark is not None else None
        if note is None and item.reported and item.planned is not None:
            note = item.planned.note  # what was said on the phone stays with the mark
        prompt = QCoreApplication.translate(
            "RegisterPage", "Waarom verandert de presentie van {name} na de lesdag?").format(
                name=item.name)
        changes = self.write(lambda reason: [self._service.set_mark(
            self._actor, lesson.id, item.participant_id, status, arrival, None, note, reason)],
            prompt)
        if changes is None:
            return False
        self.apply(changes)
        page.undo_stack.push(changes)
        page.select_row(min(row + 1, page.model.rowCount() - 1))
        return True

    def mark_all_present(self) -> None:
        """Iedereen aanwezig: only empty rows, never over an existing mark."""
        page = self._page
        if page.register is None or not page.writable:
            return
        lesson_id = page.register.lesson.id
        changes = self.write(
            lambda reason: self._service.mark_all_present(self._actor, lesson_id, reason),
            QCoreApplication.translate(
                "RegisterPage", "Waarom wordt iedereen na de lesdag nog aanwezig gemeld?"))
        if changes:
            self.apply(changes)
            page.undo_stack.push(changes)
            page.show_message(QCoreApplication.translate(
                "RegisterPage", "{count} deelnemers aanwezig gemeld.").format(
                    count=len(changes)))

    def undo_last(self) -> None:
        """Ctrl+Z: take back the last mark (or the last "Iedereen aanwezig")."""
        page = self._page
        batch = page.undo_stack.last()
        if batch is None or not page.writable:
            return
        undone = self.write(lambda reason: [self._service.undo(self._actor, c, reason)
                                            for c in reversed(batch)
                                            if c.previous != c.current],
                            QCoreApplication.translate(
                                "RegisterPage",
                                "Waarom wordt deze markering na de lesdag teruggedraaid?"))
        if undone is None:
            return
        page.undo_stack.pop()
        page.undo_stack.rebase(undone)
        self.apply(undone)
        if len(batch) == 1:
            page.select_row(page.model.row_of(batch[0].participant_id))
        page.show_message(QCoreApplication.translate("RegisterPage", "Ongedaan gemaakt."))

    def open_details(self) -> None:
        """Enter: times, note and history of the selected row."""
        page = self._page
        row = page.current_row()
        item = page.model.row_at(row)
        if item is None or page.register is None:
            return
        lesson = page.register.lesson
        try:
            history = self._service.history(self._actor, lesson.id, item.participant_id)
        except ServiceError as exc:
            page.show_message(str(exc), error=True)
            return

        def save(values: MarkValues) -> None:
            change = self._service.set_mark(
                self._actor, lesson.id, item.participant_id, values.status, values.arrival,
                values.departure, values.note, values.reason)
            self.apply([change])
            page.undo_stack.push([change])
            message = normalised_message(values.status, change.current.status)
            if message is not None:
                page.show_message(message)

        dialog = MarkDetailsDialog(item, lesson, history, page.register.final, save,
                                   editable=page.writable, parent=page)
        page.details_dialog = dialog
        dialog.exec()
        page.details_dialog = None
        page.table.setFocus()
