"""Badge scans at the register: arrival, late, departure, unknown badges and walk-ins."""

from __future__ import annotations

from datetime import date, time

import pytest

from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.test_attendance_world import (
    add_lesson,
    add_person,
    add_site,
    at,
    enrol,
    make_group,
)

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

DAY = date(2026, 9, 8)


@pytest.fixture
def service(services: Services) -> AttendanceService:
    return AttendanceService(sessions_of(services), now=lambda: at(DAY, 8, 20))


def _setup(services: Services) -> tuple:  # type: ignore[type-arg]
    group = make_group(services, "CNC-2")
    anna = add_person(services, "H-001", "Anna", "Bakker", badge="A123")  # starts with A
    bram = add_person(services, "H-002", "Bram", "de Vries", badge="0042")
    stranger = add_person(services, "H-009", "Sara", "Nieuw", badge="L777")
    for pid in (anna, bram):
        enrol(services, pid, group, date(2026, 8, 31))
    lesson = add_lesson(services, group, DAY, start=time(8, 30), end=time(12, 0))
    return group, lesson, anna, bram, stranger


def _status(service: AttendanceService, actor: Actor, lesson, pid):  # type: ignore[no-untyped-def]
    row = next(r for r in service.register(actor, lesson).rows if r.participant_id == pid)
    return None if row.mark is None else (row.mark.status, row.mark.arrival_time,
                                          row.mark.departure_time)


def test_first_scan_is_arrival_and_after_the_start_late(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, anna, bram, _ = _setup(services)
    result = service.scan(instructor, lesson, "A123", time(8, 25, 41))
    assert result.kind == "arrival" and result.participant_id == anna
    assert result.name == "Anna Bakker" and result.change is not None
    assert _status(service, instructor, lesson, anna) == ("aanwezig", time(8, 25), None)
    late = service.scan(instructor, lesson, " 0042\n", time(8, 47))
    assert late.kind == "arrival" and "te laat" in late.message
    assert _status(service, instructor, lesson, bram) == ("te_laat", time(8, 47), None)


def test_second_scan_is_departure_and_before_the_end_left_early(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, anna, bram, _ = _setup(services)
    service.scan(instructor, lesson, "A123", time(8, 29))
    service.scan(instructor, lesson, "0042", time(8, 40))
    early = service.scan(instructor, lesson, "A123", time(11, 0))
    assert early.kind == "departure"
    assert early.message == "Anna Bakker: vertrek 11:00."
    assert _status(service, instructor, lesson, anna) == ("vroeg_weg", time(8, 29),
                                                          time(11, 0))
    on_time = service.scan(instructor, lesson, "0042", time(12, 5))
    assert on_time.kind == "departure"
    assert _status(service, instructor, lesson, bram) == ("te_laat", time(8, 40), time(12, 5))
    # A scanner that fires twice in the same minute records nothing new.
    repeat = service.scan(instructor, lesson, "0042", time(8, 40))
    assert repeat.change is None
    assert len(service.history(instructor, lesson, bram)) == 2


def test_a_scan_of_someone_marked_absent_is_an_arrival(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, anna, _, _ = _setup(services)
    service.set_mark(instructor, lesson, anna, "ziek", note="belde om 7:30")
    result = service.scan(instructor, lesson, "A123", time(9, 10))
    assert result.kind == "arrival"
    assert _status(service, instructor, lesson, anna) == ("te_laat", time(9, 10), None)


def test_unknown_badge_and_someone_not_in_the_group(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, _, _, stranger = _setup(services)
    unknown = service.scan(instructor, lesson, "Z999", time(8, 20))
    assert unknown.kind == "unknown_badge" and unknown.message == "Onbekende badge: Z999"
    assert unknown.change is None
    other = service.scan(instructor, lesson, "L777", time(8, 21))
    assert other.kind == "not_enrolled" and other.participant_id == stranger
    assert other.message == ("Sara Nieuw staat niet in deze groep. Toevoegen als extra "
                             "deelnemer?")
    assert len(service.register(instructor, lesson).rows) == 2


def test_walk_in_is_enrolled_from_the_lesson_date_and_can_then_scan(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    group, lesson, _, _, stranger = _setup(services)
    register = service.add_walk_in(instructor, lesson, stranger)
    assert [r.number for r in register.rows] == ["H-001", "H-009", "H-002"]
    assert service.scan(instructor, lesson, "L777", time(8, 22)).kind == "arrival"
    # Enrolled from the lesson date: not on the register of an earlier lesson.
    earlier = add_lesson(services, group, date(2026, 9, 1))
    assert "H-009" not in [r.number for r in service.register(instructor, earlier).rows]
    # Adding again changes nothing.
    assert len(service.add_walk_in(instructor, lesson, stranger).rows) == 3


def test_walk_in_with_a_stopped_enrolment_is_explained(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    group, lesson, _, _, _ = _setup(services)
    stopped = add_person(services, "H-010", "Tim", "Gestopt", badge="T010")
    enrol(services, stopped, group, date(2026, 8, 31), end=date(2026, 9, 4), status="gestopt")
    assert service.scan(instructor, lesson, "T010", time(8, 20)).kind == "not_enrolled"
    with pytest.raises(ServiceError, match="gestopt in groep CNC-2"):
        service.add_walk_in(instructor, lesson, stopped)


def test_scans_need_the_right_to_record(services: Services,
                                        service: AttendanceService) -> None:
    _, lesson, _, _, stranger = _setup(services)
    with pytest.raises(PermissionDenied):
        service.scan(Actor.viewer(), lesson, "A123", time(8, 20))
    with pytest.raises(PermissionDenied):
        service.add_walk_in(Actor.viewer(), lesson, stranger)


def test_a_scan_after_everyone_present_records_the_arrival_not_a_departure(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, anna, bram, _ = _setup(services)
    service.mark_all_present(instructor, lesson)
    assert _status(service, instructor, lesson, anna) == ("aanwezig", None, None)
    result = service.scan(instructor, lesson, "A123", time(8, 27))
    assert result.kind == "arrival"
    assert _status(service, instructor, lesson, anna) == ("aanwezig", time(8, 27), None)
    late = service.scan(instructor, lesson, "0042", time(8, 40))
    assert late.kind == "arrival"
    assert _status(service, instructor, lesson, bram) == ("te_laat", time(8, 40), None)
    leaving = service.scan(instructor, lesson, "A123", time(11, 0))
    assert leaving.kind == "departure"
    assert _status(service, instructor, lesson, anna) == ("vroeg_weg", time(8, 27), time(11, 0))


def test_a_scan_outside_the_lesson_window_writes_nothing_and_says_why(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, anna, _, _ = _setup(services)
    result = service.scan(instructor, lesson, "A123", time(3, 36))
    assert result.kind == "outside_window" and result.change is None
    assert result.participant_id == anna and result.suggested is None
    assert result.message == (
        "Scan van Anna Bakker om 03:36 valt buiten de les van 08:30–12:00 (scannen kan van "
        "08:00 tot 12:30). Er is niets vastgelegd.")
    assert _status(service, instructor, lesson, anna) is None
    assert service.history(instructor, lesson, anna) == []
    # The window is the scanner log's: both ends included.
    assert service.scan(instructor, lesson, "A123", time(7, 59)).kind == "outside_window"
    assert service.scan(instructor, lesson, "A123", time(8, 0)).kind == "arrival"
    assert service.scan(instructor, lesson, "A123", time(12, 30)).kind == "departure"
    assert service.scan(instructor, lesson, "A123", time(12, 31)).kind == "outside_window"


def test_a_scan_on_another_day_than_the_lesson_is_outside_its_window(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, lesson, anna, _, _ = _setup(services)
    result = service.scan(instructor, lesson, "A123", at(date(2026, 9, 9), 8, 40))
    assert result.kind == "outside_window"
    assert result.message.startswith("Scan van Anna Bakker op 09-09-2026 om 08:40 valt buiten "
                                     "de les van 08:30–12:00 op 08-09-2026")
    assert _status(service, instructor, lesson, anna) is None
    assert service.scan(instructor, lesson, "A123", at(DAY, 8, 40)).kind == "arrival"


def test_outside_the_window_the_persons_lesson_of_that_day_is_offered(
        services: Services, service: AttendanceService, instructor: Actor) -> None:
    _, morning, anna, _, _ = _setup(services)
    welding = make_group(services, "LAS-3")
    enrol(services, anna, welding, date(2026, 8, 31))
    afternoon = add_lesson(services, welding, DAY, start=time(13, 0), end=time(16, 30))
    # A lesson of Anna's at another site is never offered.
    other_site = make_group(services, "TBG-1", site_id=add_site(services, "TBG", "Terborg"))
    enrol(services, anna, other_site, date(2026, 8, 31))
    add_lesson(services, other_site, DAY, start=time(13, 0), end=time(16, 30))
    result = service.scan(instructor, morning, "A123", time(13, 5))
    assert result.kind == "outside_window" and result.change is None
    assert result.suggested is not None and result.suggested.id == afternoon
    assert result.message.endswith(
        "Er is niets vastgelegd. Bedoelt u de les van 13:00–16:30 van groep LAS-3?")
    assert _status(service, instructor, morning, anna) is None
    assert _status(service, instructor, afternoon, anna) is None
    # Applied there, it is an arrival (late: the lesson started at 13:00).
    there = service.scan(instructor, afternoon, "A123", time(13, 5))
    assert there.kind == "arrival"
    assert _status(service, instructor, afternoon, anna) == ("te_laat", time(13, 5), None)
    # Bram has no other lesson that day: nothing is offered.
    assert service.scan(instructor, morning, "0042", time(13, 5)).suggested is None
