"""Eligibility for a certificate, explained per condition, read for a whole group; overrides
by an administrator (with a reason, shown on the list, withdrawn)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, EligibilityOverride, SignOff
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.certificate_types import EligibilityRow, GroupEligibility
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services import certificate_support
from tests.services.certificate_support import GROUP, Person, certificate_world

site_location = support.site_location
services = certificate_support.services
admin = support.admin
instructor = support.instructor

PEOPLE = (
    Person("P-OK", "Zoë", "Hek", "van 't"),
    Person("P-LOW", "Daan", "Bakker", present=7),
    Person("P-FAIL", "Noor", "Smit", rating="O"),
    Person("P-OPEN", "Sem", "Jansen", rating=None),
    Person("P-UNSIGNED", "Lotte", "Visser", signed=False, trainer=False),
    Person("P-GOOD", "Bram", "de Boer", rating="G"),
)


def _row(result: GroupEligibility, number: str) -> EligibilityRow:
    return next(r for r in result.rows if r.participant == number)


def _details(row: EligibilityRow) -> dict[str, tuple[bool, str]]:
    return {c.name: (c.met, c.detail) for c in row.conditions}


def test_each_condition_is_explained(services: Services, admin: Actor,
                                     instructor: Actor) -> None:
    certificate_world(services, admin, PEOPLE)
    result = services.certificates.eligibility(instructor, GROUP)
    assert (result.group, result.module, result.kind, result.min_attendance_pct) == (
        GROUP, "M-CERT", "certificaat", 80)
    assert [r.participant for r in result.rows] == [
        "P-LOW", "P-GOOD", "P-OK", "P-OPEN", "P-FAIL", "P-UNSIGNED"]  # by sort name
    ok = _row(result, "P-OK")
    assert ok.eligible and ok.name == "Zoë van 't Hek" and ok.certificate is None
    assert ok.summary == "3 van 3 voorwaarden"
    assert _details(ok) == {
        "aanwezigheid": (True, "100,0 % ≥ 80 %"),
        "beoordelingen": (True, "alle 1 verplichte beoordelingen voldoende"),
        "aftekeningen": (True, "alle 2 verplichte taken afgetekend"),
    }
    low = _row(result, "P-LOW")
    assert not low.eligible
    assert low.summary == "2 van 3 voorwaarden: aanwezigheid 70,0 % < 80 %"
    fail = _row(result, "P-FAIL")
    assert _details(fail)["beoordelingen"] == (False, "0 van 1 voldoende; onvoldoende: "
                                                      "CERT-OPD")
    assert not fail.eligible
    assert _details(_row(result, "P-OPEN"))["beoordelingen"] == (
        False, "0 van 1 voldoende; nog niet beoordeeld: CERT-OPD")
    unsigned = _details(_row(result, "P-UNSIGNED"))["aftekeningen"]
    assert unsigned == (False, "0 van 2 afgetekend; open: T1, T2 (geen praktijkopleider bij "
                               "de inschrijving)")
    assert _row(result, "P-GOOD").eligible  # goed passes too


def test_nothing_to_check_is_met_and_says_so(services: Services, admin: Actor) -> None:
    certificate_world(services, admin, PEOPLE[:1], min_attendance=None)
    with sessions_of(services).write("test") as s:  # the form and tasks ask nothing now
        from bvmdesk.db.models import AssessmentTemplate, SignOffTask
        for form in s.scalars(select(AssessmentTemplate)):
            form.required = False
        for task in s.scalars(select(SignOffTask)):
            task.required = False
    row = services.certificates.eligibility(admin, GROUP).rows[0]
    assert _details(row) == {
        "aanwezigheid": (True, "100,0 %; de module vraagt geen minimum"),
        "beoordelingen": (True, "geen verplichte beoordelingen"),
        "aftekeningen": (True, "geen verplichte aftekentaken"),
    }


def test_a_withdrawn_signoff_does_not_count(services: Services, admin: Actor) -> None:
    world = certificate_world(services, admin, PEOPLE[:1])
    first = world.signoffs["P-OK"][0]
    with sessions_of(services).write("test") as s:
        original = s.get(SignOff, first)
        assert original is not None
        s.add(SignOff(enrolment_id=original.enrolment_id, task_id=original.task_id,
                      trainer_id=original.trainer_id, date=date(2026, 11, 10),
                      method="paper", recorded_by="test", withdraws_id=first,
                      reason="verkeerde taak"))
    row = services.certificates.eligibility(admin, GROUP).rows[0]
    assert not row.eligible
    assert _details(row)["aftekeningen"] == (False, "1 van 2 afgetekend; open: T1")


def test_a_participation_proof_needs_attendance_only(services: Services,
                                                     admin: Actor) -> None:
    certificate_world(services, admin, PEOPLE, kind="deelname")
    result = services.certificates.eligibility(admin, GROUP)
    assert result.kind == "deelname"
    assert {r.participant for r in result.rows if r.eligible} == {
        "P-OK", "P-FAIL", "P-OPEN", "P-UNSIGNED", "P-GOOD"}
    assert all([c.name for c in r.conditions] == ["aanwezigheid"] for r in result.rows)
    # The kind can be asked for: a certificaat of the same group.
    asked = services.certificates.eligibility(admin, GROUP, "certificaat")
    assert {r.participant for r in asked.rows if r.eligible} == {"P-OK", "P-GOOD"}


def test_unknown_group_and_kind_are_refused(services: Services, admin: Actor) -> None:
    certificate_world(services, admin, PEOPLE[:1])
    with pytest.raises(NotFound, match="Groep NOPE bestaat niet"):
        services.certificates.eligibility(admin, "NOPE")
    with pytest.raises(ServiceError, match="certificaat of deelname"):
        services.certificates.eligibility(admin, GROUP, "diploma")
    assert services.certificates.groups(admin)[0][1:] == (GROUP, "Lassen MIG/MAG najaar")


def test_override_is_shown_then_withdrawn(services: Services, admin: Actor,
                                          instructor: Actor) -> None:
    world = certificate_world(services, admin, PEOPLE)
    enrolment = world.enrolments["P-LOW"]
    with pytest.raises(PermissionDenied):
        services.certificates.override(instructor, enrolment, "ziek geweest, ingehaald")
    for bad in ("", "   ", "x" * 501):
        with pytest.raises(ValidationFailed, match="er is niets gewijzigd"):
            services.certificates.override(admin, enrolment, bad)
    services.certificates.override(admin, enrolment, "  lessen  ingehaald bij ZWL-2 ")
    row = _row(services.certificates.eligibility(instructor, GROUP), "P-LOW")
    assert row.eligible and row.override == "lessen ingehaald bij ZWL-2"
    assert row.summary.endswith("(toegestaan door beheerder: lessen ingehaald bij ZWL-2)")
    with pytest.raises(ServiceError, match="al toegestaan"):
        services.certificates.override(admin, enrolment, "nog eens")
    with pytest.raises(PermissionDenied):
        services.certificates.withdraw_override(instructor, enrolment)
    services.certificates.withdraw_override(admin, enrolment)
    row = _row(services.certificates.eligibility(instructor, GROUP), "P-LOW")
    assert not row.eligible and row.override is None
    with pytest.raises(NotFound):
        services.certificates.withdraw_override(admin, enrolment)
    with sessions_of(services).read() as s:
        stored = s.scalars(select(EligibilityOverride)).one()
        assert stored.withdrawn_by == admin.name and stored.withdrawn_at is not None
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("certificate.override%"))))
    assert actions == ["certificate.override", "certificate.override.withdraw"]
    # A new override after the withdrawal is allowed.
    services.certificates.override(admin, enrolment, "toch akkoord")
    assert _row(services.certificates.eligibility(admin, GROUP), "P-LOW").eligible
