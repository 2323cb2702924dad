"""The register's lesson picker: a date, the lessons of that day at this site, and a group
to see the lessons of another day."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.attendance_types import LessonInfo


def lesson_text(lesson: LessonInfo) -> str:
    text = (f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}  ·  {lesson.group_code}  ·  "
            f"{lesson.module_name}")
    cancelled = QCoreApplication.translate("Lessons", "(vervallen)")
    return f"{text}  {cancelled}" if lesson.cancelled else text


def _fit_popup(combo: QComboBox) -> None:
    """Let the list that drops down be as wide as its longest lesson or group, so that no
    item in it is cut off even when the field itself is narrower."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())


class LessonPicker(QWidget):
    """Datum, Les and Groep of the register; `lesson_chosen(id or None)` on every choice.

    A day lists the lessons at this installation's site, as Vandaag does (a lesson of
    another site asked for by id, from the Groep box, lists the whole day). The three boxes
    always show the lesson that is open and its group; `empty_text` says why none is."""

    lesson_chosen = Signal(object)
    failed = Signal(str)

    def __init__(self, attendance: AttendanceService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = attendance
        self._actor = actor
        self.today = attendance.clock.today()
        self.lessons: list[LessonInfo] = []
        self.empty_text = ""
        self.date_edit = DateInput(self.today)
        self.lesson_combo = QComboBox()
        self.lesson_combo.setMinimumWidth(420)
        self.group_combo = QComboBox()
        self.group_combo.setMinimumWidth(260)
        self.group_combo.setMaximumWidth(320)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for text, widget in ((self.tr("Datum"), self.date_edit),
                             (self.tr("Les"), self.lesson_combo),
                             (self.tr("Groep"), self.group_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 1 if widget is self.lesson_combo else 0)
        for combo in (self.lesson_combo, self.group_combo):  # shown whole when cut off
            combo.currentTextChanged.connect(combo.setToolTip)
        self.date_edit.date_changed.connect(self._on_date_edit_date_changed)
        self.lesson_combo.activated.connect(self._on_lesson_combo_activated)
        self.group_combo.activated.connect(self._on_group_combo_activated)

    def load(self, day: date) -> None:
        """Fill the groups and show the lessons of `day` (today; its first one chosen)."""
        self.today = day
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Kies een groep…"), None)
        try:
            for group in self._service.groups(self._actor):
                self.group_combo.addItem(f"{group.code} · {group.module_name}", group.id)
        except ServiceError as exc:
            self.failed.emit(str(exc))
        _fit_popup(self.group_combo)
        self.show_day(day)

    def show_day(self, day: date, lesson_id: uuid.UUID | None = None) -> None:
        """List the lessons of `day` and choose `lesson_id` (default: the first)."""
        self.date_edit.setDate(day)
        site: str | None = None
        try:
            site, lessons = self._service.site_lessons_on(self._actor, day)
            if lesson_id is not None and all(lesson.id != lesson_id for lesson in lessons):
                lessons = self._service.lessons_on(self._actor, day)
        except ServiceError as exc:
            self.failed.emit(str(exc))
            lessons = []
        self.lessons = lessons
        self.empty_text = "" if lessons else self._no_lessons_text(day, site)
        self.lesson_combo.clear()
        for lesson in lessons:
            self.lesson_combo.addItem(lesson_text(lesson), lesson.id)
        if not lessons:
            self.lesson_combo.addItem(self.tr("Geen lessen op deze dag"), None)
        _fit_popup(self.lesson_combo)
        # Compared by value: QComboBox.findData compares a UUID by identity.
        index = next((i for i in range(self.lesson_combo.count())
                      if lesson_id is not None and self.lesson_combo.itemData(i) == lesson_id), 0)
        self.lesson_combo.setCurrentIndex(index)
        self._chosen()

    def _no_lessons_text(self, day: date, site: str | None) -> str:
        if site is None:
            return self.tr("Geen lessen op {date}. Kies een datum of groep.").format(
                date=format_date(day))
        if day == self.today:
            return self.tr("Vandaag geen lessen in {site}. Kies een datum of groep.").format(
                site=site)
        return self.tr("Geen lessen in {site} op {date}. Kies een datum of groep.").format(
            site=site, date=format_date(day))

    def _chosen(self) -> None:
        """The Groep box shows the chosen lesson's group; tell the register."""
        lesson_id = self.lesson_combo.currentData()
        lesson = next((item for item in self.lessons if item.id == lesson_id), None)
        index = 0
        if lesson is not None:
            index = next((i for i in range(self.group_combo.count())
                          if self.group_combo.itemData(i) == lesson.group_id), 0)
        self.group_combo.setCurrentIndex(index)
        self.lesson_chosen.emit(lesson_id)

    def _on_date_edit_date_changed(self, value: date) -> None:
        self.show_day(value)

    def _on_lesson_combo_activated(self, _index: int) -> None:
        self._chosen()

    def _on_group_combo_activated(self, _index: int) -> None:
        """Jump to the group's next lesson from the chosen date (else its last one)."""
        group_id = self.group_combo.currentData()
        if group_id is None:
            return
        day = self.date_edit.date() or self.today
        try:
            lessons = self._service.lessons_of_group(self._actor, group_id,
                                                     day - timedelta(days=400),
                                                     day + timedelta(days=400))
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return
        if not lessons:
            self.failed.emit(self.tr("Deze groep heeft nog geen lessen."))
            return
        upcoming = [lesson for lesson in lessons if lesson.date >= day]
        chosen = upcoming[0] if upcoming else lessons[-1]
        self.show_day(chosen.date, chosen.id)
