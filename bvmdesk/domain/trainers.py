"""A praktijkopleider's data and its rules (code, name, leerbedrijf, e-mail, phone)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.records import check_code, check_email, check_name, check_phone, collect

NOUN = "de praktijkopleider"


@dataclass(frozen=True)
class TrainerData:
    code: str
    name: str
    company_id: uuid.UUID | None
    email: str | None = None
    phone: str | None = None


def validate_trainer(data: TrainerData) -> list[FieldError]:
    return collect(
        check_code(data.code, NOUN), check_name(data.name, NOUN),
        None if data.company_id is not None else FieldError(
            "company_id", "Kies het leerbedrijf van de praktijkopleider."),
        check_email(data.email), check_phone(data.phone))
