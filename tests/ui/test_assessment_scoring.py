"""The scoring screen by keyboard: one key per rating, Enter for the toelichting, the outcome
per work process as you type, autosave, Definitief maken, corrections."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.assessments.scoring_model import COLUMN_RATING, COLUMN_REASON
from tests.ui.conftest import activate
from tests.ui.dialog_script import click
from tests.ui.test_assessment_helpers import (
    make_form,
    open_scoring,
    press,
    start,
    stored,
    type_text,
    values,
)
from tests.ui.test_register_helpers import FakeClock

CTRL = Qt.KeyboardModifier.ControlModifier


def _header(page, code: str) -> str:
    model = page.scoring.model
    row = next(r for r in range(model.rowCount())
               if model.entry(r).criterion is None and model.entry(r).work_process == code)
    return model.data(model.index(row, 0))


def _cell(page, number: int, column: int) -> str:
    model = page.scoring.model
    return model.data(model.index(model.row_of_number(number), column))


def test_scoring_a_whole_form_by_keyboard(qtbot, services: Services, admin: Actor,
                                          instructor: Actor):
    form = make_form(services, admin)
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    screen = page.scoring
    assert screen.model.criterion_at(screen.grid.current_row()).number == 1
    assert "Voorlopig: Nog niet beoordeeld" in _header(page, "B1-K1-W1")
    assert screen.grid.verticalHeader().defaultSectionSize() >= 36
    for key in "vgo":  # criteria 1, 2, 3
        press(qtbot, page, clock, key)
    assert values(services, instructor, info.id) == {1: "V", 2: "G", 3: "O"}
    header = _header(page, "B1-K1-W1")
    assert header.startswith("B1-K1-W1  Bereidt de laswerkzaamheden voor\nVoorlopig: ")
    assert "Onvoldoende" in header  # V and G on 2 of 3: 66,6 % below the cesuur of 75
    assert _cell(page, 2, COLUMN_REASON) == "! Ontbreekt"
    press(qtbot, page, clock, Qt.Key.Key_Up)  # back to criterion 3 and rate it again
    press(qtbot, page, clock, "V")
    assert values(services, instructor, info.id)[3] == "V"
    assert "Voorlopig: Goed" not in _header(page, "B1-K1-W1")
    assert _header(page, "B1-K1-W1").split("\n")[1].startswith("Voorlopig: Voldoende")
    press(qtbot, page, clock, "g")
    press(qtbot, page, clock, "g")
    assert "Voorlopig: Goed" in _header(page, "B1-K1-W2")
    assert screen.counter_label.text() == "5 van 5 criteria beoordeeld"
    assert screen.total_label.text() == "Voorlopig: geslaagd"
    # Enter: the toelichting of the selected criterion (5, the last one)
    assert screen.model.criterion_at(screen.grid.current_row()).number == 5
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert screen.grid.editing
    type_text(qtbot, page, clock, "Mooie naad")
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert not screen.grid.editing
    assert stored(services, instructor, info.id)[5] == ("G", "Mooie naad", None)
    assert _cell(page, 5, COLUMN_REASON) == "Mooie naad"
    # Delete clears a rating; the toelichting stays
    press(qtbot, page, clock, Qt.Key.Key_Delete)
    assert stored(services, instructor, info.id)[5] == (None, "Mooie naad", None)
    assert _cell(page, 5, COLUMN_RATING) == "-"
    assert screen.counter_label.text() == "4 van 5 criteria beoordeeld"


def test_grades_are_typed_with_a_comma(qtbot, services: Services, admin: Actor,
                                       instructor: Actor):
    form = make_form(services, admin, scale="cijfer", code="DRAAI-1")
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    screen = page.scoring
    type_text(qtbot, page, clock, "7,5")
    assert screen.grid.editing
    press(qtbot, page, clock, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.grid.editing, timeout=1000)
    type_text(qtbot, page, clock, "8.0")
    press(qtbot, page, clock, Qt.Key.Key_Return)
    type_text(qtbot, page, clock, "10")
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert values(services, instructor, info.id) == {1: "7.5", 2: "8.0", 3: "10.0"}
    assert _cell(page, 1, COLUMN_RATING) == "7,5"
    assert screen.model.criterion_at(screen.grid.current_row()).number == 4
    assert "Voorlopig: Goed: gewogen gemiddelde 8,5" in _header(page, "B1-K1-W1")
    type_text(qtbot, page, clock, "11")  # no grade: refused, said, nothing stored
    press(qtbot, page, clock, Qt.Key.Key_Return)
    assert 4 not in values(services, instructor, info.id)
    assert "geen cijfer" in screen.header.message_label.text()


def test_acceptabel_scale_takes_a_and_n(qtbot, services: Services, admin: Actor,
                                        instructor: Actor):
    form = make_form(services, admin, scale="acceptabel", code="LAS-ISO")
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    type_text(qtbot, page, clock, "anaGo")  # G and O are no keys on this scale
    assert values(services, instructor, info.id) == {1: "A", 2: "NA", 3: "A"}
    assert _cell(page, 2, COLUMN_RATING) == "NA  Niet acceptabel"
    assert "Onvoldoende: criterium 2 is NA" in _header(page, "B1-K1-W1")


def test_autosave_survives_closing_the_page(qtbot, services: Services, admin: Actor,
                                            instructor: Actor):
    form = make_form(services, admin)
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    type_text(qtbot, page, clock, "vv")
    press(qtbot, page, clock, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, page, clock, "let op")
    press(qtbot, page, clock, Qt.Key.Key_Return)
    page.scoring.side.remark_edit.setFocus()
    type_text(qtbot, page, clock, "Netjes gewerkt")
    page.close()  # no Save button: closing keeps everything
    page.deleteLater()
    again = services.assessments.assessment(instructor, info.id)
    assert again.remark == "Netjes gewerkt"
    assert stored(services, instructor, info.id)[1] == ("V", None, None)
    assert stored(services, instructor, info.id)[3] == (None, None, "let op")
    reopened = open_scoring(qtbot, services, instructor, clock, info)
    assert _cell(reopened, 1, COLUMN_RATING) == "V  Voldoende"
    assert reopened.scoring.side.remark == "Netjes gewerkt"


def test_finalise_refused_with_missing_reason_then_accepted_and_locked(
        qtbot, services: Services, admin: Actor, instructor: Actor, answer):
    form = make_form(services, admin)
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    screen = page.scoring
    type_text(qtbot, page, clock, "vgvvv")
    press(qtbot, page, clock, Qt.Key.Key_Return, CTRL)
    message = screen.header.message_label.text()
    assert "een toelichting ontbreekt bij criterium 2" in message
    assert "er is niets gewijzigd" in message.lower()
    assert screen.model.criterion_at(screen.grid.current_row()).number == 2
    assert not services.assessments.assessment(instructor, info.id).is_final
    press(qtbot, page, clock, Qt.Key.Key_Return)
    type_text(qtbot, page, clock, "strak")
    press(qtbot, page, clock, Qt.Key.Key_Return)
    script = answer([click("Definitief maken")])
    press(qtbot, page, clock, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: services.assessments.assessment(instructor, info.id).is_final,
                    timeout=3000)
    assert "Beoordeling" in script.seen[0] and "definitief maken" in script.seen[0]
    # read-only now: keys rate nothing, the grid has no editors, the buttons are gone
    assert not screen.model.editable
    assert "Definitief sinds" in screen.header.banner.text()
    assert screen.total_label.text() == "Geslaagd"
    press(qtbot, page, clock, Qt.Key.Key_Up)
    press(qtbot, page, clock, "o")
    assert values(services, instructor, info.id)[4] == "V"
    assert "Corrigeren" in screen.header.message_label.text()
    assert not screen.finalise_button.isVisible() and not screen.discard_button.isVisible()
    assert screen.correct_button.isVisible()
    assert screen.side.remark_edit.isReadOnly()


def test_correction_makes_version_two(qtbot, services: Services, admin: Actor,
                                      instructor: Actor, answer):
    form = make_form(services, admin)
    info = start(services, instructor, form)
    for criterion in form.criteria:
        services.assessments.rate(instructor, info.id, criterion.id, "V")
    services.assessments.finalise(instructor, info.id)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    screen = page.scoring

    def reason(dialog) -> None:
        dialog.reason_edit.setText("Criterium 4 verkeerd beoordeeld")
        dialog.ok_button.click()

    answer([reason])
    qtbot.mouseClick(screen.correct_button, Qt.MouseButton.LeftButton)
    assert screen.info.version == 2 and not screen.info.is_final
    assert screen.header.version_label.text().startswith(
        "Versie 2, vervangt versie 1: Criterium 4 verkeerd beoordeeld")
    assert screen.model.editable
    assert screen.header.versions_combo.isVisible()
    assert screen.header.versions_combo.count() == 2
    activate(qtbot, page)  # the dialog has closed: the window has the keys again
    assert screen.grid.hasFocus()
    versions = services.assessments.versions(instructor, info.code)
    assert [(v.version, v.status) for v in versions] == [(2, "draft"), (1, "final")]
    press(qtbot, page, clock, Qt.Key.Key_Down)
    press(qtbot, page, clock, Qt.Key.Key_Down)
    press(qtbot, page, clock, Qt.Key.Key_Down)
    press(qtbot, page, clock, "o")
    assert values(services, instructor, screen.info.id)[4] == "O"
    assert values(services, instructor, info.id)[4] == "V"  # version 1 is untouched
    screen.header.versions_combo.setCurrentIndex(1)
    screen.header.versions_combo.activated.emit(1)
    assert screen.info.version == 1 and not screen.model.editable
    assert "vervangen door een nieuwere versie" in screen.header.banner.text()


def test_discard_asks_naming_the_code(qtbot, services: Services, admin: Actor,
                                      instructor: Actor, answer):
    form = make_form(services, admin)
    info = start(services, instructor, form)
    page = open_scoring(qtbot, services, instructor, FakeClock(), info)
    script = answer([click("Concept verwijderen")])
    qtbot.mouseClick(page.scoring.discard_button, Qt.MouseButton.LeftButton)
    assert info.code in script.seen[0]
    assert services.assessments.drafts(instructor) == []
    assert page.showing == 0  # back on the list
