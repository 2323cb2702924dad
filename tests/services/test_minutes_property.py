"""One rule for minutes, as a property on a real database (SQLite and PostgreSQL): for random
marks, the verzuim scan's unexcused minutes per participant equal the hours statement's and
the attendance report's unexcused minutes of the same lessons.

The marks are random in status (aanwezig with any arrival and departure too), in how they
were written (through the register service, which normalises the status, or as a raw row as
an old database or another site holds it, seconds included), corrected or withdrawn, over
random lessons (some cancelled) in several school weeks, of participants under 18. The site's
verzuim rules are set to 1 minute in 1 school week, so that every school week with unexcused
minutes gives one signal and the signals add up to the scan's total.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bvmdesk.db.models import AttendanceMark, Enrolment, Group, Lesson, Module, User
from bvmdesk.db.session import local_site_id
from bvmdesk.domain.hours import normalised_status, unexcused_minutes
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.db.support import add_participant
from tests.services.test_attendance_world import at, set_site_settings

site_location = support.site_location
services = support.services
instructor = support.instructor

FIRST_MONDAY = date(2026, 8, 31)
WEEKS = 5
AS_OF = FIRST_MONDAY + timedelta(weeks=WEEKS + 1)
STARTS = (time(8, 30), time(9, 0), time(13, 0), time(18, 30))
STATUSES = ("aanwezig", "aanwezig", "te_laat", "vroeg_weg", "ziek", "geoorloofd",
            "ongeoorloofd")


@dataclass(frozen=True)
class LessonPlan:
    day: date
    start: time
    minutes: int
    cancelled: bool

    @property
    def end(self) -> time:
        return _shift(self.start, self.minutes, 0)


@dataclass(frozen=True)
class MarkPlan:
    """A mark of one lesson and participant; `status` None with `written` is a withdrawal."""

    status: str | None
    arrival: time | None
    departure: time | None
    by_service: bool  # through the register service (normalises), else a raw row
    corrected: bool  # an earlier, different mark that this one supersedes


def _shift(moment: time, minutes: int, seconds: int) -> time:
    total = max(0, min(24 * 3600 - 1, moment.hour * 3600 + moment.minute * 60 + minutes * 60
                       + seconds))
    return time(total // 3600, total // 60 % 60, total % 60)


lesson_plans = st.builds(
    LessonPlan,
    st.builds(lambda week, weekday: FIRST_MONDAY + timedelta(weeks=week, days=weekday),
              st.integers(0, WEEKS - 1), st.integers(0, 4)),
    st.sampled_from(STARTS),
    st.sampled_from((60, 90, 210, 450)),
    st.integers(0, 9).map(lambda n: n == 0),
)


@st.composite
def mark_plans(draw: st.DrawFn, lesson: LessonPlan) -> MarkPlan | None:
    if draw(st.integers(0, 5)) == 0:
        return None  # not marked
    status = draw(st.sampled_from((*STATUSES, None)))
    seconds = st.sampled_from((0, 0, 0, 30, 59))
    moment = st.builds(lambda m, sec: _shift(lesson.start, m, sec),
                       st.integers(-30, lesson.minutes + 30), seconds)
    arrival = draw(st.none() | moment)
    departure = draw(st.none() | moment)
    by_service = (draw(st.booleans()) and not lesson.cancelled and status is not None
                  and (arrival is None or departure is None or departure > arrival))
    return MarkPlan(status, arrival, departure, by_service, draw(st.booleans()))


@st.composite
def worlds(draw: st.DrawFn) -> tuple[list[LessonPlan], list[list[MarkPlan | None]]]:
    lessons = draw(st.lists(lesson_plans, min_size=1, max_size=8,
                            unique_by=lambda x: (x.day, x.start)))
    people = draw(st.integers(1, 3))
    marks = [[draw(mark_plans(lesson)) for lesson in lessons] for _ in range(people)]
    return lessons, marks


_examples = itertools.count()


def _build(services: Services, n: int, lessons: list[LessonPlan],
           marks: list[list[MarkPlan | None]]) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Group P-n with its lessons, people P-n-i (born 2010) enrolled from the first Monday,
    and every raw mark, in one unit of work; the ids of the lessons and the people."""
    recorded = datetime(2026, 10, 1, 12)
    with sessions_of(services).write("test") as s:
        site_id = local_site_id(s)
        assert site_id is not None
        module = Module(code=f"M-P-{n}", name=f"Module {n}", planned_hours=80)
        s.add(module)
        s.flush()
        teacher = s.scalars(select(User.id).where(User.username == support.INSTRUCTOR)).one()
        group = Group(code=f"P-{n}", name=f"Groep {n}", module_id=module.id,
                      location_id=site_id, start_date=FIRST_MONDAY,
                      instructor_id=teacher)  # the instructor sees only her own groups
        s.add(group)
        s.flush()
        rows = [Lesson(group_id=group.id, date=x.day, start_time=x.start, end_time=x.end,
                       cancelled=x.cancelled, cancel_reason="ziek" if x.cancelled else None)
                for x in lessons]
        s.add_all(rows)
        s.flush()
        people = []
        for i, row in enumerate(marks):
            person = add_participant(s, f"P-{n}-{i}", "Sam", f"P-{n}-{i}",
                                     birth_date=date(2010, 3, 1))
            s.add(Enrolment(participant_id=person.id, group_id=group.id,
                            start_date=FIRST_MONDAY))
            people.append(person.id)
            for lesson, plan in zip(rows, row, strict=True):
                if plan is None:
                    continue
                previous = None
                if plan.corrected:  # an earlier mark, superseded by the planned one
                    previous = AttendanceMark(lesson_id=lesson.id, participant_id=person.id,
                                              status="ongeoorloofd", recorded_by="test",
                                              recorded_at=recorded)
                    s.add(previous)
                    s.flush()
                if not plan.by_service:  # as an old database or another site holds it
                    s.add(AttendanceMark(
                        lesson_id=lesson.id, participant_id=person.id, status=plan.status,
                        arrival_time=plan.arrival, departure_time=plan.departure,
                        recorded_by="test", recorded_at=recorded,
                        supersedes_id=previous.id if previous is not None else None))
        s.flush()
        return [x.id for x in rows], people


@settings(max_examples=20, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(world=worlds())
def test_the_verzuim_scan_and_the_reports_count_the_same_unexcused_minutes(
        services: Services, instructor: Actor,
        world: tuple[list[LessonPlan], list[list[MarkPlan | None]]]) -> None:
    # One database per test; each example adds its own group and people to it.
    set_site_settings(services, {"verzuim_minutes": 1, "verzuim_weeks": 1})
    lessons, marks = world
    n = next(_examples)
    lesson_ids, people = _build(services, n, lessons, marks)
    # The rest through the register (after the lesson day: with a reason).
    register = AttendanceService(sessions_of(services), now=lambda: at(AS_OF, 12))
    for person, row in zip(people, marks, strict=True):
        for lesson_id, plan in zip(lesson_ids, row, strict=True):
            if plan is not None and plan.by_service:
                assert plan.status is not None
                register.set_mark(instructor, lesson_id, person, plan.status, plan.arrival,
                                  plan.departure, reason="correctie")
    numbers = [f"P-{n}-{i}" for i in range(len(marks))]

    reports = ReportService(sessions_of(services), today=lambda: AS_OF)
    signals = [s for s in reports.verzuim(instructor, AS_OF).signals
               if s.participant in numbers]
    attendance = {row.participant: row for row in reports.attendance(instructor, f"P-{n}").rows}
    for number in numbers:
        days = reports.hours(instructor, number, FIRST_MONDAY, AS_OF).days
        expected = sum(d.unexcused_minutes for d in days)
        own = [s for s in signals if s.participant == number]
        assert sum(s.unexcused_minutes for s in own) == expected
        assert attendance[number].unexcused_minutes == expected
        # The same lessons: the signals' lesson days, and each lesson the report lists.
        assert {d for s in own for d in s.lesson_dates} == {d.date for d in days
                                                              if d.unexcused_minutes > 0}
        for signal in own:
            assert sum(x.unexcused_minutes for x in signal.lessons) == signal.unexcused_minutes
            for x in signal.lessons:
                assert x.status in ("ongeoorloofd", "te_laat", "vroeg_weg")  # as stored now
    # The rule itself, for the marks as drawn (the reports read what was stored).
    for row in marks:
        for lesson, plan in zip(lessons, row, strict=True):
            if plan is not None and plan.status is not None:
                normal = normalised_status(plan.status, lesson.start, lesson.end,
                                           plan.arrival, plan.departure)
                assert unexcused_minutes(lesson.start, lesson.end, normal, plan.arrival,
                                         plan.departure) == unexcused_minutes(
                    lesson.start, lesson.end, plan.status, plan.arrival, plan.departure)
