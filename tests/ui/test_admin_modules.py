"""Beheer > Modules on a real database: a module typed and stored with Ctrl+S (a field error
next to its field that goes when fixed), crebo and level picked from the qualification
list, a work process added, changed and archived; archiving refused while a group uses the
module; read-only for instructors; the panel at 1280x720."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QScrollArea

from bvmdesk.domain.modules import ModuleData, WorkProcessData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.modules import ModuleForm, modules_panel
from bvmdesk.ui.admin.modules_work import QualificationDialog, WorkProcessDialog
from bvmdesk.ui.admin.records import RecordPanel
from bvmdesk.ui.admin.sections import AdminServices, record_panel


def _panel(qtbot, services: Services, actor: Actor, size: tuple[int, int] = (1100, 680)
           ) -> RecordPanel:
    panel = modules_panel(services.modules, actor)
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.count_label.text() != "")
    return panel


def _form(panel: RecordPanel) -> ModuleForm:
    form = panel.form
    assert isinstance(form, ModuleForm)
    return form


def _codes(panel: RecordPanel) -> list[str]:
    return [row.code for row in panel.table.table_model.rows()]


def _pick(search: str) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QualificationDialog)
        dialog.show()
        QTest.keyClicks(dialog.search_edit, search)
        assert len(dialog.table.table_model.rows()) == 1
        dialog.buttons.save_button.click()
        return dialog.result()
    return run


def test_a_module_is_typed_checked_and_saved_with_ctrl_s(qtbot, services: Services,
                                                         admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    assert _codes(panel) == ["MAG135-1"] and panel.count_label.text() == "1 module"
    QTest.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.creating and panel.heading.text() == "Nieuwe module"
    assert panel.tabs is not None and not panel.tabs.isTabEnabled(1)  # once it is stored
    QTest.keyClicks(form.code_edit, "LAS-3")
    QTest.keyClicks(form.crebo_edit, "2528")
    assert "5 cijfers" in form.fields["crebo"].error
    assert form.fields["name"].error == ""  # not touched yet
    QTest.keyClicks(form.crebo_edit, "7")
    assert form.fields["crebo"].error == ""
    QTest.keyClicks(form.level_edit, "7")
    assert "tussen 1 en 4" in form.fields["level"].error
    QTest.keyClick(form.level_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # refused: no name, no planned hours, level 7; each next to its field, nothing stored
    assert "Vul de naam" in form.fields["name"].error
    assert "Vul de geplande uren" in form.fields["planned_hours"].error
    assert "3 velden" in panel.message_label.text()
    assert len(services.modules.records(admin)) == 1
    QTest.keyClick(form.level_edit, Qt.Key.Key_Backspace)
    assert form.fields["level"].error == ""
    # The qualification list fills crebo, level and (empty) the name.
    form.run_dialog = _pick("allround lasser")
    form.pick_button.click()
    assert (form.crebo_edit.text(), form.level_edit.text(), form.name_edit.text()) == (
        "25287", "3", "Allround lasser")
    assert form.fields["name"].error == ""
    QTest.keyClicks(form.hours_edit, "400")
    QTest.keyClicks(form.attendance_edit, "80")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("deelname"))
    QTest.keyClicks(form.validity_edit, "5")
    assert all(box.error == "" for box in form.fields.values())
    QTest.keyClick(form.hours_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.message_label.text() == "Opgeslagen."
    stored = {r.code: r for r in services.modules.records(admin)}
    assert services.modules.get(admin, stored["LAS-3"].id) == ModuleData(
        "LAS-3", "Allround lasser", None, "25287", 3, 400, 80, "deelname", 5)
    assert panel.heading.text() == "Module LAS-3" and panel.count_label.text() == "2 modules"
    assert panel.tabs is not None and panel.tabs.isTabEnabled(1)
    panel.tabs.setCurrentIndex(1)
    assert form.work.isVisible() and form.work.label.text() == "Werkprocessen (0)"


def test_work_processes_are_added_changed_and_archived(qtbot, services: Services,
                                                       admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    panel.table.select_row(_codes(panel).index("MAG135-1"))
    work = form.work
    assert panel.tabs is not None
    panel.tabs.setCurrentIndex(1)
    assert work.add_button.isVisible() and not work.archive_button.isEnabled()
    seen: list[str] = []

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, WorkProcessDialog)
        dialog.show()
        seen.append(dialog.windowTitle())
        QTest.keyClicks(dialog.code_edit, "B1-K1")
        assert "B1-K1-W1" in dialog.fields["code"].error  # the pattern, said as you type
        QTest.keyClicks(dialog.code_edit, "-W1")
        assert dialog.fields["code"].error == ""
        assert not dialog.save()  # no name yet: refused next to the field
        assert "Vul de naam" in dialog.fields["name"].error
        QTest.keyClicks(dialog.name_edit, "Bereidt het lassen voor")
        assert dialog.fields["name"].error == ""
        assert dialog.save()
        return dialog.result()

    work.run_dialog = add
    work.add_button.click()
    assert seen == ["Werkproces toevoegen aan MAG135-1"]
    assert [(w.code, w.name) for w in work.table.table_model.rows()] == [
        ("B1-K1-W1", "Bereidt het lassen voor")]
    assert work.label.text() == "Werkprocessen (1)"
    assert work.message_label.text() == "Werkproces B1-K1-W1 is toegevoegd."
    assert panel.table.current_item().work_processes == 1  # the list's count follows

    def rename(dialog: QDialog) -> int:
        assert isinstance(dialog, WorkProcessDialog)
        dialog.show()
        assert dialog.windowTitle() == "Werkproces B1-K1-W1 wijzigen"
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_End)
        QTest.keyClicks(dialog.name_edit, " en last")
        assert dialog.save()
        return dialog.result()

    work.run_dialog = rename
    work.table.select_row(0)
    work.table.doubleClicked.emit(work.table.table_model.index(0, 1))
    assert [w.name for w in work.table.table_model.rows()] == [
        "Bereidt het lassen voor en last"]

    def duplicate(dialog: QDialog) -> int:
        assert isinstance(dialog, WorkProcessDialog)
        dialog.show()
        QTest.keyClicks(dialog.code_edit, "B1-K1-W1")
        QTest.keyClicks(dialog.name_edit, "Nog eens")
        assert not dialog.save()
        assert "al werkproces B1-K1-W1" in dialog.fields["code"].error
        dialog.reject()
        return dialog.result()

    work.run_dialog = duplicate
    work.add_button.click()
    assert len(work.table.table_model.rows()) == 1
    asked: list[str] = []
    work.confirm = lambda text, action: asked.append(text) is None
    work.table.select_row(0)
    work.archive_button.click()
    assert asked and asked[0].startswith("Werkproces B1-K1-W1 archiveren?")
    assert work.table.table_model.rows() == [] and work.label.text() == "Werkprocessen (0)"


def test_archiving_a_module_a_group_uses_is_refused(qtbot, services: Services,
                                                    admin: Actor) -> None:
    services.modules.save(admin, None, ModuleData("TIG-1", "TIG-lassen", planned_hours=40))
    panel = _panel(qtbot, services, admin)
    panel.confirm = lambda text, action: True
    panel.table.select_row(_codes(panel).index("MAG135-1"))
    panel.archive_button.click()
    assert panel.message_label.text().startswith(
        "Module MAG135-1 is nog in gebruik bij 1 groep.")
    panel.table.select_row(_codes(panel).index("TIG-1"))
    panel.archive_button.click()
    assert panel.message_label.text() == "Module TIG-1 is gearchiveerd."
    assert _codes(panel) == ["MAG135-1"]


def test_instructors_see_modules_read_only(qtbot, services: Services,
                                           instructor: Actor) -> None:
    mag = next(r.id for r in services.modules.records(instructor))
    from bvmdesk.services.container import sessions_of
    from bvmdesk.services.modules import ModuleService

    ModuleService(sessions_of(services)).save_work_process(
        Actor.cli(), mag, None, WorkProcessData("B1-K1-W1", "Voorbereiden"))
    panel = _panel(qtbot, services, instructor)
    form = _form(panel)
    panel.table.select_row(0)
    assert form.code_edit.text() == "MAG135-1" and not form.code_edit.isEnabled()
    assert not form.pick_button.isEnabled()
    assert not panel.save_button.isVisible() and not panel.new_button.isVisible()
    assert [w.code for w in form.work.table.table_model.rows()] == ["B1-K1-W1"]
    assert not form.work.add_button.isVisible() and not form.work.archive_button.isVisible()


def test_beheer_builds_the_modules_panel_and_it_renders_at_1280x720(
        qtbot, services: Services, admin: Actor, tmp_path: Path) -> None:
    panel = record_panel("modules", AdminServices.of(services), admin)
    assert isinstance(panel, RecordPanel)
    qtbot.addWidget(panel)
    panel.resize(1280 - 176, 720 - 24)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 module")
    panel.table.select_row(0)
    form = _form(panel)
    assert panel.tabs is not None and panel.tabs.isTabEnabled(1)  # the work processes' tab
    qtbot.wait(50)  # the layout settles
    (scroll,) = [a for a in panel.findChildren(QScrollArea) if a.widget() is form]
    assert not scroll.horizontalScrollBar().isVisible()  # no field is cut off at the right
    assert form.pick_button.isVisible() and form.crebo_edit.width() >= (
        form.crebo_edit.fontMetrics().horizontalAdvance("5 cijfers"))
    picture = tmp_path / "modules.png"
    assert panel.grab().save(str(picture))
    assert picture.stat().st_size > 0
    panel.tabs.setCurrentIndex(1)
    assert form.work.isVisible() and form.work.add_button.isVisible()
    # Nothing of the form is cut off: the save button is inside the panel.
    corner = panel.save_button.mapTo(panel, panel.save_button.rect().bottomRight())
    assert corner.y() <= panel.height() and corner.x() <= panel.width()
