"""Beheer > Groepen (planning lessons) and Beheer > Vakanties, on a real database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.holidays import HolidaysPanel
from bvmdesk.ui.attendance.lessons import LessonsPanel
from bvmdesk.ui.formatting import to_qdate
from tests.ui.test_register_helpers import dutch


def _panel(qtbot, panel):
    dutch()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_weekly_pattern_generates_lessons(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, LessonsPanel(services.lessons, services.attendance, admin))
    assert panel.group_combo.currentText().startswith("LAS-ZWL-1")
    assert panel.table.rowCount() == 0
    panel.weekday_boxes[0].setChecked(True)  # ma
    panel.weekday_boxes[3].setChecked(True)  # do
    today = date.today()
    panel.from_edit.setDate(to_qdate(today))
    panel.until_edit.setDate(to_qdate(today).addDays(27))
    with qtbot.waitSignal(panel.lessons_changed, timeout=2000):
        qtbot.mouseClick(panel.generate_button, Qt.MouseButton.LeftButton)
    count = panel.table.rowCount()
    assert 4 <= count <= 8
    assert panel.message_label.text() == f"{count} lessen gepland."
    assert panel.table.item(0, 1).text() == "08:30–16:30"
    assert panel.table.item(0, 4).text() == "gepland"


def test_add_cancel_and_staff_one_lesson(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, LessonsPanel(services.lessons, services.attendance, admin))
    panel.single_date_edit.setDate(to_qdate(date.today()))
    panel.topic_edit.setText("Veiligheid")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 3).text() == "Veiligheid"
    panel.table.selectRow(0)
    panel.instructor_combo.setCurrentIndex(panel.instructor_combo.findText("Petra Bakker"))
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert panel.table.item(0, 2).text() == "Petra Bakker"
    panel.table.selectRow(0)
    panel.ask_reason = lambda prompt: "hal dicht voor onderhoud"
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.table.item(0, 4).text() == "vervallen: hal dicht voor onderhoud"
    lessons = services.attendance.lessons_on(admin, date.today())
    assert [(lesson.cancelled, lesson.instructor) for lesson in lessons] == [
        (True, "Petra Bakker")]


def test_instructors_only_look(qtbot, services: Services, instructor: Actor):
    panel = _panel(qtbot, LessonsPanel(services.lessons, services.attendance, instructor))
    assert not panel.generate_button.isEnabled()
    assert not panel.cancel_button.isEnabled()


def test_holidays_are_added_and_deleted(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, HolidaysPanel(services.lessons, admin))
    assert panel.table.rowCount() == 0
    panel.first_edit.setDate(to_qdate(date(2026, 10, 19)))
    panel.last_edit.setDate(to_qdate(date(2026, 10, 25)))
    panel.name_edit.setText("Herfstvakantie")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in range(4)] == [
        "ZWL", "ma 19 okt 2026", "zo 25 okt 2026", "Herfstvakantie"]
    assert services.lessons.holidays(admin, "ZWL")[0].name == "Herfstvakantie"
    panel.table.selectRow(0)
    questions: list[str] = []
    panel.confirm = lambda question: questions.append(question) or True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert questions == ["Herfstvakantie (ZWL, ma 19 okt 2026 t/m zo 25 okt 2026) verwijderen?"]
    assert panel.table.rowCount() == 0
    assert services.lessons.holidays(admin) == []


def test_admin_page_hooks_up_groups_and_holidays(qtbot, services: Services, admin: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.page import AdminPage

    page = AdminPage(services.accounts, admin, Settings.load(), exchange=services.exchange,
                     lessons=services.lessons, attendance=services.attendance)
    qtbot.addWidget(page)
    assert isinstance(page.panels["groups"], LessonsPanel)
    assert isinstance(page.panels["holidays"], HolidaysPanel)


def _typed(qtbot, field, text: str) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, text)


def test_typed_dates_for_holidays_and_lessons_and_an_impossible_one_refused(
        qtbot, services: Services, admin: Actor):
    holidays = _panel(qtbot, HolidaysPanel(services.lessons, admin))
    _typed(qtbot, holidays.first_edit, "31-02-2027")
    _typed(qtbot, holidays.last_edit, "2027-03-05")
    qtbot.mouseClick(holidays.add_button, Qt.MouseButton.LeftButton)
    assert holidays.first_edit.error == "31-02-2027 bestaat niet."
    assert services.lessons.holidays(admin, "ZWL") == []
    _typed(qtbot, holidays.first_edit, "1-3-2027")
    qtbot.mouseClick(holidays.add_button, Qt.MouseButton.LeftButton)
    [holiday] = services.lessons.holidays(admin, "ZWL")
    assert (holiday.first_day, holiday.last_day) == (date(2027, 3, 1), date(2027, 3, 5))
    lessons = _panel(qtbot, LessonsPanel(services.lessons, services.attendance, admin))
    _typed(qtbot, lessons.single_date_edit, "30-02-2027")
    qtbot.mouseClick(lessons.add_button, Qt.MouseButton.LeftButton)
    assert lessons.single_date_edit.error == "30-02-2027 bestaat niet."
    assert lessons.table.rowCount() == 0
    _typed(qtbot, lessons.single_date_edit, "02-03-2027")
    qtbot.mouseClick(lessons.add_button, Qt.MouseButton.LeftButton)
    assert lessons.table.rowCount() == 1
    assert lessons.table.item(0, 0).text() == "di 2 mrt 2027"
