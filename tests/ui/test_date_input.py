"""DateInput: typed dates in every form people use, and impossible dates said out loud."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from bvmdesk.ui.common.date_input import DateInput
from tests.ui.test_register_helpers import dutch


def _field(qtbot, value: date | None = date(2026, 9, 1), **kwargs) -> DateInput:
    dutch()
    field = DateInput(value, **kwargs)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    return field


def _type(qtbot, field: DateInput, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def test_qdateedit_moves_an_impossible_date_to_another_day(qtbot):
    """The bug DateInput is for: QDateEdit quietly makes 31-02-2026 into 28-02-2026."""
    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(QDate(2026, 1, 31))
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    edit.stepBy(1)
    assert edit.date() == QDate(2026, 2, 28)  # no word about it


@pytest.mark.parametrize("text", ["3-12-2026", "03-12-2026", "2026-12-03", "do 3 dec 2026"])
def test_typed_dates_are_taken(qtbot, text: str):
    field = _field(qtbot)
    with qtbot.waitSignal(field.date_changed, timeout=1000) as signal:
        _type(qtbot, field, text)
    assert signal.args == [date(2026, 12, 3)]
    assert field.date() == date(2026, 12, 3) and field.error == ""
    assert field.edit.text() == "do 3 dec 2026"


def test_an_impossible_date_is_said_at_the_field_not_corrected(qtbot):
    field = _field(qtbot)
    with qtbot.assertNotEmitted(field.date_changed):
        _type(qtbot, field, "31-02-2026")
    assert field.error == "31-02-2026 bestaat niet."
    assert field.error_label.isVisible()
    assert field.date() is None
    assert field.edit.text() == "31-02-2026"  # what was typed stays, to be put right
    _type(qtbot, field, "28-02-2026")
    assert field.date() == date(2026, 2, 28) and not field.error_label.isVisible()
    _type(qtbot, field, "morgen")
    assert field.error == "morgen is geen datum; schrijf bijvoorbeeld 3-12-2026 of 2026-12-03."


def test_up_and_down_step_a_day_and_an_optional_field_may_be_empty(qtbot):
    field = _field(qtbot)
    field.edit.setFocus()
    with qtbot.waitSignal(field.date_changed, timeout=1000):
        qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.date() == date(2026, 9, 2)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.date() == date(2026, 8, 31)
    optional = _field(qtbot, None, optional=True)
    assert optional.date() is None and optional.error == ""
    _type(qtbot, optional, "")
    assert optional.error == ""
    required = _field(qtbot)
    _type(qtbot, required, "")
    assert required.error.startswith("Vul een datum in")


def test_the_calendar_chooses_a_day(qtbot):
    field = _field(qtbot)
    field.open_calendar()
    assert field.calendar.selectedDate() == QDate(2026, 9, 1)
    with qtbot.waitSignal(field.date_changed, timeout=1000) as signal:
        field.calendar.clicked.emit(QDate(2026, 9, 15))
    assert signal.args == [date(2026, 9, 15)] and field.date() == date(2026, 9, 15)
    field.resize(300, 60)
    _type(qtbot, field, "31-02-2026")
    field.grab().save("/tmp/date-input-error.png")


def test_no_date_field_of_the_gui_is_a_qdateedit():
    """Every date field is a DateInput: QDateEdit would move 31-02 to 28-02 without a word."""
    from pathlib import Path

    import bvmdesk.ui

    root = Path(bvmdesk.ui.__file__).parent
    users = sorted(str(path.relative_to(root)) for path in root.rglob("*.py")
                   if path.name != "date_input.py" and path.name != "theme.py"
                   and "QDateEdit" in path.read_text(encoding="utf-8"))
    assert users == []
