"""Vandaag: today's lessons and their register states, absences reported in advance, verzuim
signals (handover) and warnings, and the way from a lesson to the register."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from bvmdesk.config import Settings
from bvmdesk.db.models import Group, Module
from bvmdesk.services.attendance_types import TodayLesson
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.ui.main_window import MainWindow
from bvmdesk.ui.today.page import TodayPage
from tests.services.test_attendance_world import add_lesson, add_mark, add_person, enrol, make_group
from tests.ui.conftest import INSTRUCTOR, activate

TODAY = date(2026, 11, 24)  # a Tuesday
SEPTEMBER = date(2026, 9, 1)


@dataclass
class World:
    """Four lessons today (none, some, all marked; cancelled) and one pupil (15) with
    three unexcused days in November: a verzuim signal (the first two make 16 hours) and
    an attendance warning."""

    lessons: dict[str, uuid.UUID] = field(default_factory=dict)
    people: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    truant: uuid.UUID | None = None
    truant_name: str = "Sam Spijbel"


def build_world(services: Services) -> World:
    world = World()
    plan = {"NONE-1": (time(8, 30), time(12, 0), 2, 0, False),
            "SOME-1": (time(13, 0), time(16, 0), 3, 1, False),
            "ALL-1": (time(8, 0), time(10, 0), 2, 2, False),
            "OFF-1": (time(10, 0), time(12, 0), 1, 0, True)}
    for code, (start, end, size, marked, cancelled) in plan.items():
        group = make_group(services, code, start=SEPTEMBER, instructor=INSTRUCTOR)
        people = [add_person(services, f"{code}-{n}", "Piet", f"{code.title()} {n}",
                             birth=date(2000, 1, 1)) for n in range(size)]
        for pid in people:
            enrol(services, pid, group, SEPTEMBER)
        lesson = add_lesson(services, group, TODAY, start, end, cancelled=cancelled)
        for pid in people[:marked]:
            add_mark(services, lesson, pid, "aanwezig")
        world.lessons[code] = lesson
        world.people[code] = people
    group = make_group(services, "VZ-1", start=SEPTEMBER, instructor=INSTRUCTOR)
    with sessions_of(services).write("test") as s:
        module_id = s.scalars(select(Group.module_id).where(Group.code == "VZ-1")).one()
        module = s.get(Module, module_id)
        assert module is not None
        module.min_attendance_pct = 80
    world.truant = add_person(services, "VZ-0001", "Sam", "Spijbel", birth=date(2011, 5, 1))
    enrol(services, world.truant, group, SEPTEMBER)
    for week in range(3):  # Tuesdays 3, 10 and 17 November, 8 hours each
        lesson = add_lesson(services, group, date(2026, 11, 3) + timedelta(weeks=week),
                            time(8, 0), time(16, 0))
        add_mark(services, lesson, world.truant, "ongeoorloofd")
    return world


def use_today(monkeypatch: pytest.MonkeyPatch) -> date:
    """TODAY for every service (TodayService, AbsenceService, ReportService), Dutch dates."""
    monkeypatch.setenv("BVMDESK_TODAY", TODAY.isoformat())
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return TODAY


@pytest.fixture(autouse=True)
def today_env(monkeypatch: pytest.MonkeyPatch) -> date:
    """Before the services open: their one clock reads BVMDESK_TODAY when it is made."""
    return use_today(monkeypatch)


@pytest.fixture
def world(services: Services, today_env: date) -> World:
    return build_world(services)


def make_page(qtbot, services: Services, actor: Actor, *, show: bool = True) -> TodayPage:
    page = TodayPage(services.today, services.absences, services.reports,
                     services.participants, actor)
    qtbot.addWidget(page)
    page.resize(1190, 700)
    if show:
        page.show()
        qtbot.waitExposed(page)
    return page


def make_window(qtbot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor, Settings.load())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def lesson_rows(page: TodayPage) -> dict[str, tuple[str, str]]:
    """group code -> (state word, reported count) as the table shows them."""
    model = page.lessons_table.table_model
    result = {}
    for row in range(model.rowCount()):
        item = model.row_at(row)
        assert isinstance(item, TodayLesson)
        result[item.lesson.group_code] = (model.data(model.index(row, 3)),
                                          model.data(model.index(row, 4)))
    return result


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(page: TodayPage, code: str) -> int:
    model = page.lessons_table.table_model
    return next(r for r in range(model.rowCount()) if model.row_at(r).lesson.group_code == code)


# --- lessons --------------------------------------------------------------------------------
def test_lists_todays_lessons_with_their_states(qtbot, services: Services, world: World,
                                                instructor: Actor) -> None:
    services.absences.record(instructor, world.people["SOME-1"][2], "ziek", TODAY)
    page = make_page(qtbot, services, instructor)
    assert page.header.title_label.text() == "Vandaag — di 24 nov 2026"
    assert lesson_rows(page) == {"NONE-1": ("Niet ingevuld", ""),
                                 "SOME-1": ("Deels (2 van 3)", "1"),
                                 "ALL-1": ("Compleet", ""),
                                 "OFF-1": ("Vervallen", "")}
    model = page.lessons_table.table_model
    row = row_of(page, "SOME-1")
    assert model.data(model.index(row, 0)) == "13:00–16:00"
    assert model.data(model.index(row, 3), Qt.ItemDataRole.ForegroundRole) is not None
    assert page.lessons_table.verticalHeader().defaultSectionSize() >= 32
    assert page.lessons_card.count_label.text() == "(4)"


def test_a_day_without_lessons_says_so(qtbot, services: Services, today_env: date,
                                       instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor)
    assert page.lessons_table.table_model.rowCount() == 0
    assert "Vandaag zijn er geen lessen op locatie ZWL" in page.lessons_card.message
    assert page.absences_panel.message == "Niemand is voor vandaag vooraf afgemeld."
    assert "Geen verzuimsignalen" in page.verzuim_panel.message


def test_one_click_or_enter_on_a_lesson_emits_its_id(qtbot, services: Services, world: World,
                                                     instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor)
    row = row_of(page, "SOME-1")
    with qtbot.waitSignal(page.lesson_activated, timeout=2000) as blocker:
        click_row(qtbot, page.lessons_table, row)
    assert blocker.args == [world.lessons["SOME-1"], TODAY]
    page.lessons_table.select_row(row_of(page, "NONE-1"))
    page.lessons_table.setFocus()
    with qtbot.waitSignal(page.lesson_activated, timeout=2000) as blocker:
        qtbot.keyClick(page.lessons_table, Qt.Key.Key_Return)
    assert blocker.args[0] == world.lessons["NONE-1"]


def test_the_window_opens_on_vandaag_and_a_lesson_click_shows_the_register(
        qtbot, services: Services, world: World, instructor: Actor) -> None:
    window = make_window(qtbot, services, instructor)
    page = window.current_page
    assert isinstance(page, TodayPage)
    click_row(qtbot, page.lessons_table, row_of(page, "ALL-1"))
    register = window.register_page
    assert window.current_page is register
    assert window.rail.buttons[1].isChecked()
    assert register.register is not None
    assert register.register.lesson.id == world.lessons["ALL-1"]
    assert register.counter_label.text() == "2 van 2 ingevuld"


def test_marks_in_the_register_show_on_vandaag_when_it_is_shown_again(
        qtbot, services: Services, world: World, instructor: Actor) -> None:
    window = make_window(qtbot, services, instructor)
    page = window.today_page
    click_row(qtbot, page.lessons_table, row_of(page, "NONE-1"))
    register = window.register_page
    register.ask_reason = lambda prompt: "achteraf ingevuld"  # the lesson day is over
    register.select_row(0)
    assert register.mark_current("aanwezig")
    assert lesson_rows(page)["NONE-1"][0] == "Niet ingevuld"  # hidden: not read yet
    window.show_page_key("today")
    assert lesson_rows(page)["NONE-1"][0] == "Deels (1 van 2)"


# --- absences reported in advance -----------------------------------------------------------
def test_absences_of_today_are_listed_and_can_be_withdrawn(qtbot, services: Services,
                                                           world: World,
                                                           instructor: Actor) -> None:
    zoe = services.participants.search_ids(instructor, "Hek")[0]
    services.absences.record(instructor, zoe, "ziek", TODAY, note="moeder belde")
    services.absences.record(instructor, world.people["SOME-1"][0], "geoorloofd", TODAY,
                             TODAY + timedelta(days=3))
    page = make_page(qtbot, services, instructor)
    panel = page.absences_panel
    model = panel.list.table_model
    texts = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert texts == [["Piet Some-1 0", "G  Geoorloofd", "t/m 27 nov"],
                     ["Zoë van 't Hek", "Z  Ziek", "hele dag"]]
    asked: list[str] = []
    panel.confirm = lambda text: asked.append(text) or True
    panel.list.select_row(1)
    assert "moeder belde" in panel.detail_label.text()
    with qtbot.waitSignal(page.absences_changed, timeout=2000):
        qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    assert asked == ["Melding van Zoë van 't Hek (ziek, di 24 nov 2026) intrekken?"]
    assert [a.name for a in services.absences.on_day(instructor, TODAY)] == ["Piet Some-1 0"]
    assert model.rowCount() == 1


def test_afwezigheid_melden_records_and_refreshes(qtbot, services: Services, world: World,
                                                  instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor)
    assert page.header.action_button is not None
    assert page.header.action_button.isEnabled()

    def fill(dialog) -> None:
        assert dialog.picker is not None
        assert dialog.picker.current is not None  # Enter in the search took the first line
        dialog.save()

    page.run_dialog = fill
    page.header.search_edit.setText("Some-1 2")
    with qtbot.waitSignal(page.absences_changed, timeout=2000):
        qtbot.keyClick(page.header.search_edit, Qt.Key.Key_Return)
    assert lesson_rows(page)["SOME-1"] == ("Deels (2 van 3)", "1")
    assert [a.name for a in page.absences_panel.list.table_model.rows()] == ["Piet Some-1 2"]


# --- signals and warnings -------------------------------------------------------------------
def test_signals_and_warnings_load_only_once_the_page_is_shown(qtbot, services: Services,
                                                               world: World,
                                                               instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor, show=False)
    assert page.verzuim_panel.message == "Bezig met laden…"
    assert page.overview is None
    page.show()
    qtbot.waitExposed(page)
    signals = page.verzuim_panel.signals()
    assert [(s.name, s.participant_id) for s in signals] == [("Sam Spijbel", world.truant)]
    model = page.verzuim_panel.list.table_model
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "Sam Spijbel", "VZ-0001", "19 okt – 15 nov 2026", "16 uur"]
    warnings = page.warnings_panel.list.table_model
    assert warnings.rowCount() == 1
    assert warnings.data(warnings.index(0, 3)) == "0,0% (minimaal 80%)"


def test_handover_dialog_records_and_the_signal_leaves_the_list(qtbot, services: Services,
                                                                world: World,
                                                                instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor)
    panel = page.verzuim_panel
    seen = []

    def hand_over(dialog) -> None:
        seen.append(dialog.windowTitle())
        assert dialog.lessons_list.count() == 2  # 3 and 10 November make the 16 hours
        dialog.on_edit.setDate(dialog.on_edit.date() - timedelta(days=1))
        dialog.note_edit.setText("gemaild aan de verzuimcoördinator")
        assert dialog.save()

    panel.run_dialog = hand_over
    panel.list.select_row(0)
    assert panel.handover_button.isEnabled()
    with qtbot.waitSignal(page.handovers_changed, timeout=2000):
        qtbot.mouseClick(panel.handover_button, Qt.MouseButton.LeftButton)
    assert seen == ["Verzuimsignaal overgedragen aan school"]
    assert panel.list.table_model.rowCount() == 0
    assert "nog aan de school moeten worden overgedragen" in panel.message
    signal = services.reports.verzuim(instructor).signals[0]
    assert signal.handed_over_on == TODAY - timedelta(days=1)
    assert signal.handover_note == "gemaild aan de verzuimcoördinator"


def test_naar_deelnemer_selects_the_person_on_deelnemers(qtbot, services: Services,
                                                         world: World,
                                                         instructor: Actor) -> None:
    window = make_window(qtbot, services, instructor)
    participants = window.participants_page
    participants.header.search_edit.setText("Hek")  # a search that hides the person
    window.show_page_key("today")
    panel = window.today_page.warnings_panel
    panel.list.select_row(0)
    qtbot.mouseClick(panel.person_button, Qt.MouseButton.LeftButton)
    assert window.current_page is participants
    assert participants.detail.current_id == world.truant
    assert participants.detail.heading.text() == "Sam Spijbel · VZ-0001"


def test_read_only_actor_sees_but_cannot_record(qtbot, services: Services, world: World) -> None:
    page = make_page(qtbot, services, Actor.viewer())
    assert page.header.action_button is not None
    assert not page.header.action_button.isEnabled()
    assert not page.header.search_edit.isEnabled()
    assert page.absences_panel.withdraw_button.isHidden()
    assert page.verzuim_panel.handover_button.isHidden()
    assert not page.verzuim_panel.person_button.isHidden()
    assert page.lessons_table.table_model.rowCount() == 4
    assert not page.record_absence()


def test_f5_reads_everything_again(qtbot, services: Services, world: World,
                                   instructor: Actor) -> None:
    page = make_page(qtbot, services, instructor)
    add_mark(services, world.lessons["NONE-1"], world.people["NONE-1"][0], "ziek")
    assert lesson_rows(page)["NONE-1"][0] == "Niet ingevuld"
    activate(qtbot, page)
    with qtbot.waitSignal(page.refresh_button.clicked, timeout=2000):  # an animated click
        qtbot.keyClick(page, Qt.Key.Key_F5)
    assert lesson_rows(page)["NONE-1"][0] == "Deels (1 van 2)"


def test_an_absence_reported_on_vandaag_shows_in_the_open_register(
        qtbot, services: Services, world: World, instructor: Actor) -> None:
    window = make_window(qtbot, services, instructor)
    page = window.today_page
    click_row(qtbot, page.lessons_table, row_of(page, "NONE-1"))
    register = window.register_page
    assert register.counter_label.text() == "0 van 2 ingevuld"
    window.show_page_key("today")
    person = world.people["NONE-1"][1]

    def report(dialog) -> None:
        assert dialog.picker is not None
        dialog.picker.choose(person)
        assert dialog.save()

    page.run_dialog = report
    assert page.record_absence()
    window.show_page_key("attendance")
    assert register.counter_label.text() == "1 van 2 ingevuld"
    row = register.model.row_of(person)
    assert register.model.row_at(row).status == "ziek"
    detail = window.participants_page.detail
    assert detail.absences_panel is not None


def test_in_the_app_signals_load_in_the_background_a_moment_after_showing(
        qtbot, services: Services, world: World, instructor: Actor) -> None:
    from PySide6.QtCore import QThreadPool

    from bvmdesk.ui.workers import set_synchronous

    set_synchronous(False)  # the real thread pool, as in the app
    try:
        page = make_page(qtbot, services, instructor)
        assert page.overview is not None  # the lessons are there at once
        assert page.verzuim_panel.message == "Bezig met laden…"
        qtbot.waitUntil(lambda: page.verzuim_panel.message != "Bezig met laden…",
                        timeout=10_000)
        assert [s.name for s in page.verzuim_panel.signals()] == ["Sam Spijbel"]
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        set_synchronous(True)
