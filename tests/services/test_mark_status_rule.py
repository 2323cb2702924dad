"""One status rule however a mark is made: aanwezig with a late arrival is stored as te_laat,
with an early departure as vroeg_weg (key, edit, scan, scanner log); a mark stored before the
rule is never rewritten only to normalise it, and it counts the same minutes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AttendanceMark
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.scanlog import ScanLogService
from tests.db import support
from tests.services.test_attendance_world import (
    add_lesson,
    add_mark,
    add_person,
    at,
    enrol,
    make_group,
)

site_location = support.site_location
services = support.services
instructor = support.instructor

DAY = date(2026, 9, 8)  # a Tuesday
START, END = time(8, 30), time(12, 0)


@dataclass(frozen=True)
class World:
    lesson: uuid.UUID
    anna: uuid.UUID  # badge A123
    bram: uuid.UUID  # badge B456


@pytest.fixture
def world(services: Services) -> World:
    group = make_group(services, "LAS-1")
    anna = add_person(services, "N-001", "Anna", "Bakker", badge="A123")
    bram = add_person(services, "N-002", "Bram", "Vries", badge="B456")
    for pid in (anna, bram):
        enrol(services, pid, group, date(2026, 8, 31))
    return World(add_lesson(services, group, DAY, START, END), anna, bram)


def _service(services: Services, hour: int = 9) -> AttendanceService:
    return AttendanceService(sessions_of(services), now=lambda: at(DAY, hour))


def _stored(services: Services, lesson: uuid.UUID,
            person: uuid.UUID) -> list[tuple[str | None, time | None, time | None]]:
    """Every row of the person's marks of the lesson, oldest first."""
    with sessions_of(services).read() as s:
        return [(m.status, m.arrival_time, m.departure_time) for m in s.scalars(
            select(AttendanceMark).where(AttendanceMark.lesson_id == lesson,
                                         AttendanceMark.participant_id == person)
            .order_by(AttendanceMark.hlc))]


def _rows(services: Services) -> int:
    with sessions_of(services).read() as s:
        return s.scalar(select(func.count()).select_from(AttendanceMark)) or 0


@pytest.mark.parametrize(("arrival", "departure", "stored"), [
    (time(8, 30), None, "aanwezig"),  # arrival == start
    (time(8, 31), None, "te_laat"),  # one minute after
    (time(10, 0), None, "te_laat"),
    (None, time(12, 0), "aanwezig"),  # departure == end
    (None, time(11, 59), "vroeg_weg"),
    (time(8, 30), time(11, 0), "vroeg_weg"),
    (time(8, 45), time(11, 0), "te_laat"),  # both: te_laat
    (None, None, "aanwezig"),
])
def test_a_keyed_or_edited_aanwezig_is_stored_as_the_times_say(
        services: Services, world: World, instructor: Actor, arrival: time | None,
        departure: time | None, stored: str) -> None:
    change = _service(services).set_mark(instructor, world.lesson, world.anna, "aanwezig",
                                         arrival=arrival, departure=departure)
    assert change.current.status == stored
    assert _stored(services, world.lesson, world.anna) == [(stored, arrival, departure)]
    # Other statuses are kept as keyed: the person means them.
    kept = _service(services).set_mark(instructor, world.lesson, world.bram, "vroeg_weg",
                                       arrival=time(9, 0), departure=time(11, 0))
    assert kept.current.status == "vroeg_weg"


def test_a_late_scan_and_its_departure(services: Services, world: World,
                                       instructor: Actor) -> None:
    service = _service(services)
    arrived = service.scan(instructor, world.lesson, "A123", time(8, 40))
    assert arrived.message == "Anna Bakker: aanwezig om 08:40 (te laat)."
    service.scan(instructor, world.lesson, "A123", time(11, 0))
    assert _stored(services, world.lesson, world.anna)[-1] == ("te_laat", time(8, 40),
                                                               time(11, 0))
    on_time = service.scan(instructor, world.lesson, "B456", time(8, 30))
    assert on_time.message == "Bram Vries: aanwezig om 08:30."
    service.scan(instructor, world.lesson, "B456", time(11, 0))
    assert _stored(services, world.lesson, world.bram)[-1] == ("vroeg_weg", time(8, 30),
                                                               time(11, 0))


def test_a_mark_stored_before_the_rule_is_not_rewritten_only_to_normalise_it(
        services: Services, world: World, instructor: Actor) -> None:
    # An old database: aanwezig with a late arrival, as stored before the rule.
    add_mark(services, world.lesson, world.anna, "aanwezig", arrival=time(10, 0))
    service = _service(services)
    # The same mark again (normalised, it is te_laat 10:00 both times): nothing written.
    same = service.set_mark(instructor, world.lesson, world.anna, "aanwezig",
                            arrival=time(10, 0))
    assert same.current == same.previous and _rows(services) == 1
    again = service.set_mark(instructor, world.lesson, world.anna, "te_laat",
                             arrival=time(10, 0))
    assert again.current == again.previous and _rows(services) == 1
    # A scan re-affirming the arrival writes nothing; a departure writes te_laat.
    assert service.scan(instructor, world.lesson, "A123", time(10, 0)).change is None
    service.scan(instructor, world.lesson, "A123", time(11, 30))
    assert _stored(services, world.lesson, world.anna) == [
        ("aanwezig", time(10, 0), None), ("te_laat", time(10, 0), time(11, 30))]


def test_the_scanner_log_over_a_mark_stored_before_the_rule(
        services: Services, world: World, instructor: Actor) -> None:
    add_mark(services, world.lesson, world.anna, "aanwezig", arrival=time(10, 0))
    log = ScanLogService(sessions_of(services), _service(services, hour=7))
    same = log.import_scans(instructor, b"A123;2026-09-08T10:00\n", "scans.csv")
    assert (len(same.marked), len(same.unchanged)) == (0, 1)
    assert same.unchanged[0].status == "te_laat" and _rows(services) == 1
    later = log.import_scans(instructor, b"A123;2026-09-08T10:00\nA123;2026-09-08T11:00\n"
                             b"B456;2026-09-08T08:50\n", "scans2.csv")
    assert [(m.participant, m.status, m.arrival_time, m.departure_time)
            for m in later.marked] == [("N-001", "te_laat", time(10, 0), time(11, 0)),
                                       ("N-002", "te_laat", time(8, 50), None)]
    assert _stored(services, world.lesson, world.anna)[-1] == ("te_laat", time(10, 0),
                                                               time(11, 0))
