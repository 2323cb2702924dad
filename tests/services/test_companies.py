"""Leerbedrijven in Beheer, through the service on both backends: the rules, the
permission, archiving refused while in use (saying where), restoring, a taken code."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, Company, WorkplaceTrainer
from bvmdesk.domain.companies import CompanyData
from bvmdesk.services.base import Actor, PermissionDenied, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.records import InUse
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def test_create_change_and_list(services: Services, admin: Actor) -> None:
    companies = services.companies
    made = companies.save(admin, None, CompanyData(" ACME ", " Acme Metaal BV ", "12345678",
                                                   "Zwolle"))
    assert companies.get(admin, made) == CompanyData("ACME", "Acme Metaal BV", "12345678",
                                                     "Zwolle")
    companies.save(admin, made, CompanyData("ACME", "Acme Metaal", None, ""))
    (row,) = companies.records(admin)
    assert (row.code, row.name, row.sbb_id, row.city, row.archived) == (
        "ACME", "Acme Metaal", None, None, False)
    with sessions_of(services).read() as s:
        actions = list(s.scalars(select(AuditEvent.action)
                                 .where(AuditEvent.entity_id == str(made))))
    assert actions == ["company.create", "company.update"]


@pytest.mark.parametrize(("data", "field", "words"), [
    (CompanyData("", "Naam"), "code", "Vul de code"),
    (CompanyData("AC ME", "Naam"), "code", "geen spaties"),
    (CompanyData("ACME", "  "), "name", "Vul de naam"),
    (CompanyData("ACME", "Acme", "1234567"), "sbb_id", "8 cijfers"),
    (CompanyData("ACME", "Acme", "1234567A"), "sbb_id", "8 cijfers"),
])
def test_refusals_change_nothing(services: Services, admin: Actor, data: CompanyData,
                                 field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.companies.save(admin, None, data)
    assert words in _fields(refused)[field]
    assert services.companies.records(admin, include_archived=True) == []


def test_a_code_in_use_is_refused_also_when_archived(services: Services, admin: Actor) -> None:
    companies = services.companies
    first = companies.save(admin, None, CompanyData("ACME", "Acme"))
    companies.archive(admin, first)
    with pytest.raises(ValidationFailed) as refused:
        companies.save(admin, None, CompanyData("ACME", "Ander bedrijf"))
    assert "gearchiveerd" in _fields(refused)["code"]
    assert companies.records(admin) == []
    companies.restore(admin, first)
    assert [r.code for r in companies.records(admin)] == ["ACME"]


def test_archiving_is_refused_while_trainers_use_it(services: Services, admin: Actor) -> None:
    companies = services.companies
    acme = companies.save(admin, None, CompanyData("ACME", "Acme"))
    with sessions_of(services).write("test") as s:
        s.add(WorkplaceTrainer(code="PO-1", name="Piet Opleider", company_id=acme))
    with pytest.raises(InUse, match="Leerbedrijf ACME is nog in gebruik bij 1 "
                                    "praktijkopleider"):
        companies.archive(admin, acme)
    assert [r.archived for r in companies.records(admin)] == [False]
    assert [t.code for t in companies.trainers(admin, acme)] == ["PO-1"]


def test_archived_rows_are_hidden_unless_asked(services: Services, admin: Actor) -> None:
    companies = services.companies
    acme = companies.save(admin, None, CompanyData("ACME", "Acme"))
    companies.save(admin, None, CompanyData("BETA", "Beta"))
    companies.archive(admin, acme)
    assert [r.code for r in companies.records(admin)] == ["BETA"]
    assert [(r.code, r.archived) for r in companies.records(admin, include_archived=True)] == [
        ("ACME", True), ("BETA", False)]
    with sessions_of(services).read() as s:
        assert s.scalars(select(Company.deleted_at).where(Company.code == "ACME")).one()


def test_instructors_may_not_change_companies(services: Services, admin: Actor,
                                              instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.companies.save(instructor, None, CompanyData("ACME", "Acme"))
    acme = services.companies.save(admin, None, CompanyData("ACME", "Acme"))
    with pytest.raises(PermissionDenied):
        services.companies.archive(instructor, acme)
    assert [r.code for r in services.companies.records(instructor)] == ["ACME"]
