"""Modules in Beheer, through the service on both backends: the rules, the permission,
archiving refused while a group (or form, or task) uses it, the work processes (code
pattern, unique per module, archiving refused while a criterion uses one), the programme
and the qualification list."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bvmdesk.db.models import (
    AssessmentTemplate,
    AuditEvent,
    Criterion,
    Group,
    Module,
    Programme,
    Site,
)
from bvmdesk.domain.modules import ModuleData, WorkProcessData
from bvmdesk.services.base import Actor, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.qualifications import find_qualification, load_qualifications
from bvmdesk.services.records import InUse
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

MAG = ModuleData("MAG-1", "MAG-lassen niveau 1", planned_hours=80)


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def test_create_change_and_list(services: Services, admin: Actor) -> None:
    modules = services.modules
    with sessions_of(services).write("test") as s:
        programme = Programme(code="LAS-3", name="Allround lasser", crebo="25287", level=3)
        s.add(programme)
        s.flush()
        programme_id = programme.id
    made = modules.save(admin, None, ModuleData(
        " LAS-3 ", " Allround lasser ", programme_id, " 25287 ", 3, 400, 80, "certificaat", 5))
    assert modules.get(admin, made) == ModuleData("LAS-3", "Allround lasser", programme_id,
                                                  "25287", 3, 400, 80, "certificaat", 5)
    modules.save(admin, made, ModuleData("LAS-3", "Allround lasser", None, "", None, 360,
                                         None, "deelname", None))
    (row,) = modules.records(admin)
    assert (row.code, row.programme, row.crebo, row.level, row.planned_hours) == (
        "LAS-3", None, None, None, 360)
    assert modules.get(admin, made).certificate_kind == "deelname"
    assert [p.code for p in modules.programmes(admin)] == ["LAS-3"]
    with sessions_of(services).read() as s:
        actions = list(s.scalars(select(AuditEvent.action)
                                 .where(AuditEvent.entity_id == str(made))))
        stored = s.get(Module, made)
        assert stored is not None and stored.certificate_kind == "deelname"
    assert actions == ["module.create", "module.update"]


def test_saving_unchanged_keeps_an_empty_certificate_kind(services: Services,
                                                          admin: Actor) -> None:
    """A module imported without `certificaat` shows as certificaat; saving it unchanged
    writes nothing (no audit line)."""
    with sessions_of(services).write("test") as s:
        module = Module(code="IMP", name="Uit Excel", planned_hours=10, certificate_kind=None)
        s.add(module)
        s.flush()
        module_id = module.id
    data = services.modules.get(admin, module_id)
    assert data.certificate_kind == "certificaat"
    services.modules.save(admin, module_id, data)
    with sessions_of(services).read() as s:
        assert s.scalars(select(AuditEvent.action)
                         .where(AuditEvent.entity_id == str(module_id),
                                AuditEvent.action.like("module.%"))).all() == []
        stored = s.get(Module, module_id)
        assert stored is not None and stored.certificate_kind is None


@pytest.mark.parametrize(("data", "field", "words"), [
    (ModuleData("", "Naam", planned_hours=1), "code", "Vul de code"),
    (ModuleData("MAG 1", "Naam", planned_hours=1), "code", "geen spaties"),
    (ModuleData("MAG", " ", planned_hours=1), "name", "Vul de naam"),
    (ModuleData("MAG", "Mag", crebo="2528", planned_hours=1), "crebo", "5 cijfers"),
    (ModuleData("MAG", "Mag", crebo="2528A", planned_hours=1), "crebo", "5 cijfers"),
    (ModuleData("MAG", "Mag", level=5, planned_hours=1), "level", "tussen 1 en 4"),
    (ModuleData("MAG", "Mag", planned_hours=None), "planned_hours", "Vul de geplande uren"),
    (ModuleData("MAG", "Mag", planned_hours=100_001), "planned_hours", "tussen 0 en 100000"),
    (ModuleData("MAG", "Mag", planned_hours=8, min_attendance_pct=101), "min_attendance_pct",
     "tussen 0 en 100"),
    (ModuleData("MAG", "Mag", planned_hours=8, certificate_kind="diploma"), "certificate_kind",
     "bewijs van deelname"),
    (ModuleData("MAG", "Mag", planned_hours=8, validity_years=0), "validity_years",
     "tussen 1 en 50"),
])
def test_refusals_change_nothing(services: Services, admin: Actor, data: ModuleData,
                                 field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.modules.save(admin, None, data)
    assert words in _fields(refused)[field]
    assert services.modules.records(admin, include_archived=True) == []


def test_a_taken_code_and_an_archived_programme_are_refused(services: Services,
                                                            admin: Actor) -> None:
    modules = services.modules
    first = modules.save(admin, None, MAG)
    modules.archive(admin, first)
    with pytest.raises(ValidationFailed) as refused:
        modules.save(admin, None, ModuleData("MAG-1", "Een andere", planned_hours=4))
    assert "gearchiveerd" in _fields(refused)["code"]
    with sessions_of(services).write("test") as s:
        gone = Programme(code="OUD", name="Oude opleiding", deleted_at=sessions_of(services).now())
        s.add(gone)
        s.flush()
        gone_id = gone.id
    with pytest.raises(ValidationFailed) as refused:
        modules.save(admin, None, ModuleData("TIG-1", "TIG", gone_id, planned_hours=4))
    assert "bestaat niet (meer)" in _fields(refused)["programme_id"]
    modules.restore(admin, first)
    assert [r.code for r in modules.records(admin)] == ["MAG-1"]


def test_archiving_is_refused_while_a_group_uses_it(services: Services, admin: Actor) -> None:
    modules = services.modules
    mag = modules.save(admin, None, MAG)
    with sessions_of(services).write("test") as s:
        site = s.scalars(select(Site)).first()
        assert site is not None
        s.add(Group(code="MAG-A", name="MAG groep A", module_id=mag, location_id=site.id,
                    start_date=date(2026, 9, 1)))
        s.add(AssessmentTemplate(code="BF-MAG", name="Lasproef", module_id=mag,
                                 kind="opdracht"))
    with pytest.raises(InUse, match="Module MAG-1 is nog in gebruik bij 1 groep en 1 "
                                    "beoordelingsformulier"):
        modules.archive(admin, mag)
    assert [r.archived for r in modules.records(admin)] == [False]
    with sessions_of(services).write("test") as s:
        for row in s.scalars(select(Group).where(Group.module_id == mag)):
            row.deleted_at = sessions_of(services).now()
        for form in s.scalars(select(AssessmentTemplate)):
            form.deleted_at = sessions_of(services).now()
    modules.archive(admin, mag)  # only archived rows use it now
    assert modules.records(admin) == []
    assert [r.archived for r in modules.records(admin, include_archived=True)] == [True]


def test_work_processes_pattern_unique_and_archived(services: Services, admin: Actor) -> None:
    modules = services.modules
    mag = modules.save(admin, None, MAG)
    first = modules.save_work_process(admin, mag, None,
                                      WorkProcessData(" b1-k1-w1 ", "Bereidt het werk voor"))
    modules.save_work_process(admin, mag, None, WorkProcessData("P1-K1-W2", "Last in positie"))
    for code in ("B1K1W1", "B1-K1", "X1-K1-W1", "B1-K1-W1 extra", ""):
        with pytest.raises(ValidationFailed) as refused:
            modules.save_work_process(admin, mag, None, WorkProcessData(code, "Iets"))
        assert "B1-K1-W1" in _fields(refused)["code"], code
    with pytest.raises(ValidationFailed) as refused:
        modules.save_work_process(admin, mag, None, WorkProcessData("B1-K1-W1", "Dubbel"))
    assert "al werkproces B1-K1-W1" in _fields(refused)["code"]
    # The same code in another module is fine.
    tig = modules.save(admin, None, ModuleData("TIG-1", "TIG", planned_hours=40))
    modules.save_work_process(admin, tig, None, WorkProcessData("B1-K1-W1", "Voorbereiden"))
    modules.save_work_process(admin, mag, first, WorkProcessData("B1-K1-W1", "Plant het werk"))
    assert [(w.code, w.name) for w in modules.work_processes(admin, mag)] == [
        ("B1-K1-W1", "Plant het werk"), ("P1-K1-W2", "Last in positie")]
    assert {r.code: r.work_processes for r in modules.records(admin)} == {"MAG-1": 2,
                                                                          "TIG-1": 1}
    modules.archive_work_process(admin, first)
    assert [w.code for w in modules.work_processes(admin, mag)] == ["P1-K1-W2"]
    # Adding an archived code again brings that work process back with the new name.
    again = modules.save_work_process(admin, mag, None, WorkProcessData("B1-K1-W1", "Terug"))
    assert again == first
    assert [(w.code, w.name) for w in modules.work_processes(admin, mag)] == [
        ("B1-K1-W1", "Terug"), ("P1-K1-W2", "Last in positie")]


def test_a_work_process_in_use_by_a_criterion_is_not_archived(services: Services,
                                                              admin: Actor) -> None:
    modules = services.modules
    mag = modules.save(admin, None, MAG)
    process = modules.save_work_process(admin, mag, None, WorkProcessData("B1-K1-W1", "Werk"))
    with sessions_of(services).write("test") as s:
        form = AssessmentTemplate(code="BF-MAG", name="Lasproef", module_id=mag,
                                  kind="opdracht")
        s.add(form)
        s.flush()
        s.add(Criterion(template_id=form.id, work_process_id=process, number=1,
                        description="Last een hoeknaad"))
    with pytest.raises(InUse, match="Werkproces B1-K1-W1 is nog in gebruik bij 1 criterium"):
        modules.archive_work_process(admin, process)
    assert [w.code for w in modules.work_processes(admin, mag)] == ["B1-K1-W1"]


def test_instructors_may_not_change_modules(services: Services, admin: Actor,
                                            instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.modules.save(instructor, None, MAG)
    mag = services.modules.save(admin, None, MAG)
    with pytest.raises(PermissionDenied):
        services.modules.archive(instructor, mag)
    with pytest.raises(PermissionDenied):
        services.modules.save_work_process(instructor, mag, None,
                                           WorkProcessData("B1-K1-W1", "Werk"))
    assert [r.code for r in services.modules.records(instructor)] == ["MAG-1"]
    assert services.modules.work_processes(instructor, mag) == []


def test_the_qualification_list_fills_crebo_and_level(services: Services,
                                                      admin: Actor) -> None:
    qualifications = services.modules.qualifications(admin)
    assert qualifications == load_qualifications()
    lasser = find_qualification("25287")
    assert lasser is not None and lasser in qualifications
    assert (lasser.name, lasser.level) == ("Allround lasser", 3)
    made = services.modules.save(admin, None, ModuleData(
        "LAS-3", lasser.name, crebo=lasser.crebo, level=lasser.level, planned_hours=400))
    data = services.modules.get(admin, made)
    assert (data.crebo, data.level) == ("25287", 3)
    assert all(len(q.crebo) == 5 and q.crebo.isdigit() and 1 <= q.level <= 4
               for q in qualifications)
