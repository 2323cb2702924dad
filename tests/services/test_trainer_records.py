"""Praktijkopleiders in Beheer, through the service on both backends: the rules (company
required, e-mail, phone), the permission, archiving refused while an active enrolment names
the trainer, no move to another company under active enrolments, the PIN state in the list,
restoring refused while the company is archived."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, Enrolment, Group, Module
from bvmdesk.domain.companies import CompanyData
from bvmdesk.domain.trainers import TrainerData
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.records import InUse
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def _companies(services: Services, admin: Actor) -> tuple[uuid.UUID, uuid.UUID]:
    acme = services.companies.save(admin, None, CompanyData("ACME", "Acme Metaal"))
    beta = services.companies.save(admin, None, CompanyData("BETA", "Beta Constructie"))
    return acme, beta


def _enrol(services: Services, trainer: uuid.UUID, company: uuid.UUID,
           status: str = "actief") -> None:
    sessions = sessions_of(services)
    own = sessions.local_site_id()
    with sessions.write("test") as s:
        module = Module(code=f"M-{status}", name="Lassen", planned_hours=40)
        s.add(module)
        s.flush()
        group = Group(code=f"G-{status}", name="Lassen", module_id=module.id,
                      location_id=own, start_date=date(2026, 9, 1))
        participant = support.add_participant(s, f"ZWL-{status}", "Sem", "Jansen")
        s.add(group)
        s.flush()
        s.add(Enrolment(participant_id=participant.id, group_id=group.id,
                        start_date=date(2026, 9, 1), status=status, company_id=company,
                        trainer_id=trainer,
                        end_date=None if status == "actief" else date(2026, 12, 1)))


def test_create_change_list_and_pin_state(services: Services, admin: Actor) -> None:
    acme, beta = _companies(services, admin)
    trainers = services.trainer_records
    made = trainers.save(admin, None, TrainerData(" PO-PIET ", " Piet Praktijk ", acme,
                                                  " piet@acme.nl ", ""))
    assert trainers.get(admin, made) == TrainerData("PO-PIET", "Piet Praktijk", acme,
                                                    "piet@acme.nl", None)
    trainers.save(admin, made, TrainerData("PO-PIET", "Piet Praktijk", beta, None,
                                           "038-1234567"))
    (row,) = trainers.records(admin)
    assert (row.code, row.company, row.company_code, row.phone, row.has_pin) == (
        "PO-PIET", "Beta Constructie", "BETA", "038-1234567", False)
    trainer_pins.set_pin(sessions_of(services), admin, made, "24680", "24680")
    assert trainers.row(admin, made).has_pin
    services.signoffs.reset_pin(admin, made)
    assert not trainers.row(admin, made).has_pin
    with sessions_of(services).read() as s:
        actions = list(s.scalars(select(AuditEvent.action)
                                 .where(AuditEvent.entity_id == str(made))
                                 .order_by(AuditEvent.sequence)))
    assert actions[:2] == ["trainer.create", "trainer.update"]
    assert actions[-1] == "trainer.pin_reset"


@pytest.mark.parametrize(("data", "field", "words"), [
    (TrainerData("", "Piet", None), "code", "Vul de code"),
    (TrainerData("PO 1", "Piet", None), "code", "geen spaties"),
    (TrainerData("PO-1", " ", None), "name", "Vul de naam"),
    (TrainerData("PO-1", "Piet", None), "company_id", "Kies het leerbedrijf"),
    (TrainerData("PO-1", "Piet", None, "piet@"), "email", "geen geldig e-mailadres"),
    (TrainerData("PO-1", "Piet", None, None, "bel me"), "phone", "geen geldig telefoonnummer"),
])
def test_refusals_change_nothing(services: Services, admin: Actor, data: TrainerData,
                                 field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.trainer_records.save(admin, None, data)
    assert words in _fields(refused)[field]
    assert services.trainer_records.records(admin, include_archived=True) == []


def test_an_archived_company_is_refused(services: Services, admin: Actor) -> None:
    acme, _beta = _companies(services, admin)
    services.companies.archive(admin, acme)
    assert [c.code for c in services.trainer_records.companies(admin)] == ["BETA"]
    with pytest.raises(ValidationFailed) as refused:
        services.trainer_records.save(admin, None, TrainerData("PO-1", "Piet", acme))
    assert "gearchiveerd" in _fields(refused)["company_id"]
    assert services.trainer_records.records(admin, include_archived=True) == []


def test_archiving_is_refused_while_an_active_enrolment_names_the_trainer(
        services: Services, admin: Actor) -> None:
    acme, beta = _companies(services, admin)
    trainers = services.trainer_records
    piet = trainers.save(admin, None, TrainerData("PO-PIET", "Piet", acme))
    _enrol(services, piet, acme)
    with pytest.raises(InUse, match="Praktijkopleider PO-PIET is nog in gebruik bij 1 "
                                    "lopende inschrijving"):
        trainers.archive(admin, piet)
    with pytest.raises(ValidationFailed) as refused:  # nor moves to another company
        trainers.save(admin, piet, TrainerData("PO-PIET", "Piet", beta))
    assert "1 lopende inschrijving" in _fields(refused)["company_id"]
    assert [(r.archived, r.company_code) for r in trainers.records(admin)] == [
        (False, "ACME")]


def test_a_finished_enrolment_does_not_keep_the_trainer(services: Services,
                                                         admin: Actor) -> None:
    acme, _beta = _companies(services, admin)
    trainers = services.trainer_records
    piet = trainers.save(admin, None, TrainerData("PO-PIET", "Piet", acme))
    _enrol(services, piet, acme, status="afgerond")
    trainers.archive(admin, piet)
    assert trainers.records(admin) == []
    assert [r.archived for r in trainers.records(admin, include_archived=True)] == [True]
    with pytest.raises(ValidationFailed) as refused:
        trainers.save(admin, None, TrainerData("PO-PIET", "Piet twee", acme))
    assert "gearchiveerd" in _fields(refused)["code"]
    trainers.restore(admin, piet)
    assert [r.code for r in trainers.records(admin)] == ["PO-PIET"]


def test_restoring_waits_for_the_company(services: Services, admin: Actor) -> None:
    acme, _beta = _companies(services, admin)
    trainers = services.trainer_records
    piet = trainers.save(admin, None, TrainerData("PO-PIET", "Piet", acme))
    trainers.archive(admin, piet)
    services.companies.archive(admin, acme)
    with pytest.raises(ServiceError, match="Zet eerst dat leerbedrijf terug"):
        trainers.restore(admin, piet)
    assert [r.archived for r in trainers.records(admin, include_archived=True)] == [True]
    assert [c.code for c in trainers.companies(admin, keep=acme)] == ["ACME", "BETA"]


def test_instructors_may_not_change_trainers(services: Services, admin: Actor,
                                             instructor: Actor) -> None:
    acme, _beta = _companies(services, admin)
    with pytest.raises(PermissionDenied):
        services.trainer_records.save(instructor, None, TrainerData("PO-1", "Piet", acme))
    piet = services.trainer_records.save(admin, None, TrainerData("PO-1", "Piet", acme))
    with pytest.raises(PermissionDenied):
        services.trainer_records.archive(instructor, piet)
    with pytest.raises(PermissionDenied):
        services.signoffs.reset_pin(instructor, piet)
    assert [r.code for r in services.trainer_records.records(instructor)] == ["PO-1"]
