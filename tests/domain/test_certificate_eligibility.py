"""Who may get a certificate: each condition explained, the verdict, the override."""

from __future__ import annotations

from datetime import date

import pytest

from bvmdesk.domain.certificate import (
    ATTENDANCE,
    FormResult,
    TaskResult,
    certificate_number,
    eligibility,
    expiry_date,
    kind_of_module,
)
from bvmdesk.domain.certificate_code import CertificateKind

CERT = CertificateKind.CERTIFICAAT


def test_all_met() -> None:
    result = eligibility(CERT, attendance=92.5, minimum=80,
                         forms=[FormResult("LAS-1", "Lassen", True)],
                         tasks=[TaskResult("T1", True)])
    assert result.eligible and result.met == 3
    assert result.summary == "3 van 3 voorwaarden"
    assert [c.detail for c in result.conditions] == [
        "92,5 % ≥ 80 %", "alle 1 verplichte beoordelingen voldoende",
        "alle 1 verplichte taken afgetekend"]


def test_the_summary_names_what_is_missing() -> None:
    result = eligibility(CERT, attendance=78.0, minimum=80, forms=[], tasks=[])
    assert not result.eligible
    assert result.summary == "2 van 3 voorwaarden: aanwezigheid 78,0 % < 80 %"
    # Nothing to check is met, and says so.
    assert result.conditions[1].met and result.conditions[1].detail == \
        "geen verplichte beoordelingen"
    assert result.conditions[2].detail == "geen verplichte aftekentaken"


def test_failed_and_missing_forms_and_open_tasks() -> None:
    result = eligibility(CERT, attendance=None, minimum=None,
                         forms=[FormResult("A", "a", True), FormResult("B", "b", False),
                                FormResult("C", "c", None)],
                         tasks=[TaskResult("T1", True), TaskResult("T2", False)])
    assert [c.met for c in result.conditions] == [True, False, False]
    assert result.conditions[1].detail == \
        "1 van 3 voldoende; onvoldoende: B; nog niet beoordeeld: C"
    assert result.conditions[2].detail == "1 van 2 afgetekend; open: T2"


def test_participation_needs_only_attendance() -> None:
    result = eligibility(CertificateKind.DEELNAME, attendance=80.0, minimum=80,
                         forms=[FormResult("B", "b", False)], tasks=[TaskResult("T", False)])
    assert result.eligible and [c.name for c in result.conditions] == [ATTENDANCE]
    no_marks = eligibility(CertificateKind.DEELNAME, attendance=None, minimum=80, forms=[],
                           tasks=[])
    assert not no_marks.eligible


def test_an_override_allows_and_is_named() -> None:
    result = eligibility(CERT, attendance=50.0, minimum=80, forms=[], tasks=[],
                         override="ziekte, ingehaald")
    assert result.eligible and result.met == 2
    assert result.summary.endswith("(toegestaan door beheerder: ziekte, ingehaald)")


def test_number_kind_and_expiry() -> None:
    assert certificate_number("ZWL", 2026, 1) == "ZWL-2026-00001"
    assert certificate_number("TBG", 2027, 123456) == "TBG-2027-123456"
    assert kind_of_module(None) is CERT and kind_of_module(" Deelname ") is \
        CertificateKind.DEELNAME
    assert expiry_date(date(2026, 12, 3), None) is None
    assert expiry_date(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert expiry_date(date(2026, 12, 3), 5) == date(2031, 12, 3)


@pytest.mark.parametrize(("pct", "met"), [(79.9, False), (80.0, True), (100.0, True)])
def test_the_minimum_is_inclusive(pct: float, met: bool) -> None:
    assert eligibility(CERT, attendance=pct, minimum=80, forms=[], tasks=[]).eligible is met
