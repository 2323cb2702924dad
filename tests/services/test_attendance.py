"""The register: who is on it, marks as append-only rows, corrections, undo, permissions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AttendanceMark, AuditEvent
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.test_attendance_world import (
    add_lesson,
    add_mark,
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

DAY = date(2026, 9, 8)  # a Tuesday


@dataclass(frozen=True)
class Class:
    group_id: uuid.UUID
    lesson_id: uuid.UUID
    people: dict[str, uuid.UUID]


def _class(services: Services) -> Class:
    group_id = make_group(services, "LAS-1")
    people = {
        "yilmaz": add_person(services, "H-001", "Çağan", "Yılmaz", badge="A123"),
        "hek": add_person(services, "H-002", "Zoë", "Hek", prefix="van 't"),
        "bakker": add_person(services, "H-003", "Anna", "Bakker"),
        "later": add_person(services, "H-004", "Piet", "Later"),
        "gone": add_person(services, "H-005", "Gijs", "Weg"),
    }
    for key in ("yilmaz", "hek", "bakker"):
        enrol(services, people[key], group_id, date(2026, 8, 31))
    enrol(services, people["later"], group_id, date(2026, 9, 15))  # starts after DAY
    enrol(services, people["gone"], group_id, date(2026, 8, 31), end=date(2026, 9, 4),
          status="gestopt")
    return Class(group_id, add_lesson(services, group_id, DAY), people)


def _service(services: Services, hour: int = 9, day: date = DAY) -> AttendanceService:
    return AttendanceService(sessions_of(services), now=lambda: at(day, hour))


def _rows(services: Services) -> int:
    with sessions_of(services).read() as s:
        return s.scalar(select(func.count()).select_from(AttendanceMark)) or 0


def test_register_lists_those_enrolled_on_the_date_sorted_by_name(
        services: Services, instructor: Actor) -> None:
    world = _class(services)
    register = _service(services).register(instructor, world.lesson_id)
    assert [r.name for r in register.rows] == ["Anna Bakker", "Zoë van 't Hek", "Çağan Yılmaz"]
    assert [r.badge for r in register.rows] == [None, None, "A123"]
    assert register.lesson.group_code == "LAS-1" and register.lesson.date == DAY
    assert not register.final and register.marked == 0
    assert _service(services, day=date(2026, 9, 9)).register(instructor, world.lesson_id).final


def test_groups_and_lessons_on_a_day(services: Services, instructor: Actor) -> None:
    world = _class(services)
    other = make_group(services, "AAA-0")
    add_lesson(services, other, DAY, start=time(13, 0), end=time(16, 0), cancelled=True)
    service = _service(services)
    assert [g.code for g in service.groups(instructor)] == ["AAA-0", "LAS-1"]
    lessons = service.lessons_on(instructor, DAY)
    assert [(i.group_code, i.cancelled) for i in lessons] == [("LAS-1", False), ("AAA-0", True)]
    assert service.lessons_on(instructor, DAY, "XYZ") == []
    assert [i.id for i in service.lessons_of_group(instructor, world.group_id, DAY, DAY)] == [
        world.lesson_id]


def test_a_correction_is_a_new_row_and_the_history_shows_both(
        services: Services, instructor: Actor) -> None:
    world = _class(services)
    service = _service(services)
    pid = world.people["bakker"]
    first = service.set_mark(instructor, world.lesson_id, pid, "aanwezig")
    second = service.set_mark(instructor, world.lesson_id, pid, "te_laat", arrival=time(8, 50))
    assert first.previous is None and second.previous == first.current
    assert second.current.supersedes_id == first.current.id
    assert _rows(services) == 2
    with sessions_of(services).read() as s:  # the first row is unchanged
        old = s.get(AttendanceMark, first.current.id)
        assert old is not None and old.status == "aanwezig" and old.arrival_time is None
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "attendance.mark")) == 2
    history = service.history(instructor, world.lesson_id, pid)
    assert [h.status for h in history] == ["te_laat", "aanwezig"]
    assert history[0].recorded_by == "docent"
    row = next(r for r in service.register(instructor, world.lesson_id).rows
               if r.participant_id == pid)
    assert row.mark is not None and row.mark.status == "te_laat"
    assert row.mark.arrival_time == time(8, 50)


def test_the_same_mark_again_writes_nothing(services: Services, instructor: Actor) -> None:
    world = _class(services)
    service = _service(services)
    pid = world.people["hek"]
    first = service.set_mark(instructor, world.lesson_id, pid, "ziek", note="belde om 7:30")
    again = service.set_mark(instructor, world.lesson_id, pid, "ziek", note="belde om 7:30 ")
    assert again.current == first.current and _rows(services) == 1


def test_after_the_lesson_day_a_reason_is_required(services: Services,
                                                   instructor: Actor) -> None:
    world = _class(services)
    pid = world.people["bakker"]
    _service(services).set_mark(instructor, world.lesson_id, pid, "aanwezig")
    late = _service(services, hour=8, day=date(2026, 9, 9))
    with pytest.raises(ValidationFailed) as refused:
        late.set_mark(instructor, world.lesson_id, pid, "ongeoorloofd")
    assert refused.value.errors[0].field == "reason"
    assert refused.value.errors[0].message == "Na de lesdag is een reden verplicht."
    assert _rows(services) == 1
    # Late on the lesson day itself no reason is needed; the next day one is.
    _service(services, hour=23).set_mark(instructor, world.lesson_id, pid, "te_laat",
                                         arrival=time(9, 0))
    change = late.set_mark(instructor, world.lesson_id, pid, "ongeoorloofd",
                           reason="Was niet op de werkplaats")
    assert change.current.reason == "Was niet op de werkplaats" and _rows(services) == 3


def test_departure_before_the_end_turns_present_into_left_early_and_times_are_checked(
        services: Services, instructor: Actor) -> None:
    world = _class(services)
    service = _service(services)
    pid = world.people["bakker"]
    change = service.set_mark(instructor, world.lesson_id, pid, "aanwezig",
                              departure=time(11, 15))
    assert change.current.status == "vroeg_weg"
    with pytest.raises(ValidationFailed) as refused:
        service.set_mark(instructor, world.lesson_id, pid, "te_laat", arrival=time(9, 0),
                         departure=time(8, 45))
    assert refused.value.errors[0].field == "departure_time"
    with pytest.raises(ValidationFailed):
        service.set_mark(instructor, world.lesson_id, pid, "afwezig")
    assert _rows(services) == 1


def test_undo_of_a_first_mark_withdraws_it(services: Services, instructor: Actor) -> None:
    world = _class(services)
    service = _service(services)
    pid = world.people["yilmaz"]
    change = service.set_mark(instructor, world.lesson_id, pid, "ongeoorloofd")
    undone = service.undo(instructor, change)
    assert undone.current.status is None and undone.current.supersedes_id == change.current.id
    assert undone.previous == change.current and _rows(services) == 2
    row = next(r for r in service.register(instructor, world.lesson_id).rows
               if r.participant_id == pid)
    assert row.mark is not None and row.mark.status is None
    assert service.register(instructor, world.lesson_id).marked == 0
    # Undo of a correction restores the mark before it.
    again = service.set_mark(instructor, world.lesson_id, pid, "ziek")
    fixed = service.set_mark(instructor, world.lesson_id, pid, "aanwezig")
    restored = service.undo(instructor, fixed)
    assert restored.current.status == "ziek" and again.current.status == "ziek"


def test_undo_refuses_when_someone_else_changed_the_mark(services: Services,
                                                         instructor: Actor,
                                                         admin: Actor) -> None:
    world = _class(services)
    service = _service(services)
    pid = world.people["hek"]
    mine = service.set_mark(instructor, world.lesson_id, pid, "aanwezig")
    service.set_mark(admin, world.lesson_id, pid, "ziek")
    with pytest.raises(ServiceError, match="intussen opnieuw gewijzigd"):
        service.undo(instructor, mine)
    assert _rows(services) == 2


def test_undo_after_the_lesson_day_needs_a_reason(services: Services,
                                                  instructor: Actor) -> None:
    world = _class(services)
    change = _service(services).set_mark(instructor, world.lesson_id,
                                         world.people["hek"], "aanwezig")
    late = _service(services, day=date(2026, 9, 10))
    with pytest.raises(ValidationFailed):
        late.undo(instructor, change)
    assert late.undo(instructor, change, reason="verkeerde rij").current.status is None


def test_mark_all_present_fills_only_empty_rows(services: Services, instructor: Actor) -> None:
    world = _class(services)
    service = _service(services)
    sick = service.set_mark(instructor, world.lesson_id, world.people["hek"], "ziek")
    withdrawn = service.set_mark(instructor, world.lesson_id, world.people["bakker"],
                                 "ongeoorloofd")
    service.undo(instructor, withdrawn)
    changes = service.mark_all_present(instructor, world.lesson_id)
    assert {c.participant_id for c in changes} == {world.people["bakker"],
                                                   world.people["yilmaz"]}
    assert all(c.current.status == "aanwezig" and c.current.arrival_time is None
               for c in changes)
    register = service.register(instructor, world.lesson_id)
    statuses = {r.participant_id: r.mark.status for r in register.rows if r.mark}
    assert statuses[world.people["hek"]] == "ziek" == sick.current.status
    assert register.marked == 3
    assert service.mark_all_present(instructor, world.lesson_id) == []


def test_cancelled_lessons_and_people_not_enrolled_are_refused(
        services: Services, instructor: Actor) -> None:
    world = _class(services)
    service = _service(services)
    for key in ("later", "gone"):
        with pytest.raises(ServiceError, match="niet ingeschreven"):
            service.set_mark(instructor, world.lesson_id, world.people[key], "aanwezig")
    cancelled = add_lesson(services, world.group_id, date(2026, 9, 10), cancelled=True)
    with pytest.raises(ServiceError, match="vervallen"):
        service.set_mark(instructor, cancelled, world.people["hek"], "aanwezig")
    with pytest.raises(ServiceError, match="vervallen"):
        service.mark_all_present(instructor, cancelled)
    assert _rows(services) == 0


def test_read_only_actor_may_look_but_not_mark(services: Services) -> None:
    world = _class(services)
    service = _service(services)
    viewer = Actor.viewer()
    assert len(service.register(viewer, world.lesson_id).rows) == 3
    with pytest.raises(PermissionDenied):
        service.set_mark(viewer, world.lesson_id, world.people["hek"], "aanwezig")
    with pytest.raises(PermissionDenied):
        service.mark_all_present(viewer, world.lesson_id)
    assert _rows(services) == 0


def test_two_heads_from_two_sites_the_highest_hlc_then_site_code_wins(
        services: Services, instructor: Actor) -> None:
    world = _class(services)
    pid = world.people["bakker"]
    tbg = add_site(services, "TBG")
    service = _service(services)

    def current() -> str | None:
        row = next(r for r in service.register(instructor, world.lesson_id).rows
                   if r.participant_id == pid)
        assert row.mark is not None
        return row.mark.status

    add_mark(services, world.lesson_id, pid, "ongeoorloofd", site_id=tbg,
             hlc="0000000000001.0000")
    add_mark(services, world.lesson_id, pid, "ziek", hlc="0000000000001.0000")
    assert current() == "ziek"  # same hlc: ZWL sorts after TBG
    add_mark(services, world.lesson_id, pid, "geoorloofd", site_id=tbg,
             hlc="0000000000002.0000")
    assert current() == "geoorloofd"
    # A correction supersedes the winner; the loser stays visible in the history.
    change = service.set_mark(instructor, world.lesson_id, pid, "aanwezig")
    assert change.previous is not None and change.previous.status == "geoorloofd"
    assert current() == "aanwezig"
    assert len(service.history(instructor, world.lesson_id, pid)) == 4
