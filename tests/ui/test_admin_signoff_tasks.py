"""Beheer > Aftekentaken on a real database through the real services: a new task by
keyboard (with a new work process), change, archive and restore, a refusal that says why,
read-only for instructors, and the page in Beheer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.signoff_types import TaskInfo, TaskSpec
from bvmdesk.ui.admin.signoff_tasks import SignOffTasksPanel
from tests.ui.conftest import activate
from tests.ui.layout_fit import layout_problems

MODULE = "MAG135-1"


def _panel(qtbot, services: Services, actor: Actor) -> SignOffTasksPanel:
    panel = SignOffTasksPanel(services.signoff_tasks, actor)
    qtbot.addWidget(panel)
    panel.resize(1100, 680)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _task(services: Services, admin: Actor, code: str = "AT01",
          work_process: str | None = "B1-K1-W1") -> TaskInfo:
    return services.signoff_tasks.save_task(admin, TaskSpec(
        MODULE, code, "Last een hoeknaad in positie PB", work_process,
        "Voert laswerk uit" if work_process else None, required=True))


def test_a_new_task_is_made_by_keyboard(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, services, admin)
    assert panel.card.message.startswith("Nog geen aftekentaken")
    activate(qtbot, panel)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = panel.editor
    assert editor is not None and editor.isVisible()
    activate(qtbot, editor)
    assert editor.module_code() == MODULE and editor.required_check.isChecked()
    assert QApplication.focusWidget() is editor.code_edit
    qtbot.keyClicks(editor.code_edit, "AT07")
    qtbot.keyClick(editor.code_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.description_edit
    qtbot.keyClicks(editor.description_edit, "Stelt de lasmachine in")
    qtbot.keyClicks(editor.process_combo.lineEdit(), "b1-k2-w1")
    assert editor.is_new_process() and editor.process_name_edit.isEnabled()
    assert "B1-K2-W1 is nieuw" in editor.process_hint.text()
    qtbot.keyClicks(editor.process_name_edit, "Richt de werkplek in")
    editor.required_check.setChecked(False)
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.description_edit, Qt.Key.Key_Return)
    assert not editor.isVisible()
    [task] = services.signoff_tasks.list_tasks(admin, module_code=MODULE)
    assert (task.code, task.description, task.work_process, task.work_process_name,
            task.required) == ("AT07", "Stelt de lasmachine in", "B1-K2-W1",
                               "Richt de werkplek in", False)
    assert panel.table.current_item().code == "AT07"
    assert "AT07 van MAG135-1 is opgeslagen" in panel.message_label.text()
    # The next task offers that work process in the combo.
    editor = panel.new_task()
    assert editor is not None
    assert editor.process_combo.findData("B1-K2-W1") >= 0
    assert editor.work_process() is None                  # empty: no work process
    editor.reject()


def test_change_a_task_keeps_its_module(qtbot, services: Services, admin: Actor):
    task = _task(services, admin)
    panel = _panel(qtbot, services, admin)
    panel.table.select_row(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    editor = panel.editor
    assert editor is not None and not editor.read_only
    assert not editor.module_combo.isEnabled()
    assert editor.work_process() == "B1-K1-W1" and not editor.is_new_process()
    editor.description_edit.setText("Last een hoeknaad in positie PF")
    editor.process_combo.lineEdit().clear()       # no work process any more
    assert editor.save()
    changed = services.signoff_tasks.task(admin, task.id)
    assert changed.description.endswith("PF") and changed.work_process is None


def test_archive_and_restore(qtbot, services: Services, admin: Actor):
    _task(services, admin)
    _task(services, admin, "AT02", None)
    panel = _panel(qtbot, services, admin)
    asked: list[str] = []
    panel.confirm = lambda text, action: asked.append(text) or True
    panel.table.select_row(0)
    assert panel.archive_current()
    assert "blijft staan" in asked[0]
    assert [t.code for t in panel.table.table_model.rows()] == ["AT02"]
    panel.archived_check.setChecked(True)
    rows = panel.table.table_model.rows()
    assert [(t.code, t.archived) for t in rows] == [("AT01", True), ("AT02", False)]
    panel.table.select_row(0)
    assert panel.archive_button.text() == "Terugzetten"
    editor = panel.edit_current()
    assert editor is not None and editor.read_only   # an archived task is only looked at
    editor.reject()
    assert panel.archive_current()
    assert not services.signoff_tasks.task(admin, rows[0].id).archived
    assert "teruggezet" in panel.message_label.text()


def test_a_refused_task_says_why_and_saves_nothing(qtbot, services: Services, admin: Actor):
    _task(services, admin)
    panel = _panel(qtbot, services, admin)
    editor = panel.new_task()
    assert editor is not None
    editor.code_edit.setText("AT01")              # taken in this module
    assert not editor.save()
    assert editor.isVisible() and editor.fields["code"].error_label.text()
    assert "niets" in editor.buttons.message_label.text()
    editor.code_edit.setText("AT03")
    editor.description_edit.setText("")
    assert not editor.save()
    assert editor.fields["description"].error_label.text()
    assert len(services.signoff_tasks.list_tasks(admin)) == 1
    editor.reject()


def test_instructors_only_look(qtbot, services: Services, admin: Actor, instructor: Actor):
    _task(services, admin)
    panel = _panel(qtbot, services, instructor)
    assert not panel.new_button.isEnabled() and panel.new_task() is None
    assert panel.archive_button.isHidden() and not panel.archive_current()
    assert panel.edit_button.text() == "Bekijken…"
    editor = panel.edit_current()
    assert editor is not None and editor.read_only
    assert editor.buttons.save_button.isHidden() and not editor.save()
    editor.reject()


def test_module_filter(qtbot, services: Services, admin: Actor):
    _task(services, admin)
    panel = _panel(qtbot, services, admin)
    assert panel.module_combo.itemData(0) is None          # Alle modules
    panel.module_combo.setCurrentIndex(panel.module_combo.findData(MODULE))
    assert [t.code for t in panel.table.table_model.rows()] == ["AT01"]


def test_beheer_shows_the_tasks_page_and_it_fits(qtbot, services: Services, admin: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.page import AdminPage

    _task(services, admin)
    page = AdminPage(services.accounts, admin, Settings(), signoff_tasks=services.signoff_tasks,
                     signoffs=services.signoffs, trainers=services.trainers)
    qtbot.addWidget(page)
    titles = [page.sub_navigation.item(i).text() for i in range(page.sub_navigation.count())]
    assert titles.index("Aftekentaken") == titles.index("Beoordelingsformulieren") + 1
    page.resize(1280 - 176, 720 - 24)
    page.show()
    qtbot.waitExposed(page)
    page.show_section("signoff_tasks")
    qtbot.wait(10)
    assert isinstance(page.stack.currentWidget(), SignOffTasksPanel)
    assert layout_problems(page) == []
    editor = page.panels["signoff_tasks"].edit_current()
    assert editor is not None
    qtbot.waitExposed(editor)
    assert "\n".join(layout_problems(editor)) == ""
    editor.reject()
