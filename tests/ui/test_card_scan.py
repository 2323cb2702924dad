"""A returned aftekenkaart is recognised wherever its code is scanned or typed: on Presentie,
Vandaag, Deelnemers, Beoordelingen and Aftekenen itself the window shows Aftekenen with the
card's participant and opens the paper dialog for it. A USB scanner types the capitals of
`ZWL-AK-2026-00001` with Shift press, letter, releases (the real-device lesson)."""

from __future__ import annotations

import pytest

from bvmdesk.config import Settings
from bvmdesk.domain.signoff import as_card_code
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.signoffs.chooser import CardAwarePicker
from bvmdesk.ui.signoffs.paper_dialog import PaperDialog
from tests.ui.conftest import activate
from tests.ui.devices import Person, UsbScanner
from tests.ui.signoff_page_support import world
from tests.ui.test_register_helpers import FakeClock


def _window(qtbot, services, actor) -> MainWindow:
    window = MainWindow(services, actor, Settings.load())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def _expect_paper_dialog(seen: list[tuple[str, str]]):
    """A dialog action: note the paper dialog's card and participant, then close it."""

    def act(dialog) -> None:
        assert isinstance(dialog, PaperDialog)
        assert dialog.lookup_result is not None and dialog.data is not None
        seen.append((dialog.lookup_result.card.code, dialog.data.enrolment.participant_name))
        dialog.reject()

    return act


def _card(services, actor):
    w = world(services)
    return w, services.signoff_cards.card_for(actor, w.enrolment_id).code


def test_a_card_code_is_recognised_in_any_case(qtbot):
    assert as_card_code(" zwl-ak-2026-00012 ") == "ZWL-AK-2026-00012"
    assert as_card_code("BADGE0007") is None


@pytest.mark.parametrize("hold_shift", [False, True])
def test_a_card_scanned_on_the_register_opens_aftekenen(qtbot, services, instructor, answer,
                                                        hold_shift):
    w, code = _card(services, instructor)
    window = _window(qtbot, services, instructor)
    window.show_page_key("attendance")
    register = window.register_page
    clock = FakeClock()
    register.keys.clock = clock
    register.table.setFocus()
    seen: list[tuple[str, str]] = []
    answer([_expect_paper_dialog(seen)])
    UsbScanner(clock.advance, delay=0.003, hold_shift=hold_shift).scan(code)
    clock.advance(0.5)
    register.keys.poll()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(code, "Sanne de Vries")]
    assert window.current_page is window.signoffs_page
    assert window.signoffs_page.chooser.participant.id == w.participant_id
    assert "niet verwerkt" not in register.scan_label.text()  # not taken as a badge


def test_a_card_scanned_on_vandaag_opens_aftekenen(qtbot, services, instructor, answer):
    _w, code = _card(services, instructor)
    window = _window(qtbot, services, instructor)
    today = window.today_page
    clock = FakeClock()
    today.scanner.clock = clock
    today.lessons_table.setFocus()
    seen: list[tuple[str, str]] = []
    answer([_expect_paper_dialog(seen)])
    UsbScanner(clock.advance, delay=0.003).scan(code)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(code, "Sanne de Vries")]
    assert window.current_page is window.signoffs_page


def test_a_card_typed_in_the_deelnemers_search_opens_aftekenen(qtbot, services, instructor,
                                                               answer):
    _w, code = _card(services, instructor)
    window = _window(qtbot, services, instructor)
    window.show_page_key("participants")
    page = window.participants_page
    clock = FakeClock()
    page.scanner.clock = clock
    page.header.search_edit.setFocus()
    seen: list[tuple[str, str]] = []
    answer([_expect_paper_dialog(seen)])
    Person(clock.advance).type(code.lower())  # by hand, slowly, in lower case
    UsbScanner(clock.advance).enter()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(code, "Sanne de Vries")]
    assert window.current_page is window.signoffs_page
    assert page.header.search_edit.text() == ""


def test_a_card_typed_in_the_beoordelingen_search_opens_aftekenen(qtbot, services,
                                                                  instructor, answer):
    _w, code = _card(services, instructor)
    window = _window(qtbot, services, instructor)
    window.show_page_key("assessments")
    seen: list[tuple[str, str]] = []
    answer([_expect_paper_dialog(seen)])
    window.assessments_page.header.search_edit.setText(code)
    window.assessments_page.header.search_submitted.emit(code)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(code, "Sanne de Vries")]
    assert window.current_page is window.signoffs_page


def test_a_card_scanned_on_aftekenen_opens_the_paper_dialog(qtbot, services, instructor,
                                                            answer):
    _w, code = _card(services, instructor)
    window = _window(qtbot, services, instructor)
    window.show_page_key("signoffs")
    picker = window.signoffs_page.chooser.picker
    assert isinstance(picker, CardAwarePicker)
    clock = FakeClock()
    picker.scanner.clock = clock
    picker.search_edit.setFocus()
    seen: list[tuple[str, str]] = []
    answer([_expect_paper_dialog(seen)])
    UsbScanner(clock.advance, delay=0.003).scan(code)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(code, "Sanne de Vries")]
    assert picker.search_edit.text() == ""


def test_an_unknown_card_says_so_on_aftekenen(qtbot, services, instructor):
    world(services)
    window = _window(qtbot, services, instructor)
    window.open_card("ZWL-AK-2026-09999")
    page = window.signoffs_page
    assert window.current_page is page
    assert "Geen aftekenkaart met code ZWL-AK-2026-09999" in page.message_label.text()


def test_naar_aftekenen_on_the_participant_card_opens_the_page(qtbot, services, instructor):
    w = world(services)
    window = _window(qtbot, services, instructor)
    window.open_participant(w.participant_id)
    detail = window.participants_page.detail
    assert detail.signoffs_panel is not None
    detail.signoffs_requested.emit(w.participant_id)
    page = window.signoffs_page
    assert window.current_page is page
    assert page.chooser.participant is not None and page.chooser.participant.id == w.participant_id
    assert [t.task.code for t in page.tasks.tasks()] == ["T1", "T2", "T3"]
