"""Sign-off tasks (Beheer): saving, validation, work processes made on the fly, archiving."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import AuditEvent, Module, SignOffTask, WorkProcess
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.signoff_types import SignItem, TaskSpec
from tests.db import support
from tests.services.signoff_support import MODULE_CODE, signoff_world

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _count(services: Services, model: type) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _refused(services: Services, admin: Actor, spec: TaskSpec, task_id: object = None
             ) -> ValidationFailed:
    before = (_count(services, SignOffTask), _count(services, WorkProcess))
    with pytest.raises(ValidationFailed) as caught:
        services.signoff_tasks.save_task(admin, spec, task_id)  # type: ignore[arg-type]
    assert (_count(services, SignOffTask), _count(services, WorkProcess)) == before
    return caught.value


def test_the_module_tasks_are_listed_by_code_archived_ones_on_request(
        services: Services, admin: Actor, instructor: Actor) -> None:
    signoff_world(services)
    tasks = services.signoff_tasks.list_tasks(instructor, module_code=MODULE_CODE)
    assert [(t.code, t.work_process, t.required, t.archived) for t in tasks] == [
        ("T1", "B1-K1-W1", True, False), ("T2", "B1-K1-W2", True, False),
        ("T3", None, False, False)]
    assert tasks[0].work_process_name == "Bereidt het werk voor (DEMO)"
    assert tasks[0].module_name == "Lassen BBL"
    everything = services.signoff_tasks.list_tasks(admin, include_archived=True)
    assert [(t.code, t.archived) for t in everything][-1] == ("T9", True)
    assert services.signoff_tasks.list_tasks(admin, module_code="M-ANDERS") == []
    assert services.signoff_tasks.task(admin, tasks[1].id) == tasks[1]
    assert ("M-AFT", "Lassen BBL") in services.signoff_tasks.modules(instructor)


def test_a_new_task_is_saved_and_audited(services: Services, admin: Actor) -> None:
    world = signoff_world(services)
    saved = services.signoff_tasks.save_task(admin, TaskSpec(
        MODULE_CODE, " T4 ", " Leest een tekening ", "B1-K1-W1", required=False))
    assert (saved.code, saved.description, saved.work_process, saved.required,
            saved.module_id, saved.archived) == (
        "T4", "Leest een tekening", "B1-K1-W1", False, world.module_id, False)
    with sessions_of(services).read() as s:
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == str(saved.id))).all()
        processes = s.scalar(select(func.count()).select_from(WorkProcess).where(
            WorkProcess.module_id == world.module_id))
    assert actions == ["signoff_task.save"]
    assert processes == 2  # the existing work process was used


def test_a_task_is_changed_in_place(services: Services, admin: Actor) -> None:
    world = signoff_world(services)
    changed = services.signoff_tasks.save_task(admin, TaskSpec(
        MODULE_CODE, "T1b", "Stelt de lasmachine in", None, required=False), world.tasks["T1"])
    assert changed.id == world.tasks["T1"]
    assert (changed.code, changed.description, changed.work_process, changed.required) == (
        "T1b", "Stelt de lasmachine in", None, False)
    assert services.signoff_tasks.task(admin, world.tasks["T1"]) == changed


def test_a_new_work_process_is_added_to_the_module(services: Services, admin: Actor) -> None:
    world = signoff_world(services)
    named = services.signoff_tasks.save_task(admin, TaskSpec(
        MODULE_CODE, "T5", "Controleert de las", "B1-K2-W1", "Controleert kwaliteit (DEMO)"))
    unnamed = services.signoff_tasks.save_task(admin, TaskSpec(
        MODULE_CODE, "T6", "Meet na", "P1-K1-W1"))
    assert (named.work_process, named.work_process_name) == (
        "B1-K2-W1", "Controleert kwaliteit (DEMO)")
    assert (unnamed.work_process, unnamed.work_process_name) == ("P1-K1-W1", "P1-K1-W1")
    with sessions_of(services).read() as s:
        codes = s.scalars(select(WorkProcess.code).where(
            WorkProcess.module_id == world.module_id).order_by(WorkProcess.code)).all()
    assert codes == ["B1-K1-W1", "B1-K1-W2", "B1-K2-W1", "P1-K1-W1"]


def test_a_duplicate_code_is_refused_and_an_archived_one_suggests_restoring(
        services: Services, admin: Actor) -> None:
    world = signoff_world(services)
    refused = _refused(services, admin, TaskSpec(MODULE_CODE, "T2", "Nog een hoeknaad"))
    assert [e.field for e in refused.errors] == ["code"]
    assert "al een taak met code T2" in str(refused)
    archived = _refused(services, admin, TaskSpec(MODULE_CODE, "T9", "Weer de oude taak"))
    assert "gearchiveerde taak met code T9" in str(archived) and "zet die terug" in str(archived)
    renamed = _refused(services, admin, TaskSpec(MODULE_CODE, "T3", "Stelt in"),
                       world.tasks["T1"])
    assert "al een taak met code T3" in str(renamed)


def test_invalid_specs_are_refused_per_field(services: Services, admin: Actor) -> None:
    world = signoff_world(services)
    unknown = _refused(services, admin, TaskSpec("M-GEEN", "T1", "Iets", "B1-K9-W9"))
    assert str(unknown).startswith("Module M-GEEN bestaat niet")
    empty = _refused(services, admin, TaskSpec(MODULE_CODE, " ", " "))
    assert [e.field for e in empty.errors] == ["code", "description"]
    long = _refused(services, admin, TaskSpec(MODULE_CODE, "T" * 41, "Iets", "W" * 21))
    assert [e.field for e in long.errors] == ["code", "work_process"]
    services.signoff_tasks.save_task(admin, TaskSpec(MODULE_CODE, "T" * 40, "Iets", "W" * 20))
    with sessions_of(services).write("test") as s:

        s.add(Module(code="M-ANDER", name="Andere module", planned_hours=10))
    moved = _refused(services, admin, TaskSpec("M-ANDER", "T1", "Stelt de machine in"),
                     world.tasks["T1"])
    assert [e.field for e in moved.errors] == ["module"]
    with pytest.raises(NotFound):
        services.signoff_tasks.save_task(admin, TaskSpec(MODULE_CODE, "T1", "Iets"),
                                         world.group_id)


def test_archive_and_restore(services: Services, admin: Actor) -> None:
    world = signoff_world(services)
    services.signoff_tasks.archive_task(admin, world.tasks["T2"])
    assert [t.code for t in services.signoff_tasks.list_tasks(admin, module_code=MODULE_CODE)
            ] == ["T1", "T3"]
    assert services.signoff_tasks.task(admin, world.tasks["T2"]).archived
    refused = _refused(services, admin, TaskSpec(MODULE_CODE, "T2", "Last een hoeknaad"),
                       world.tasks["T2"])
    assert "gearchiveerd" in str(refused)
    services.signoff_tasks.restore_task(admin, world.tasks["T2"])
    services.signoff_tasks.restore_task(admin, world.tasks["T9"])
    assert [t.code for t in services.signoff_tasks.list_tasks(admin, module_code=MODULE_CODE)
            ] == ["T1", "T2", "T3", "T9"]
    with sessions_of(services).read() as s:
        actions = s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity_id == str(world.tasks["T2"]),
            AuditEvent.action.like("signoff_task.%")).order_by(AuditEvent.sequence)).all()
    assert actions == ["signoff_task.archive", "signoff_task.restore"]
    with pytest.raises(NotFound):
        services.signoff_tasks.archive_task(admin, world.group_id)


def test_an_instructor_may_not_change_tasks(services: Services, instructor: Actor) -> None:
    world = signoff_world(services)
    before = _count(services, SignOffTask)
    with pytest.raises(PermissionDenied):
        services.signoff_tasks.save_task(instructor, TaskSpec(MODULE_CODE, "T7", "Iets"))
    with pytest.raises(PermissionDenied):
        services.signoff_tasks.archive_task(instructor, world.tasks["T1"])
    with pytest.raises(PermissionDenied):
        services.signoff_tasks.restore_task(instructor, world.tasks["T9"])
    assert _count(services, SignOffTask) == before
    assert not services.signoff_tasks.task(instructor, world.tasks["T1"]).archived


def test_a_task_says_whether_it_is_in_use_and_the_module_offers_its_work_processes(
        services: Services, admin: Actor, instructor: Actor) -> None:
    world = signoff_world(services)
    assert not any(t.used for t in services.signoff_tasks.list_tasks(admin))
    day = sessions_of(services).clock.today()
    services.signoffs.record_paper(instructor, world.enrolment_id, world.trainer_id,
                                   [SignItem(world.tasks["T2"], day)])
    used = {t.code: t.used for t in services.signoff_tasks.list_tasks(
        admin, module_code=MODULE_CODE)}
    assert used == {"T1": False, "T2": True, "T3": False}
    assert services.signoff_tasks.task(admin, world.tasks["T2"]).used
    processes = services.signoff_tasks.work_processes(instructor, MODULE_CODE)
    assert [code for code, _ in processes] == ["B1-K1-W1", "B1-K1-W2"]
    assert processes[0][1] == "Bereidt het werk voor (DEMO)"
    assert services.signoff_tasks.work_processes(instructor, "M-ONBEKEND") == []
