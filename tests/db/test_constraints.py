"""What the schema itself refuses, on both backends: foreign keys, uniqueness, checks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, time

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bvmdesk.db.models import AttendanceMark, Enrolment, Lesson, Participant, Site
from bvmdesk.services.container import Services, sessions_of
from tests.db.support import LessonWorld, add_participant, build_lesson_world


def _refused(services: Services, write: Callable[[Session], object]) -> None:
    """`write` fails with an IntegrityError and leaves nothing behind."""
    counts = _counts(services)
    with pytest.raises(IntegrityError), sessions_of(services).write("test") as s:
        write(s)
        s.flush()
    assert _counts(services) == counts


def _counts(services: Services) -> tuple[int, ...]:
    with sessions_of(services).read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (Participant, Lesson, AttendanceMark, Site, Enrolment))


@pytest.fixture
def world(services: Services) -> LessonWorld:
    return build_lesson_world(services)


def test_foreign_keys_are_enforced(services: Services, world: LessonWorld) -> None:
    def orphan_enrolment(s: Session) -> None:
        s.add(Enrolment(participant_id=uuid.uuid4(), group_id=world.group_id,
                        start_date=date(2026, 9, 1)))

    _refused(services, orphan_enrolment)


def test_foreign_keys_are_enforced_for_core_inserts_too(services: Services,
                                                        world: LessonWorld) -> None:
    def orphan_lesson(s: Session) -> None:
        s.execute(insert(Lesson).values(
            id=uuid.uuid4(), site_id=world.site_id, created_at=date(2026, 1, 1),
            updated_at=date(2026, 1, 1), created_by="t", updated_by="t", hlc="x",
            group_id=uuid.uuid4(), date=date(2026, 9, 8), start_time=time(8),
            end_time=time(9), cancelled=False))

    _refused(services, orphan_lesson)


def test_participant_number_is_unique(services: Services, world: LessonWorld) -> None:
    _refused(services, lambda s: add_participant(s, "P-LAS-1", "Anna", "de Vries"))


def test_badge_is_unique_but_may_be_empty_for_many(services: Services) -> None:
    with sessions_of(services).write("test") as s:
        add_participant(s, "H-1", "Anna", "Bakker", badge="A123")
        add_participant(s, "H-2", "Bram", "Bakker")
        add_participant(s, "H-3", "Cor", "Bakker")
    _refused(services, lambda s: add_participant(s, "H-4", "Dirk", "Bakker", badge="A123"))


def test_site_code_is_unique(services: Services) -> None:
    _refused(services, lambda s: s.add(Site(code="ZWL", name="Zwolle 2", settings={})))


def test_lesson_is_unique_per_group_date_and_start(services: Services,
                                                   world: LessonWorld) -> None:
    def same_start(s: Session) -> None:
        s.add(Lesson(group_id=world.group_id, date=date(2026, 9, 7), start_time=time(8, 30),
                     end_time=time(10, 0)))

    _refused(services, same_start)
    with sessions_of(services).write("test") as s:  # another start time is another lesson
        s.add(Lesson(group_id=world.group_id, date=date(2026, 9, 7), start_time=time(13, 0),
                     end_time=time(16, 0)))


def test_participant_type_is_checked(services: Services) -> None:
    _refused(services, lambda s: add_participant(s, "H-9", "Eva", "Smit", type_="basisschool"))


@pytest.mark.parametrize("end", [time(8, 30), time(8, 0)])
def test_lesson_must_end_after_it_starts(services: Services, world: LessonWorld,
                                         end: time) -> None:
    def backwards(s: Session) -> None:
        s.add(Lesson(group_id=world.group_id, date=date(2026, 9, 14), start_time=time(8, 30),
                     end_time=end))

    _refused(services, backwards)


def test_attendance_status_is_checked(services: Services, world: LessonWorld) -> None:
    def bad_status(s: Session) -> None:
        s.add(AttendanceMark(lesson_id=world.lesson_id, participant_id=world.participant_id,
                             status="weg", recorded_by="docent",
                             recorded_at=date(2026, 9, 7)))

    _refused(services, bad_status)
