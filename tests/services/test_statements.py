"""The hours statement, the funders summary, the verzuim details and handover, and the
attendance warnings: their numbers checked against domain.hours, on both databases."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from bvmdesk.db.models import Group, Module, Participant
from bvmdesk.domain.hours import Minutes, mark_minutes
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.test_attendance_report import AFTERNOON, MORNING, TODAY, build_report_world
from tests.services.test_attendance_world import add_lesson, add_mark, add_person, enrol, make_group
from tests.services.test_verzuim_service import Absences, monday, sunday, tuesday

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _reports(services: Services, today: date = TODAY) -> ReportService:
    return ReportService(sessions_of(services), today=lambda: today)


def _set_funder(services: Services, number: str, funder: str | None) -> None:
    with sessions_of(services).write("test") as s:
        person = s.scalars(select(Participant).where(Participant.number == number)).one()
        person.funder = funder


def test_hours_statement_day_by_day(services: Services, instructor: Actor) -> None:
    build_report_world(services)
    statement = _reports(services).hours(instructor, "R-01", date(2026, 9, 1),
                                         date(2026, 9, 30))
    assert (statement.participant, statement.name) == ("R-01", "Anna Bakker")
    # The cancelled lesson (22 Sep) and the one after today (29 Sep) are not there.
    assert [(d.date, d.status) for d in statement.days] == [
        (date(2026, 9, 1), "te_laat"), (date(2026, 9, 8), "vroeg_weg"),
        (date(2026, 9, 10), None), (date(2026, 9, 15), "ziek")]
    expected = [mark_minutes(*MORNING, "te_laat", time(9, 0)),
                mark_minutes(*MORNING, "vroeg_weg", time(8, 30), time(11, 0)),
                mark_minutes(*AFTERNOON, None), mark_minutes(*MORNING, "ziek")]
    got = [Minutes(d.planned_minutes, d.attended_minutes, d.excused_minutes,
                   d.unexcused_minutes, d.unmarked_minutes) for d in statement.days]
    assert got == expected
    total = sum(expected, Minutes())
    assert (statement.planned_minutes, statement.attended_minutes, statement.percentage) == (
        total.planned, total.attended, total.percentage)
    assert (statement.attended_minutes, statement.percentage) == (330, 52.4)
    assert statement.days[0].arrival_time == time(9, 0)
    # The same numbers as the attendance report of the group over the same period.
    row = next(r for r in _reports(services).attendance(instructor, "REP-1").rows
               if r.participant == "R-01")
    assert (row.planned_minutes, row.attended_minutes) == (total.planned, total.attended)


def test_hours_statement_refusals(services: Services, instructor: Actor) -> None:
    build_report_world(services)
    with pytest.raises(NotFound, match="Deelnemer X-9 bestaat niet"):
        _reports(services).hours(instructor, "X-9", date(2026, 9, 1), date(2026, 9, 30))
    with pytest.raises(ServiceError, match="De periode is leeg"):
        _reports(services).hours(instructor, "R-01", date(2026, 9, 30), date(2026, 9, 1))
    # B enrolled on 9 Sep: the lesson of 8 Sep (which has a mark) is not hers to account for.
    bram = _reports(services).hours(instructor, "R-02", date(2026, 9, 1), date(2026, 9, 30))
    assert [d.date for d in bram.days] == [date(2026, 9, 10), date(2026, 9, 15)]


def test_funders_per_month(services: Services, instructor: Actor) -> None:
    world = build_report_world(services)
    _set_funder(services, "R-01", "UWV")
    _set_funder(services, "R-02", "UWV")
    _set_funder(services, "R-04", "gemeente")
    october = add_lesson(services, world.group_id, date(2026, 10, 6), *MORNING)
    add_mark(services, october, world.people["A"], "aanwezig", arrival=time(8, 40))
    report = _reports(services).funders(instructor, date(2026, 9, 1), date(2026, 10, 31))
    rows = [(r.funder, r.month, r.participants, r.attended_minutes) for r in report.rows]
    anna_sep = (mark_minutes(*MORNING, "te_laat", time(9, 0)).attended
                + mark_minutes(*MORNING, "vroeg_weg", time(8, 30), time(11, 0)).attended)
    # Bram's aanwezig (180) and ongeoorloofd; Anna's ongeoorloofd of 29 Sep counts her in
    # September only. Cancelled lesson: left out. Dirk has a withdrawn and an excused mark.
    assert rows == [
        ("gemeente", "2026-09", 1, 0),
        ("UWV", "2026-09", 2, anna_sep + 180),
        ("UWV", "2026-10", 1, 200),  # Anna 08:40-12:00
    ]
    assert report.from_date == date(2026, 9, 1)
    none = _reports(services).funders(instructor, date(2027, 1, 1), date(2027, 1, 31))
    assert none.rows == ()


def test_funders_without_a_funder_come_last(services: Services, instructor: Actor) -> None:
    build_report_world(services)
    _set_funder(services, "R-01", "OOM")
    rows = _reports(services).funders(instructor, date(2026, 9, 1), date(2026, 9, 30)).rows
    assert [(r.funder, r.participants) for r in rows] == [("OOM", 1), (None, 2)]


def test_verzuim_lessons_and_handover(services: Services, instructor: Actor) -> None:
    group = Absences(services)
    pid = group.person("V-01")
    group.absent(pid, 39)
    group.absent(pid, 40, status="te_laat", arrival=time(8, 0))  # no minutes missed
    group.absent(pid, 41)
    as_of = date(2026, 12, 31)
    report = ReportService(sessions_of(services)).verzuim(instructor, as_of)
    [signal] = report.signals
    assert (signal.window_start, signal.window_end) == (monday(38), sunday(41))
    assert [(x.date, x.status, x.unexcused_minutes, x.group) for x in signal.lessons] == [
        (tuesday(39), "ongeoorloofd", 480, "VZ-1"), (tuesday(41), "ongeoorloofd", 480, "VZ-1")]
    assert sum(x.unexcused_minutes for x in signal.lessons) == signal.unexcused_minutes
    assert (signal.birth_date, signal.participant_id, signal.handed_over_on) == (
        date(2010, 3, 1), pid, None)
    assert (report.threshold_minutes, report.window_weeks, report.age_limit) == (960, 4, 18)
    absences = AbsenceService(sessions_of(services), today=lambda: date(2026, 11, 2))
    with pytest.raises(ValidationFailed, match="toekomst"):
        absences.hand_over(instructor, pid, signal.window_start, signal.window_end,
                           on=date(2026, 11, 3))
    absences.hand_over(instructor, pid, signal.window_start, signal.window_end,
                       on=date(2026, 10, 30), note="gemaild aan verzuimloket ROC")
    [handed] = ReportService(sessions_of(services)).verzuim(instructor, as_of).signals
    assert (handed.handed_over_on, handed.handed_over_by, handed.handover_note) == (
        date(2026, 10, 30), "Docent Dijkstra", "gemaild aan verzuimloket ROC")
    absences.undo_handover(instructor, pid, signal.window_start)
    [again] = ReportService(sessions_of(services)).verzuim(instructor, as_of).signals
    assert again.handed_over_on is None
    with pytest.raises(NotFound):
        absences.undo_handover(instructor, pid, signal.window_start)
    # Handing over again after an undo brings the same row back.
    absences.hand_over(instructor, pid, signal.window_start, signal.window_end)
    [last] = ReportService(sessions_of(services)).verzuim(instructor, as_of).signals
    assert last.handed_over_on == date(2026, 11, 2)


def test_attendance_warnings_below_the_module_minimum(services: Services,
                                                      instructor: Actor) -> None:
    group = make_group(services, "WRN-1", start=date(2026, 8, 31))
    with sessions_of(services).write("test") as s:
        module_id = s.scalars(select(Group.module_id).where(Group.id == group)).one()
        module = s.get(Module, module_id)
        assert module is not None
        module.min_attendance_pct = 80
    lessons = [add_lesson(services, group, date(2026, 9, 1) + timedelta(weeks=w))
               for w in range(5)]
    low = add_person(services, "W-01", "Laag", "Lid")
    high = add_person(services, "W-02", "Hoog", "Lid")
    stopped = add_person(services, "W-03", "Gestopt", "Lid")
    fresh = add_person(services, "W-04", "Nieuw", "Lid")
    for person in (low, high):
        enrol(services, person, group, date(2026, 8, 31))
    enrol(services, stopped, group, date(2026, 8, 31), status="gestopt")
    enrol(services, fresh, group, date(2026, 9, 30))
    for i, lesson in enumerate(lessons):
        add_mark(services, lesson, low, "aanwezig" if i < 3 else "ongeoorloofd")
        add_mark(services, lesson, high, "aanwezig" if i else "ziek")
        add_mark(services, lesson, stopped, "ongeoorloofd")
    warnings = _reports(services, date(2026, 10, 1)).warnings(instructor)
    assert [(w.participant, w.group, w.percentage, w.minimum) for w in warnings] == [
        ("W-01", "WRN-1", 60.0, 80)]
    assert (warnings[0].attended_minutes, warnings[0].marked_minutes) == (630, 1050)
    assert warnings[0].participant_id == low


def test_undo_finds_a_handover_whose_window_moved(services: Services, instructor: Actor) -> None:
    group = Absences(services)
    pid = group.person("V-01")
    absences = AbsenceService(sessions_of(services), today=lambda: date(2026, 11, 2))
    # Handed over while the window still started a week earlier than it does now.
    absences.hand_over(instructor, pid, monday(37), sunday(40))
    absences.undo_handover(instructor, pid, monday(38), sunday(41))
    with pytest.raises(NotFound):
        absences.undo_handover(instructor, pid, monday(38), sunday(41))
    with pytest.raises(NotFound):  # no overlap: nothing to take back
        absences.undo_handover(instructor, pid, monday(45), sunday(46))


def test_two_sites_marks_and_a_withdrawn_one_in_funders_and_warnings(
        services: Services, instructor: Actor) -> None:
    from tests.services.test_attendance_world import add_site

    group = make_group(services, "TWO-1", start=date(2026, 8, 31))
    with sessions_of(services).write("test") as s:
        module_id = s.scalars(select(Group.module_id).where(Group.id == group)).one()
        module = s.get(Module, module_id)
        assert module is not None
        module.min_attendance_pct = 50
    first = add_lesson(services, group, date(2026, 9, 1), *MORNING)
    second = add_lesson(services, group, date(2026, 9, 8), *MORNING)
    pid = add_person(services, "T-01", "Twee", "Sites")
    enrol(services, pid, group, date(2026, 8, 31))
    _set_funder(services, "T-01", "UWV")
    tbg = add_site(services, "TBG")
    # Two sites wrote a mark for the first lesson: the higher hlc (TBG's absence) wins.
    add_mark(services, first, pid, "aanwezig", hlc="0000000000001.0000")
    add_mark(services, first, pid, "ongeoorloofd", site_id=tbg, hlc="0000000000002.0000")
    # The second lesson's mark was withdrawn: not marked.
    wrong = add_mark(services, second, pid, "aanwezig")
    add_mark(services, second, pid, None, supersedes=wrong)
    reports = _reports(services, date(2026, 9, 30))
    [row] = reports.funders(instructor, date(2026, 9, 1), date(2026, 9, 30)).rows
    assert (row.funder, row.participants, row.attended_minutes) == ("UWV", 1, 0)
    [warning] = reports.warnings(instructor)
    assert (warning.participant, warning.percentage, warning.marked_minutes) == ("T-01", 0.0,
                                                                                 210)
    # The same numbers as the attendance report of the group.
    [report_row] = reports.attendance(instructor, "TWO-1").rows
    assert (report_row.attended_minutes, report_row.unexcused_minutes,
            report_row.unmarked_minutes) == (0, 210, 210)
