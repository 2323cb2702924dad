"""Who may get a certificate, and how its number looks (DOMAIN.md, Certificates).

Eligibility is a pure rule over what the services read, explained per condition so that an
instructor sees why ("2 van 3 voorwaarden: aanwezigheid 78,0 % < 80 %").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bvmdesk.domain.certificate_code import CertificateKind

NUMBER_RE = re.compile(r"^[A-Z0-9]{2,10}-\d{4}-\d{5,}$")
"""A certificate number: SITE-YEAR-NNNNN (`ZWL-2026-00001`)."""

ATTENDANCE = "aanwezigheid"
ASSESSMENTS = "beoordelingen"
SIGNOFFS = "aftekeningen"
EXPIRING_DAYS = 90
"""Certificaten lists the certificates that expire within this many days."""


def certificate_number(site_code: str, year: int, n: int) -> str:
    """`ZWL-2026-00001`: the site, the year of issue and the n-th of that site and year."""
    return f"{site_code}-{year:04d}-{n:05d}"


def sequence_kind(year: int) -> str:
    """The number sequence of one year's certificates (numbers restart each year)."""
    return f"certificate-{year:04d}"


def kind_of_module(value: str | None) -> CertificateKind:
    """The kind a module gives: its `certificaat` column, `certificaat` when empty."""
    if value and value.strip().lower() == CertificateKind.DEELNAME.value:
        return CertificateKind.DEELNAME
    return CertificateKind.CERTIFICAAT


def expiry_date(issued: date, validity_years: int | None) -> date | None:
    """The day a certificate stops being valid: `validity_years` after issue (29 February
    gives 28 February), or None for a certificate that does not expire."""
    if not validity_years:
        return None
    year = issued.year + validity_years
    try:
        return issued.replace(year=year)
    except ValueError:
        return issued.replace(year=year, day=28)


def pct_text(value: float) -> str:
    """`78,0 %`: one decimal with a Dutch comma."""
    return f"{value:.1f}".replace(".", ",") + " %"


@dataclass(frozen=True)
class Condition:
    """One condition of eligibility: its name (`aanwezigheid`, `beoordelingen`,
    `aftekeningen`), whether it is met, and why in words."""

    name: str
    met: bool
    detail: str


@dataclass(frozen=True)
class FormResult:
    """A required assessment form and the outcome of its latest final version: True passed,
    False not passed, None not assessed yet."""

    code: str
    name: str
    passed: bool | None


@dataclass(frozen=True)
class TaskResult:
    """A required sign-off task and whether it is signed (a withdrawn sign-off is not)."""

    code: str
    signed: bool


@dataclass(frozen=True)
class Eligibility:
    """The conditions, and the verdict; `override` is an administrator's recorded reason
    that makes a person eligible all the same (shown on the list, never on the certificate)."""

    conditions: tuple[Condition, ...]
    override: str | None = None

    @property
    def met(self) -> int:
        return sum(condition.met for condition in self.conditions)

    @property
    def eligible(self) -> bool:
        return self.override is not None or self.met == len(self.conditions)

    @property
    def summary(self) -> str:
        """`3 van 3 voorwaarden`, or `2 van 3 voorwaarden: aanwezigheid 78,0 % < 80 %`."""
        text = f"{self.met} van {len(self.conditions)} voorwaarden"
        failing = [f"{c.name} {c.detail}" for c in self.conditions if not c.met]
        if failing:
            text += ": " + "; ".join(failing)
        if self.override is not None:
            text += f" (toegestaan door beheerder: {self.override})"
        return text


def attendance_condition(percentage: float | None, minimum: int | None) -> Condition:
    """Attendance of the enrolment against the module's `min_aanwezigheid`."""
    if not minimum:
        shown = pct_text(percentage) if percentage is not None else "nog niets geregistreerd"
        return Condition(ATTENDANCE, True, f"{shown}; de module vraagt geen minimum")
    if percentage is None:
        return Condition(ATTENDANCE, False,
                         f"nog niets geregistreerd (minimaal {minimum} %)")
    if percentage >= minimum:
        return Condition(ATTENDANCE, True, f"{pct_text(percentage)} ≥ {minimum} %")
    return Condition(ATTENDANCE, False, f"{pct_text(percentage)} < {minimum} %")


def assessments_condition(forms: list[FormResult]) -> Condition:
    """Every required form of the module passed (latest final version)."""
    if not forms:
        return Condition(ASSESSMENTS, True, "geen verplichte beoordelingen")
    failed = [form.code for form in forms if form.passed is False]
    missing = [form.code for form in forms if form.passed is None]
    passed = len(forms) - len(failed) - len(missing)
    if not failed and not missing:
        return Condition(ASSESSMENTS, True, f"alle {len(forms)} verplichte beoordelingen "
                                            "voldoende")
    parts = [f"{passed} van {len(forms)} voldoende"]
    if failed:
        parts.append("onvoldoende: " + ", ".join(failed))
    if missing:
        parts.append("nog niet beoordeeld: " + ", ".join(missing))
    return Condition(ASSESSMENTS, False, "; ".join(parts))


def signoffs_condition(tasks: list[TaskResult], has_trainer: bool = True) -> Condition:
    """Every required sign-off task of the module signed and not withdrawn."""
    if not tasks:
        return Condition(SIGNOFFS, True, "geen verplichte aftekentaken")
    missing = [task.code for task in tasks if not task.signed]
    if not missing:
        return Condition(SIGNOFFS, True, f"alle {len(tasks)} verplichte taken afgetekend")
    text = f"{len(tasks) - len(missing)} van {len(tasks)} afgetekend; open: " + ", ".join(missing)
    if not has_trainer:
        text += " (geen praktijkopleider bij de inschrijving)"
    return Condition(SIGNOFFS, False, text)


def eligibility(kind: CertificateKind, *, attendance: float | None, minimum: int | None,
                forms: list[FormResult], tasks: list[TaskResult],
                has_trainer: bool = True, override: str | None = None) -> Eligibility:
    """The conditions for `kind`: a bewijs van deelname needs only attendance; a
    certificaat also every required form passed and every required task signed."""
    conditions = [attendance_condition(attendance, minimum)]
    if kind is CertificateKind.CERTIFICAAT:
        conditions += [assessments_condition(forms), signoffs_condition(tasks, has_trainer)]
    return Eligibility(tuple(conditions), override)
