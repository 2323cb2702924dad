"""A module's data and its rules (Beheer > Modules), and those of its work processes.

The ranges are those of the exchange workbook's Modules sheet (services.exchange.format):
niveau 1-4, uren 0-100000, min_aanwezigheid 0-100, geldigheid_jaren 1-50; the certificate
kinds are the stored values of `CertificateKind` (certificaat, deelname).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from bvmdesk.domain.certificate_code import CertificateKind
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.records import check_code, check_name, collect

NOUN = "de module"
WORK_PROCESS_NOUN = "het werkproces"
WORK_PROCESS_CODE_LENGTH = 20
MAX_HOURS = 100_000
MAX_VALIDITY_YEARS = 50
_CREBO = re.compile(r"^[0-9]{5}$")
# A werkproces of an SBB qualification file: basisdeel B1-K1-W1, profieldeel P1-K1-W1.
WORK_PROCESS_CODE = re.compile(r"^[BP][0-9]+-K[0-9]+-W[0-9]+$")


@dataclass(frozen=True)
class ModuleData:
    code: str
    name: str
    programme_id: uuid.UUID | None = None
    crebo: str | None = None
    level: int | None = None
    planned_hours: int | None = 0
    min_attendance_pct: int | None = None
    certificate_kind: str = CertificateKind.CERTIFICAAT.value
    validity_years: int | None = None


@dataclass(frozen=True)
class WorkProcessData:
    code: str
    name: str


def check_crebo(value: str | None, field: str = "crebo") -> FieldError | None:
    """A crebo code: five digits (as in SBB's qualification files), or nothing."""
    if not value or not value.strip():
        return None
    if not _CREBO.match(value.strip()):
        return FieldError(field, "Een crebocode bestaat uit precies 5 cijfers, zoals 25286.")
    return None


def check_range(field: str, value: int | None, low: int, high: int, what: str, *,
                required: bool = False) -> FieldError | None:
    if value is None:
        return FieldError(field, f"Vul {what} in.") if required else None
    if not low <= value <= high:
        return FieldError(field, f"{what[0].upper()}{what[1:]} ligt tussen {low} en {high}.")
    return None


def check_certificate_kind(value: str) -> FieldError | None:
    if value not in {k.value for k in CertificateKind}:
        return FieldError("certificate_kind",
                          "Kies wat de module oplevert: een certificaat of een bewijs van "
                          "deelname.")
    return None


def validate_module(data: ModuleData) -> list[FieldError]:
    return collect(
        check_code(data.code, NOUN), check_name(data.name, NOUN), check_crebo(data.crebo),
        check_range("level", data.level, 1, 4, "het niveau"),
        check_range("planned_hours", data.planned_hours, 0, MAX_HOURS, "de geplande uren",
                    required=True),
        check_range("min_attendance_pct", data.min_attendance_pct, 0, 100,
                    "de minimale aanwezigheid (in %)"),
        check_certificate_kind(data.certificate_kind),
        check_range("validity_years", data.validity_years, 1, MAX_VALIDITY_YEARS,
                    "de geldigheid in jaren"),
    )


def check_work_process_code(code: str) -> FieldError | None:
    code = code.strip()
    if not code:
        return FieldError("code", "Vul de code van het werkproces in, zoals B1-K1-W1.")
    if len(code) > WORK_PROCESS_CODE_LENGTH or not WORK_PROCESS_CODE.match(code):
        return FieldError("code", "Een werkproces heeft een code als B1-K1-W1: B (of P voor "
                                  "een profieldeel), een nummer, -K en een nummer, -W en een "
                                  "nummer, zonder spaties.")
    return None


def validate_work_process(data: WorkProcessData) -> list[FieldError]:
    return collect(check_work_process_code(data.code), check_name(data.name, WORK_PROCESS_NOUN))
