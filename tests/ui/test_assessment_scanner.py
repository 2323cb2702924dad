"""A badge scanned on the scoring screen never rates: its keystrokes come within a few ms and
end with Enter (ui/common/scanner.py), the letters G, O, V, A of `GOVA0042` included. Driven
by what a real USB scanner sends (tests/ui/devices.py), with a fake and with the real clock."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services
from tests.ui.devices import Person, UsbScanner
from tests.ui.test_assessment_helpers import make_form, open_scoring, start, values
from tests.ui.test_register_helpers import FakeClock

SPEEDS = {"fast": 0.003, "slow": 0.028}


@pytest.mark.parametrize("hold_shift", [False, True], ids=["shift-each", "shift-held"])
@pytest.mark.parametrize("speed", list(SPEEDS), ids=list(SPEEDS))
@pytest.mark.parametrize("badge", ["GOVA0042", "gova0042", "BADGE0007", "VOG"])
def test_a_scan_rates_nothing(qtbot, services: Services, admin: Actor, instructor: Actor,
                              badge: str, speed: str, hold_shift: bool) -> None:
    form = make_form(services, admin)
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    screen = page.scoring
    row = screen.grid.current_row()
    UsbScanner(clock.advance, delay=SPEEDS[speed], hold_shift=hold_shift).scan(badge)
    clock.advance(0.5)
    screen.keys.poll()
    assert values(services, instructor, info.id) == {}
    assert screen.grid.current_row() == row
    assert not screen.grid.editing  # its Enter opened no toelichting either
    assert f"Badge {badge} gescand: er is niets beoordeeld" in (
        screen.header.message_label.text())


@pytest.mark.parametrize("delay", [0.003, 0.028], ids=["fast", "slow"])
def test_a_scan_in_real_time_rates_nothing(qtbot, services: Services, admin: Actor,
                                           instructor: Actor, delay: float) -> None:
    """The real monotonic clock and the screen's own timer, at the scanner's real pace."""
    form = make_form(services, admin)
    info = start(services, instructor, form)
    page = open_scoring(qtbot, services, instructor, FakeClock(), info)
    page.scoring.keys.clock = time.monotonic
    # The screen is idle before the badge comes: synthetic key events carry no device
    # timestamp, so the first paint, run between two of them, would count as a gap.
    qtbot.wait(300)
    UsbScanner(delay=delay).scan("GOVA0042")
    qtbot.wait(150)
    assert values(services, instructor, info.id) == {}
    Person(pause=0.25).type("G")  # a person's G, with the real timer, still rates
    qtbot.waitUntil(lambda: values(services, instructor, info.id) == {1: "G"}, timeout=2000)


def test_a_person_typing_the_same_letters_rates(qtbot, services: Services, admin: Actor,
                                                instructor: Actor) -> None:
    form = make_form(services, admin)
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    person = Person(clock.advance)
    for char in "GOVA":  # A is no value of the ovg scale: nothing for criterion 4
        person.type(char)
        page.scoring.keys.poll()
    assert values(services, instructor, info.id) == {1: "G", 2: "O", 3: "V"}


def test_a_scan_into_the_remark_is_taken_out(qtbot, services: Services, admin: Actor,
                                             instructor: Actor) -> None:
    form = make_form(services, admin)
    info = start(services, instructor, form)
    clock = FakeClock()
    page = open_scoring(qtbot, services, instructor, clock, info)
    remark = page.scoring.side.remark_edit
    remark.setFocus()
    qtbot.waitUntil(remark.hasFocus, timeout=2000)
    Person(clock.advance).type("ok")
    UsbScanner(clock.advance).scan("GOVA0042")
    page.scoring.keys.poll()
    assert remark.toPlainText() == "ok"
    qtbot.mouseClick(page.scoring.back_button, Qt.MouseButton.LeftButton)
    assert services.assessments.assessment(instructor, info.id).remark == "ok"
    assert values(services, instructor, info.id) == {}
