"""Tasks to tick in a sign-off, each with its date (today by default, never in the future)
and an optional remark: the middle of the sign dialog and of the paper dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.domain.signoff import signoff_date_problem
from bvmdesk.services.signoff_types import SignItem, TaskState
from bvmdesk.ui.common.date_input import DateInput

MAX_REMARK = 500


@dataclass
class TickRow:
    state: TaskState
    check: QCheckBox
    date: DateInput
    remark: QLineEdit
    description: QLabel


class _TickLabel(QLabel):
    """A task's description, wrapped; a click on it ticks the task like its box."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text)
        self._check = check
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._check.toggle()
        super().mousePressEvent(event)


class TaskTicks(QWidget):
    """One line per open task: tick, date, remark. `changed` when a tick changes."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], *, remarks: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._remarks = remarks
        self.rows: list[TickRow] = []
        self.empty_label = QLabel()
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(2, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setWidget(self._inner)
        self.scroll_area.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)

    def set_tasks(self, states: Iterable[TaskState], *, ticked: Iterable[uuid.UUID] = (),
                  empty_text: str = "") -> None:
        """One line per task in `states`; those in `ticked` ticked already."""
        # Hidden and detached at once: a deleteLater from inside a dialog's own event loop
        # waits for the outer loop, and the old lines would show through the new ones.
        widgets: list[QWidget] = [w for row in self.rows
                                  for w in (row.check, row.date, row.remark, row.description)]
        while self._grid.count():
            item = self._grid.takeAt(0)
            child = item.widget() if item is not None else None
            if child is not None:
                widgets.append(child)
        for widget in dict.fromkeys(widgets):
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.rows = []
        ticked_ids = set(ticked)
        today = self._today()
        # Two lines per task: the box with its code and the wrapped description; under it
        # the date and the remark. Nothing is cut off in a narrow dialog.
        for state in states:
            line = 2 * len(self.rows)
            task = state.task
            check = QCheckBox(task.code)
            check.setObjectName(f"tick_{task.code}")
            check.setChecked(task.id in ticked_ids)
            check.toggled.connect(self._on_check_toggled)
            description = _TickLabel(task.description + (
                "" if task.required else self.tr(" (keuze)")), check)
            description.setObjectName(f"task_{task.code}")
            day = DateInput(today)
            day.setObjectName(f"date_{task.code}")
            day.setToolTip(self.tr("Datum van de aftekening (vandaag of eerder)"))
            remark = QLineEdit(self._inner)
            remark.setObjectName(f"remark_{task.code}")
            remark.setMaxLength(MAX_REMARK)
            remark.setPlaceholderText(self.tr("Opmerking (mag leeg)"))
            remark.setVisible(self._remarks)
            self._grid.addWidget(check, line, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(description, line, 1, 1, 2)
            self._grid.addWidget(day, line + 1, 1, Qt.AlignmentFlag.AlignTop)
            if self._remarks:
                self._grid.addWidget(remark, line + 1, 2, Qt.AlignmentFlag.AlignTop)
            self.rows.append(TickRow(state, check, day, remark, description))
        self._grid.setRowStretch(2 * len(self.rows), 1)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not self.rows and bool(empty_text))
        self.scroll_area.setVisible(bool(self.rows))
        self.changed.emit()

    def row_of(self, code: str) -> TickRow | None:
        return next((r for r in self.rows if r.state.task.code == code), None)

    def tick(self, code: str, on: bool = True) -> None:
        row = self.row_of(code)
        if row is not None:
            row.check.setChecked(on)

    def ticked(self) -> list[TickRow]:
        return [row for row in self.rows if row.check.isChecked()]

    def set_all_dates(self, value: date) -> None:
        for row in self.rows:
            row.date.setDate(value)

    def items(self) -> list[SignItem] | None:
        """The ticked tasks as SignItems; None when a date is wrong (shown at the field)."""
        today = self._today()
        items: list[SignItem] = []
        ok = True
        for row in self.ticked():
            value = row.date.commit()
            if value is None:
                if not row.date.error:
                    row.date.set_error(self.tr("Vul de datum in."))
                ok = False
                continue
            problem = signoff_date_problem(value, today)
            if problem is not None:
                row.date.set_error(problem)
                ok = False
                continue
            remark = row.remark.text().strip() or None
            items.append(SignItem(row.state.task.id, value, remark))
        return items if ok else None

    def _on_check_toggled(self, _on: bool) -> None:
        self.changed.emit()
