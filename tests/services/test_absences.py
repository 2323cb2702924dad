"""Absences known in advance: recorded before the lesson, shown prefilled in the register,
counted as excused by the reports, and always overruled by a real mark."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, PlannedAbsence
from bvmdesk.domain.hours import mark_minutes
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.today import TodayService
from tests.db import support
from tests.services.test_attendance_world import add_lesson, add_person, at, enrol, make_group

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

TODAY = date(2026, 10, 5)  # a Monday
TUESDAY = TODAY + timedelta(days=1)
MORNING = (time(8, 30), time(12, 0))
AFTERNOON = (time(13, 0), time(16, 0))


def _absences(services: Services) -> AbsenceService:
    return AbsenceService(sessions_of(services), today=lambda: TODAY)


def _world(services: Services) -> tuple:  # type: ignore[type-arg]
    group = make_group(services, "ABS-1", start=date(2026, 8, 31))
    morning = add_lesson(services, group, TUESDAY, *MORNING)
    afternoon = add_lesson(services, group, TUESDAY, *AFTERNOON)
    monday = add_lesson(services, group, TODAY, *MORNING)
    zoe = add_person(services, "A-01", "Zoë", "Hek", prefix="van 't")
    bas = add_person(services, "A-02", "Bas", "Appel")
    for person in (zoe, bas):
        enrol(services, person, group, date(2026, 8, 31))
    return group, morning, afternoon, monday, zoe, bas


def _count(services: Services, model: type) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_day_prefills_every_lesson_of_that_day_and_a_mark_overrules_it(
        services: Services, instructor: Actor) -> None:
    _group, morning, afternoon, monday, zoe, bas = _world(services)
    info = _absences(services).record(instructor, zoe, "ziek", TUESDAY,
                                      note="moeder belde 07:30")
    assert (info.name, info.kind, info.from_date, info.to_date) == (
        "Zoë van 't Hek", "ziek", TUESDAY, TUESDAY)
    attendance = AttendanceService(sessions_of(services), now=lambda: at(TUESDAY, 8))
    for lesson in (morning, afternoon):
        register = attendance.register(instructor, lesson)
        row = next(r for r in register.rows if r.participant_id == zoe)
        assert (row.status, row.reported, row.mark) == ("ziek", True, None)
        assert row.planned is not None and row.planned.note == "moeder belde 07:30"
        assert register.marked == 1
    other_day = attendance.register(instructor, monday)
    assert all(r.planned is None for r in other_day.rows)
    # "Iedereen aanwezig" fills only Bas: the reported absence is not empty.
    changes = attendance.mark_all_present(instructor, morning)
    assert [c.participant_id for c in changes] == [bas]
    # The instructor can still change it: Zoë came after all.
    attendance.set_mark(instructor, morning, zoe, "aanwezig")
    row = next(r for r in attendance.register(instructor, morning).rows
               if r.participant_id == zoe)
    assert (row.status, row.reported) == ("aanwezig", False)


def test_one_lesson_only_and_a_range(services: Services, instructor: Actor) -> None:
    _group, morning, afternoon, _monday, zoe, bas = _world(services)
    absences = _absences(services)
    one = absences.record(instructor, zoe, "geoorloofd", TODAY, lesson_id=afternoon)
    assert (one.from_date, one.to_date, one.lesson_id) == (TUESDAY, TUESDAY, afternoon)
    assert one.lesson_label == "ABS-1 13:00-16:00"
    absences.record(instructor, bas, "ziek", TODAY, TODAY + timedelta(days=3))
    attendance = AttendanceService(sessions_of(services), now=lambda: at(TUESDAY, 8))
    by_lesson = {lesson: {r.participant_id: r.status
                          for r in attendance.register(instructor, lesson).rows}
                 for lesson in (morning, afternoon)}
    assert by_lesson[morning] == {zoe: None, bas: "ziek"}
    assert by_lesson[afternoon] == {zoe: "geoorloofd", bas: "ziek"}
    assert [a.participant for a in absences.on_day(instructor, TUESDAY)] == ["A-02", "A-01"]
    assert [a.kind for a in absences.of_participant(instructor, bas)] == ["ziek"]
    lessons = absences.lessons_ahead(instructor, zoe)
    assert [(x.date, x.start_time) for x in lessons] == [
        (TODAY, time(8, 30)), (TUESDAY, time(8, 30)), (TUESDAY, time(13, 0))]


def test_withdrawing_takes_the_prefill_away(services: Services, instructor: Actor) -> None:
    _group, morning, *_rest, zoe, _bas = _world(services)
    absences = _absences(services)
    info = absences.record(instructor, zoe, "ziek", TUESDAY)
    absences.withdraw(instructor, info.id)
    attendance = AttendanceService(sessions_of(services), now=lambda: at(TUESDAY, 8))
    assert all(r.status is None for r in attendance.register(instructor, morning).rows)
    assert absences.on_day(instructor, TUESDAY) == []
    with pytest.raises(NotFound):
        absences.withdraw(instructor, info.id)


@pytest.mark.parametrize(("kind", "start", "end", "field"), [
    ("ziek", TODAY - timedelta(days=1), None, "from_date"),  # a lesson that is over
    ("ziek", TUESDAY, TODAY, "to_date"),  # ends before it starts
    ("vakantie", TUESDAY, None, "kind"),
    ("ziek", TODAY, TODAY + timedelta(days=400), "to_date"),
])
def test_bad_input_is_refused_and_changes_nothing(services: Services, instructor: Actor,
                                                  kind: str, start: date, end: date | None,
                                                  field: str) -> None:
    *_rest, zoe, _bas = _world(services)
    events = _count(services, AuditEvent)
    with pytest.raises(ValidationFailed) as caught:
        _absences(services).record(instructor, zoe, kind, start, end)
    assert field in {e.field for e in caught.value.errors}
    assert _count(services, PlannedAbsence) == 0 and _count(services, AuditEvent) == events


def test_a_lesson_of_another_group_and_a_viewer_are_refused(services: Services,
                                                            instructor: Actor) -> None:
    *_rest, zoe, _bas = _world(services)
    other = add_lesson(services, make_group(services, "ABS-2"), TUESDAY)
    absences = _absences(services)
    with pytest.raises(ValidationFailed, match="niet ingeschreven in groep ABS-2"):
        absences.record(instructor, zoe, "ziek", TUESDAY, lesson_id=other)
    with pytest.raises(PermissionDenied):
        absences.record(Actor.viewer(), zoe, "ziek", TUESDAY)
    assert _count(services, PlannedAbsence) == 0


def test_reports_count_a_reported_absence_as_excused(services: Services,
                                                     instructor: Actor) -> None:
    _group, _morning, _afternoon, monday, zoe, _bas = _world(services)
    _absences(services).record(instructor, zoe, "ziek", TUESDAY)
    attendance = AttendanceService(sessions_of(services), now=lambda: at(TODAY, 8))
    attendance.set_mark(instructor, monday, zoe, "aanwezig")
    reports = ReportService(sessions_of(services), today=lambda: TUESDAY)
    row = next(r for r in reports.attendance(instructor, "ABS-1").rows if r.participant == "A-01")
    excused = (mark_minutes(*MORNING, "ziek").excused + mark_minutes(*AFTERNOON, "ziek").excused)
    assert (row.excused_minutes, row.unmarked_minutes, row.attended_minutes) == (excused, 0, 210)
    hours = reports.hours(instructor, "A-01", TODAY, TUESDAY)
    assert [(d.status, d.reported) for d in hours.days] == [
        ("aanwezig", False), ("ziek", True), ("ziek", True)]
    paper = reports.presentielijst(instructor, "ABS-1", TUESDAY)
    assert [(r.name, r.status, r.reported) for r in paper.lessons[0].rows] == [
        ("Bas Appel", None, False), ("Zoë van 't Hek", "ziek", True)]
    today = TodayService(sessions_of(services), _absences(services), today=lambda: TUESDAY)
    overview = today.overview(instructor)
    assert [(x.lesson.start_time, x.marked, x.reported, x.state) for x in overview.lessons] == [
        (time(8, 30), 1, 1, "deels"), (time(13, 0), 1, 1, "deels")]
    assert [a.participant for a in overview.absences] == ["A-01"]
