"""Inschrijvingen through the service on both backends: several at once (all or nothing),
the trainer limited to the company, status changes, and moving a participant, which keeps
the attendance history with the old enrolment."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AttendanceMark, Company, Enrolment, Participant, WorkplaceTrainer
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.test_attendance_world import add_lesson, add_person, make_group
from tests.services.test_groups import add_module

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

START = date(2026, 9, 1)


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def add_company(services: Services, code: str, trainers: tuple[str, ...] = ()) -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        company = Company(code=code, name=f"Bedrijf {code}")
        s.add(company)
        s.flush()
        for trainer in trainers:
            s.add(WorkplaceTrainer(code=trainer, name=f"Opleider {trainer}",
                                   company_id=company.id))
        return company.id


def place(services: Services, participant: uuid.UUID, company: uuid.UUID) -> None:
    with sessions_of(services).write("test") as s:
        person = s.get(Participant, participant)
        assert person is not None
        person.company_id = company


def _count(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(Enrolment)) or 0)


def test_several_at_once_with_their_own_company(services: Services, admin: Actor) -> None:
    group = make_group(services, "LAS-1", start=START)
    acme = add_company(services, "ACME")
    zoe = add_person(services, "1001", "Zoë", "Hek", prefix="van 't")
    ali = add_person(services, "1002", "Ali", "Bakker")
    place(services, zoe, acme)
    made = services.enrolments.add(admin, group, [zoe, ali], START - timedelta(days=7))
    assert len(made) == 2
    rows = services.enrolments.enrolments(admin, group)
    assert [(r.number, r.name, r.status, r.company_code, r.company, r.trainer_code)
            for r in rows] == [
        ("1002", "Ali Bakker", "actief", None, None, None),
        ("1001", "Zoë van 't Hek", "actief", "ACME", "Bedrijf ACME", None)]
    assert rows[0].start_date == START - timedelta(days=7)  # before the group's start: fine


def test_all_or_nothing(services: Services, admin: Actor) -> None:
    group = make_group(services, "LAS-1", start=START)
    zoe = add_person(services, "1001", "Zoë", "Hek")
    ali = add_person(services, "1002", "Ali", "Bakker")
    with pytest.raises(NotFound, match="niets gewijzigd"):
        services.enrolments.add(admin, group, [zoe, uuid.uuid4(), ali], START)
    assert _count(services) == 0
    services.enrolments.add(admin, group, [ali], START)
    with pytest.raises(ServiceError, match="Deelnemer 1002 \\(Ali Bakker\\) staat al in "
                                           "groep LAS-1 \\(status actief\\)") as refused:
        services.enrolments.add(admin, group, [zoe, ali], START)
    assert "Wijzig daar de status" in str(refused.value)
    assert [r.number for r in services.enrolments.enrolments(admin, group)] == ["1002"]


def test_dates_are_checked(services: Services, admin: Actor) -> None:
    group = make_group(services, "LAS-1", start=START)
    zoe = add_person(services, "1001", "Zoë", "Hek")
    with pytest.raises(ValidationFailed) as refused:
        services.enrolments.add(admin, group, [zoe], START, START - timedelta(days=1))
    assert "vóór de startdatum" in _fields(refused)["end_date"]
    assert _count(services) == 0


def test_the_trainer_is_limited_to_the_company(services: Services, admin: Actor) -> None:
    group = make_group(services, "LAS-1", start=START)
    add_company(services, "ACME", ("PO-A",))
    add_company(services, "BETA", ("PO-B",))
    zoe = add_person(services, "1001", "Zoë", "Hek")
    ali = add_person(services, "1002", "Ali", "Bakker")
    enrolments = services.enrolments
    assert [(t.code, t.company_code) for t in enrolments.trainer_choices(admin, "ACME")] == [
        ("PO-A", "ACME")]
    assert [t.code for t in enrolments.trainer_choices(admin)] == ["PO-A", "PO-B"]
    assert enrolments.company_choices(admin) == [("ACME", "Bedrijf ACME"),
                                                 ("BETA", "Bedrijf BETA")]
    with pytest.raises(ValidationFailed) as refused:
        enrolments.add(admin, group, [zoe], START, company_code="ACME", trainer_code="PO-B")
    assert _fields(refused)["trainer_code"].startswith(
        "Praktijkopleider PO-B werkt niet bij leerbedrijf ACME.")
    assert _count(services) == 0
    # a trainer without a company: the trainer's company
    (made,) = enrolments.add(admin, group, [zoe], START, trainer_code="PO-B")
    enrolments.add(admin, group, [ali], START, company_code="ACME", trainer_code="PO-A")
    rows = {r.number: r for r in enrolments.enrolments(admin, group)}
    assert (rows["1001"].company_code, rows["1001"].trainer_code,
            rows["1001"].trainer) == ("BETA", "PO-B", "Opleider PO-B")
    assert (rows["1002"].company_code, rows["1002"].trainer_code) == ("ACME", "PO-A")
    with pytest.raises(ValidationFailed) as refused:
        enrolments.update(admin, made, START, None, "ACME", "PO-B")
    assert "werkt niet bij leerbedrijf ACME" in _fields(refused)["trainer_code"]
    enrolments.update(admin, made, START, date(2027, 6, 30), "ACME", "PO-A")
    row = {r.number: r for r in enrolments.enrolments(admin, group)}["1001"]
    assert (row.company_code, row.trainer_code, row.end_date) == (
        "ACME", "PO-A", date(2027, 6, 30))


def test_status_changes(services: Services, admin: Actor) -> None:
    group = make_group(services, "LAS-1", start=START, end=date(2027, 1, 31))
    zoe = add_person(services, "1001", "Zoë", "Hek")
    (made,) = services.enrolments.add(admin, group, [zoe], START)
    enrolments = services.enrolments

    def state() -> tuple[str, date | None]:
        (row,) = enrolments.enrolments(admin, group)
        return row.status, row.end_date

    with pytest.raises(ValidationFailed) as refused:
        enrolments.set_status(admin, made, "gestopt")
    assert "datum" in _fields(refused)["day"]
    with pytest.raises(ValidationFailed) as refused:
        enrolments.set_status(admin, made, "gestopt", START - timedelta(days=1))
    assert "vóór de startdatum" in _fields(refused)["day"]
    with pytest.raises(ValidationFailed) as refused:
        enrolments.set_status(admin, made, "weg")
    assert "status" in _fields(refused)
    assert state() == ("actief", None)
    enrolments.set_status(admin, made, "gestopt", date(2026, 10, 15))
    assert state() == ("gestopt", date(2026, 10, 15))
    with pytest.raises(ValidationFailed) as refused:  # gestopt keeps an end date
        enrolments.update(admin, made, START, None, None, None)
    assert "einddatum" in _fields(refused)["end_date"]
    enrolments.set_status(admin, made, "actief")
    assert state() == ("actief", None)
    enrolments.set_status(admin, made, "afgerond")  # the group's end date
    assert state() == ("afgerond", date(2027, 1, 31))
    enrolments.set_status(admin, made, "afgerond", date(2027, 1, 20))
    assert state() == ("afgerond", date(2027, 1, 20))


def test_move_keeps_the_attendance_with_the_old_enrolment(services: Services,
                                                          admin: Actor) -> None:
    today = date.today()
    old_group = make_group(services, "LAS-1", start=today - timedelta(days=60))
    new_group = make_group(services, "LAS-2", start=today - timedelta(days=60))
    acme = add_company(services, "ACME", ("PO-A",))
    zoe = add_person(services, "1001", "Zoë", "Hek")
    place(services, zoe, acme)
    (old,) = services.enrolments.add(admin, old_group, [zoe], today - timedelta(days=30),
                                     trainer_code="PO-A")
    old_lesson = add_lesson(services, old_group, today - timedelta(days=7))
    new_lesson = add_lesson(services, new_group, today)
    services.attendance.set_mark(admin, old_lesson, zoe, "aanwezig", reason="achteraf")
    day = today - timedelta(days=2)
    new = services.enrolments.move(admin, old, new_group, day)

    (old_row,) = services.enrolments.enrolments(admin, old_group)
    (new_row,) = services.enrolments.enrolments(admin, new_group)
    assert (old_row.id, old_row.status, old_row.end_date) == (old, "gestopt",
                                                              day - timedelta(days=1))
    assert (new_row.id, new_row.status, new_row.start_date, new_row.end_date,
            new_row.company_code, new_row.trainer_code) == (
        new, "actief", day, None, "ACME", "PO-A")
    # the old group's register still shows the mark; the new group's has none for her
    (before,) = services.attendance.register(admin, old_lesson).rows
    assert before.mark is not None and before.mark.status == "aanwezig"
    (after,) = services.attendance.register(admin, new_lesson).rows
    assert after.participant_id == zoe and after.mark is None
    with sessions_of(services).read() as s:
        lessons = list(s.scalars(select(AttendanceMark.lesson_id)
                                 .where(AttendanceMark.participant_id == zoe)))
    assert lessons == [old_lesson]


def test_move_refusals(services: Services, admin: Actor) -> None:
    one = make_group(services, "LAS-1", start=START)
    two = make_group(services, "LAS-2", start=START)
    zoe = add_person(services, "1001", "Zoë", "Hek")
    (first,) = services.enrolments.add(admin, one, [zoe], START)
    services.enrolments.add(admin, two, [zoe], START)
    with pytest.raises(ServiceError, match="staat al in groep LAS-2"):
        services.enrolments.move(admin, first, two, date(2026, 10, 1))
    with pytest.raises(ServiceError, match="kies een andere groep"):
        services.enrolments.move(admin, first, one, date(2026, 10, 1))
    assert [r.status for r in services.enrolments.enrolments(admin, one)] == ["actief"]


def test_moving_on_the_first_day_never_ends_before_the_start(services: Services,
                                                             admin: Actor) -> None:
    one = make_group(services, "LAS-1", start=START)
    two = make_group(services, "LAS-2", start=START)
    zoe = add_person(services, "1001", "Zoë", "Hek")
    (first,) = services.enrolments.add(admin, one, [zoe], START)
    services.enrolments.move(admin, first, two, START)
    (row,) = services.enrolments.enrolments(admin, one)
    assert (row.status, row.start_date, row.end_date) == ("gestopt", START, START)


def test_the_same_module_twice_at_the_same_time_is_refused(services: Services,
                                                           admin: Actor) -> None:
    add_module(services)  # two groups of one module
    first = services.groups.add(admin, "LAS-1", "Lassen", "LAS", "ZWL", START)
    second = services.groups.add(admin, "LAS-2", "Lassen", "LAS", "ZWL", START)
    zoe = add_person(services, "1001", "Zoë", "Hek")
    (made,) = services.enrolments.add(admin, first, [zoe], START)
    with pytest.raises(ServiceError, match="volgt deze module in die periode al in groep "
                                           "LAS-1"):
        services.enrolments.add(admin, second, [zoe], date(2026, 11, 1))
    services.enrolments.set_status(admin, made, "gestopt", date(2026, 10, 31))
    services.enrolments.add(admin, second, [zoe], date(2026, 11, 1))
    assert _count(services) == 2


def test_codes_for_the_command_line(services: Services, admin: Actor) -> None:
    make_group(services, "LAS-1", start=START)
    add_company(services, "ACME", ("PO-A",))
    add_person(services, "1001", "Zoë", "Hek")
    enrolments = services.enrolments
    made = enrolments.add_by_codes(admin, "1001", "LAS-1", START, trainer_code="PO-A")
    assert enrolments.stop_by_codes(admin, "1001", "LAS-1", date(2026, 12, 1)) == made
    with pytest.raises(NotFound, match="Deelnemer met nummer 9999 bestaat niet"):
        enrolments.add_by_codes(admin, "9999", "LAS-1", START)
    with pytest.raises(NotFound, match="Groep XXX bestaat niet"):
        enrolments.add_by_codes(admin, "1001", "XXX", START)


def test_instructors_may_not_enrol(services: Services, admin: Actor,
                                   instructor: Actor) -> None:
    group = make_group(services, "LAS-1", start=START)
    zoe = add_person(services, "1001", "Zoë", "Hek")
    with pytest.raises(PermissionDenied):
        services.enrolments.add(instructor, group, [zoe], START)
    (made,) = services.enrolments.add(admin, group, [zoe], START)
    with pytest.raises(PermissionDenied):
        services.enrolments.set_status(instructor, made, "gestopt", START)
    with pytest.raises(PermissionDenied):
        services.enrolments.move(instructor, made, group, START)
    assert [r.status for r in services.enrolments.enrolments(instructor, group)] == ["actief"]
