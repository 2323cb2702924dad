"""Overgedragen aan school: record that a verzuim signal's facts went to the school (which
reports it to DUO), with the date and a note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.services.attendance_types import VerzuimReport, VerzuimSignalRow
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.attendance.text import hours_text, lesson_line, long_period_text
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService


class HandoverDialog(QDialog):
    """The signal's facts (who, window, hours, lessons) and when it was handed over; Save
    calls `AbsenceService.hand_over`. `saved` is True afterwards."""

    def __init__(self, absences: AbsenceService, actor: Actor, signal: VerzuimSignalRow, *,
                 today: date, report: VerzuimReport | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._absences = absences
        self._actor = actor
        self.signal = signal
        self.saved = False
        self.setWindowTitle(self.tr("Verzuimsignaal overgedragen aan school"))
        self.setMinimumWidth(620)

        heading = QLabel(self.tr("{name} ({number})").format(name=signal.name,
                                                             number=signal.participant))
        heading.setObjectName("sectionTitle")
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(4)
        rows = [(self.tr("Periode"), long_period_text(signal.window_start, signal.window_end)),
                (self.tr("Ongeoorloofd"), self._hours_line(signal, report))]
        if signal.birth_date is not None:
            rows.append((self.tr("Geboortedatum"), format_date(signal.birth_date)))
        if signal.school or signal.student_number:
            rows.append((self.tr("School"), " · ".join(
                x for x in (signal.school, signal.student_number) if x)))
        for row, (caption, value) in enumerate(rows):
            label = QLabel(caption)
            label.setObjectName("muted")
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(label, row, 0)
            facts.addWidget(text, row, 1)
        facts.setColumnStretch(1, 1)

        lessons_title = QLabel(self.tr("Lessen die meetellen ({count})").format(
            count=len(signal.lessons) or len(signal.lesson_dates)))
        self.lessons_list = QListWidget()
        self.lessons_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lessons_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.lessons_list.setFrameShape(QFrame.Shape.StyledPanel)
        if signal.lessons:
            self.lessons_list.addItems([lesson_line(x) for x in signal.lessons])
        else:
            self.lessons_list.addItems([format_date(d) for d in signal.lesson_dates])
        self.lessons_list.setFixedHeight(min(8, max(self.lessons_list.count(), 2)) * 24 + 8)

        self.on_edit = DateInput(today)  # a later date is refused by the service, at the field
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("bijv. 'gemaild aan de verzuimcoördinator'"))
        self.fields = {"on": FieldBox(self.on_edit), "note": FieldBox(self.note_edit),
                       "window_end": FieldBox(QWidget())}
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        for row, (caption, key) in enumerate(((self.tr("Overgedragen op"), "on"),
                                              (self.tr("Notitie"), "note"))):
            label = QLabel(caption)
            label.setContentsMargins(0, 6, 0, 0)
            label.setBuddy(self.fields[key].editor)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(self.fields[key], row, 1)
        form.setColumnStretch(1, 1)

        buttons = DialogButtons(self, self.tr("Overdracht vastleggen"))
        self.message_label = buttons.message_label
        self.cancel_button, self.save_button = buttons.cancel_button, buttons.save_button
        self.save_button.clicked.connect(self._on_save_button_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addWidget(lessons_title)
        layout.addWidget(self.lessons_list)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.on_edit.setFocus()

    def _hours_line(self, signal: VerzuimSignalRow, report: VerzuimReport | None) -> str:
        hours = hours_text(signal.unexcused_minutes)
        if report is None:
            return hours
        return self.tr("{hours} (grens: {limit} in {weeks} schoolweken)").format(
            hours=hours, limit=hours_text(report.threshold_minutes), weeks=report.window_weeks)

    def save(self) -> bool:
        """Record the handover; on a refusal show why (nothing is saved)."""
        for box in self.fields.values():
            box.set_error(None)
        self.message_label.hide()
        if self.signal.participant_id is None:
            return False
        on = self.on_edit.commit()
        if on is None:  # not a date: said at the field
            return False
        try:
            self._absences.hand_over(self._actor, self.signal.participant_id,
                                     self.signal.window_start, self.signal.window_end,
                                     on=on,
                                     note=self.note_edit.text())
        except ValidationFailed as exc:
            other = []
            for error in exc.errors:
                field = self.fields.get(error.field)
                if field is not None and error.field != "window_end":
                    field.set_error(error.message)
                else:
                    other.append(error.message)
            self._show_message(" ".join(other))
            return False
        except ServiceError as exc:
            self._show_message(str(exc))
            return False
        self.saved = True
        self.accept()
        return True

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_save_button_clicked(self) -> None:
        self.save()
