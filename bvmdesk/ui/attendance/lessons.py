"""Beheer > Groepen: lessons planned per group (a weekly pattern, one lesson, cancel, an
instructor). The register's own picker is in lesson_picker.py."""

from __future__ import annotations

import uuid
from datetime import time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.attendance.mark_details import ask_reason
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.attendance_types import LessonInfo
    from bvmdesk.services.lessons import LessonService

WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za")


def _time_edit(hour: int, minute: int) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def _to_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class LessonsPanel(QWidget):
    """Beheer > Groepen: the lessons of a group and how to plan, cancel and staff them."""

    lessons_changed = Signal(object)  # uuid.UUID of the group

    def __init__(self, lessons: LessonService, attendance: AttendanceService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lessons = lessons
        self._attendance = attendance
        self._actor = actor
        self._loaded = False
        self.ask_reason: Callable[[str], str | None] = lambda prompt: ask_reason(self, prompt)
        editable = actor.may(Permission.EDIT_MODULES)
        title = QLabel(self.tr("Groepen en lessen"))
        title.setObjectName("sectionTitle")
        self.group_combo = QComboBox()
        self.group_combo.setMinimumWidth(320)
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_combo.currentTextChanged.connect(self.group_combo.setToolTip)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Groep")))
        top.addWidget(self.group_combo)
        top.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Tijd"),
                                              self.tr("Instructeur"), self.tr("Onderwerp"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.instructor_combo = QComboBox()
        self.instructor_combo.setMinimumWidth(200)
        self.assign_button = QPushButton(self.tr("Toewijzen aan gekozen les"))
        self.cancel_button = QPushButton(self.tr("Les laten vervallen…"))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Instructeur")))
        actions.addWidget(self.instructor_combo)
        actions.addWidget(self.assign_button)
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)

        today = lessons.clock.today()
        self.weekday_boxes = [QCheckBox(day) for day in WEEKDAYS]
        self.start_edit, self.end_edit = _time_edit(8, 30), _time_edit(16, 30)
        self.from_edit = DateInput(today)
        self.until_edit = DateInput(today + timedelta(days=120))
        self.generate_button = QPushButton(self.tr("Weekpatroon maken"))
        self.generate_button.setObjectName("primary")
        self.single_date_edit = DateInput(today)
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("Onderwerp (niet verplicht)"))
        self.topic_edit.setMinimumWidth(
            self.topic_edit.fontMetrics().horizontalAdvance(self.topic_edit.placeholderText())
            + 32)
        self.add_button = QPushButton(self.tr("Les toevoegen"))
        plan = QGroupBox(self.tr("Lessen plannen (slaat vakanties en feestdagen over)"))
        grid = QGridLayout(plan)
        grid.setSpacing(8)
        days = QHBoxLayout()
        for box in self.weekday_boxes:
            days.addWidget(box)
        days.addStretch(1)
        grid.addWidget(QLabel(self.tr("Weekdagen")), 0, 0)
        grid.addLayout(days, 0, 1)
        grid.addWidget(QLabel(self.tr("Van")), 0, 2)
        grid.addWidget(self.start_edit, 0, 3)
        grid.addWidget(QLabel(self.tr("tot")), 0, 4)
        grid.addWidget(self.end_edit, 0, 5)
        grid.addWidget(QLabel(self.tr("Periode")), 1, 0)
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("tot en met")))
        period.addWidget(self.until_edit)
        period.addStretch(1)
        # Rows are boxes across the grid, the pattern's button under its period: spread over
        # the grid's columns, the dates and the buttons ran into each other at a larger font.
        grid.addLayout(period, 1, 1, 1, 5)
        grid.addWidget(self.generate_button, 2, 1, 1, 5, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("Losse les")), 3, 0)
        single = QHBoxLayout()
        single.addWidget(self.single_date_edit)
        single.addWidget(self.topic_edit, 1)
        single.addWidget(self.add_button)
        grid.addLayout(single, 3, 1, 1, 5)
        self.message_label = QLabel()
        self.message_label.setObjectName("formSuccess")
        self.message_label.setWordWrap(True)
        note = QLabel(self.tr("Alleen beheerders plannen lessen.")) if not editable else None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(plan)
        layout.addWidget(self.message_label)
        if note is not None:
            note.setObjectName("muted")
            layout.addWidget(note)
        for widget in (self.assign_button, self.cancel_button, self.generate_button,
                       self.add_button):
            widget.setEnabled(editable)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_current_index_changed)
        self.generate_button.clicked.connect(self._on_generate_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.shown_lessons: list[LessonInfo] = []

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            groups = self._attendance.groups(self._actor)
            instructors = self._lessons.instructors(self._actor)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.instructor_combo.addItem(self.tr("Geen instructeur"), None)
        for user_id, name in instructors:
            self.instructor_combo.addItem(name, user_id)
        self.group_combo.blockSignals(True)
        for group in groups:
            self.group_combo.addItem(f"{group.code} · {group.name}", group.id)
        self.group_combo.blockSignals(False)
        self.refresh()

    def show_group(self, group_id: uuid.UUID) -> bool:
        """Show the lessons of `group_id` (Beheer > Groepen opens the planner for one)."""
        self.ensure_loaded()
        index = next((i for i in range(self.group_combo.count())
                      if self.group_combo.itemData(i) == group_id), -1)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)
        return index >= 0

    @property
    def group_id(self) -> uuid.UUID | None:
        value = self.group_combo.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def refresh(self) -> None:
        """The lessons of the chosen group, from three months ago to a year ahead."""
        self.table.setRowCount(0)
        self.shown_lessons = []
        if self.group_id is None:
            return
        today = self._lessons.clock.today()
        try:
            self.shown_lessons = self._attendance.lessons_of_group(
                self._actor, self.group_id, today - timedelta(days=92),
                today + timedelta(days=400))
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.table.setRowCount(len(self.shown_lessons))
        for row, lesson in enumerate(self.shown_lessons):
            status = (self.tr("vervallen: {reason}").format(reason=lesson.cancel_reason or "")
                      if lesson.cancelled else self.tr("gepland"))
            values = (format_date(lesson.date),
                      f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}",
                      lesson.instructor or "", lesson.topic or "", status)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setObjectName("formError" if error else "formSuccess")
        self.message_label.setText(text)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)

    def selected_lesson(self) -> LessonInfo | None:
        row = self.table.currentRow()
        return self.shown_lessons[row] if 0 <= row < len(self.shown_lessons) else None

    def _done(self, text: str) -> None:
        self.refresh()
        self.show_message(text)
        if self.group_id is not None:
            self.lessons_changed.emit(self.group_id)

    def _on_group_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_generate_button_clicked(self) -> None:
        if self.group_id is None:
            return
        weekdays = [i for i, box in enumerate(self.weekday_boxes) if box.isChecked()]
        first, last = self.from_edit.commit(), self.until_edit.commit()
        if first is None or last is None:  # not a date: said at the field
            return
        try:
            count = self._lessons.generate_weekly(
                self._actor, self.group_id, weekdays, _to_time(self.start_edit),
                _to_time(self.end_edit), first, last, self.instructor_combo.currentData())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self._done(self.tr("{count} lessen gepland.").format(count=count))

    def _on_add_button_clicked(self) -> None:
        if self.group_id is None:
            return
        day = self.single_date_edit.commit()
        if day is None:  # not a date: said at the field
            return
        try:
            self._lessons.add_lesson(self._actor, self.group_id, day, _to_time(self.start_edit),
                                     _to_time(self.end_edit),
                                     self.instructor_combo.currentData(),
                                     self.topic_edit.text().strip() or None)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.topic_edit.clear()
        self._done(self.tr("Les op {date} toegevoegd.").format(date=format_date(day)))

    def _on_cancel_button_clicked(self) -> None:
        lesson = self.selected_lesson()
        if lesson is None:
            self.show_message(self.tr("Kies eerst een les in de lijst."), error=True)
            return
        reason = self.ask_reason(self.tr("Waarom vervalt de les van {group} op {date}?").format(
            group=lesson.group_code, date=format_date(lesson.date)))
        if reason is None:
            return
        try:
            self._lessons.cancel_lesson(self._actor, lesson.id, reason)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self._done(self.tr("De les van {date} is vervallen.").format(
            date=format_date(lesson.date)))

    def _on_assign_button_clicked(self) -> None:
        lesson = self.selected_lesson()
        if lesson is None:
            self.show_message(self.tr("Kies eerst een les in de lijst."), error=True)
            return
        try:
            self._lessons.assign_instructor(self._actor, lesson.id,
                                            self.instructor_combo.currentData())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self._done(self.tr("Instructeur van de les van {date} aangepast.").format(
            date=format_date(lesson.date)))
