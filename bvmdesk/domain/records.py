"""Rules every master-data record shares (Beheer: locaties, leerbedrijven,
praktijkopleiders, modules, groepen): a code, a name, and optional contact fields.

Each check returns a `FieldError` for one field, or None; a section's own validator (for
example `domain.companies.validate_company`) strings them together. They are pure, so the
forms run them on every keystroke and the services run them again before storing.
"""

from __future__ import annotations

import re
from datetime import date

from bvmdesk.domain.participants import FieldError

CODE_LENGTH = 40
NAME_LENGTH = 200
CITY_LENGTH = 120
_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-_.]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-\s.]{6,30}$")


def clean(value: str | None) -> str | None:
    """Surrounding spaces removed; an empty text is None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def check_code(code: str, noun: str, max_length: int = CODE_LENGTH) -> FieldError | None:
    """A code: required, letters, digits and - _ . (no spaces: codes link sheets and are
    typed on the command line), at most `max_length` characters."""
    code = code.strip()
    if not code:
        return FieldError("code", f"Vul de code van {noun} in.")
    if len(code) > max_length:
        return FieldError("code", f"Een code is hoogstens {max_length} tekens lang.")
    if not _CODE.match(code):
        return FieldError("code", "Een code bestaat uit letters, cijfers en - _ . "
                                  "(geen spaties), en begint met een letter of cijfer.")
    return None


def check_name(name: str, noun: str, max_length: int = NAME_LENGTH) -> FieldError | None:
    name = name.strip()
    if not name:
        return FieldError("name", f"Vul de naam van {noun} in.")
    if len(name) > max_length:
        return FieldError("name", f"Een naam is hoogstens {max_length} tekens lang.")
    return None


def check_length(field: str, value: str | None, max_length: int,
                 what: str) -> FieldError | None:
    if value and len(value.strip()) > max_length:
        return FieldError(field, f"{what} is hoogstens {max_length} tekens lang.")
    return None


def check_email(value: str | None, field: str = "email") -> FieldError | None:
    value = clean(value)
    if value is None:
        return None
    if len(value) > 200 or not _EMAIL.match(value):
        return FieldError(field, "Dit is geen geldig e-mailadres (zoals naam@bedrijf.nl).")
    return None


def check_phone(value: str | None, field: str = "phone") -> FieldError | None:
    value = clean(value)
    if value is None:
        return None
    if not _PHONE.match(value):
        return FieldError(field, "Dit is geen geldig telefoonnummer (cijfers, spaties, + - ( ); "
                                 "6 tot 30 tekens).")
    return None


def check_period(start: date | None, end: date | None, *, start_field: str = "start_date",
                 end_field: str = "end_date") -> list[FieldError]:
    """A start date is required; an end date, when given, is not before it."""
    if start is None:
        return [FieldError(start_field, "Vul de startdatum in.")]
    if end is not None and end < start:
        return [FieldError(end_field, "De einddatum ligt vóór de startdatum.")]
    return []


def collect(*checks: FieldError | list[FieldError] | None) -> list[FieldError]:
    """The errors among `checks` (None, one error, or a list), one per field, in order."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    for check in checks:
        for error in (check if isinstance(check, list) else [check]):
            if error is not None and error.field not in seen:
                seen.add(error.field)
                errors.append(error)
    return errors
