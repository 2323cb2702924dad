"""The Presentie page: marking by keyboard, undo, Iedereen aanwezig, details, final days."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.attendance.register_model import RegisterTableModel
from tests.ui.test_register_helpers import (
    DAY,
    FakeClock,
    make_lesson,
    open_page,
    press,
    stored,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_opens_todays_lesson_with_header_counter_and_rows(qtbot, services: Services,
                                                          admin: Actor, instructor: Actor):
    make_lesson(services, admin)
    page = open_page(qtbot, services, instructor, FakeClock())
    assert page.header.title_label.text() == (
        "Presentie — MAG-lassen 135 niveau 1 (groep LAS-ZWL-1)")
    assert page.info_label.text().startswith("di 1 sep 2026 · 08:30–16:30 · Zwolle")
    assert page.counter_label.text() == "0 van 16 ingevuld"
    assert page.model.rowCount() == 16
    assert page.model.data(page.model.index(0, 2)) == "-   Nog niet ingevuld"
    assert page.table.verticalHeader().defaultSectionSize() >= 36
    assert page.current_row() == 0


def test_keys_mark_the_selected_row_and_move_on(qtbot, services: Services, admin: Actor,
                                                instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    names = [page.model.row_at(r).name for r in range(16)]
    with qtbot.waitSignal(page.marks_changed, timeout=2000):
        press(qtbot, page, clock, Qt.Key.Key_A)
    assert page.current_row() == 1
    for key in (Qt.Key.Key_L, Qt.Key.Key_Z, Qt.Key.Key_G, Qt.Key.Key_O, Qt.Key.Key_V):
        press(qtbot, page, clock, key)
    press(qtbot, page, clock, Qt.Key.Key_Down)
    press(qtbot, page, clock, Qt.Key.Key_A)
    assert page.current_row() == 8
    marks = stored(services, instructor, lesson_id)
    assert [marks[n] for n in names[:8]] == ["aanwezig", "te_laat", "ziek", "geoorloofd",
                                             "ongeoorloofd", "vroeg_weg", None, "aanwezig"]
    assert page.counter_label.text() == "7 van 16 ingevuld"
    late = services.attendance.register(instructor, lesson_id).rows[1].mark
    assert late is not None and late.arrival_time == time(8, 40)  # the lesson is running
    assert page.model.data(page.model.index(1, 2)) == "L   Te laat"


def test_ctrl_z_undoes_the_last_mark(qtbot, services: Services, admin: Actor,
                                     instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    first = page.model.row_at(0).name
    press(qtbot, page, clock, Qt.Key.Key_A)
    press(qtbot, page, clock, Qt.Key.Key_Up)
    press(qtbot, page, clock, Qt.Key.Key_Z)
    assert stored(services, instructor, lesson_id)[first] == "ziek"
    press(qtbot, page, clock, Qt.Key.Key_Z, CTRL)
    assert stored(services, instructor, lesson_id)[first] == "aanwezig"
    assert page.current_row() == 0
    press(qtbot, page, clock, Qt.Key.Key_Z, CTRL)
    assert stored(services, instructor, lesson_id)[first] is None
    assert page.counter_label.text() == "0 van 16 ingevuld"
    history = services.attendance.history(instructor, lesson_id,
                                          page.model.row_at(0).participant_id)
    assert [m.status for m in history] == [None, "aanwezig", "ziek", "aanwezig"]


def test_iedereen_aanwezig_fills_only_empty_rows(qtbot, services: Services, admin: Actor,
                                                 instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    press(qtbot, page, clock, Qt.Key.Key_Z)
    press(qtbot, page, clock, Qt.Key.Key_O)
    press(qtbot, page, clock, Qt.Key.Key_A, CTRL_SHIFT)
    marks = stored(services, instructor, lesson_id)
    names = [page.model.row_at(r).name for r in range(16)]
    assert marks[names[0]] == "ziek" and marks[names[1]] == "ongeoorloofd"
    assert all(marks[n] == "aanwezig" for n in names[2:])
    assert page.counter_label.text() == "16 van 16 ingevuld"
    assert not page.all_present_button.isEnabled()
    press(qtbot, page, clock, Qt.Key.Key_Z, CTRL)  # takes the whole batch back
    marks = stored(services, instructor, lesson_id)
    assert sum(1 for v in marks.values() if v is not None) == 2


def test_sixteen_rows_fully_marked_in_few_keystrokes(qtbot, services: Services,
                                                     admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    keys = [(Qt.Key.Key_A, CTRL_SHIFT),  # Iedereen aanwezig, then the corrections
            (Qt.Key.Key_Down, None), (Qt.Key.Key_Down, None), (Qt.Key.Key_L, None),
            (Qt.Key.Key_Down, None), (Qt.Key.Key_Down, None), (Qt.Key.Key_Z, None),
            (Qt.Key.Key_Down, None), (Qt.Key.Key_G, None),
            (Qt.Key.Key_Down, None), (Qt.Key.Key_O, None),
            (Qt.Key.Key_Down, None), (Qt.Key.Key_Down, None), (Qt.Key.Key_V, None),
            (Qt.Key.Key_Down, None), (Qt.Key.Key_Down, None), (Qt.Key.Key_L, None)]
    for key, modifier in keys:
        press(qtbot, page, clock, key, modifier or Qt.KeyboardModifier.NoModifier)
    names = [page.model.row_at(r).name for r in range(16)]
    marks = stored(services, instructor, lesson_id)
    expected = ["aanwezig"] * 16
    for row, status in ((2, "te_laat"), (5, "ziek"), (7, "geoorloofd"), (9, "ongeoorloofd"),
                        (12, "vroeg_weg"), (15, "te_laat")):
        expected[row] = status
    assert [marks[n] for n in names] == expected
    assert len(keys) == 17 <= 30
    print(f"keystrokes for 16 rows: {len(keys)}")


def test_every_row_by_its_own_key_is_sixteen_keystrokes(qtbot, services: Services,
                                                        admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    letters = "AALAZAGAAOAVAAAL"
    for letter in letters:
        press(qtbot, page, clock, getattr(Qt.Key, f"Key_{letter}"))
    marks = stored(services, instructor, lesson_id)
    assert sum(1 for v in marks.values() if v is not None) == 16
    assert page.counter_label.text() == "16 van 16 ingevuld"


def test_enter_opens_times_and_note_with_the_sick_warning(qtbot, services: Services,
                                                          admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    press(qtbot, page, clock, Qt.Key.Key_Z)
    press(qtbot, page, clock, Qt.Key.Key_Up)
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = page.details_dialog
        assert dialog is not None
        seen["warning"] = dialog.sick_warning.isVisible()
        seen["history"] = dialog.history_table.rowCount()
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("vroeg_weg"))
        seen["warning_after"] = dialog.sick_warning.isVisible()
        dialog.arrival_edit.setText("8:30")
        dialog.departure_edit.setText("1400")
        dialog.note_edit.setText("afspraak gemeente")
        dialog.save_button.click()

    QTimer.singleShot(0, fill)
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert seen == {"warning": True, "history": 1, "warning_after": False}
    mark = services.attendance.register(instructor, lesson_id).rows[0].mark
    assert mark is not None
    assert (mark.status, mark.arrival_time, mark.departure_time, mark.note) == (
        "vroeg_weg", time(8, 30), time(14, 0), "afspraak gemeente")
    assert page.model.data(page.model.index(0, 3)) == "08:30 – 14:00"
    assert page.details_dialog is None


def test_details_with_a_late_arrival_save_te_laat_and_say_why(qtbot, services: Services,
                                                             admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)

    def fill(arrival: str, departure: str) -> None:
        dialog = page.details_dialog
        assert dialog is not None
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("aanwezig"))
        dialog.arrival_edit.setText(arrival)
        dialog.departure_edit.setText(departure)
        dialog.save_button.click()

    QTimer.singleShot(0, lambda: fill("9:15", ""))
    press(qtbot, page, clock, Qt.Key.Key_Return)
    mark = services.attendance.register(instructor, lesson_id).rows[0].mark
    assert mark is not None and (mark.status, mark.arrival_time) == ("te_laat", time(9, 15))
    assert page.model.data(page.model.index(0, 2)) == "L   Te laat"
    assert page.scan_label.text() == (
        "Opgeslagen als ‘Te laat’: de aankomst ligt na het begin van de les.")
    page.select_row(1)
    QTimer.singleShot(0, lambda: fill("8:30", "15:00"))
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert page.model.data(page.model.index(1, 2)) == "V   Vroeg weg"
    assert page.scan_label.text() == (
        "Opgeslagen als ‘Vroeg weg’: het vertrek ligt voor het einde van de les.")
    page.select_row(2)
    QTimer.singleShot(0, lambda: fill("8:30", ""))  # on time: aanwezig, nothing to say
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert page.model.data(page.model.index(2, 2)) == "A   Aanwezig"
    assert page.scan_label.text().startswith("Opgeslagen als ‘Vroeg weg’")  # unchanged


def test_cancelled_lesson_is_read_only(qtbot, services: Services, admin: Actor,
                                       instructor: Actor):
    lesson_id = make_lesson(services, admin)
    services.lessons.cancel_lesson(admin, lesson_id, "instructeur ziek")
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    assert page.banner.isVisible()
    assert page.banner.text() == "Deze les is vervallen: instructeur ziek"
    assert not page.all_present_button.isEnabled()
    press(qtbot, page, clock, Qt.Key.Key_A)
    press(qtbot, page, clock, Qt.Key.Key_A, CTRL_SHIFT)
    assert all(v is None for v in stored(services, instructor, lesson_id).values())


def test_viewer_cannot_mark(qtbot, services: Services, admin: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, Actor.viewer(), clock)
    assert page.banner.text() == "U kunt deze presentie alleen bekijken."
    press(qtbot, page, clock, Qt.Key.Key_A)
    assert all(v is None for v in stored(services, admin, lesson_id).values())


def test_after_the_lesson_day_a_reason_is_asked_first(qtbot, services: Services,
                                                      admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock, now=datetime(2026, 9, 2, 9, 0))
    page.show_day(datetime(2026, 9, 1).date())
    assert page.register is not None and page.register.final
    prompts: list[str] = []
    page.ask_reason = lambda prompt: prompts.append(prompt) or None  # cancelled
    press(qtbot, page, clock, Qt.Key.Key_Z)
    assert len(prompts) == 1 and "na de lesdag" in prompts[0]
    assert page.current_row() == 0
    assert all(v is None for v in stored(services, instructor, lesson_id).values())
    page.ask_reason = lambda prompt: "briefje van de huisarts gezien"
    press(qtbot, page, clock, Qt.Key.Key_Z)
    history = services.attendance.history(instructor, lesson_id,
                                          page.model.row_at(0).participant_id)
    assert [(m.status, m.reason) for m in history] == [("ziek",
                                                        "briefje van de huisarts gezien")]
    assert page.current_row() == 1


def test_the_model_passes_the_model_tester(qtbot, services: Services, admin: Actor,
                                           instructor: Actor):
    lesson_id = make_lesson(services, admin)
    model = RegisterTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    register = services.attendance.register(instructor, lesson_id)
    model.set_rows(register.rows)
    model.set_highlighted(register.rows[2].participant_id)
    assert model.rowCount() == 16 and model.columnCount() == 5
    model.update_mark(register.rows[0].participant_id, None)
    model.set_rows(())
    assert model.rowCount() == 0


def _terborg_lesson(services: Services, admin: Actor, day: date, start: time) -> uuid.UUID:
    """A second site, Terborg, with a group and a lesson on `day` (before Zwolle's)."""
    from sqlalchemy import select

    from bvmdesk.db.models import Group, Module, Site

    with sessions_of(services).write("test") as s:
        site = Site(code="TBG", name="Terborg", settings={})
        module = Module(code="DRA-1", name="Draaien niveau 1", planned_hours=80)
        s.add_all([site, module])
        s.flush()
        teacher = s.scalars(select(Group.instructor_id)
                            .where(Group.code == "LAS-ZWL-1")).one()  # Petra Bakker's
        group = Group(code="DRA-TBG-1", name="Draaien niveau 1", module_id=module.id,
                      location_id=site.id, start_date=day, instructor_id=teacher)
        s.add(group)
        s.flush()
        group_id = group.id
    return services.lessons.add_lesson(admin, group_id, day, start, time(12, 0)).id


def test_presentie_opens_on_the_first_lesson_vandaag_lists_and_shows_its_group(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    zwolle = make_lesson(services, admin)  # 08:30 at Zwolle, this installation's site
    terborg = _terborg_lesson(services, admin, DAY, time(8, 0))  # earlier, at Terborg
    services.today.today = lambda: DAY
    first = services.today.overview(instructor).lessons[0].lesson
    assert first.id == zwolle
    page = open_page(qtbot, services, instructor, FakeClock())
    assert page.register is not None and page.register.lesson.id == zwolle
    assert page.picker.date_edit.date() == DAY
    assert page.picker.lesson_combo.currentData() == zwolle
    assert page.picker.lesson_combo.count() == 1  # Vandaag's lessons: Zwolle's only
    assert page.picker.group_combo.currentData() == first.group_id
    assert page.picker.group_combo.currentText() == "LAS-ZWL-1 · MAG-lassen 135 niveau 1"
    page.resize(1280, 720)
    page.grab().save("/tmp/register-opened.png")
    # Terborg's lesson opened by its group: the boxes follow it.
    group_box = page.picker.group_combo
    group_box.setCurrentIndex(group_box.findText("DRA-TBG-1 · Draaien niveau 1"))
    group_box.activated.emit(group_box.currentIndex())
    assert page.register is not None and page.register.lesson.id == terborg
    assert page.picker.lesson_combo.currentData() == terborg
    assert page.picker.group_combo.currentText() == "DRA-TBG-1 · Draaien niveau 1"
    # Back to the day: Zwolle's first lesson again, and its group.
    page.show_day(DAY)
    assert page.register.lesson.id == zwolle
    assert page.picker.group_combo.currentText() == "LAS-ZWL-1 · MAG-lassen 135 niveau 1"


def test_no_lesson_today_at_this_site_opens_on_nothing_and_says_so(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    _terborg_lesson(services, admin, DAY, time(8, 0))
    page = open_page(qtbot, services, instructor, FakeClock())
    assert page.register is None
    assert page.info_label.text() == "Vandaag geen lessen in Zwolle. Kies een datum of groep."
    assert page.picker.lesson_combo.currentText() == "Geen lessen op deze dag"
    assert page.picker.group_combo.currentData() is None


def _type(qtbot, page, clock: FakeClock, text: str) -> None:
    for char in text:
        press(qtbot, page, clock, char)


def test_after_ctrl_f_enter_or_esc_the_table_has_the_keys_again(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    search = page.header.search_edit
    page.focus_search()  # what Ctrl+F does
    assert search.hasFocus()
    _type(qtbot, page, clock, "persoon003")
    found = page.current_row()
    assert page.model.row_at(found).name == "Test003 Persoon003"
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert page.table.hasFocus() and search.text() == ""
    assert page.current_row() == found
    press(qtbot, page, clock, Qt.Key.Key_A)
    assert stored(services, instructor, lesson_id)["Test003 Persoon003"] == "aanwezig"
    # Esc: the same, without Enter.
    page.focus_search()
    _type(qtbot, page, clock, "persoon005")
    press(qtbot, page, clock, Qt.Key.Key_Escape)
    assert page.table.hasFocus() and search.text() == ""
    assert page.model.row_at(page.current_row()).name == "Test005 Persoon005"
    press(qtbot, page, clock, Qt.Key.Key_Z)
    marks = stored(services, instructor, lesson_id)
    assert marks["Test005 Persoon005"] == "ziek"
    assert sum(1 for value in marks.values() if value) == 2


def test_esc_in_any_pages_search_field_goes_back_to_its_table(qtbot, services: Services,
                                                               instructor: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.main_window import MainWindow
    from tests.ui.conftest import activate

    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    window.show_page_key("participants")
    page = window.participants_page
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert page.header.search_edit.hasFocus()
    qtbot.keyClick(page.header.search_edit, Qt.Key.Key_Escape)
    assert page.table.hasFocus()


def test_the_date_box_takes_typed_dates_and_says_when_one_does_not_exist(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    box = page.picker.date_edit
    assert box.edit.text() == "di 1 sep 2026"

    def enter(text: str) -> None:
        box.edit.setFocus()
        box.edit.selectAll()
        press(qtbot, page, clock, Qt.Key.Key_Backspace)
        _type(qtbot, page, clock, text)
        press(qtbot, page, clock, Qt.Key.Key_Return)

    enter("31-02-2026")
    assert box.error == "31-02-2026 bestaat niet."
    assert page.register is not None and page.register.lesson.id == lesson_id  # unchanged
    enter("2-9-2026")
    assert box.error == "" and box.date() == date(2026, 9, 2)
    assert page.register is None
    assert page.info_label.text() == (
        "Geen lessen in Zwolle op wo 2 sep 2026. Kies een datum of groep.")
    enter("2026-09-01")
    assert page.register is not None and page.register.lesson.id == lesson_id
    enter("01-09-2026")
    assert page.register.lesson.id == lesson_id and box.edit.text() == "di 1 sep 2026"


def test_in_the_main_window_presentie_opens_on_vandaags_first_lesson(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    """Vandaag's day comes from TodayService (BVMDESK_TODAY in a demo); Presentie's too."""
    from bvmdesk.config import Settings
    from bvmdesk.ui.main_window import MainWindow
    from tests.ui.conftest import activate

    zwolle = make_lesson(services, admin)
    _terborg_lesson(services, admin, DAY, time(8, 0))
    services.today.today = lambda: DAY
    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    first = window.today_page.overview.lessons[0].lesson
    window.show_page_key("attendance")
    page = window.register_page
    assert page.register is not None and page.register.lesson.id == first.id == zwolle
    assert page.picker.group_combo.currentData() == first.group_id
