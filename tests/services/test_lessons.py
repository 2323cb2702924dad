"""Planning lessons: weekly patterns around holidays, single lessons, cancelling, holidays."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import Lesson
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.lessons import public_holidays
from tests.db import support
from tests.services.test_attendance_world import (
    add_holiday,
    add_person,
    add_site,
    at,
    enrol,
    local_site,
    make_group,
)

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _lesson_days(services: Services, group_id: object) -> list[date]:
    with sessions_of(services).read() as s:
        return list(s.scalars(select(Lesson.date).where(Lesson.group_id == group_id)
                              .order_by(Lesson.date)))


def test_public_holidays_include_kingsday_and_second_christmas_day() -> None:
    days = public_holidays(date(2026, 1, 1), date(2026, 12, 31))
    assert {date(2026, 4, 27), date(2026, 12, 26), date(2026, 12, 25),
            date(2026, 5, 14)} <= days


def test_generate_weekly_skips_holidays_public_holidays_and_existing_lessons(
        services: Services, admin: Actor) -> None:
    zwl = local_site(services)
    other_site = add_site(services, "TBG")
    group = make_group(services, "LAS-1", start=date(2026, 4, 1))
    add_holiday(services, zwl, date(2026, 5, 2), date(2026, 5, 10), "Meivakantie")
    add_holiday(services, other_site, date(2026, 4, 13), date(2026, 4, 17))  # not this site
    lessons = services.lessons
    existing = lessons.add_lesson(admin, group, date(2026, 4, 20), time(8, 30), time(12, 0),
                                  topic="Hoeknaden")
    # Mondays 13 April .. 18 May 2026: 13, 20 (exists), 27 April is a Monday too
    # (Koningsdag), 4 May (holiday), 11 May, 18 May.
    created = lessons.generate_weekly(admin, group, [0], time(8, 30), time(12, 0),
                                      date(2026, 4, 13), date(2026, 5, 18))
    assert created == 3
    assert _lesson_days(services, group) == [date(2026, 4, 13), date(2026, 4, 20),
                                             date(2026, 5, 11), date(2026, 5, 18)]
    assert existing.topic == "Hoeknaden"
    # Running it again creates nothing.
    assert lessons.generate_weekly(admin, group, [0], time(8, 30), time(12, 0),
                                   date(2026, 4, 13), date(2026, 5, 18)) == 0


def test_generate_weekly_skips_christmas(services: Services, admin: Actor) -> None:
    group = make_group(services, "CNC-1")
    created = services.lessons.generate_weekly(admin, group, [4, 5], time(9, 0),
                                               time(15, 0), date(2026, 12, 21),
                                               date(2026, 12, 27))
    # Friday 25 December and Saturday 26 December (Tweede Kerstdag) are skipped.
    assert created == 0
    created = services.lessons.generate_weekly(admin, group, [0, 1, 2, 3, 4, 5, 6], time(9, 0),
                                               time(15, 0), date(2026, 12, 21),
                                               date(2026, 12, 27))
    assert created == 5 and date(2026, 12, 26) not in _lesson_days(services, group)


def test_instructor_may_mark_but_not_plan(services: Services, admin: Actor,
                                          instructor: Actor) -> None:
    group = make_group(services, "LAS-2")
    lessons = services.lessons
    with pytest.raises(PermissionDenied):
        lessons.generate_weekly(instructor, group, [1], time(8, 30), time(12, 0),
                                date(2026, 9, 1), date(2026, 10, 1))
    with pytest.raises(PermissionDenied):
        lessons.add_lesson(instructor, group, date(2026, 9, 8), time(8, 30), time(12, 0))
    with pytest.raises(PermissionDenied):
        lessons.add_holiday(instructor, "ZWL", date(2026, 10, 12), date(2026, 10, 16), "H")
    assert _lesson_days(services, group) == []
    lesson = lessons.add_lesson(admin, group, date(2026, 9, 8), time(8, 30), time(12, 0))
    with pytest.raises(PermissionDenied):
        lessons.cancel_lesson(instructor, lesson.id, "ziek")
    with pytest.raises(PermissionDenied):
        lessons.assign_instructor(instructor, lesson.id, None)
    pid = add_person(services, "H-1", "Anna", "Bakker")
    enrol(services, pid, group, date(2026, 9, 1))
    attendance = AttendanceService(sessions_of(services), now=lambda: at(date(2026, 9, 8), 9))
    assert attendance.set_mark(instructor, lesson.id, pid, "aanwezig").current.status
    assert services.lessons.cancel_lesson(admin, lesson.id, "x").cancelled


def test_add_cancel_and_assign(services: Services, admin: Actor, instructor: Actor) -> None:
    group = make_group(services, "LAS-3")
    lessons = services.lessons
    with pytest.raises(ValidationFailed):
        lessons.add_lesson(admin, group, date(2026, 9, 8), time(12, 0), time(8, 30))
    lesson = lessons.add_lesson(admin, group, date(2026, 9, 8), time(8, 30), time(12, 0))
    with pytest.raises(ServiceError, match="heeft al een les"):
        lessons.add_lesson(admin, group, date(2026, 9, 8), time(8, 30), time(11, 0))
    with pytest.raises(ValidationFailed):
        lessons.cancel_lesson(admin, lesson.id, "  ")
    cancelled = lessons.cancel_lesson(admin, lesson.id, "Docent ziek")
    assert cancelled.cancelled and cancelled.cancel_reason == "Docent ziek"
    (docent_id, docent_name), = [(i, n) for i, n in lessons.instructors(instructor)
                                 if n == "Docent Dijkstra"]
    assigned = lessons.assign_instructor(admin, lesson.id, docent_id)
    assert assigned.instructor == docent_name
    assert lessons.assign_instructor(admin, lesson.id, None).instructor is None
    assert ("ZWL", "Zwolle") in lessons.sites(instructor)


def test_holidays_per_site_add_list_delete(services: Services, admin: Actor) -> None:
    add_site(services, "TBG", "Terborg")
    lessons = services.lessons
    autumn = lessons.add_holiday(admin, "ZWL", date(2026, 10, 17), date(2026, 10, 25),
                                 "Herfstvakantie")
    lessons.add_holiday(admin, "TBG", date(2026, 10, 10), date(2026, 10, 18), "Herfst")
    with pytest.raises(ServiceError):
        lessons.add_holiday(admin, "ZWL", date(2026, 10, 17), date(2026, 10, 20), "dubbel")
    with pytest.raises(ValidationFailed):
        lessons.add_holiday(admin, "ZWL", date(2026, 12, 31), date(2026, 12, 20), "x")
    assert [h.name for h in lessons.holidays(admin, "ZWL")] == ["Herfstvakantie"]
    assert [h.location_code for h in lessons.holidays(admin)] == ["TBG", "ZWL"]
    lessons.delete_holiday(admin, autumn.id)
    assert lessons.holidays(admin, "ZWL") == []
    # A deleted holiday no longer blocks lessons; the same first day can be added again.
    group = make_group(services, "LAS-4")
    assert lessons.generate_weekly(admin, group, [0], time(8, 0), time(9, 0),
                                   date(2026, 10, 19), date(2026, 10, 19)) == 1
    again = lessons.add_holiday(admin, "ZWL", date(2026, 10, 17), date(2026, 10, 25), "Herfst")
    assert again.id == autumn.id and lessons.holidays(admin, "ZWL")[0].name == "Herfst"
    with sessions_of(services).read() as s:
        count = s.scalar(select(func.count()).select_from(Lesson))
    assert count == 1
    assert _lesson_days(services, group) == [date(2026, 10, 19)]
