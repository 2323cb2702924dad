"""Beheer > Groepen through the real services on the GUI test database: a group made in the
form, participants enrolled in the dialog, one stopped with a date, one moved to another
group; instructors only look."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bvmdesk.domain.groups import GroupData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.enrol_dialog import EnrolDialog, EnrolmentDialog
from bvmdesk.ui.admin.groups import GroupForm, groups_panel
from bvmdesk.ui.admin.move_dialog import MoveDialog, StatusDialog
from bvmdesk.ui.admin.records import RecordPanel
from bvmdesk.ui.admin.sections import AdminServices
from tests.ui.conftest import activate
from tests.ui.layout_fit import layout_problems


def _panel(qtbot, services: Services, actor: Actor, width: int = 1280 - 176 - 200,
           height: int = 720 - 60) -> RecordPanel:
    panel = groups_panel(AdminServices.of(services), actor)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: bool(panel.rows), timeout=3000)
    return panel


def _form(panel: RecordPanel) -> GroupForm:
    form = panel.form
    assert isinstance(form, GroupForm)
    return form


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def _pick(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _row(panel: RecordPanel, code: str):
    return next(r for r in panel.rows if r.code == code)


def _make_group(qtbot, panel: RecordPanel, code: str, start: str) -> None:
    form = _form(panel)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, form.code_edit, code)
    _type(qtbot, form.name_edit, f"Groep {code}")
    _pick(form.module_combo, "MAG135-1")
    _pick(form.site_combo, "ZWL")
    _pick(form.main_combo, "Petra Bakker")
    _type(qtbot, form.start_edit.edit, start)
    activate(qtbot, panel)
    form.code_edit.setFocus()
    qtbot.keyClick(form.code_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.message_label.text() == "Opgeslagen.", timeout=3000)


def test_a_group_is_made_in_the_form_and_shown_in_the_list(qtbot, services: Services,
                                                            admin: Actor):
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    assert [r.code for r in panel.table.table_model.rows()] == ["LAS-ZWL-1"]
    assert not form.enrolments.isVisible()  # nothing chosen yet
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, form.code_edit, "x")
    qtbot.keyClick(form.code_edit, Qt.Key.Key_Backspace)
    assert form.fields["code"].error  # told as you type, next to the field
    asked: list[str] = []
    panel.confirm = lambda text, action: asked.append(text) or True
    _make_group(qtbot, panel, "LAS-ZWL-2", "2-2-2027")
    assert len(asked) == 1 and "Weggooien" in asked[0]  # the typed "x" was dropped
    row = _row(panel, "LAS-ZWL-2")
    assert (row.module, row.site, row.start_date, row.active) == (
        "MAG135-1", "ZWL", date(2027, 2, 2), 0)
    assert row.instructors == "Petra Bakker"
    stored = services.groups.get(admin, row.id)
    assert stored == GroupData("LAS-ZWL-2", "Groep LAS-ZWL-2", "MAG135-1", "ZWL",
                               stored.instructor_ids, date(2027, 2, 2), None)
    assert len(stored.instructor_ids) == 1
    assert [r.code for r in panel.table.table_model.rows()] == ["LAS-ZWL-1", "LAS-ZWL-2"]
    assert form.enrolments.isVisible()
    assert form.enrolments.title.text() == "Inschrijvingen (0)"
    assert form.enrolments.add_button.isEnabled()


def _enrol(qtbot, services, admin, panel, answer, searches: list[str]):
    """Add the participants found by `searches` in the dialog; the dialog's state."""
    form = _form(panel)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, EnrolDialog)
        for text in searches:
            dialog.picker.search(text)
            dialog.picker.submit()
        seen["chosen"] = len(dialog.chosen)
        seen["start"] = dialog.start_edit.date()
        dialog.buttons.save_button.click()
        seen["message"] = dialog.buttons.message_label.text()
        if dialog.isVisible():
            dialog.reject()

    answer([fill])
    qtbot.mouseClick(form.enrolments.add_button, Qt.MouseButton.LeftButton)
    return seen


def test_participants_are_enrolled_stopped_and_moved(qtbot, services: Services,
                                                    admin: Actor, answer):
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    _make_group(qtbot, panel, "LAS-ZWL-2", "2-2-2027")
    enrolments = form.enrolments
    # Two at once: one found by name, one by her badge typed as a scan.
    seen = _enrol(qtbot, services, admin, panel, answer, ["Bouzid", "BADGE0031"])
    assert seen["chosen"] == 2 and seen["start"] == date(2027, 2, 2)
    assert enrolments.title.text() == "Inschrijvingen (2)"
    names = {e.name for e in enrolments.rows}
    assert names == {"Fatima Bouzid", "Łukasz Wiśniewski"}
    assert all(e.status == "actief" and e.start_date == date(2027, 2, 2)
               for e in enrolments.rows)
    assert "2 deelnemers ingeschreven." in enrolments.message_label.text()
    assert _row(panel, "LAS-ZWL-2").active == 2

    # Again the same person: refused, with the service's words, nothing added.
    seen = _enrol(qtbot, services, admin, panel, answer, ["Bouzid"])
    assert seen["message"]
    assert len(services.enrolments.enrolments(admin, _row(panel, "LAS-ZWL-2").id)) == 2

    # Stop Fatima with a date; gestopt without a date is refused first.
    fatima = next(e for e in enrolments.rows if e.name == "Fatima Bouzid")
    assert enrolments.select(fatima.number)
    stop_day = date(2027, 3, 12)
    results: dict[str, object] = {}

    def stop(dialog: QDialog) -> None:
        assert isinstance(dialog, StatusDialog)
        dialog.radios["gestopt"].setChecked(True)
        dialog.day_edit.setDate(None)
        dialog.buttons.save_button.click()
        results["without_date"] = dialog.isVisible()
        dialog.day_edit.setDate(stop_day)
        dialog.buttons.save_button.click()

    script = answer([stop])
    qtbot.mouseClick(enrolments.status_button, Qt.MouseButton.LeftButton)
    assert script.errors == []
    assert results["without_date"] is True
    fatima = next(e for e in enrolments.rows if e.name == "Fatima Bouzid")
    assert (fatima.status, fatima.end_date) == ("gestopt", stop_day)

    # Move Łukasz to LAS-ZWL-1 from a day on.
    lukasz = next(e for e in enrolments.rows if e.name == "Łukasz Wiśniewski")
    assert enrolments.select(lukasz.number)
    move_day = date(2027, 4, 1)
    target = _row(panel, "LAS-ZWL-1").id

    def move(dialog: QDialog) -> None:
        assert isinstance(dialog, MoveDialog)
        assert dialog.group_combo.count() == 1  # not the group itself
        assert dialog.choose_group(target)
        dialog.day_edit.setDate(move_day)
        dialog.buttons.save_button.click()

    script = answer([move])
    qtbot.mouseClick(enrolments.move_button, Qt.MouseButton.LeftButton)
    assert script.errors == []
    lukasz = next(e for e in enrolments.rows if e.name == "Łukasz Wiśniewski")
    assert (lukasz.status, lukasz.end_date) == ("gestopt", move_day - timedelta(days=1))
    there = services.enrolments.enrolments(admin, target)
    moved = next(e for e in there if e.name == "Łukasz Wiśniewski")
    assert (moved.status, moved.start_date) == ("actief", move_day)
    assert "verplaatst naar LAS-ZWL-1" in enrolments.message_label.text()


def test_enter_on_an_enrolment_changes_its_dates(qtbot, services: Services, admin: Actor,
                                                 answer):
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    assert panel.select(_row(panel, "LAS-ZWL-1").id)
    enrolments = form.enrolments
    assert enrolments.title.text() == "Inschrijvingen (1)"
    zoe = enrolments.rows[0]
    assert enrolments.select(zoe.number)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, EnrolmentDialog)
        assert dialog.company.company_code() == "LB-DEMO"
        dialog.end_edit.setDate(date(2027, 6, 30))
        dialog.buttons.save_button.click()

    answer([edit])
    enrolments.table.setFocus()
    qtbot.keyClick(enrolments.table, Qt.Key.Key_Return)
    assert enrolments.rows[0].end_date == date(2027, 6, 30)
    assert services.enrolments.enrolments(admin, _row(panel, "LAS-ZWL-1").id)[0].end_date == (
        date(2027, 6, 30))


def test_instructors_see_the_groups_but_cannot_change_them(qtbot, services: Services,
                                                          instructor: Actor):
    panel = _panel(qtbot, services, instructor)
    form = _form(panel)
    assert not panel.new_button.isVisible() and not panel.save_button.isVisible()
    assert panel.select(_row(panel, "LAS-ZWL-1").id)
    assert not form.code_edit.isEnabled()
    enrolments = form.enrolments
    assert panel.tabs is not None and not enrolments.isVisible()  # on the second tab
    panel.tabs.setCurrentIndex(1)
    assert enrolments.isVisible() and enrolments.title.text() == "Inschrijvingen (1)"
    assert enrolments.select(enrolments.rows[0].number)
    for button in (enrolments.add_button, enrolments.status_button, enrolments.move_button):
        assert not button.isEnabled()
    enrolments.edit_enrolment()  # Enter on a row: nothing opens (no dialog is scripted)
    assert not panel.save()


def test_lessons_are_planned_from_the_group(qtbot, services: Services, admin: Actor,
                                            answer):
    from bvmdesk.ui.attendance.lessons import LessonsPanel

    services.groups.add(admin, "AAA-1", "Eerder in de lijst", "MAG135-1", "ZWL",
                        date(2026, 9, 1))
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    group = _row(panel, "LAS-ZWL-1")
    assert panel.select(group.id)
    shown: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        planner = dialog.findChildren(LessonsPanel)[0]
        shown["group"] = planner.group_id
        dialog.reject()

    answer([look])
    qtbot.mouseClick(form.lessons_button, Qt.MouseButton.LeftButton)
    assert shown["group"] == group.id


def test_the_panel_fits_at_1280x720(qtbot, services: Services, admin: Actor, tmp_path):
    panel = _panel(qtbot, services, admin)
    assert panel.select(_row(panel, "LAS-ZWL-1").id)
    qtbot.wait(20)
    assert layout_problems(panel) == []
    panel.grab().save(str(tmp_path / "groups.png"))
    scroll = panel.form.parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]


def test_a_click_on_an_enrolment_enables_its_buttons(qtbot, services: Services,
                                                      admin: Actor):
    """A mouse click moves the current row before it selects it; the buttons must follow
    the selection (a first try found them still disabled after a click)."""
    panel = _panel(qtbot, services, admin)
    assert panel.select(_row(panel, "LAS-ZWL-1").id)
    assert panel.tabs is not None
    panel.tabs.setCurrentIndex(1)
    enrolments = _form(panel).enrolments
    table = enrolments.table
    assert not enrolments.status_button.isEnabled()
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.current_item() is not None
    assert enrolments.status_button.isEnabled() and enrolments.move_button.isEnabled()


def test_the_main_instructor_is_not_offered_again(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, services, admin)
    assert panel.select(_row(panel, "LAS-ZWL-1").id)
    form = _form(panel)
    _pick(form.main_combo, "Petra Bakker")
    shown = [form.extra_list.item(i).text() for i in range(form.extra_list.count())
             if not form.extra_list.item(i).isHidden()]
    assert "Petra Bakker" not in shown and shown
    _pick(form.main_combo, "Nog geen instructeur")
    assert all(not form.extra_list.item(i).isHidden() for i in range(form.extra_list.count()))
