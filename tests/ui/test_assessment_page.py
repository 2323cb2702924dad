"""The Beoordelingen page: drafts oldest first, Nieuwe beoordeling by keyboard and by badge,
photos from a file and by drag-and-drop, the second assessor with a drawn signature."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.ui.assessments.page import LIST, SCORING, START
from tests.ui.conftest import activate
from tests.ui.devices import UsbScanner
from tests.ui.test_assessment_helpers import (
    make_form,
    open_page,
    open_scoring,
    press,
    start,
    type_text,
    zoe,
)
from tests.ui.test_register_helpers import FakeClock
from tests.ui.test_signature_pad import drag


def test_drafts_are_listed_oldest_first_and_open(qtbot, services: Services, admin: Actor,
                                                 instructor: Actor):
    first = start(services, instructor, make_form(services, admin))
    second = start(services, instructor, make_form(services, admin, "cijfer", "DRAAI-1"))
    page = open_page(qtbot, services, instructor, FakeClock())
    assert page.showing == LIST
    rows = page.drafts.table.table_model.rows()
    assert [r.code for r in rows] == [first.code, second.code]
    model = page.drafts.table.table_model
    assert model.data(model.index(0, 1)) == "Zoë van 't Hek"
    assert "2 concept(en), het oudste bovenaan" in page.drafts.hint_label.text()
    page.drafts.table.setFocus()
    qtbot.keyClick(page.drafts.table, Qt.Key.Key_Return)
    assert page.showing == SCORING and page.scoring.info.id == first.id
    qtbot.mouseClick(page.scoring.back_button, Qt.MouseButton.LeftButton)
    assert page.showing == LIST


def test_new_assessment_by_keyboard(qtbot, services: Services, admin: Actor,
                                    instructor: Actor):
    form = make_form(services, admin)
    page = open_page(qtbot, services, instructor, FakeClock())
    qtbot.mouseClick(page.header.action_button, Qt.MouseButton.LeftButton)
    assert page.showing == START
    panel = page.start_panel
    qtbot.waitUntil(panel.picker.search_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(panel.picker.search_edit, "Hek", delay=80)  # a person, not a scanner
    qtbot.keyClick(panel.picker.search_edit, Qt.Key.Key_Return)
    assert panel.forms.count() == 1 and form.code in panel.forms.item(0).text()
    qtbot.waitUntil(panel.forms.hasFocus, timeout=2000)
    qtbot.keyClick(panel.forms, Qt.Key.Key_Return)
    assert page.showing == SCORING
    info = page.scoring.info
    assert info.participant_id == zoe(services, instructor) and info.form.id == form.id
    assert [d.id for d in services.assessments.drafts(instructor)] == [info.id]


def test_a_badge_over_the_list_starts_a_new_assessment(qtbot, services: Services,
                                                       admin: Actor, instructor: Actor):
    make_form(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    page.drafts.table.setFocus()
    UsbScanner(clock.advance).scan("BADGE0007")
    assert page.showing == START
    assert page.start_panel.picker.current.name == "Zoë van 't Hek"
    assert page.start_panel.forms.count() == 1


def _enrol_bouzid_in_a_module_without_form(services: Services) -> None:
    from datetime import date

    from sqlalchemy import select

    from bvmdesk.db.models import Enrolment, Group, Module, Participant
    from bvmdesk.services.container import sessions_of

    with sessions_of(services).write("test") as s:
        own = s.scalars(select(Group).where(Group.code == "LAS-ZWL-1")).one()
        module = Module(code="BNK-1", name="Plaatbewerken niveau 1", planned_hours=40)
        s.add(module)
        s.flush()
        group = Group(code="BNK-ZWL-1", name="Plaatbewerken niveau 1", module_id=module.id,
                      location_id=own.location_id, start_date=date(2026, 9, 1),
                      instructor_id=own.instructor_id)
        s.add(group)
        s.flush()
        fatima = s.scalars(select(Participant).where(Participant.last_name == "Bouzid")).one()
        s.add(Enrolment(participant_id=fatima.id, group_id=group.id,
                        start_date=date(2026, 9, 1), status="actief"))


def test_someone_without_a_form_is_told(qtbot, services: Services, admin: Actor,
                                        instructor: Actor):
    """Fatima Bouzid is in Petra Bakker's own group BNK-ZWL-1, whose module has no form."""
    _enrol_bouzid_in_a_module_without_form(services)
    make_form(services, admin)
    page = open_page(qtbot, services, instructor, FakeClock())
    page.new_assessment("Bouzid")
    page.start_panel.picker.submit()
    assert page.start_panel.forms.count() == 0
    assert page.start_panel.forms_label.text() == (
        "Fatima Bouzid is niet ingeschreven voor een module met een beoordelingsformulier.")
    assert not page.start_panel.start_button.isEnabled()


def _photo(path: Path) -> Path:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#8899AA"))
    assert image.save(str(path))
    return path


def test_photos_from_a_drop_and_removed(qtbot, services: Services, admin: Actor,
                                        instructor: Actor, tmp_path: Path, answer):
    info = start(services, instructor, make_form(services, admin))
    page = open_scoring(qtbot, services, instructor, FakeClock(), info)
    strip = page.scoring.side.photos
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_photo(tmp_path / "naad.png"))),
                  QUrl.fromLocalFile(str(tmp_path / "notities.txt"))])
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, left, plain)
    QApplication.sendEvent(strip.viewport(), enter)  # as Qt sends them: enter, then drop
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, left, plain)
    QApplication.sendEvent(strip.viewport(), drop)
    assert drop.isAccepted()
    assert strip.count() == 1
    stored = services.assessments.assessment(instructor, info.id).photos
    assert [p.filename for p in stored] == ["naad.png"]
    assert not strip.item(0).icon().isNull()
    strip.setCurrentRow(0)
    answer([lambda box: next(b for b in box.buttons()
                             if b.text() == "Foto verwijderen").click()])
    qtbot.mouseClick(page.scoring.side.remove_photo_button, Qt.MouseButton.LeftButton)
    assert services.assessments.assessment(instructor, info.id).photos == ()
    assert strip.count() == 0


def test_photo_from_the_file_dialog(qtbot, services: Services, admin: Actor,
                                    instructor: Actor, tmp_path: Path, answer):
    info = start(services, instructor, make_form(services, admin))
    page = open_scoring(qtbot, services, instructor, FakeClock(), info)
    path = _photo(tmp_path / "werkstuk.jpg")

    def choose(dialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    answer([choose])
    qtbot.mouseClick(page.scoring.side.add_photo_button, Qt.MouseButton.LeftButton)
    photos = services.assessments.assessment(instructor, info.id).photos
    assert [p.filename for p in photos] == ["werkstuk.jpg"]
    assert page.scoring.side.photos.count() == 1


def test_second_assessor_signs(qtbot, services: Services, admin: Actor, instructor: Actor,
                               answer):
    info = start(services, instructor, make_form(services, admin))
    page = open_scoring(qtbot, services, instructor, FakeClock(), info)

    def sign(dialog) -> None:
        dialog.ok_button.click()  # no name yet: refused in the dialog
        assert dialog.name_box.error
        dialog.name_edit.setText("Henk Jansen")
        dialog.role_combo.setCurrentIndex(0)
        dialog.ok_button.click()  # no signature yet
        assert dialog.signature_error.text() == "Zet eerst een handtekening."
        drag(dialog.pad.canvas, [(20, 60), (60, 30), (120, 80), (160, 40)])
        dialog.ok_button.click()

    script = answer([sign])
    qtbot.mouseClick(page.scoring.side.second_button, Qt.MouseButton.LeftButton)
    assert script.seen == ["Tweede beoordelaar"]
    stored = services.assessments.assessment(instructor, info.id)
    assert (stored.second_assessor_name, stored.second_assessor_role) == (
        "Henk Jansen", "praktijkopleider")
    assert stored.second_assessor_strokes and stored.second_assessed_at is not None
    assert page.scoring.side.second_label.text().startswith("Henk Jansen (praktijkopleider)")
    assert page.scoring.side.signature_view.isVisible()


def test_outcome_and_flags_on_the_page_after_keys(qtbot, services: Services, admin: Actor,
                                                  instructor: Actor):
    info = start(services, instructor, make_form(services, admin))
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    type_text(qtbot, page, clock, "o")
    press(qtbot, page, clock, Qt.Key.Key_Escape)  # its reason field opened: later
    press(qtbot, page, clock, Qt.Key.Key_Up)
    model = page.scoring.model
    row = model.row_of_number(1)
    reason = model.index(row, 5)
    assert model.data(reason) == "! Ontbreekt"
    assert model.data(reason, Qt.ItemDataRole.ForegroundRole).name().upper() == "#B3261E"
    header = model.data(model.index(0, 0))
    assert "Voorlopig: Onvoldoende: kritisch criterium 1 is O" in header
    assert page.scoring.grid.rowSpan(0, 0) == 1 and page.scoring.grid.columnSpan(0, 0) == 7


@pytest.mark.parametrize("scale", [1.0, 1.25], ids=["100%", "125%"])
def test_scoring_screen_fits_1280x720(qtbot, qapp, services: Services, admin: Actor,
                                      instructor: Actor, scale: float):
    """No text cut off without a tooltip, nothing on top of each other, no sideways
    scrolling, rows of at least 36 px, text of at least 10 pt (also at a 125 % font)."""
    from PySide6.QtGui import QFont

    from bvmdesk.config import Settings
    from bvmdesk.ui.main_window import MainWindow
    from tests.ui.layout_fit import layout_problems

    form = make_form(services, admin)
    info = start(services, instructor, form)
    services.assessments.rate(instructor, info.id, form.criteria[2].id, "O")
    original = QFont(qapp.font())
    if scale != 1.0:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * scale)
        qapp.setFont(bigger)
    try:
        window = MainWindow(services, instructor, Settings())
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        page = window.assessments_page
        assert window.current_page is page
        assert page.open_assessment(info.id)
        for _ in range(3):
            QApplication.processEvents()
        grid = page.scoring.grid
        assert grid.horizontalScrollBar().maximum() == 0
        assert grid.verticalHeader().defaultSectionSize() >= 36
        assert grid.font().pointSizeF() >= 10
        window.grab().save(f"/tmp/a12/score_fit_{int(scale * 100)}.png")
        problems = layout_problems(page.scoring)
        assert problems == []
    finally:
        qapp.setFont(original)


def test_second_assessor_dialog_offers_the_praktijkopleider(qtbot, services: Services,
                                                            admin: Actor, instructor: Actor):
    from dataclasses import replace

    from bvmdesk.ui.assessments.dialogs import SecondAssessorDialog

    info = replace(start(services, instructor, make_form(services, admin)),
                   trainer_name="Noël de Jong")
    dialog = SecondAssessorDialog(info, lambda *_: None)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Noël de Jong"  # the enrolment's trainer, to confirm
    signed = replace(info, second_assessor_name="Henk Jansen")
    other = SecondAssessorDialog(signed, lambda *_: None)
    qtbot.addWidget(other)
    assert other.name_edit.text() == "Henk Jansen"  # who signed stays who signed
