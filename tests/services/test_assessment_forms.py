"""Assessment forms: saving, versions (a used form is never changed in place), copies,
archiving, and which forms a participant can be assessed on."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from bvmdesk.db.models import WorkProcess
from bvmdesk.services.assessment_types import CriterionSpec
from bvmdesk.services.base import Actor, NotFound, PermissionDenied, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.assessment_support import assessment_world, ovg_spec

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def test_a_new_form_is_saved_with_its_criteria_and_work_processes(
        services: Services, admin: Actor) -> None:
    made = assessment_world(services, admin).form
    assert (made.code, made.version, made.module_code, made.kind, made.scale) == (
        "LAS-OPD", 1, "M-LAS-1", "opdracht", "ovg")
    assert made.required is True and made.reasons_required is True and made.cesuur is None
    assert made.threshold == 75 and not made.used and made.latest and not made.archived
    assert [c.number for c in made.criteria] == [1, 2, 3, 4]
    assert made.work_processes == (("B1-K1-W1", "Bereidt het werk voor"),
                                   ("B1-K1-W2", "Last een hoeknaad"))
    assert services.assessments.form(admin, made.id) == made
    assert services.assessments.current_form(admin, "LAS-OPD") == made
    listed = services.assessments.list_forms(admin)
    assert [(f.code, f.version, f.criteria, f.used) for f in listed] == [("LAS-OPD", 1, 4, False)]
    # bpv is not verplicht by default
    bpv = services.assessments.save_form(admin, ovg_spec("BPV-1", kind="bpv"))
    assert bpv.required is False


def test_invalid_forms_are_refused_in_dutch(services: Services, admin: Actor) -> None:
    assessment_world(services, admin)
    good = ovg_spec()
    cases = [
        (replace(good, code=" "), "code"),
        (replace(good, code="X" * 41), "40 tekens"),
        (replace(good, name=""), "naam"),
        (replace(good, code="NIEUW", module_code="GEEN"), "Module GEEN bestaat niet"),
        (replace(good, code="NIEUW", kind="toets"), "bpv, opdracht of examen"),
        (replace(good, code="NIEUW", scale="abc"), "ovg, acceptabel of cijfer"),
        (replace(good, code="NIEUW", cesuur=101), "De cesuur ligt tussen 0 % en 100 %"),
        (replace(good, code="NIEUW", scale="cijfer", cesuur=0.5), "tussen 1 en 10"),
        (replace(good, code="NIEUW", criteria=()), "minstens één criterium"),
        (replace(good, code="NIEUW", criteria=(*good.criteria, good.criteria[0])),
         "Criterium 1 staat er meer dan eens in"),
        (replace(good, code="NIEUW", criteria=(CriterionSpec("W", "", 0, "x"),)),
         "1 of hoger"),
        (replace(good, code="NIEUW", criteria=(CriterionSpec("W", "", 1, "x", weight=0),)),
         "gewicht"),
        (replace(good, code="NIEUW", criteria=(CriterionSpec(" ", "", 1, "x"),)),
         "werkproces"),
        (good, "Er is al een beoordelingsformulier met code LAS-OPD"),
    ]
    for spec, message in cases:
        with pytest.raises(ValidationFailed, match=message):
            services.assessments.save_form(admin, spec)
    assert [f.code for f in services.assessments.list_forms(admin)] == ["LAS-OPD"]


def test_only_an_administrator_edits_forms(services: Services, admin: Actor,
                                           instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.assessments.save_form(instructor, ovg_spec())
    assert services.assessments.list_forms(instructor) == []


def test_an_unused_form_changes_in_place_and_a_used_one_gets_a_new_version(
        services: Services, admin: Actor, instructor: Actor) -> None:
    w = assessment_world(services, admin)
    edited = ovg_spec(criteria=3)
    edited = replace(edited, name="Lassen, herzien", criteria=(
        *edited.criteria[:2], CriterionSpec("B1-K1-W2", "Last een stompe naad", 3, "Nieuw 3")))
    same = services.assessments.save_form(admin, edited, w.form.id)
    assert (same.id, same.version, same.name) == (w.form.id, 1, "Lassen, herzien")
    assert [(c.number, c.description) for c in same.criteria] == [
        (1, "Criterium 1"), (2, "Criterium 2"), (3, "Nieuw 3")]
    assert same.work_processes[1] == ("B1-K1-W2", "Last een stompe naad")
    # Used by a draft: the next edit makes version 2, the assessment keeps version 1.
    draft = services.assessments.start(instructor, w.participant_id, same.id)
    second = services.assessments.save_form(admin, replace(edited, cesuur=60), same.id)
    assert (second.version, second.cesuur, second.latest) == (2, 60, True)
    assert second.id != same.id
    old = services.assessments.form(admin, same.id)
    assert (old.version, old.cesuur, old.used, old.latest) == (1, None, True, False)
    assert old.criteria == same.criteria
    assert services.assessments.assessment(instructor, draft.id).form.id == same.id
    assert [(v.version, v.used) for v in services.assessments.form_versions(admin, "LAS-OPD")] \
        == [(2, False), (1, True)]
    assert services.assessments.current_form(admin, "LAS-OPD").id == second.id
    assert [f.id for f in services.assessments.list_forms(admin)] == [second.id]
    # Only the newest version is edited, and the code never changes.
    with pytest.raises(ServiceError, match="nieuwere versie"):
        services.assessments.save_form(admin, edited, same.id)
    with pytest.raises(ValidationFailed, match="code van een formulier verandert niet"):
        services.assessments.save_form(admin, replace(edited, code="ANDERS"), second.id)
    # A new draft needs the newest version.
    with pytest.raises(ServiceError, match="nieuwere versie"):
        services.assessments.start(instructor, w.participant_id, same.id)


def test_work_processes_are_module_rows_shared_by_forms(services: Services,
                                                        admin: Actor) -> None:
    w = assessment_world(services, admin)
    services.assessments.copy_form(admin, w.form.id, "LAS-KOPIE", "Kopie")
    with sessions_of(services).read() as s:
        rows = s.execute(select(WorkProcess.code, WorkProcess.name)
                         .where(WorkProcess.module_id == w.world.module_id)
                         .order_by(WorkProcess.code)).all()
    assert [tuple(r) for r in rows] == [("B1-K1-W1", "Bereidt het werk voor"),
                                        ("B1-K1-W2", "Last een hoeknaad")]


def test_a_copy_is_a_new_form_with_the_same_settings(services: Services, admin: Actor) -> None:
    w = assessment_world(services, admin)
    copy = services.assessments.copy_form(admin, w.form.id, "LAS-OPD-2", "Tweede opdracht")
    assert (copy.code, copy.version, copy.name) == ("LAS-OPD-2", 1, "Tweede opdracht")
    assert [(c.number, c.description, c.critical, c.weight, c.work_process_code)
            for c in copy.criteria] == [(c.number, c.description, c.critical, c.weight,
                                         c.work_process_code) for c in w.form.criteria]
    assert {c.id for c in copy.criteria}.isdisjoint({c.id for c in w.form.criteria})
    with pytest.raises(ValidationFailed, match="al een beoordelingsformulier"):
        services.assessments.copy_form(admin, w.form.id, "LAS-OPD", "Zelfde code")


def test_archived_forms_are_not_offered(services: Services, admin: Actor,
                                        instructor: Actor) -> None:
    w = assessment_world(services, admin)
    assert [f.code for f in services.assessments.forms_for(instructor, w.participant_id)] \
        == ["LAS-OPD"]
    services.assessments.archive_form(admin, w.form.id)
    assert services.assessments.list_forms(admin) == []
    assert [f.archived for f in services.assessments.list_forms(admin, include_archived=True)] \
        == [True]
    assert services.assessments.forms_for(instructor, w.participant_id) == []
    with pytest.raises(ServiceError, match="gearchiveerd"):
        services.assessments.start(instructor, w.participant_id, w.form.id)
    services.assessments.restore_form(admin, w.form.id)
    assert [f.code for f in services.assessments.list_forms(admin, module_code="M-LAS-1")] \
        == ["LAS-OPD"]
    assert services.assessments.list_forms(admin, module_code="ANDERS") == []
    with pytest.raises(NotFound):
        services.assessments.current_form(admin, "BESTAAT-NIET")
