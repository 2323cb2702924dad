"""The sign-off dialogs on a real database: sign on screen (signature drawn with the mouse,
PIN, first PIN), a wrong PIN, a returned card typed in by a USB scanner, withdrawing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from bvmdesk.domain.signature import decode, encode, make_signature
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from bvmdesk.services.signoff_types import SignItem, TaskSpec
from bvmdesk.ui.signoffs.paper_dialog import PaperDialog
from bvmdesk.ui.signoffs.sign_dialog import SignDialog
from bvmdesk.ui.signoffs.withdraw import WithdrawDialog, withdraw_question
from tests.ui.conftest import activate
from tests.ui.devices import UsbScanner
from tests.ui.signoff_page_support import PIN, TODAY, draw, world
from tests.ui.test_register_helpers import FakeClock


def _sign_dialog(qtbot, services: Services, actor: Actor, enrolment_id) -> SignDialog:
    data = services.signoffs.enrolment(actor, enrolment_id)
    dialog = SignDialog(services.signoffs, services.signoff_reports, actor, data,
                        today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _standing(services: Services, actor: Actor, enrolment_id) -> dict[str, str]:
    data = services.signoffs.enrolment(actor, enrolment_id)
    return {t.task.code: t.current.method for t in data.tasks if t.current is not None}


def test_the_first_pin_is_chosen_then_the_drawn_signature_is_stored(qtbot, services,
                                                                     instructor):
    w = world(services)
    dialog = _sign_dialog(qtbot, services, instructor, w.enrolment_id)
    confirm = dialog.confirm
    assert confirm.trainer is not None and confirm.trainer.name == "Piet Praktijk"
    assert confirm.first_pin  # Piet has no PIN yet: he chooses one, twice
    assert not confirm.new_pin_edit.isHidden() and confirm.pin_edit.isHidden()
    assert [r.state.task.code for r in dialog.ticks.rows] == ["T1", "T2", "T3"]
    dialog.ticks.tick("T1")
    dialog.ticks.tick("T3")
    dialog.ticks.row_of("T3").date.setDate(date(2026, 10, 5))
    dialog.ticks.row_of("T3").remark.setText("Netjes")
    qtbot.keyClicks(confirm.new_pin_edit, PIN)
    qtbot.keyClicks(confirm.repeat_pin_edit, PIN)
    draw(confirm.pad)
    assert not confirm.pad.is_empty
    assert dialog.sign()
    assert [s.task_code for s in dialog.signed] == ["T1", "T3"]
    assert all(s.method == "screen" and s.has_signature for s in dialog.signed)
    stored = services.signoffs.signature(instructor, dialog.signed[0].id)
    assert stored is not None
    assert decode(stored).strokes[0][0] == (30, 90)  # what the mouse drew
    assert [s.day for s in dialog.signed] == [TODAY, date(2026, 10, 5)]
    assert dialog.signed[1].remark == "Netjes"
    assert _standing(services, instructor, w.enrolment_id) == {"T1": "screen", "T3": "screen"}
    trainers = {t.name: t for t in services.signoffs.trainers_for(instructor, w.enrolment_id)}
    assert trainers["Piet Praktijk"].has_pin
    assert dialog.receipt_button.isVisible()
    assert "2 taken afgetekend door Piet Praktijk" in dialog.message_label.text()


def test_a_receipt_is_saved_as_pdf(qtbot, services, instructor, tmp_path: Path):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    dialog = _sign_dialog(qtbot, services, instructor, w.enrolment_id)
    dialog.ticks.tick("T2")
    qtbot.keyClicks(dialog.confirm.pin_edit, PIN)
    draw(dialog.confirm.pad)
    assert dialog.sign()
    target = tmp_path / "bon.pdf"
    dialog.save_receipt(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.receipt_path == target and dialog.open_button.isVisible()


def test_a_wrong_pin_is_shown_in_red_and_nothing_is_signed_or_lost(qtbot, services,
                                                                   instructor):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    dialog = _sign_dialog(qtbot, services, instructor, w.enrolment_id)
    confirm = dialog.confirm
    assert not confirm.first_pin and not confirm.pin_edit.isHidden()
    dialog.ticks.tick("T1")
    dialog.ticks.tick("T2")
    draw(confirm.pad)
    qtbot.keyClicks(confirm.pin_edit, "13579")
    assert not dialog.sign()
    assert "klopt niet" in confirm.pin_message and "Nog 4 pogingen" in confirm.pin_message
    assert confirm.pin_error.isVisible()
    assert _standing(services, instructor, w.enrolment_id) == {}
    # What was ticked and drawn is still there: the right PIN signs it.
    assert [r.state.task.code for r in dialog.ticks.ticked()] == ["T1", "T2"]
    assert not confirm.pad.is_empty and confirm.pin_edit.text() == ""
    qtbot.keyClicks(confirm.pin_edit, PIN)
    assert dialog.sign()
    assert _standing(services, instructor, w.enrolment_id) == {"T1": "screen", "T2": "screen"}


def test_letters_cannot_be_typed_as_pin_and_the_pin_is_hidden(qtbot, services, instructor):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    dialog = _sign_dialog(qtbot, services, instructor, w.enrolment_id)
    edit = dialog.confirm.pin_edit
    qtbot.keyClicks(edit, "12a34b5")
    assert edit.text() == "12345"
    assert edit.echoMode() == edit.EchoMode.Password


def test_no_signature_or_a_future_date_signs_nothing(qtbot, services, instructor):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    dialog = _sign_dialog(qtbot, services, instructor, w.enrolment_id)
    dialog.ticks.tick("T1")
    qtbot.keyClicks(dialog.confirm.pin_edit, PIN)
    assert not dialog.sign()
    assert "Zet eerst een handtekening" in dialog.confirm.signature_error.text()
    draw(dialog.confirm.pad)
    row = dialog.ticks.row_of("T1")
    row.date.setDate(date(2026, 10, 13))  # tomorrow
    assert not dialog.sign()
    assert "toekomst" in row.date.error
    assert _standing(services, instructor, w.enrolment_id) == {}


def test_the_first_pin_must_be_typed_the_same_twice(qtbot, services, instructor):
    w = world(services)
    dialog = _sign_dialog(qtbot, services, instructor, w.enrolment_id)
    dialog.ticks.tick("T1")
    draw(dialog.confirm.pad)
    qtbot.keyClicks(dialog.confirm.new_pin_edit, PIN)
    qtbot.keyClicks(dialog.confirm.repeat_pin_edit, "11111")
    assert not dialog.sign()
    assert "niet gelijk" in dialog.confirm.pin_message
    trainers = {t.name: t for t in services.signoffs.trainers_for(instructor, w.enrolment_id)}
    assert not trainers["Piet Praktijk"].has_pin


def _photo(tmp_path: Path) -> Path:
    path = tmp_path / "kaart.png"
    Image.new("RGB", (60, 40), (200, 180, 40)).save(path)
    return path


def test_a_returned_card_scanned_with_capitals_is_recorded_on_paper(qtbot, services,
                                                                    instructor,
                                                                    tmp_path: Path):
    w = world(services)
    card = services.signoff_cards.card_for(instructor, w.enrolment_id)
    assert any(ch.isupper() for ch in card.code)
    dialog = PaperDialog(services.signoffs, services.signoff_cards, instructor,
                         today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    dialog.code_edit.setFocus()
    clock = FakeClock()
    UsbScanner(clock.advance, delay=0.003).scan(card.code)  # Shift + letter for capitals
    assert dialog.lookup_result is not None and dialog.lookup_result.card.code == card.code
    assert dialog.data is not None and dialog.data.enrolment.id == w.enrolment_id
    assert not dialog.stale_label.isVisible()
    assert [r.state.task.code for r in dialog.ticks.rows] == ["T1", "T2", "T3"]
    dialog.ticks.tick("T2")
    dialog.ticks.row_of("T2").date.setDate(date(2026, 10, 1))
    assert dialog.choose_trainer("Anne Opleider")
    assert dialog.add_photo(_photo(tmp_path))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert [r.task_code for r in dialog.recorded] == ["T2"]
    signed = dialog.recorded[0]
    assert (signed.method, signed.trainer, signed.day) == ("paper", "Anne Opleider",
                                                          date(2026, 10, 1))
    assert signed.card_code == card.code and signed.evidence_attachment_id is not None
    assert signed.recorded_by == instructor.name
    from bvmdesk.ui.signoffs.tasks_view import method_text

    assert method_text(signed) == "op papier, vastgelegd door Petra Bakker"
    media, data = services.signoffs.evidence(instructor, signed.evidence_attachment_id)
    assert media.startswith("image/") and data


def test_a_card_printed_before_the_tasks_changed_says_so(qtbot, services, admin,
                                                         instructor):
    w = world(services)
    card = services.signoff_cards.card_for(instructor, w.enrolment_id)
    services.signoff_tasks.save_task(admin, TaskSpec("M-AFT", "T4", "Last een stompe naad"))
    dialog = PaperDialog(services.signoffs, services.signoff_cards, instructor,
                         today=lambda: TODAY, code=card.code.lower())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.lookup_result is not None and dialog.lookup_result.stale
    assert dialog.stale_label.isVisible()
    assert "T4" in dialog.stale_label.text() and "versie 1" in dialog.stale_label.text()
    assert [r.state.task.code for r in dialog.ticks.rows] == ["T1", "T2", "T3"]  # as printed


def test_an_unknown_card_code_is_said_plainly(qtbot, services, instructor):
    world(services)
    dialog = PaperDialog(services.signoffs, services.signoff_cards, instructor,
                         today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.lookup("ZWL-AK-2026-09999")
    assert "Geen aftekenkaart met code ZWL-AK-2026-09999" in dialog.message_label.text()
    assert not dialog.record()


def test_withdrawing_needs_a_reason_and_writes_a_withdrawal(qtbot, services, instructor):
    w = world(services)
    services.signoffs.set_pin(instructor, w.trainer_id, PIN, PIN)
    strokes = encode(make_signature(200, 100, [[(10, 10), (50, 60), (90, 20)]]))
    signed = services.signoffs.sign_on_screen(instructor, w.enrolment_id, w.trainer_id, PIN,
                                              strokes, [SignItem(w.tasks["T1"], TODAY)])
    info = signed[0]
    dialog = WithdrawDialog("Intrekken", withdraw_question(info, "Sanne de Vries"),
                            lambda reason: services.signoffs.withdraw(instructor, info.id,
                                                                      reason))
    qtbot.addWidget(dialog)
    assert "T1" in withdraw_question(info, "Sanne de Vries")
    qtbot.keyClicks(dialog.reason_edit, "ab")
    assert not dialog.withdraw()
    assert "minstens 3" in dialog.error_label.text()
    assert _standing(services, instructor, w.enrolment_id) == {"T1": "screen"}
    qtbot.keyClicks(dialog.reason_edit, "c: verkeerde taak")
    assert dialog.withdraw()
    assert _standing(services, instructor, w.enrolment_id) == {}
    assert dialog.result_value.reason == "abc: verkeerde taak"
