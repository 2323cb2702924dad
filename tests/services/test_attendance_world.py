"""Builders for the attendance tests: sites, groups, people, enrolments, lessons, marks.

Rows are written with the ORM, as an import would store them; the services under test
then read and write them on both backends. (No tests here: only helpers.)
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import insert, select

from bvmdesk.db.models import (
    AttendanceMark,
    Enrolment,
    Group,
    Holiday,
    Lesson,
    Module,
    Site,
    User,
)
from bvmdesk.db.session import local_site_id, utcnow
from bvmdesk.services.container import Services, sessions_of
from tests.db.support import INSTRUCTOR, add_participant


def local_site(services: Services) -> uuid.UUID:
    with sessions_of(services).read() as s:
        site_id = local_site_id(s)
    assert site_id is not None
    return site_id


def add_site(services: Services, code: str, name: str | None = None) -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        site = Site(code=code, name=name or code, settings={})
        s.add(site)
        s.flush()
        return site.id


def set_site_settings(services: Services, settings: dict[str, object]) -> None:
    with sessions_of(services).write("test") as s:
        site = s.get(Site, local_site_id(s))
        assert site is not None
        site.settings = dict(settings)


def make_group(services: Services, code: str = "LAS-1", start: date = date(2026, 8, 31),
               end: date | None = None, site_id: uuid.UUID | None = None,
               instructor: str | None = INSTRUCTOR) -> uuid.UUID:
    """A group taught by the account `instructor` (the template's `docent`: the tests'
    instructor sees only the groups they teach); None: no instructor."""
    with sessions_of(services).write("test") as s:
        location = site_id or local_site_id(s)
        assert location is not None
        module = s.scalars(select(Module).where(Module.code == f"M-{code}")).first()
        if module is None:
            module = Module(code=f"M-{code}", name=f"Module {code}", planned_hours=80)
            s.add(module)
            s.flush()
        teacher = (s.scalars(select(User.id).where(User.username == instructor)).one()
                   if instructor is not None else None)
        group = Group(code=code, name=f"Groep {code}", module_id=module.id,
                      location_id=location, start_date=start, end_date=end,
                      instructor_id=teacher)
        s.add(group)
        s.flush()
        return group.id


def add_person(services: Services, number: str, first: str, last: str,
               birth: date = date(2010, 1, 1), badge: str | None = None,
               prefix: str | None = None) -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        return add_participant(s, number, first, last, prefix=prefix, badge=badge,
                               birth_date=birth).id


def enrol(services: Services, participant_id: uuid.UUID, group_id: uuid.UUID, start: date,
          end: date | None = None, status: str = "actief") -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        enrolment = Enrolment(participant_id=participant_id, group_id=group_id,
                              start_date=start, end_date=end, status=status)
        s.add(enrolment)
        s.flush()
        return enrolment.id


def add_lesson(services: Services, group_id: uuid.UUID, day: date,
               start: time = time(8, 30), end: time = time(12, 0),
               cancelled: bool = False) -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        lesson = Lesson(group_id=group_id, date=day, start_time=start, end_time=end,
                        cancelled=cancelled, cancel_reason="ziek" if cancelled else None)
        s.add(lesson)
        s.flush()
        return lesson.id


def add_holiday(services: Services, site_id: uuid.UUID, first: date, last: date,
                name: str = "Vakantie") -> None:
    with sessions_of(services).write("test") as s:
        s.add(Holiday(location_id=site_id, first_day=first, last_day=last, name=name))


def add_mark(services: Services, lesson_id: uuid.UUID, participant_id: uuid.UUID,
             status: str | None, arrival: time | None = None, departure: time | None = None,
             supersedes: uuid.UUID | None = None, site_id: uuid.UUID | None = None,
             hlc: str | None = None) -> uuid.UUID:
    """A mark row as an import or another site would have written it.

    With `hlc` the row is inserted as that site stamped it (a Core insert: the flush hook
    would stamp this PC's clock, and a mark is never updated afterwards)."""
    with sessions_of(services).write("test") as s:
        if hlc is None:
            mark = AttendanceMark(lesson_id=lesson_id, participant_id=participant_id,
                                  status=status, arrival_time=arrival,
                                  departure_time=departure, recorded_by="test",
                                  recorded_at=utcnow(), supersedes_id=supersedes,
                                  site_id=site_id)
            s.add(mark)
            s.flush()
            return mark.id
        now, mark_id = utcnow(), uuid.uuid4()
        s.execute(insert(AttendanceMark).values(
            id=mark_id, site_id=site_id or local_site_id(s), created_at=now, updated_at=now,
            created_by="test", updated_by="test", hlc=hlc, lesson_id=lesson_id,
            participant_id=participant_id, status=status, arrival_time=arrival,
            departure_time=departure, recorded_by="test", recorded_at=now,
            supersedes_id=supersedes))
        return mark_id


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)
