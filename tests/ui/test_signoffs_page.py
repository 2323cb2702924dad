"""Aftekenen on a real database: find the participant (typing, badge), the enrolment's tasks
with their state and history, signing through the page, a card and the praktijkoverzicht
saved as PDF, withdrawing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services.signoff_types import SignItem
from bvmdesk.ui.signoffs.tasks_view import state_text
from tests.ui.devices import UsbScanner
from tests.ui.signoff_page_support import PIN, TODAY, draw, open_page, world
from tests.ui.test_register_helpers import FakeClock

STROKES = encode(make_signature(200, 100, [[(10, 10), (50, 60), (90, 20)]]))


def _states(page) -> dict[str, str]:
    return {t.task.code: state_text(t) for t in page.tasks.tasks()}


def test_typing_a_name_shows_the_enrolment_and_its_open_tasks(qtbot, services, instructor):
    world(services)
    page = open_page(qtbot, services, instructor)
    assert not page.sign_button.isEnabled()
    qtbot.keyClicks(page.chooser.picker.search_edit, "sanne")
    assert page.chooser.picker.results.count() == 1
    page.chooser.picker.results.setCurrentRow(0)
    assert page.chooser.participant is not None
    assert page.chooser.participant.name == "Sanne de Vries"
    assert page.enrolment is not None and page.enrolment.group_code == "AFT-1"
    assert _states(page) == {"T1": "Open", "T2": "Open", "T3": "Open"}
    assert "Staalbouw Noord" in page.chooser.workplace_label.text()
    assert "Piet Praktijk" in page.chooser.workplace_label.text()
    assert page.sign_button.isEnabled() and page.paper_button.isEnabled()
    assert page.card_button.isEnabled() and not page.withdraw_button.isEnabled()


def test_a_badge_scan_chooses_its_participant(qtbot, services, instructor):
    w = world(services)
    page = open_page(qtbot, services, instructor)
    page.chooser.picker.search_edit.setFocus()
    clock = FakeClock()
    page.chooser.picker.scanner.clock = clock
    UsbScanner(clock.advance, delay=0.003).scan("BADGE0900")
    assert page.chooser.participant is not None
    assert page.chooser.participant.id == w.participant_id
    assert page.chooser.picker.search_edit.text() == ""  # the scan is taken out again


def test_an_enrolment_without_workplace_says_so_and_offers_no_signing(qtbot, services,
                                                                      instructor):
    w = world(services)
    page = open_page(qtbot, services, instructor)
    assert page.open_participant(w.bare_participant_id)
    text = page.chooser.workplace_label.text()
    assert "Geen leerbedrijf of praktijkopleider: geen aftekentaken" in text
    assert page.chooser.workplace_label.isVisible()
    assert not page.sign_button.isEnabled() and not page.paper_button.isEnabled()
    assert not page.card_button.isEnabled()
    assert page.sign_on_screen() == []
    assert "geen leerbedrijf" in page.message_label.text()


def test_a_sign_off_shows_its_state_and_its_history_with_the_withdrawal(qtbot, services,
                                                                        instructor):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    first = services.signoffs.sign_on_screen(
        instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
        [SignItem(w.tasks["T1"], date(2026, 10, 1), "Goed gedaan")])[0]
    services.signoffs.withdraw(instructor, first.id, "verkeerde datum")
    services.signoffs.sign_on_screen(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                     [SignItem(w.tasks["T1"], date(2026, 10, 2))])
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    assert _states(page)["T1"] == "Afgetekend 02-10-2026 door Piet Praktijk (scherm)"
    page.tasks.table.select_row(0)
    history = page.tasks.history_label.text()
    assert "01-10-2026: afgetekend door Piet Praktijk (scherm)" in history
    assert "Opmerking: Goed gedaan (ingetrokken)" in history
    assert "ingetrokken door Petra Bakker. Reden: verkeerde datum" in history
    assert "02-10-2026: afgetekend door Piet Praktijk" in history
    assert page.withdraw_button.isEnabled()


def test_signing_through_the_page_refreshes_the_list(qtbot, services, instructor, answer):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    page.tasks.table.select_row(1)  # T2: ticked in the dialog already

    def fill_in(dialog) -> None:
        assert [r.state.task.code for r in dialog.ticks.ticked()] == ["T2"]
        qtbot.keyClicks(dialog.confirm.pin_edit, PIN)
        draw(dialog.confirm.pad)
        assert dialog.sign()
        dialog.accept()

    answer([fill_in])
    with qtbot.waitSignal(page.signoffs_changed, timeout=3000):
        signed = page.sign_on_screen()
    assert [s.task_code for s in signed] == ["T2"]
    assert _states(page)["T2"] == f"Afgetekend {TODAY:%d-%m-%Y} door Piet Praktijk (scherm)"
    assert "1 taak afgetekend door Piet Praktijk" in page.message_label.text()


def test_withdrawing_through_the_page_opens_the_task_again(qtbot, services, instructor,
                                                           answer):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    services.signoffs.sign_on_screen(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                                     [SignItem(w.tasks["T3"], TODAY)])
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    page.tasks.table.select_row(2)

    def give_reason(dialog) -> None:
        dialog.reason_edit.setText("per ongeluk afgetekend")
        assert dialog.withdraw()

    answer([give_reason])
    withdrawal = page.withdraw()
    assert withdrawal is not None and withdrawal.reason == "per ongeluk afgetekend"
    assert _states(page)["T3"] == "Open"
    assert "ingetrokken" in page.message_label.text()


def test_a_card_and_the_praktijkoverzicht_are_saved_as_pdf(qtbot, services, instructor,
                                                           tmp_path: Path):
    w = world(services)
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    card_file = tmp_path / "kaart.pdf"
    page.print_card(card_file)
    assert card_file.read_bytes().startswith(b"%PDF")
    assert "Aftekenkaart ZWL-AK-" in page.message_label.text()
    overview_file = tmp_path / "overzicht.pdf"
    page.save_overview(overview_file)
    assert overview_file.read_bytes().startswith(b"%PDF")
    assert "Praktijkoverzicht opgeslagen" in page.message_label.text()


def test_per_groep_shows_the_group_of_whom_is_shown_and_prints_its_cards(
        qtbot, services, instructor, tmp_path: Path):
    import subprocess

    w = world(services)
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    page.show_view(2)  # Per groep
    assert page.group_view.group_id == w.group_id
    assert page.group_view.cards_button.isEnabled()
    target = tmp_path / "kaarten.pdf"
    page.print_group_cards(w.group_id, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Aftekenkaarten van AFT-1 opgeslagen" in page.message_label.text()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    # Sanne (LB-STAAL) and Daan (LB-ANDER) have a workplace; Noor has none.
    assert "Sanne de Vries" in text and "Daan" in text
    assert text.count("Aftekenkaart ZWL-AK-") == 2


def test_weeks_chosen_in_the_hours_grid_are_approved_with_pin_and_signature(
        qtbot, services, instructor, answer):
    from bvmdesk.services.signoff_types import WeekEntry
    from bvmdesk.ui.signoffs.approve_dialog import ApproveDialog

    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    services.bpv_hours.enter_hours(instructor, w.enrolment_id,
                                   [WeekEntry(2026, 40, 1920), WeekEntry(2026, 41, 1800)])
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    page.show_view(1)
    assert page.inner.currentWidget() is page.hours_grid
    assert page.hours_grid.enrolment_id == w.enrolment_id
    ids = [week.hours_id for week in services.bpv_hours.sheet(instructor, w.enrolment_id).weeks]
    seen: list[str] = []

    def approve(dialog) -> None:
        assert isinstance(dialog, ApproveDialog)
        seen.append(dialog.weeks_label.text())
        assert not dialog.approve()  # no PIN yet
        qtbot.keyClicks(dialog.confirm.pin_edit, PIN)
        draw(dialog.confirm.pad)
        assert dialog.approve()
        dialog.accept()

    answer([approve])
    with qtbot.waitSignal(page.signoffs_changed, timeout=3000):
        page.hours_grid.approve_requested.emit(ids)
    assert "2026-W40" in seen[0] and "Samen 62 uur" in seen[0]
    sheet = services.bpv_hours.sheet(instructor, w.enrolment_id)
    assert all(week.approved for week in sheet.weeks)
    assert sheet.totals.approved_minutes == 3720
    assert "goedgekeurd" in page.message_label.text()


def test_the_photo_of_a_paper_card_is_shown_from_its_sign_off(qtbot, services, instructor):
    import io

    from PIL import Image

    w = world(services)
    photo = io.BytesIO()
    Image.new("RGB", (120, 80), (40, 90, 200)).save(photo, format="PNG")
    services.signoffs.record_paper(instructor, w.enrolment_id, w.trainer_id,
                                   [SignItem(w.tasks["T1"], date(2026, 10, 1))],
                                   photo=photo.getvalue(), photo_name="kaart.png")
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    page.tasks.table.select_row(1)  # T2: not signed, no photo
    assert not page.evidence_button.isEnabled()
    page.tasks.table.select_row(0)
    assert page.evidence_button.isEnabled()
    assert "met foto van de kaart" in page.tasks.history_label.text()
    dialog = page.show_evidence()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.image.pixmap().width() == 120
    assert "T1" in dialog.caption.text() and "(papier)" in dialog.caption.text()


def test_a_mouse_click_on_a_signed_task_enables_withdraw(qtbot, services, instructor):
    from PySide6.QtCore import Qt

    w = world(services)
    services.signoffs.record_paper(instructor, w.enrolment_id, w.trainer_id,
                                   [SignItem(w.tasks["T2"], date(2026, 10, 1))])
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    table = page.tasks.table
    assert page.tasks.current().task.code == "T1" and not page.withdraw_button.isEnabled()
    rect = table.visualRect(table.table_model.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.tasks.current().task.code == "T2"
    assert page.withdraw_button.isEnabled()


def test_an_approval_of_hours_is_withdrawn_from_the_grid_with_a_reason(qtbot, services,
                                                                      instructor, answer):
    from bvmdesk.services.signoff_types import WeekEntry

    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    sheet = services.bpv_hours.enter_hours(instructor, w.enrolment_id,
                                           [WeekEntry(2026, 40, 1920), WeekEntry(2026, 41, 900)])
    services.bpv_hours.approve(instructor, w.enrolment_id, w.trainer_id, PIN, STROKES,
                               [week.hours_id for week in sheet.weeks])
    page = open_page(qtbot, services, instructor)
    page.open_participant(w.participant_id)
    page.show_view(1)
    grid = page.hours_grid
    row = next(i for i, r in enumerate(grid.model.rows) if r.label == "2026-W41")
    grid.table.setCurrentIndex(grid.model.index(row, 0))
    assert grid.withdraw_button.isEnabled()
    empty = next(i for i, r in enumerate(grid.model.rows) if r.hours is None)
    grid.table.setCurrentIndex(grid.model.index(empty, 0))
    assert not grid.withdraw_button.isEnabled()
    grid.table.setCurrentIndex(grid.model.index(row, 0))

    def give_reason(dialog) -> None:
        assert "Piet Praktijk" in dialog.findChild(type(page.message_label)).text()
        dialog.reason_edit.setText("verkeerde weken goedgekeurd")
        assert dialog.withdraw()

    answer([give_reason])
    with qtbot.waitSignal(page.signoffs_changed, timeout=3000):
        grid.withdraw_button.click()
    after = services.bpv_hours.sheet(instructor, w.enrolment_id)
    assert not any(week.approved for week in after.weeks)
    assert after.totals.approved_minutes == 0
    assert "Goedkeuring ingetrokken" in page.message_label.text()
