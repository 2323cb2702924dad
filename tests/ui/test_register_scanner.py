"""The register with a USB badge scanner: simulated key events with a controlled clock."""

from __future__ import annotations

import uuid
from datetime import datetime, time

from PySide6.QtCore import Qt
from sqlalchemy import select

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from tests.ui.test_register_helpers import (
    DAY,
    FakeClock,
    make_lesson,
    open_page,
    press,
    scan,
    stored,
)


def _row_of(page, name: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_at(r).name == name)


def test_a_scan_marks_its_person_and_highlights_the_row(qtbot, services: Services,
                                                        admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    with qtbot.waitSignal(page.marks_changed, timeout=2000):
        scan(qtbot, page, clock, "BADGE0007")
    marks = stored(services, instructor, lesson_id)
    assert marks["Zoë van 't Hek"] == "te_laat"  # 08:40, the lesson began at 08:30
    assert sum(1 for v in marks.values() if v is not None) == 1
    row = _row_of(page, "Zoë van 't Hek")
    assert page.current_row() == row
    assert page.model.highlighted == page.model.row_at(row).participant_id
    assert page.scan_label.text() == "Zoë van 't Hek: aanwezig om 08:40 (te laat)."
    qtbot.waitUntil(lambda: page.model.highlighted is None, timeout=3000)


def test_a_badge_starting_with_a_status_letter_marks_nobody_else(qtbot, services: Services,
                                                                 admin: Actor,
                                                                 instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    selected = page.model.row_at(page.current_row()).name
    scan(qtbot, page, clock, "A123")
    marks = stored(services, instructor, lesson_id)
    assert marks[selected] is None or selected == page.model.row_at(page.current_row()).name
    assert [name for name, status in marks.items() if status is not None] == ["Test003 Persoon003"]
    register = services.attendance.register(instructor, lesson_id)
    owner = next(r for r in register.rows if r.badge == "A123")
    assert owner.mark is not None and owner.mark.arrival_time == time(8, 40)
    assert len(services.attendance.history(instructor, lesson_id, owner.participant_id)) == 1


def test_a_second_scan_records_the_departure(qtbot, services: Services, admin: Actor,
                                             instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    scan(qtbot, page, clock, "A123")
    services.attendance.now = page._now = lambda: datetime(2026, 9, 1, 15, 0)
    scan(qtbot, page, clock, "A123")
    register = services.attendance.register(instructor, lesson_id)
    owner = next(r for r in register.rows if r.badge == "A123")
    assert owner.mark is not None
    # te laat stays te laat; the minutes before 16:30 count as missed (DATA_MODEL.md)
    assert (owner.mark.status, owner.mark.arrival_time, owner.mark.departure_time) == (
        "te_laat", time(8, 40), time(15, 0))
    assert page.scan_label.text() == "Test003 Persoon003: vertrek 15:00."


def test_a_scan_typed_into_the_search_field_is_taken_out_again(qtbot, services: Services,
                                                               admin: Actor,
                                                               instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    edit = page.header.search_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    scan(qtbot, page, clock, "BADGE0007", widget=edit)
    assert stored(services, instructor, lesson_id)["Zoë van 't Hek"] == "te_laat"
    assert edit.text() == ""
    press(qtbot, page, clock, Qt.Key.Key_Z)  # a person typing in the field marks nothing
    assert edit.text() == "z"
    assert sum(1 for v in stored(services, instructor, lesson_id).values() if v) == 1


def test_unknown_badge_says_so(qtbot, services: Services, admin: Actor, instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    scan(qtbot, page, clock, "ZZZ999")
    assert page.scan_label.text() == "Onbekende badge: ZZZ999"
    assert page.scan_label.objectName() == "scanError"
    assert not page.walk_in_button.isVisible()
    assert all(v is None for v in stored(services, instructor, lesson_id).values())


def test_walk_in_is_added_to_the_group_and_marked(qtbot, services: Services, admin: Actor,
                                                  instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    scan(qtbot, page, clock, "BADGE0044")
    assert "Jan-Willem van der Berg staat niet in deze groep" in page.scan_label.text()
    assert page.walk_in_button.isVisible()
    assert page.walk_in_button.text() == "Toevoegen aan deze groep"
    qtbot.mouseClick(page.walk_in_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 17
    assert stored(services, instructor, lesson_id)["Jan-Willem van der Berg"] == "te_laat"
    assert page.model.row_at(page.current_row()).name == "Jan-Willem van der Berg"
    assert not page.walk_in_button.isVisible()


def test_slow_status_key_waits_for_the_real_timer(qtbot, services: Services, admin: Actor,
                                                  instructor: Actor):
    """With the real monotonic clock: the key is applied ~50 ms later by the page's timer."""
    import time as real_time

    lesson_id = make_lesson(services, admin)
    page = open_page(qtbot, services, instructor, FakeClock())
    page.keys.clock = real_time.monotonic
    first = page.model.row_at(0).name
    qtbot.keyClick(page.table, Qt.Key.Key_G)
    assert stored(services, instructor, lesson_id)[first] is None  # held, not yet applied
    qtbot.waitUntil(lambda: stored(services, instructor, lesson_id)[first] == "geoorloofd",
                    timeout=2000)
    assert page.current_row() == 1


def test_prefix_character_makes_a_slow_scan(qtbot, services: Services, admin: Actor,
                                            instructor: Actor):
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    page.keys.classifier.prefix = "$"
    for char in "$A123":
        press(qtbot, page, clock, char)
    press(qtbot, page, clock, Qt.Key.Key_Return)
    marks = stored(services, instructor, lesson_id)
    assert [name for name, status in marks.items() if status] == ["Test003 Persoon003"]
    assert page.details_dialog is None


def test_in_the_main_window_scans_work_only_while_presentie_is_shown(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.main_window import MainWindow
    from tests.ui.conftest import activate

    lesson_id = make_lesson(services, admin)
    services.attendance.now = lambda: datetime(2026, 9, 1, 8, 20)
    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    page = window.pages["attendance"]
    clock = FakeClock()
    page.keys.clock = clock
    page._now = services.attendance.now
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.current_page is page and page.keys.active
    page.show_day(datetime(2026, 9, 1).date())
    page.table.setFocus()
    scan(qtbot, page, clock, "BADGE0007")
    assert stored(services, instructor, lesson_id)["Zoë van 't Hek"] == "aanwezig"
    window.show_page_key("participants")
    assert not page.keys.active
    search = window.pages["participants"].header.search_edit
    search.setFocus()
    scan(qtbot, page, clock, "A123", widget=search)
    assert sum(1 for v in stored(services, instructor, lesson_id).values() if v) == 1


def _evening_lesson(services: Services, admin: Actor) -> uuid.UUID:
    """Zoë (BADGE0007) also in LAS-ZWL-2, at Zwolle, 17:30-21:00 on the same day."""
    from bvmdesk.db.models import Enrolment, Group, Module, Participant

    with sessions_of(services).write("test") as s:
        first = s.scalars(select(Group).where(Group.code == "LAS-ZWL-1")).one()
        module = Module(code="TIG141-1", name="TIG-lassen 141 niveau 1", planned_hours=80)
        s.add(module)
        s.flush()
        group = Group(code="LAS-ZWL-2", name="TIG-lassen 141 niveau 1", module_id=module.id,
                      location_id=first.location_id, start_date=DAY,
                      instructor_id=first.instructor_id)  # Petra Bakker teaches both
        s.add(group)
        s.flush()
        zoe = s.scalars(select(Participant).where(Participant.badge == "BADGE0007")).one()
        s.add(Enrolment(participant_id=zoe.id, group_id=group.id, start_date=DAY,
                        status="actief"))
        group_id = group.id
    return services.lessons.add_lesson(admin, group_id, DAY, time(17, 30), time(21, 0)).id


def test_a_scan_outside_the_lesson_window_offers_the_right_lesson(
        qtbot, services: Services, admin: Actor, instructor: Actor):
    morning = make_lesson(services, admin)  # 08:30-16:30
    evening = _evening_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock, now=datetime(2026, 9, 1, 17, 20))
    page.show_day(DAY, morning)
    page.table.setFocus()
    scan(qtbot, page, clock, "BADGE0007")
    assert page.scan_label.text() == (
        "Scan van Zoë van 't Hek om 17:20 valt buiten de les van 08:30–16:30 (scannen kan "
        "van 08:00 tot 17:00). Er is niets vastgelegd. Bedoelt u de les van 17:30–21:00 van "
        "groep LAS-ZWL-2?")
    assert stored(services, instructor, morning)["Zoë van 't Hek"] is None
    assert page.suggestion_button.isVisible()
    assert page.suggestion_button.text() == "Naar die les"
    assert page.model.highlighted is None  # nothing was written: no flash of "done"
    qtbot.mouseClick(page.suggestion_button, Qt.MouseButton.LeftButton)
    assert page.register is not None and page.register.lesson.id == evening
    assert page.picker.lesson_combo.currentData() == evening
    assert stored(services, instructor, evening)["Zoë van 't Hek"] == "aanwezig"
    assert page.scan_label.text() == "Zoë van 't Hek: aanwezig om 17:20."
    assert not page.suggestion_button.isVisible()
    assert stored(services, instructor, morning)["Zoë van 't Hek"] is None
