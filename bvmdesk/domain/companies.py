"""A leerbedrijf's data and its rules (code, name, SBB leerbedrijf-ID, city)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.records import CITY_LENGTH, check_code, check_length, check_name, collect

NOUN = "het leerbedrijf"
_SBB_ID = re.compile(r"^[0-9]{8}$")


@dataclass(frozen=True)
class CompanyData:
    code: str
    name: str
    sbb_id: str | None = None
    city: str | None = None


def check_sbb_id(value: str | None) -> FieldError | None:
    """SBB's leerbedrijf-ID: exactly eight digits (as on the leerbedrijf's SBB record)."""
    if not value or not value.strip():
        return None
    if not _SBB_ID.match(value.strip()):
        return FieldError("sbb_id", "Het leerbedrijf-ID van SBB bestaat uit precies 8 cijfers.")
    return None


def validate_company(data: CompanyData) -> list[FieldError]:
    return collect(check_code(data.code, NOUN), check_name(data.name, NOUN),
                   check_sbb_id(data.sbb_id),
                   check_length("city", data.city, CITY_LENGTH, "Een plaatsnaam"))
