"""Every place that takes a badge scan, driven by what a real USB scanner sends: Shift
pressed and released around capitals (or held over a run), AltGr and dead keys, at a fast
(3 ms) and a slow (28 ms) scanner's speed, with and without the prefix character.

The register is the critical one: a scan that is split by a Shift press writes a status
key for the selected student (issue 9: `ZW12345` marked the selected row Ziek and reported
"Onbekende badge: W12345").
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.common.participant_picker import ParticipantPicker
from bvmdesk.ui.participants.page import ParticipantsPage
from tests.ui.conftest import activate
from tests.ui.devices import Person, UsbScanner
from tests.ui.test_register_helpers import FakeClock, make_lesson, open_page, stored

# Letters only (all of them status keys), digits only, mixed case, a symbol under AltGr,
# a character made with a dead key, and the badge of the report.
BADGES = ["ZW12345", "LAZGOV", "0012345", "ZwL-00042", "AB@12", "RENé01", "G7"]
SPEEDS = {"fast": 0.003, "slow": 0.028}


@pytest.fixture(autouse=True)
def _collect_pages(qapp) -> Iterator[None]:
    """Forty pages in a row: collect each test's widgets while Qt is idle, not at a random
    later moment inside another test's paint event."""
    yield
    qapp.processEvents()
    gc.collect()


def give_badges(services: Services, badges: list[str]) -> dict[str, str]:
    """Badge -> name for people in the lesson's group (after make_lesson)."""
    from bvmdesk.db.models import Participant

    owners: dict[str, str] = {}
    with sessions_of(services).write("test") as s:
        people = s.scalars(select(Participant).where(Participant.number.like("T-%"))
                           .order_by(Participant.number).limit(15)).all()
        for person, badge in zip(people[5:], badges, strict=False):
            person.badge = badge
            owners[badge] = f"{person.first_names} {person.last_name}"
    return owners


def marked(services: Services, actor: Actor, lesson_id) -> dict[str, str]:
    return {name: status for name, status in stored(services, actor, lesson_id).items()
            if status is not None}


@pytest.mark.parametrize("hold_shift", [False, True], ids=["shift-each", "shift-held"])
@pytest.mark.parametrize("speed", list(SPEEDS), ids=list(SPEEDS))
@pytest.mark.parametrize("badge", [b for b in BADGES if len(b) >= 3])
def test_register_scan_marks_its_owner_and_nobody_else(qtbot, services: Services,
                                                       admin: Actor, instructor: Actor,
                                                       badge: str, speed: str,
                                                       hold_shift: bool) -> None:
    lesson_id = make_lesson(services, admin)
    owner = give_badges(services, BADGES)[badge]
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    selected = page.model.row_at(page.current_row()).name
    assert selected != owner
    UsbScanner(clock.advance, delay=SPEEDS[speed], hold_shift=hold_shift).scan(badge)
    clock.advance(0.5)
    page.keys.poll()
    assert marked(services, instructor, lesson_id) == {owner: "te_laat"}  # 08:40 > 08:30
    assert page.scan_label.text() == f"{owner}: aanwezig om 08:40 (te laat)."
    assert page.model.row_at(page.current_row()).name == owner


@pytest.mark.parametrize("delay", [0.003, 0.028, 0.3], ids=["fast", "slow", "by-hand"])
def test_register_scan_with_prefix(qtbot, services: Services, admin: Actor,
                                   instructor: Actor, delay: float) -> None:
    """With the prefix set, even a short code (G7) or one typed by hand is a scan."""
    lesson_id = make_lesson(services, admin)
    owner = give_badges(services, BADGES)["G7"]
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    page.keys.classifier.prefix = "$"
    UsbScanner(clock.advance, delay=delay).scan("$G7")
    clock.advance(0.5)
    page.keys.poll()
    assert marked(services, instructor, lesson_id) == {owner: "te_laat"}


@pytest.mark.parametrize("delay", [0.003, 0.028], ids=["fast", "slow"])
def test_register_scan_in_real_time(qtbot, services: Services, admin: Actor,
                                    instructor: Actor, delay: float) -> None:
    """The real monotonic clock and the page's own timer, the scanner's real pace."""
    lesson_id = make_lesson(services, admin)
    owner = give_badges(services, BADGES)["ZW12345"]
    page = open_page(qtbot, services, instructor, FakeClock())
    page.keys.clock = time.monotonic
    UsbScanner(delay=delay).scan("ZW12345")
    qtbot.wait(150)
    assert marked(services, instructor, lesson_id) == {owner: "te_laat"}


def test_a_person_typing_a_capital_with_shift_marks_the_selected_row(
        qtbot, services: Services, admin: Actor, instructor: Actor) -> None:
    lesson_id = make_lesson(services, admin)
    clock = FakeClock()
    page = open_page(qtbot, services, instructor, clock)
    first = page.model.row_at(page.current_row()).name
    second = page.model.row_at(page.current_row() + 1).name
    person = Person(clock.advance)
    person.type("Z")  # Shift, Z, release, release: still the status key Z
    page.keys.poll()
    person.type("a")
    page.keys.poll()
    assert marked(services, instructor, lesson_id) == {first: "ziek", second: "aanwezig"}


def enrol_named(services: Services) -> None:
    """Jan-Willem and Łukasz join LAS-ZWL-1: Petra Bakker finds only her own groups' people
    (issue 16), so the people these scans look for must be in her group."""
    from bvmdesk.db.models import Enrolment, Group, Participant

    with sessions_of(services).write("test") as s:
        group = s.scalars(select(Group).where(Group.code == "LAS-ZWL-1")).one()
        for person in s.scalars(select(Participant).where(
                Participant.first_names.in_(["Jan-Willem", "Łukasz"]))):
            s.add(Enrolment(participant_id=person.id, group_id=group.id,
                            start_date=group.start_date, status="actief"))


def _participants_page(qtbot, services: Services, actor: Actor) -> ParticipantsPage:
    enrol_named(services)
    page = ParticipantsPage(services.participants, actor)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    return page


@pytest.mark.parametrize("speed", list(SPEEDS), ids=list(SPEEDS))
@pytest.mark.parametrize("in_search", [False, True], ids=["table", "search-field"])
def test_deelnemers_scan_selects_the_person(qtbot, services: Services, instructor: Actor,
                                            speed: str, in_search: bool) -> None:
    page = _participants_page(qtbot, services, instructor)
    clock = FakeClock()
    page.scanner.clock = clock
    target = page.header.search_edit if in_search else page.table
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=2000)
    UsbScanner(clock.advance, delay=SPEEDS[speed]).scan("BADGE0044")
    assert page.detail.heading.text().startswith("Jan-Willem van der Berg ·")
    assert "BADGE" not in page.header.search_edit.text()


@pytest.mark.parametrize("speed", list(SPEEDS), ids=list(SPEEDS))
def test_vandaag_scan_into_afmelden_opens_afwezigheid_melden(qtbot, services: Services,
                                                             instructor: Actor,
                                                             speed: str) -> None:
    from tests.ui.test_today_page import make_page

    enrol_named(services)
    page = make_page(qtbot, services, instructor)
    activate(qtbot, page)
    clock = FakeClock()
    page.scanner.clock = clock
    opened: list[str | None] = []

    def run(dialog: QDialog) -> None:
        picker = dialog.picker
        opened.append(picker.current.name if picker and picker.current else None)

    page.run_dialog = run
    page.header.search_edit.setFocus()
    qtbot.waitUntil(page.header.search_edit.hasFocus, timeout=2000)
    UsbScanner(clock.advance, delay=SPEEDS[speed]).scan("BADGE0031")
    assert opened == ["Łukasz Wiśniewski"]


@pytest.mark.parametrize("speed", list(SPEEDS), ids=list(SPEEDS))
def test_vandaag_scan_at_the_door_is_an_arrival_in_presentie(qtbot, services: Services,
                                                             admin: Actor, instructor: Actor,
                                                             speed: str) -> None:
    """Monday 08:40, the window shows Vandaag: a student scans; Presentie marks them."""
    from datetime import datetime

    from bvmdesk.config import Settings
    from bvmdesk.ui.main_window import MainWindow

    lesson_id = make_lesson(services, admin)
    services.attendance.now = lambda: datetime(2026, 9, 1, 8, 40)
    services.today.today = lambda: datetime(2026, 9, 1).date()
    window = MainWindow(services, instructor, Settings.load())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    register = window.pages["attendance"]
    register._now = services.attendance.now
    today = window.pages["today"]
    assert window.current_page is today
    clock = FakeClock()
    today.scanner.clock = clock
    today.lessons_table.setFocus()
    qtbot.waitUntil(today.lessons_table.hasFocus, timeout=2000)
    UsbScanner(clock.advance, delay=SPEEDS[speed]).scan("BADGE0007")
    assert window.current_page is register
    assert marked(services, instructor, lesson_id) == {"Zoë van 't Hek": "te_laat"}


def _shown_picker(qtbot, services: Services,
                  instructor: Actor) -> tuple[QDialog, ParticipantPicker]:
    """The participant picker in a shown, active dialog (as Afwezigheid melden has it)."""
    enrol_named(services)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = ParticipantPicker(services.participants, instructor, parent=dialog)
    dialog.resize(500, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog, picker


@pytest.mark.parametrize("speed", list(SPEEDS), ids=list(SPEEDS))
def test_picker_scan_chooses_the_person(qtbot, services: Services, instructor: Actor,
                                        speed: str) -> None:
    """The participant picker of a dialog (Afwezigheid melden, the hours statement)."""
    dialog, picker = _shown_picker(qtbot, services, instructor)
    clock = FakeClock()
    picker.scanner.clock = clock
    picker.search_edit.setFocus()
    qtbot.waitUntil(picker.search_edit.hasFocus, timeout=2000)
    with qtbot.waitSignal(picker.submitted, timeout=2000):
        UsbScanner(clock.advance, delay=SPEEDS[speed]).scan("BADGE0007")
    assert picker.current is not None and picker.current.name == "Zoë van 't Hek"
    assert picker.search_edit.text() == ""
    assert dialog.isVisible()  # the scan's Enter did not reach the dialog's default button


def test_typing_in_the_picker_still_searches(qtbot, services: Services,
                                             instructor: Actor) -> None:
    _dialog, picker = _shown_picker(qtbot, services, instructor)
    clock = FakeClock()
    picker.scanner.clock = clock
    picker.search_edit.setFocus()
    qtbot.waitUntil(picker.search_edit.hasFocus, timeout=2000)
    Person(clock.advance).type("Wis")
    assert picker.search_edit.text() == "Wis"
    assert picker.results.count() == 1
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    assert picker.current is not None and picker.current.name == "Łukasz Wiśniewski"


def test_a_huge_paste_in_the_picker_is_cut_with_a_notice(qtbot, services: Services,
                                                         instructor: Actor) -> None:
    """Issue 11: the picker's search keeps its first 200 characters and says so."""
    from PySide6.QtGui import QGuiApplication

    _dialog, picker = _shown_picker(qtbot, services, instructor)
    QGuiApplication.clipboard().setText("Wis" + " " * 250 + "q" * 40_000)
    picker.search_edit.setFocus()
    picker.search_edit.paste()
    assert len(picker.search_edit.text()) == 200
    assert picker.search_edit.property("searchNotice") == (
        "De zoektekst is ingekort tot 200 tekens.")
    assert picker.results.count() == 1
