"""A group's data and its rules (code, name, module, site, instructors, dates)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.records import check_code, check_name, check_period, collect

NOUN = "de groep"


@dataclass(frozen=True)
class GroupData:
    code: str
    name: str
    module_code: str  # Module.code ("" when not chosen yet)
    site_code: str  # Site.code
    # The first is the main instructor (Group.instructor_id), the rest GroupInstructor rows.
    instructor_ids: tuple[uuid.UUID, ...] = ()
    start_date: date | None = None
    end_date: date | None = None


def check_choice(field: str, value: str, message: str) -> FieldError | None:
    """A required choice from a list (module, site)."""
    if not value or not value.strip():
        return FieldError(field, message)
    return None


def validate_group(data: GroupData) -> list[FieldError]:
    """Fields: code, name, module_code, site_code, start_date, end_date."""
    return collect(
        check_code(data.code, NOUN),
        check_name(data.name, NOUN),
        check_choice("module_code", data.module_code, "Kies de module van de groep."),
        check_choice("site_code", data.site_code, "Kies de locatie van de groep."),
        check_period(data.start_date, data.end_date),
    )
