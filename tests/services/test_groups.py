"""Groepen in Beheer, through the service on both backends: the rules, the permission,
instructors (main and extra), archiving refused while in use (saying where), restoring."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, Group, GroupInstructor, Module
from bvmdesk.domain.groups import GroupData
from bvmdesk.services.base import Actor, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.records import InUse
from tests.db import support
from tests.services.test_attendance_world import add_lesson, add_person, add_site, enrol

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

START = date(2026, 9, 1)


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def add_module(services: Services, code: str = "LAS", name: str = "Lassen") -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        module = Module(code=code, name=name, planned_hours=80)
        s.add(module)
        s.flush()
        return module.id


def _data(code: str = "LAS-1", **changes: object) -> GroupData:
    values: dict[str, object] = dict(code=code, name="Lassen najaar", module_code="LAS",
                                     site_code="ZWL", start_date=START, end_date=None)
    values.update(changes)
    return GroupData(**values)  # type: ignore[arg-type]


def test_create_change_and_list(services: Services, admin: Actor, instructor: Actor) -> None:
    add_module(services)
    groups = services.groups
    made = groups.save(admin, None, _data(" LAS-1 ", name=" Lassen najaar ",
                                          instructor_ids=(instructor.user_id,),
                                          end_date=date(2027, 1, 31)))
    assert groups.get(admin, made) == GroupData("LAS-1", "Lassen najaar", "LAS", "ZWL",
                                                (instructor.user_id,), START,
                                                date(2027, 1, 31))
    # a second instructor; the admin becomes the main one
    assert admin.user_id is not None and instructor.user_id is not None
    groups.save(admin, made, _data(instructor_ids=(admin.user_id, instructor.user_id)))
    assert groups.get(admin, made).instructor_ids == (admin.user_id, instructor.user_id)
    (row,) = groups.records(admin)
    assert (row.code, row.module, row.site, row.instructors, row.start_date, row.end_date,
            row.active, row.lessons, row.archived) == (
        "LAS-1", "LAS", "ZWL", "Beheerder, Docent Dijkstra", START, None, 0, 0, False)
    # the extra instructor taken off: tombstoned, and put back: revived (one row)
    groups.save(admin, made, _data(instructor_ids=(admin.user_id,)))
    assert groups.records(admin)[0].instructors == "Beheerder"
    groups.save(admin, made, _data(instructor_ids=(admin.user_id, instructor.user_id)))
    with sessions_of(services).read() as s:
        extra = s.execute(select(GroupInstructor.user_id, GroupInstructor.deleted_at)
                          .where(GroupInstructor.group_id == made)).all()
        actions = list(s.scalars(select(AuditEvent.action)
                                 .where(AuditEvent.entity_id == str(made))))
    assert [tuple(e) for e in extra] == [(instructor.user_id, None)]
    assert actions == ["group.create", "group.update"]  # the extras are rows of their own
    # saving unchanged data writes no event
    groups.save(admin, made, _data(instructor_ids=(admin.user_id, instructor.user_id)))
    with sessions_of(services).read() as s:
        assert len(list(s.scalars(select(AuditEvent.action)
                                  .where(AuditEvent.entity_id == str(made))))) == 2
        extra_events = list(s.scalars(select(AuditEvent.action)
                                      .where(AuditEvent.action.like("group.instructor.%"))
                                      .order_by(AuditEvent.sequence)))
    assert extra_events == ["group.instructor.add", "group.instructor.remove",
                            "group.instructor.add"]


def test_the_choices(services: Services, admin: Actor) -> None:
    add_module(services, "LAS", "Lassen")
    gone = add_module(services, "OUD", "Oud")
    with sessions_of(services).write("test") as s:
        module = s.get(Module, gone)
        assert module is not None
        module.deleted_at = module.created_at
    add_site(services, "TBG", "Terborg")
    groups = services.groups
    assert groups.module_choices(admin) == [("LAS", "Lassen")]
    assert [code for code, _ in groups.site_choices(admin)] == ["TBG", "ZWL"]
    assert [name for _, name in groups.instructor_choices(admin)] == [
        "Beheerder", "Docent Dijkstra"]


@pytest.mark.parametrize(("data", "field", "words"), [
    (_data(""), "code", "Vul de code"),
    (_data("LAS 1"), "code", "geen spaties"),
    (_data(name=" "), "name", "Vul de naam"),
    (_data(module_code=""), "module_code", "Kies de module"),
    (_data(site_code=""), "site_code", "Kies de locatie"),
    (_data(start_date=None), "start_date", "startdatum"),
    (_data(end_date=START - timedelta(days=1)), "end_date", "vóór de startdatum"),
    (_data(module_code="ONBEKEND"), "module_code", "Module ONBEKEND bestaat niet"),
    (_data(site_code="XXX"), "site_code", "Locatie XXX bestaat niet"),
    (_data(instructor_ids=(uuid.uuid4(),)), "instructor_ids", "instructeur"),
])
def test_refusals_change_nothing(services: Services, admin: Actor, data: GroupData,
                                 field: str, words: str) -> None:
    add_module(services)
    with pytest.raises(ValidationFailed) as refused:
        services.groups.save(admin, None, data)
    assert words in _fields(refused)[field]
    assert services.groups.records(admin, include_archived=True) == []


def test_a_taken_code_is_refused(services: Services, admin: Actor) -> None:
    add_module(services)
    first = services.groups.add(admin, "LAS-1", "Lassen", "LAS", "ZWL", START)
    with pytest.raises(ValidationFailed) as refused:
        services.groups.add(admin, "LAS-1", "Nog een", "LAS", "ZWL", START)
    assert "al in gebruik" in _fields(refused)["code"]
    assert [r.id for r in services.groups.records(admin)] == [first]


def test_archiving_is_refused_while_in_use(services: Services, admin: Actor) -> None:
    add_module(services)
    groups = services.groups
    today = date.today()
    group = groups.add(admin, "LAS-1", "Lassen", "LAS", "ZWL", today - timedelta(days=30))
    person = add_person(services, "1001", "Zoë", "Hek")
    enrolment = enrol(services, person, group, today - timedelta(days=30))
    add_lesson(services, group, today + timedelta(days=7))
    add_lesson(services, group, today - timedelta(days=7))  # in the past: no obstacle
    add_lesson(services, group, today + timedelta(days=8), cancelled=True)  # no obstacle
    with pytest.raises(InUse, match="Groep LAS-1 is nog in gebruik bij 1 lopende "
                                    "inschrijving en 1 geplande les") as refused:
        groups.archive(admin, group)
    assert "niets gewijzigd" in str(refused.value)
    row = groups.records(admin)[0]
    assert (row.archived, row.active, row.lessons) == (False, 1, 2)
    services.enrolments.set_status(admin, enrolment, "gestopt", today - timedelta(days=1))
    with pytest.raises(InUse, match=r"^Groep LAS-1 is nog in gebruik bij 1 geplande les"):
        groups.archive(admin, group)


def test_archive_and_restore(services: Services, admin: Actor) -> None:
    add_module(services)
    groups = services.groups
    group = groups.add(admin, "LAS-1", "Lassen", "LAS", "ZWL", START)
    groups.add(admin, "LAS-2", "Lassen 2", "LAS", "ZWL", START)
    groups.archive(admin, group)
    assert [r.code for r in groups.records(admin)] == ["LAS-2"]
    assert [(r.code, r.archived) for r in groups.records(admin, include_archived=True)] == [
        ("LAS-1", True), ("LAS-2", False)]
    with pytest.raises(ValidationFailed) as refused:
        groups.add(admin, "LAS-1", "Lassen", "LAS", "ZWL", START)
    assert "gearchiveerd" in _fields(refused)["code"]
    groups.restore(admin, group)
    assert [r.code for r in groups.records(admin)] == ["LAS-1", "LAS-2"]
    with sessions_of(services).read() as s:
        assert s.scalars(select(Group.deleted_at).where(Group.code == "LAS-1")).one() is None


def test_an_imported_docent_name_is_shown(services: Services, admin: Actor) -> None:
    add_module(services)
    group = services.groups.add(admin, "LAS-1", "Lassen", "LAS", "ZWL", START)
    with sessions_of(services).write("test") as s:
        row = s.get(Group, group)
        assert row is not None
        row.instructor_name = "J. de Smid"
    assert services.groups.records(admin)[0].instructors == "J. de Smid"
    services.groups.save(admin, group, _data(name="Lassen"))  # no instructor chosen: kept
    assert services.groups.records(admin)[0].instructors == "J. de Smid"
    assert admin.user_id is not None
    services.groups.save(admin, group, _data(name="Lassen", instructor_ids=(admin.user_id,)))
    assert services.groups.records(admin)[0].instructors == "Beheerder"


def test_instructors_may_not_change_groups(services: Services, admin: Actor,
                                           instructor: Actor) -> None:
    add_module(services)
    with pytest.raises(PermissionDenied):
        services.groups.save(instructor, None, _data())
    assert instructor.user_id is not None  # they teach it: they may see it, not change it
    group = services.groups.save(admin, None, _data(instructor_ids=(instructor.user_id,)))
    with pytest.raises(PermissionDenied):
        services.groups.archive(instructor, group)
    with pytest.raises(PermissionDenied):
        services.groups.save(instructor, group, _data(name="Anders"))
    assert [r.name for r in services.groups.records(instructor)] == ["Lassen najaar"]
