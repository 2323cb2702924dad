"""Beheer > Beoordelingsformulieren on a real database through the real services: make a
form by keyboard, change it in place or as a new version, copy, archive, refuse, print."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit

from bvmdesk.services.assessment_types import CriterionSpec, FormInfo, FormSpec
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.assessment_form_criteria import (
    COL_CRITICAL,
    COL_TEXT,
    COL_WEIGHT,
    COL_WP,
    COL_WP_NAME,
)
from bvmdesk.ui.admin.assessment_form_editor import FormEditorDialog
from bvmdesk.ui.admin.assessment_forms import AssessmentFormsPanel
from tests.ui.conftest import activate
from tests.ui.layout_fit import layout_problems

MODULE = "MAG135-1"


def _panel(qtbot, services: Services, actor: Actor) -> AssessmentFormsPanel:
    panel = AssessmentFormsPanel(services.assessments, actor)
    qtbot.addWidget(panel)
    panel.resize(1100, 680)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _make_form(services: Services, admin: Actor, code: str = "LAS-01") -> FormInfo:
    return services.assessments.save_form(admin, FormSpec(
        code=code, name="Hoeknaad lassen", module_code=MODULE, kind="opdracht", scale="ovg",
        criteria=(
            CriterionSpec("B1-K1-W1", "Bereidt het laswerk voor", 1, "Werkplek veilig"),
            CriterionSpec("B1-K1-W1", "Bereidt het laswerk voor", 2, "Naad schoon",
                          critical=True),
            CriterionSpec("B1-K1-W2", "Last een hoeknaad", 3, "Inbranding gelijkmatig",
                          weight=2),
        )))


def _zoe(services: Services, admin: Actor):
    return services.participants.search_ids(admin, "Hek")[0]


def _focused_editor(qtbot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit)
    return widget


def _type_cell(qtbot, editor: FormEditorDialog, text: str) -> None:
    """Enter on the current cell, type, Enter: as a user fills the criteria."""
    table = editor.criteria
    if table.state() != table.State.EditingState:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    line = _focused_editor(qtbot)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _go(qtbot, editor: FormEditorDialog, column: int) -> None:
    table = editor.criteria
    key = Qt.Key.Key_Right if column > table.currentColumn() else Qt.Key.Key_Left
    while table.currentColumn() != column:
        qtbot.keyClick(table, key)


def test_a_new_form_is_made_by_keyboard(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, services, admin)
    assert panel.card.message.startswith("Nog geen beoordelingsformulieren")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor is not None and editor.isVisible()
    activate(qtbot, editor)
    assert editor.required_check.isChecked()  # opdracht: verplicht
    qtbot.keyClicks(editor.code_edit, "LAS-02")
    qtbot.keyClick(editor.code_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Plaat lassen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.module_combo
    qtbot.keyClicks(editor.module_combo.lineEdit(), MODULE)
    # bpv: verplicht follows the kind until the user chooses
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("bpv"))
    assert not editor.required_check.isChecked()
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("examen"))
    assert editor.required_check.isChecked()
    qtbot.keyClicks(editor.cesuur_edit, "80")

    editor.criteria.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.criteria.rowCount() == 1 and editor.criteria.currentColumn() == COL_WP
    _type_cell(qtbot, editor, "B1-K1-W1")
    _go(qtbot, editor, COL_WP_NAME)
    _type_cell(qtbot, editor, "Bereidt voor")
    _go(qtbot, editor, COL_TEXT)
    _type_cell(qtbot, editor, "Werkplek veilig")
    _go(qtbot, editor, COL_CRITICAL)
    qtbot.keyClick(editor.criteria, Qt.Key.Key_Space)
    # Ctrl+N again: the same work process, the description is edited at once
    qtbot.keyClick(editor.criteria, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.criteria.rowCount() == 2
    assert editor.criteria.text(1, COL_WP) == "B1-K1-W1"
    assert editor.criteria.currentColumn() == COL_TEXT
    _type_cell(qtbot, editor, "Maatvoering klopt")
    _go(qtbot, editor, COL_WEIGHT)
    qtbot.keyClick(editor.criteria, Qt.Key.Key_Return)
    spin = QApplication.focusWidget()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    # a third row, removed with Delete
    qtbot.keyClick(editor.criteria, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(_focused_editor(qtbot), Qt.Key.Key_Escape)
    assert editor.criteria.rowCount() == 3
    qtbot.keyClick(editor.criteria, Qt.Key.Key_Delete)
    assert editor.criteria.rowCount() == 2

    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.mouseClick(editor.buttons.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    form = services.assessments.current_form(admin, "LAS-02")
    assert (form.name, form.module_code, form.kind, form.scale, form.cesuur, form.required,
            form.reasons_required) == ("Plaat lassen", MODULE, "examen", "ovg", 80.0, True, True)
    assert [(c.number, c.work_process_code, c.work_process_name, c.description, c.critical,
             c.weight) for c in form.criteria] == [
        (1, "B1-K1-W1", "Bereidt voor", "Werkplek veilig", True, 1),
        (2, "B1-K1-W1", "Bereidt voor", "Maatvoering klopt", False, 2)]
    assert [f.code for f in panel.table.table_model.rows()] == ["LAS-02"]
    assert panel.table.current_item().code == "LAS-02"
    assert "LAS-02 versie 1 is opgeslagen" in panel.message_label.text()


def test_an_unused_form_is_changed_in_place(qtbot, services: Services, admin: Actor):
    form = _make_form(services, admin)
    panel = _panel(qtbot, services, admin)
    assert panel.table.model().index(0, 7).data() == "nee"
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor is not None
    assert editor.code_edit.isReadOnly() and editor.used_notice.isHidden()
    assert editor.criteria.rowCount() == 3
    editor.name_edit.setText("Hoeknaad lassen PB")
    editor.criteria.setCurrentCell(2, COL_TEXT)
    editor.criteria.move_current(-1)  # the weld before the cleaning: numbers follow
    assert editor.save()
    versions = services.assessments.form_versions(admin, "LAS-01")
    assert [v.version for v in versions] == [1]
    changed = services.assessments.form(admin, form.id)
    assert changed.name == "Hoeknaad lassen PB"
    assert [(c.number, c.description) for c in changed.criteria] == [
        (1, "Werkplek veilig"), (2, "Inbranding gelijkmatig"), (3, "Naad schoon")]


def test_a_used_form_gets_a_new_version(qtbot, services: Services, admin: Actor):
    form = _make_form(services, admin)
    assessment = services.assessments.start(admin, _zoe(services, admin), form.id)
    panel = _panel(qtbot, services, admin)
    assert panel.table.model().index(0, 7).data() == "ja"
    editor = panel.edit_current()
    assert editor is not None
    assert editor.used_notice.isVisible()
    assert editor.used_notice.text() == ("Dit formulier is al gebruikt; opslaan maakt versie "
                                         "2. Beoordelingen houden hun versie.")
    editor.criteria.setCurrentCell(2, COL_TEXT)
    editor.criteria.add_criterion()
    editor.criteria.item(3, COL_TEXT).setText("Geen spatten")
    assert editor.save()
    versions = services.assessments.form_versions(admin, "LAS-01")
    assert [(v.version, v.criteria, v.used) for v in versions] == [(2, 4, False), (1, 3, True)]
    assert len(services.assessments.form(admin, form.id).criteria) == 3  # untouched
    kept = services.assessments.assessment(admin, assessment.id)
    assert kept.form.id == form.id and kept.form.version == 1
    assert panel.table.model().index(0, 5).data() == "2"
    assert [v.version for v in panel.versions.table_model.rows()] == [2, 1]
    assert panel.versions_card.title_label.text() == "Versies van LAS-01"


def test_copy_makes_a_new_form(qtbot, services: Services, admin: Actor):
    _make_form(services, admin)
    panel = _panel(qtbot, services, admin)
    dialog = panel.copy_current()
    assert dialog is not None
    assert dialog.code_edit.text() == "LAS-01-KOPIE"
    dialog.code_edit.setText("LAS-01B")
    qtbot.mouseClick(dialog.buttons.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    copy = services.assessments.current_form(admin, "LAS-01B")
    assert copy.version == 1 and len(copy.criteria) == 3
    assert copy.name == "Hoeknaad lassen (kopie)"
    assert sorted(f.code for f in panel.table.table_model.rows()) == ["LAS-01", "LAS-01B"]
    assert panel.table.current_item().code == "LAS-01B"


def test_archive_and_restore(qtbot, services: Services, admin: Actor):
    _make_form(services, admin)
    panel = _panel(qtbot, services, admin)
    questions = []
    panel.confirm = lambda text, action: questions.append((text, action)) or True
    qtbot.mouseClick(panel.archive_button, Qt.MouseButton.LeftButton)
    assert questions[0][0].startswith("Beoordelingsformulier LAS-01 (Hoeknaad lassen) "
                                      "archiveren?")
    assert services.assessments.list_forms(admin) == []
    assert panel.table.table_model.rows() == []
    assert panel.message_label.text() == "Formulier LAS-01 is gearchiveerd."
    panel.archived_check.setChecked(True)
    assert panel.table.model().index(0, 1).data() == "Hoeknaad lassen (gearchiveerd)"
    assert panel.archive_button.text() == "Terugzetten"
    assert panel.edit_button.text() == "Bekijken…"
    qtbot.mouseClick(panel.archive_button, Qt.MouseButton.LeftButton)
    assert [f.code for f in services.assessments.list_forms(admin)] == ["LAS-01"]
    assert len(questions) == 1  # putting back needs no question


def test_a_refused_form_says_why_and_saves_nothing(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, services, admin)
    editor = panel.new_form()
    assert editor is not None
    editor.code_edit.setText("LAS-09")
    editor.name_edit.setText("Zonder criteria")
    editor.module_combo.setEditText(MODULE)
    editor.cesuur_edit.setText("120")
    assert not editor.save()
    assert editor.isVisible()
    assert "cesuur" in editor.fields["cesuur"].error.lower()
    message = editor.buttons.message_label.text()
    assert "minstens één criterium" in message and "niets gewijzigd" in message
    editor.cesuur_edit.setText("zeventig")
    assert not editor.save()
    assert editor.fields["cesuur"].error == "Schrijf een getal, bijvoorbeeld 75."
    editor.cesuur_edit.clear()
    editor.module_combo.setEditText("BESTAAT-NIET")
    editor.criteria.add_criterion()
    editor.criteria.item(0, COL_WP).setText("B1-K1-W1")
    editor.criteria.item(0, COL_TEXT).setText("Iets")
    assert not editor.save()
    assert "BESTAAT-NIET" in editor.fields["module"].error
    assert services.assessments.list_forms(admin, include_archived=True) == []


def test_an_acceptabel_form_has_no_cesuur(qtbot, services: Services, admin: Actor):
    panel = _panel(qtbot, services, admin)
    editor = panel.new_form()
    assert editor is not None
    assert editor.cesuur_edit.placeholderText() == "standaard 75"
    editor.scale_combo.setCurrentIndex(editor.scale_combo.findData("cijfer"))
    assert editor.cesuur_edit.placeholderText() == "standaard 5,5"
    editor.scale_combo.setCurrentIndex(editor.scale_combo.findData("acceptabel"))
    assert not editor.cesuur_edit.isEnabled()
    assert "elk criterium moet A zijn" in editor.cesuur_hint.text()


def test_print_an_empty_form(qtbot, services: Services, admin: Actor, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch):
    from bvmdesk.ui.admin import assessment_forms

    failures: list[BaseException] = []  # a failure here, not in a dialog the test waits on
    monkeypatch.setattr(assessment_forms, "show_task_failure",
                        lambda _parent, _label, exc, _text: failures.append(exc))
    _make_form(services, admin)
    panel = _panel(qtbot, services, admin)
    target = tmp_path / "leeg"
    panel.ask_save_path = lambda suggested: target
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "leeg.pdf"
    assert failures == []
    assert panel.last_pdf == written and written.exists()
    text = subprocess.run(["pdftotext", "-layout", str(written), "-"], check=True,
                          capture_output=True, text=True).stdout
    for expected in ("LAS-01", "Werkplek veilig", "Naad schoon", "Inbranding gelijkmatig",
                     "B1-K1-W2"):
        assert expected in text
    assert "Leeg formulier opgeslagen" in panel.message_label.text()


def test_instructors_only_look(qtbot, services: Services, admin: Actor, instructor: Actor):
    _make_form(services, admin)
    panel = _panel(qtbot, services, instructor)
    assert not panel.new_button.isEnabled()
    assert not panel.copy_button.isEnabled() and not panel.archive_button.isEnabled()
    assert panel.new_form() is None
    editor = panel.edit_current()
    assert editor is not None and editor.read_only
    assert editor.buttons.save_button.isHidden()
    assert not editor.save()
    assert panel.print_button.isEnabled()


def test_beheer_lists_the_forms_page(qtbot, services: Services, admin: Actor):
    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.page import AdminPage

    page = AdminPage(services.accounts, admin, Settings(),
                     assessments=services.assessments)
    qtbot.addWidget(page)
    titles = [page.sub_navigation.item(i).text() for i in range(page.sub_navigation.count())]
    assert titles.index("Beoordelingsformulieren") == titles.index("Groepen") + 1
    page.show_section("assessment_forms")
    assert isinstance(page.stack.currentWidget(), AssessmentFormsPanel)


@pytest.fixture(params=[1.0, 1.25], ids=["100%", "125%"])
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(original)


def test_page_and_editor_fit_at_1280x720(qtbot, services: Services, admin: Actor,
                                         font_scale: float):
    from bvmdesk.config import Settings
    from bvmdesk.ui.admin.page import AdminPage

    form = _make_form(services, admin)
    services.assessments.start(admin, _zoe(services, admin), form.id)
    _make_form(services, admin, "LAS-BPV-LANGE-CODE")
    page = AdminPage(services.accounts, admin, Settings(), assessments=services.assessments)
    qtbot.addWidget(page)
    page.resize(1280 - 176, 720 - 24)  # the window less the rail and the status bar
    page.show()
    qtbot.waitExposed(page)
    page.show_section("assessment_forms")
    qtbot.wait(10)
    assert layout_problems(page) == []
    panel = page.panels["assessment_forms"]
    editor = panel.edit_current()
    assert editor is not None
    editor.resize(1000, 660)
    qtbot.waitExposed(editor)
    assert editor.used_notice.isVisible()
    assert "\n".join(layout_problems(editor)) == ""
    editor.reject()
    copy = panel.copy_current()
    assert copy is not None
    qtbot.waitExposed(copy)
    assert layout_problems(copy) == []
    copy.reject()
