"""Afwezigheid melden: ziek or geoorloofd afwezig, for one lesson, a day or a period, before
the lesson; the register then shows it prefilled."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.enums import AbsenceKind
from bvmdesk.services.attendance_types import LessonInfo, PlannedAbsenceInfo
from bvmdesk.services.base import Actor, ServiceError, ValidationFailed
from bvmdesk.ui.common.date_input import DateInput
from bvmdesk.ui.common.participant_picker import ParticipantPicker
from bvmdesk.ui.common.widgets import DialogButtons, FieldBox
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.absences import AbsenceService
    from bvmdesk.services.participants import ParticipantService

SCOPE_LESSON, SCOPE_DAY, SCOPE_PERIOD = "lesson", "day", "period"
_STYLE = """
QLabel#avgWarning { background: #FFF4E0; color: #7A4A00; border: 1px solid #F0C987;
                    border-radius: 4px; padding: 6px 10px; }
"""


def lesson_choice_text(lesson: LessonInfo) -> str:
    """`di 24 nov 2026 · 08:30–12:00 · LAS-ZWL-1 · MAG-lassen 135`."""
    return " · ".join((format_date(lesson.date),
                       f"{lesson.start_time:%H:%M}–{lesson.end_time:%H:%M}",
                       lesson.group_code, lesson.module_name))


class AbsenceDialog(QDialog):
    """Who (search, or preset), Ziek (Z) or Geoorloofd afwezig (G), which lesson / day /
    period, and a note; Enter saves, Esc cancels. `saved` holds the new absence."""

    recorded = Signal(object)  # PlannedAbsenceInfo

    def __init__(self, absences: AbsenceService, participants: ParticipantService,
                 actor: Actor, *, today: date,
                 participant: tuple[uuid.UUID, str] | None = None, search: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._absences = absences
        self._actor = actor
        self._today = today
        self.saved: PlannedAbsenceInfo | None = None
        self.participant_id: uuid.UUID | None = participant[0] if participant else None
        self.setWindowTitle(self.tr("Afwezigheid melden"))
        self.setStyleSheet(_STYLE)
        self.fields: dict[str, FieldBox] = {}

        # --- who ---
        self.picker: ParticipantPicker | None = None
        if participant is None:
            self.picker = ParticipantPicker(participants, actor, list_height=150)
            self.picker.chosen.connect(self._on_picker_chosen)
            self.picker.submitted.connect(self._on_picker_submitted)
            who: QWidget = self.picker
        else:
            who = QLabel(f"<b>{participant[1]}</b>")
        self.fields["participant"] = FieldBox(who)

        # --- kind ---
        self.sick_radio = QRadioButton(self.tr("&Ziek"))
        self.excused_radio = QRadioButton(self.tr("&Geoorloofd afwezig"))
        self.sick_radio.setToolTip(self.tr("Toets Z"))
        self.excused_radio.setToolTip(self.tr("Toets G"))
        self.sick_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.sick_radio)
        self.kind_group.addButton(self.excused_radio)
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.setSpacing(16)
        kind_layout.addWidget(self.sick_radio)
        kind_layout.addWidget(self.excused_radio)
        kind_layout.addStretch(1)
        self.fields["kind"] = FieldBox(kind_row)
        for key, radio in (("Z", self.sick_radio), ("G", self.excused_radio)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(radio.click)

        # --- when ---
        self.lesson_radio = QRadioButton(self.tr("Deze les"))
        self.day_radio = QRadioButton(self.tr("Een dag"))
        self.period_radio = QRadioButton(self.tr("Periode"))
        self.scope_group = QButtonGroup(self)
        for radio in (self.lesson_radio, self.day_radio, self.period_radio):
            self.scope_group.addButton(radio)
        self.day_radio.setChecked(True)
        self.lesson_combo = QComboBox()
        self.lesson_combo.setMinimumContentsLength(30)
        self.lesson_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.day_edit = DateInput(today)
        self.from_edit = DateInput(today)
        self.to_edit = DateInput(today)
        period = QWidget()
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.setSpacing(8)
        self.fields["from_date"] = FieldBox(self.from_edit)
        self.fields["to_date"] = FieldBox(self.to_edit)
        until = QLabel(self.tr("t/m"))
        until.setFixedHeight(self.to_edit.sizeHint().height())
        for part in (self.fields["from_date"], until, self.fields["to_date"]):
            period_layout.addWidget(part, 0, Qt.AlignmentFlag.AlignTop)
        period_layout.addStretch(1)
        self.fields["lesson_id"] = FieldBox(self.lesson_combo)
        self.fields["day"] = FieldBox(self.day_edit)
        when = QGridLayout()
        when.setHorizontalSpacing(16)
        when.setVerticalSpacing(8)
        for row, (radio, editor) in enumerate(((self.lesson_radio, self.fields["lesson_id"]),
                                               (self.day_radio, self.fields["day"]),
                                               (self.period_radio, period))):
            when.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            when.addWidget(editor, row, 1)
        when.setColumnStretch(1, 1)
        self.scope_group.buttonToggled.connect(self._on_scope_group_button_toggled)
        self.from_edit.date_changed.connect(self._on_from_edit_date_changed)

        # --- note ---
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("bijv. 'moeder belde om 07:30'"))
        self.fields["note"] = FieldBox(self.note_edit)
        self.avg_label = QLabel(self.tr(
            "Geen medische details: noteer alleen dát iemand ziek is (AVG)."))
        self.avg_label.setObjectName("avgWarning")
        self.avg_label.setWordWrap(True)

        buttons = DialogButtons(self, self.tr("Opslaan"))
        self.message_label = buttons.message_label
        self.cancel_button, self.save_button = buttons.cancel_button, buttons.save_button
        self.save_button.clicked.connect(self._on_save_button_clicked)

        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(12)
        rows: tuple[tuple[str, QWidget | QGridLayout], ...] = (
            (self.tr("Deelnemer"), self.fields["participant"]),
            (self.tr("Soort"), self.fields["kind"]),
            (self.tr("Wanneer"), when),
            (self.tr("Notitie"), self.fields["note"]))
        for row, (caption, widget) in enumerate(rows):
            label = QLabel(caption)
            label.setContentsMargins(0, 6, 0, 0)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(widget, QGridLayout):
                form.addLayout(widget, row, 1)
            else:
                form.addWidget(widget, row, 1)
        form.addWidget(self.avg_label, 4, 1)
        form.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # 660 px wide by preference; never narrower than the layout needs (at 125 % a fixed
        # minimum width squashed the lesson box).
        self.resize(max(660, self.sizeHint().width()), self.sizeHint().height())

        self._load_lessons()
        self._update_scope()
        if self.picker is not None:
            if search:
                self.picker.search(search)
                self.picker.submit()
            self.picker.setFocus()
        else:
            self.sick_radio.setFocus()

    # --- values --------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return AbsenceKind.EXCUSED.value if self.excused_radio.isChecked() \
            else AbsenceKind.SICK.value

    @property
    def scope(self) -> str:
        if self.lesson_radio.isChecked():
            return SCOPE_LESSON
        return SCOPE_PERIOD if self.period_radio.isChecked() else SCOPE_DAY

    def set_scope(self, scope: str) -> None:
        {SCOPE_LESSON: self.lesson_radio, SCOPE_DAY: self.day_radio,
         SCOPE_PERIOD: self.period_radio}[scope].setChecked(True)

    def _load_lessons(self) -> None:
        """The participant's lessons of the coming four weeks, for "Deze les"."""
        self.lesson_combo.clear()
        lessons: list[LessonInfo] = []
        if self.participant_id is not None:
            try:
                lessons = self._absences.lessons_ahead(self._actor, self.participant_id)
            except ServiceError as exc:
                self.fields["lesson_id"].set_error(str(exc))
        for lesson in lessons:
            self.lesson_combo.addItem(lesson_choice_text(lesson), lesson.id)
        if not lessons:
            self.lesson_combo.addItem(
                self.tr("Geen lessen in de komende vier weken") if self.participant_id
                else self.tr("Kies eerst een deelnemer"), None)
            if self.lesson_radio.isChecked():
                self.day_radio.setChecked(True)
        self.lesson_radio.setEnabled(bool(lessons))

    def _update_scope(self) -> None:
        scope = self.scope
        self.lesson_combo.setEnabled(scope == SCOPE_LESSON)
        self.day_edit.setEnabled(scope == SCOPE_DAY)
        self.from_edit.setEnabled(scope == SCOPE_PERIOD)
        self.to_edit.setEnabled(scope == SCOPE_PERIOD)

    # --- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Record the absence; on a refusal show why per field (nothing is saved)."""
        self._show_errors({})
        if self.participant_id is None:
            self._show_errors({"participant": self.tr("Kies eerst een deelnemer.")})
            return False
        note = self.note_edit.text()
        try:
            scope = self.scope
            if scope == SCOPE_LESSON:
                lesson_id = self.lesson_combo.currentData()
                if lesson_id is None:
                    self._show_errors({"lesson_id": self.tr("Kies een les.")})
                    return False
                info = self._absences.record(self._actor, self.participant_id, self.kind,
                                             self._today, lesson_id=lesson_id, note=note)
            elif scope == SCOPE_DAY:
                day = self.day_edit.commit()
                if day is None:  # not a date: said at the field
                    return False
                info = self._absences.record(self._actor, self.participant_id, self.kind,
                                             day, day, note=note)
            else:
                first, last = self.from_edit.commit(), self.to_edit.commit()
                if first is None or last is None:
                    return False
                info = self._absences.record(self._actor, self.participant_id, self.kind,
                                             first, last, note=note)
        except ValidationFailed as exc:
            errors: dict[str, str] = {}
            for error in exc.errors:
                key = "day" if error.field == "from_date" and self.scope == SCOPE_DAY \
                    else error.field
                errors[key] = f"{errors[key]} {error.message}" if key in errors \
                    else error.message
            self._show_errors(errors)
            return False
        except ServiceError as exc:
            self._show_errors({"": str(exc)})
            return False
        self.saved = info
        self.recorded.emit(info)
        self.accept()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        left = dict(errors)
        for key, box in self.fields.items():
            box.set_error(left.pop(key, None))
        text = " ".join(left.values())
        if text:
            text += " " + self.tr("Er is niets opgeslagen.")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- slots ---------------------------------------------------------------------------
    def _on_picker_chosen(self, row: object) -> None:
        new = getattr(row, "id", None)
        if new != self.participant_id:
            self.participant_id = new
            self.fields["participant"].set_error(None)
            self._load_lessons()
            self._update_scope()

    def _on_picker_submitted(self) -> None:
        if self.participant_id is not None:
            self.sick_radio.setFocus() if self.sick_radio.isChecked() \
                else self.excused_radio.setFocus()

    def _on_scope_group_button_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._show_errors({})
            self._update_scope()

    def _on_from_edit_date_changed(self, value: date) -> None:
        last = self.to_edit.date()
        if last is not None and last < value:
            self.to_edit.setDate(value)

    def _on_save_button_clicked(self) -> None:
        self.save()
