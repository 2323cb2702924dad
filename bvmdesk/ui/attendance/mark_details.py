"""The details of one mark (Enter on the register): times, note, history and the reason of
a correction; and the small dialog that asks a reason after the lesson day."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.clock import to_local
from bvmdesk.domain.enums import AttendanceStatus
from bvmdesk.domain.participants import FieldError
from bvmdesk.services.base import ServiceError, ValidationFailed
from bvmdesk.ui.attendance.register_model import STATUS_LETTERS, status_word
from bvmdesk.ui.common.widgets import FieldBox
from bvmdesk.ui.formatting import format_date

if TYPE_CHECKING:
    from bvmdesk.services.attendance_types import LessonInfo, MarkInfo, RegisterRow

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:.]?\s*(\d{2})\s*$")


def parse_time(text: str) -> time | None:
    """`8:30`, `08.30`, `0830` -> 08:30; empty -> None. Raises ValueError otherwise."""
    if not text.strip():
        return None
    match = _TIME.match(text)
    if match is None:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2)))


def _clock(value: time | None) -> str:
    return f"{value:%H:%M}" if value is not None else "–"


def history_change(older: MarkInfo | None, newer: MarkInfo) -> str:
    """What one history row changed, in words: `Aanwezig → Te laat` when the status
    changed; with the same status, what else did: `Te laat: aankomst 08:45 → 09:10`,
    `Vroeg weg: vertrek 15:00 → 14:30`, `Aanwezig: opmerking gewijzigd`.

    Args:
        older: the mark this one replaced; None for the first mark of the lesson.
        newer: the mark of this row; its status None means the mark was withdrawn.
    """
    translate = QCoreApplication.translate
    new_word = (status_word(newer.status) if newer.status
                else translate("MarkDetails", "ingetrokken"))
    if older is None or older.status != newer.status:
        return f"{status_word(older.status if older else None)} → {new_word}"
    parts = []
    for old_time, new_time, what in (
            (older.arrival_time, newer.arrival_time, translate("MarkDetails", "aankomst")),
            (older.departure_time, newer.departure_time, translate("MarkDetails", "vertrek"))):
        if old_time != new_time:
            parts.append(f"{what} {_clock(old_time)} → {_clock(new_time)}")
    old_note, new_note = (older.note or "").strip(), (newer.note or "").strip()
    if old_note != new_note:
        parts.append(translate("MarkDetails", "opmerking toegevoegd") if not old_note
                     else translate("MarkDetails", "opmerking verwijderd") if not new_note
                     else translate("MarkDetails", "opmerking gewijzigd"))
    if not parts:
        parts.append(translate("MarkDetails", "ongewijzigd"))
    return f"{new_word}: {'; '.join(parts)}"


@dataclass(frozen=True)
class MarkValues:
    """What the dialog asks the register to store."""

    status: str
    arrival: time | None
    departure: time | None
    note: str | None
    reason: str | None


class MarkDetailsDialog(QDialog):
    """Status, arrival and departure time, note, the history and (after the lesson day) the
    required reason. `save(values)` stores; its ValidationFailed is shown at the fields."""

    def __init__(self, row: RegisterRow, lesson: LessonInfo, history: list[MarkInfo],
                 final: bool, save: Callable[[MarkValues], None], *, editable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._final = final
        self.setWindowTitle(self.tr("Presentie van {name}").format(name=row.name))
        self.setMinimumWidth(760)
        heading = QLabel(f"{row.name}  ·  {row.number}")
        heading.setObjectName("sectionTitle")
        when = QLabel(self.tr("Les van {date}, {start}–{end}").format(
            date=format_date(lesson.date), start=f"{lesson.start_time:%H:%M}",
            end=f"{lesson.end_time:%H:%M}"))
        when.setObjectName("muted")

        mark = row.mark
        self.status_combo = QComboBox()
        for status in AttendanceStatus:
            self.status_combo.addItem(f"{STATUS_LETTERS[status]}  {status_word(status)}",
                                      status.value)
        current = mark.status if mark is not None and mark.status else AttendanceStatus.PRESENT
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(current))))
        self.arrival_edit = QLineEdit(f"{mark.arrival_time:%H:%M}"
                                      if mark and mark.arrival_time else "")
        self.departure_edit = QLineEdit(f"{mark.departure_time:%H:%M}"
                                        if mark and mark.departure_time else "")
        for edit in (self.arrival_edit, self.departure_edit):
            edit.setPlaceholderText(self.tr("uu:mm"))
            edit.setMaximumWidth(120)
        self.note_edit = QLineEdit(mark.note or "" if mark else "")
        self.note_edit.setMaxLength(500)
        self.sick_warning = QLabel(self.tr(
            "Noteer alleen dát iemand ziek is, nooit wat er aan de hand is (AVG)."))
        self.sick_warning.setObjectName("formError")
        self.sick_warning.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(
            self.tr("Verplicht: de les is voorbij") if final else self.tr("Niet verplicht"))
        self.boxes = {
            "status": FieldBox(self.status_combo),
            "arrival_time": FieldBox(self.arrival_edit),
            "departure_time": FieldBox(self.departure_edit),
            "note": FieldBox(self.note_edit),
            "reason": FieldBox(self.reason_edit),
        }
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("Status"), self.boxes["status"])
        form.addRow(self.tr("Aankomst"), self.boxes["arrival_time"])
        form.addRow(self.tr("Vertrek"), self.boxes["departure_time"])
        form.addRow(self.tr("Notitie"), self.boxes["note"])
        form.addRow("", self.sick_warning)
        form.addRow(self.tr("Reden van wijziging"), self.boxes["reason"])

        history_title = QLabel(self.tr("Geschiedenis"))
        history_title.setObjectName("sectionTitle")
        self.history_table = QTableWidget(0, 4)
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Wanneer"), self.tr("Door"), self.tr("Wijziging"), self.tr("Reden")])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.setAlternatingRowColors(True)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.history_table.setMinimumHeight(130)
        self._fill_history(history)

        self.message_label = QLabel()
        self.message_label.setObjectName("formError")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.save_button.setEnabled(editable)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(when)
        layout.addLayout(form)
        layout.addWidget(history_title)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_current_index_changed)
        self._on_status_combo_current_index_changed()
        self.note_edit.setFocus()

    def _fill_history(self, history: list[MarkInfo]) -> None:
        self.history_table.setRowCount(len(history))
        for row, item in enumerate(history):
            older = history[row + 1] if row + 1 < len(history) else None
            recorded = item.recorded_at
            local = to_local(recorded)
            change = history_change(older, item)
            values = (f"{format_date(local.date())} {local:%H:%M}", item.recorded_by, change,
                      item.reason or "")
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.history_table.setItem(row, column, cell)

    def _on_status_combo_current_index_changed(self, _index: int = 0) -> None:
        self.sick_warning.setVisible(self.status_combo.currentData() == AttendanceStatus.SICK)

    def values(self) -> MarkValues:
        """The entered values. Raises ValidationFailed for times that are no times."""
        errors: list[FieldError] = []
        times: dict[str, time | None] = {}
        for field, edit in (("arrival_time", self.arrival_edit),
                            ("departure_time", self.departure_edit)):
            try:
                times[field] = parse_time(edit.text())
            except ValueError:
                errors.append(FieldError(field, self.tr("Schrijf een tijd als 08:30.")))
        reason = self.reason_edit.text().strip() or None
        if self._final and reason is None:
            errors.append(FieldError("reason", self.tr("Na de lesdag is een reden verplicht.")))
        if errors:
            raise ValidationFailed(errors)
        return MarkValues(str(self.status_combo.currentData()), times["arrival_time"],
                          times["departure_time"], self.note_edit.text().strip() or None,
                          reason)

    def _on_buttons_accepted(self) -> None:
        for box in self.boxes.values():
            box.set_error(None)
        self.message_label.hide()
        try:
            self._save(self.values())
        except ValidationFailed as exc:
            for error in exc.errors:
                field_box = self.boxes.get(error.field)
                if field_box is not None:
                    field_box.set_error(error.message)
                else:
                    self.message_label.setText(error.message)
                    self.message_label.show()
            return
        except ServiceError as exc:
            self.message_label.setText(str(exc))
            self.message_label.show()
            return
        self.accept()


class ReasonDialog(QDialog):
    """Asks why a mark changes after the lesson day (DATA_MODEL.md: a reason is required)."""

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reden van de wijziging"))
        self.setMinimumWidth(460)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("Bijvoorbeeld: briefje van de docent"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Opslaan"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_reason_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()


def ask_reason(parent: QWidget | None, prompt: str) -> str | None:
    """The reason typed, or None when the user cancelled."""
    dialog = ReasonDialog(prompt, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason:
        return None
    return dialog.reason
