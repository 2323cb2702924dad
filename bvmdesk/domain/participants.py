"""Rules for a participant's personal data: what is required and what is plausible."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bvmdesk.domain.enums import ParticipantType

MIN_AGE_YEARS = 10
MAX_AGE_YEARS = 100
MAX_NAME_LENGTH = 200

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BADGE = re.compile(r"^[0-9A-Za-z\-_.]{3,64}$")
_PHONE = re.compile(r"^[0-9+()\-\s.]{6,30}$")


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, in Dutch, for the user."""

    field: str
    message: str


@dataclass(frozen=True)
class ParticipantData:
    """The editable personal data of a participant. No BSN, no health data."""

    number: str
    first_names: str
    prefix: str | None
    last_name: str
    birth_date: date | None
    type: str
    school: str | None = None
    student_number: str | None = None
    funder: str | None = None
    company_code: str | None = None
    badge: str | None = None
    email: str | None = None
    phone: str | None = None
    note: str | None = None


def age_on(birth_date: date, day: date) -> int:
    """Completed years of age on `day`."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def validate_participant(data: ParticipantData, today: date) -> list[FieldError]:
    """Every problem with `data`; an empty list means it may be stored."""
    errors: list[FieldError] = []
    if not data.number.strip():
        errors.append(FieldError("number", "Vul het deelnemernummer in."))
    if not data.first_names.strip():
        errors.append(FieldError("first_names", "Vul de voornamen in."))
    if not data.last_name.strip():
        errors.append(FieldError("last_name", "Vul de achternaam in."))
    for field, value in (("first_names", data.first_names), ("last_name", data.last_name)):
        if len(value) > MAX_NAME_LENGTH:
            errors.append(FieldError(field, f"Maximaal {MAX_NAME_LENGTH} tekens."))
    if data.birth_date is None:
        errors.append(FieldError("birth_date", "Vul de geboortedatum in."))
    elif data.birth_date > today:
        errors.append(FieldError("birth_date", "De geboortedatum ligt in de toekomst."))
    else:
        age = age_on(data.birth_date, today)
        if age < MIN_AGE_YEARS:
            errors.append(
                FieldError("birth_date", f"Jonger dan {MIN_AGE_YEARS} jaar: controleer de datum.")
            )
        elif age > MAX_AGE_YEARS:
            errors.append(
                FieldError("birth_date", f"Ouder dan {MAX_AGE_YEARS} jaar: controleer de datum.")
            )
    if data.type not in {t.value for t in ParticipantType}:
        errors.append(FieldError("type", "Kies een doelgroep."))
    if data.email and not _EMAIL.match(data.email.strip()):
        errors.append(FieldError("email", "Dit is geen geldig e-mailadres."))
    if data.badge and not _BADGE.match(data.badge.strip()):
        errors.append(
            FieldError("badge", "Een badgecode heeft 3 tot 64 letters, cijfers, - _ of punten.")
        )
    if data.phone and not _PHONE.match(data.phone.strip()):
        errors.append(FieldError("phone", "Dit is geen geldig telefoonnummer."))
    return errors


def format_number(site_code: str, sequence: int) -> str:
    """A generated participant number: `ZWL-00042`."""
    return f"{site_code}-{sequence:05d}"
