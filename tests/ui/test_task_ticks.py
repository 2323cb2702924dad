"""The tasks to tick (sign and paper dialogs): showing other tasks leaves none of the old
lines behind, also before Qt deletes them (a dialog's own event loop does not)."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit

from bvmdesk.services.signoff_types import TaskInfo, TaskState
from bvmdesk.ui.signoffs.task_ticks import TaskTicks


def _state(code: str) -> TaskState:
    task = TaskInfo(uuid.uuid4(), uuid.uuid4(), "M", "Module", code, f"Taak {code}", None,
                    None, True, False)
    return TaskState(task, None, ())


def test_other_tasks_replace_the_old_lines_at_once(qtbot) -> None:
    ticks = TaskTicks(lambda: date(2026, 10, 12))
    qtbot.addWidget(ticks)
    ticks.show()
    ticks.set_tasks([_state("T1"), _state("T2"), _state("T3")])
    ticks.set_tasks([_state("T9")], ticked=[])
    boxes = ticks.findChildren(QCheckBox)
    assert [b.text() for b in boxes] == ["T9"]
    assert len(ticks.findChildren(QLineEdit, "remark_T9")) == 1
    assert not ticks.findChildren(QLineEdit, "remark_T1")
    ticks.tick("T9")
    items = ticks.items()
    assert items is not None and len(items) == 1 and items[0].day == date(2026, 10, 12)


def test_a_click_on_the_description_ticks_the_task(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    ticks = TaskTicks(lambda: date(2026, 10, 12))
    qtbot.addWidget(ticks)
    ticks.show()
    ticks.set_tasks([_state("T1")])
    label = ticks.findChild(QLabel, "task_T1")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert ticks.rows[0].check.isChecked()
