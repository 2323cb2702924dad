"""The one master-data pattern of Beheer (ui.admin.records), tested once through
Leerbedrijven on a real database: typing with field errors next to the field that go when
fixed, Ctrl+S, Esc, search with a count, archiving (refused while in use, saying where),
"ook gearchiveerd" and restoring, unsaved changes guarded, read-only for instructors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bvmdesk.domain.companies import CompanyData
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.admin.companies import CompanyForm, companies_panel
from bvmdesk.ui.admin.records import RecordPanel


def _panel(qtbot, services: Services, actor: Actor) -> RecordPanel:
    panel = companies_panel(services.companies, actor)
    qtbot.addWidget(panel)
    panel.resize(1100, 640)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.count_label.text() != "")
    return panel


def _form(panel: RecordPanel) -> CompanyForm:
    form = panel.form
    assert isinstance(form, CompanyForm)
    return form


def _codes(panel: RecordPanel) -> list[str]:
    return [row.code for row in panel.table.table_model.rows()]


def test_a_new_company_is_typed_checked_as_you_type_and_saved_with_ctrl_s(
        qtbot, services: Services, admin: Actor) -> None:
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    assert _codes(panel) == ["LB-DEMO"] and panel.count_label.text() == "1 leerbedrijf"
    QTest.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.creating and panel.heading.text() == "Nieuw leerbedrijf"
    assert form.code_edit.hasFocus()
    QTest.keyClicks(form.code_edit, "LAS BV")  # a space: refused as you type
    assert "geen spaties" in form.fields["code"].error
    assert form.fields["name"].error == ""  # not touched yet: no error shown there
    QTest.keyClick(form.code_edit, Qt.Key.Key_Backspace)
    QTest.keyClick(form.code_edit, Qt.Key.Key_Backspace)
    QTest.keyClick(form.code_edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(form.code_edit, "-BV")
    assert form.code_edit.text() == "LAS-BV" and form.fields["code"].error == ""
    # the error's lines are given back: the form returns to where it was (no gap)
    assert (form.fields["code"].error_label.minimumHeight()
            == form.fields["name"].error_label.minimumHeight())
    QTest.keyClicks(form.sbb_edit, "1234")
    assert "8 cijfers" in form.fields["sbb_id"].error
    QTest.keyClick(form.sbb_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # refused: the name is empty and the SBB id short; both next to their field, no save
    assert "Vul de naam" in form.fields["name"].error
    assert "8 cijfers" in form.fields["sbb_id"].error
    assert "2 velden" in panel.message_label.text()
    assert services.companies.records(admin) and len(services.companies.records(admin)) == 1
    QTest.keyClicks(form.sbb_edit, "5678")
    QTest.keyClicks(form.name_edit, "Lastechniek Brinkman")
    assert form.fields["name"].error == "" and form.fields["sbb_id"].error == ""
    QTest.keyClick(form.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.message_label.text() == "Opgeslagen."
    stored = {r.code: r for r in services.companies.records(admin)}
    assert services.companies.get(admin, stored["LAS-BV"].id) == CompanyData(
        "LAS-BV", "Lastechniek Brinkman", "12345678", None)
    assert panel.current_id == stored["LAS-BV"].id
    assert panel.heading.text() == "Leerbedrijf LAS-BV"
    assert panel.count_label.text() == "2 leerbedrijven"


def test_escape_drops_changes_and_search_counts(qtbot, services: Services,
                                                admin: Actor) -> None:
    services.companies.save(admin, None, CompanyData("BETA", "Beta Constructie", city="Kampen"))
    panel = _panel(qtbot, services, admin)
    form = _form(panel)
    panel.table.select_row(_codes(panel).index("BETA"))
    assert form.name_edit.text() == "Beta Constructie"
    QTest.keyClick(form.name_edit, Qt.Key.Key_End)
    QTest.keyClicks(form.name_edit, " XX")
    assert panel.dirty
    QTest.keyClick(form.name_edit, Qt.Key.Key_Escape)
    assert form.name_edit.text() == "Beta Constructie" and not panel.dirty
    QTest.keyClicks(panel.search_edit, "kamp")  # the city is searched too
    assert _codes(panel) == ["BETA"] and panel.count_label.text() == "1 van 2 leerbedrijven"


def test_unsaved_changes_are_kept_when_the_question_is_declined(qtbot, services: Services,
                                                               admin: Actor) -> None:
    services.companies.save(admin, None, CompanyData("BETA", "Beta"))
    panel = _panel(qtbot, services, admin)
    asked: list[str] = []
    panel.confirm = lambda text, action: asked.append(text) is not None and False
    panel.table.select_row(_codes(panel).index("BETA"))
    QTest.keyClick(_form(panel).name_edit, Qt.Key.Key_End)  # the cursor starts at the left
    QTest.keyClicks(_form(panel).name_edit, " nieuw")
    panel.table.select_row(_codes(panel).index("LB-DEMO"))
    assert asked and "niet opgeslagen" in asked[0]
    assert _form(panel).name_edit.text() == "Beta nieuw"
    assert panel.table.current_item().code == "BETA"


def test_archiving_in_use_is_refused_then_archived_and_restored(qtbot, services: Services,
                                                                admin: Actor) -> None:
    from bvmdesk.db.models import WorkplaceTrainer
    from bvmdesk.services.container import sessions_of

    acme = services.companies.save(admin, None, CompanyData("ACME", "Acme"))
    services.companies.save(admin, None, CompanyData("BETA", "Beta"))
    with sessions_of(services).write("test") as s:
        s.add(WorkplaceTrainer(code="PO-1", name="Piet Opleider", company_id=acme))
    panel = _panel(qtbot, services, admin)
    asked: list[str] = []
    panel.confirm = lambda text, action: asked.append(text) is None
    panel.table.select_row(_codes(panel).index("ACME"))
    assert _form(panel).trainers_label.text() == "Praktijkopleiders (1)"
    panel.archive_button.click()
    assert panel.message_label.text().startswith(
        "Leerbedrijf ACME is nog in gebruik bij 1 praktijkopleider.")
    assert "ACME" in _codes(panel)
    panel.table.select_row(_codes(panel).index("BETA"))
    panel.archive_button.click()
    assert asked[-1].startswith("Leerbedrijf BETA archiveren?")
    assert panel.message_label.text() == "Leerbedrijf BETA is gearchiveerd."
    assert _codes(panel) == ["ACME", "LB-DEMO"] and panel.count_label.text() == "2 leerbedrijven"
    panel.archived_check.setChecked(True)
    assert sorted(_codes(panel)) == ["ACME", "BETA", "LB-DEMO"]
    panel.table.select_row(_codes(panel).index("BETA"))
    assert panel.heading.text() == "Leerbedrijf BETA (gearchiveerd)"
    assert not form_enabled(panel) and panel.archive_button.text() == "Terugzetten"
    panel.archive_button.click()
    assert [r.archived for r in services.companies.records(admin, include_archived=True)] == [
        False, False, False]


def form_enabled(panel: RecordPanel) -> bool:
    return _form(panel).code_edit.isEnabled()


def test_instructors_see_the_list_read_only(qtbot, services: Services,
                                            instructor: Actor) -> None:
    panel = _panel(qtbot, services, instructor)
    assert _codes(panel) == ["LB-DEMO"]
    panel.table.select_row(0)
    assert _form(panel).name_edit.text() == "Metaalwerk Zwolle BV"
    assert not form_enabled(panel)
    assert not panel.save_button.isVisible() and not panel.new_button.isVisible()
    assert panel.explanation.text().endswith(
        "U kunt dit alleen bekijken; een beheerder wijzigt het.")
    QTest.keyClick(panel, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert panel.save() is False
