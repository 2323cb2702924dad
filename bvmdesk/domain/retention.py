"""Retention terms (DOMAIN.md, "Privacy (AVG)"): how long each kind of record is kept.

The defaults are the law's and the funders' terms: a personal file 2 years after the last
enrolment ended, attendance and funder evidence 5 years, assessment evidence 1.5 years
after completion. Each site may set its own (`Site.settings["retention"]`); a record
follows the site of its group, a person's file the longest term of the sites they were
enrolled at. A record is due when its date lies more than the term before today.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from bvmdesk.domain.participants import FieldError

SETTINGS_KEY = "retention"
MAX_YEARS = 30
MAX_MONTHS = MAX_YEARS * 12


class Category(StrEnum):
    PERSONAL = "personal"
    ATTENDANCE = "attendance"
    ASSESSMENT = "assessment"


CATEGORY_LABELS = {
    Category.PERSONAL: "Persoonsdossier",
    Category.ATTENDANCE: "Presentie en financiersbewijs",
    Category.ASSESSMENT: "Beoordelingsbewijs",
}


@dataclass(frozen=True)
class RetentionTerms:
    """The terms of one site."""

    personal_years: int = 2
    attendance_years: int = 5
    assessment_months: int = 18

    def months(self, category: Category) -> int:
        if category is Category.PERSONAL:
            return self.personal_years * 12
        if category is Category.ATTENDANCE:
            return self.attendance_years * 12
        return self.assessment_months

    def as_settings(self) -> dict[str, int]:
        return {"personal_years": self.personal_years,
                "attendance_years": self.attendance_years,
                "assessment_months": self.assessment_months}


DEFAULT_TERMS = RetentionTerms()


def terms_of(settings: Mapping[str, Any] | None) -> RetentionTerms:
    """A site's terms from its settings; a missing or unreadable value is the default."""
    stored = (settings or {}).get(SETTINGS_KEY)
    if not isinstance(stored, Mapping):
        return DEFAULT_TERMS
    found: dict[str, int] = {}
    for key, default, highest in (("personal_years", DEFAULT_TERMS.personal_years, MAX_YEARS),
                                  ("attendance_years", DEFAULT_TERMS.attendance_years,
                                   MAX_YEARS),
                                  ("assessment_months", DEFAULT_TERMS.assessment_months,
                                   MAX_MONTHS)):
        value = stored.get(key)
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= highest
        found[key] = value if ok and isinstance(value, int) else default
    return RetentionTerms(**found)


def validate_terms(terms: RetentionTerms) -> list[FieldError]:
    errors = []
    for field, value, highest, unit in (
            ("personal_years", terms.personal_years, MAX_YEARS, "jaar"),
            ("attendance_years", terms.attendance_years, MAX_YEARS, "jaar"),
            ("assessment_months", terms.assessment_months, MAX_MONTHS, "maanden")):
        if not 1 <= value <= highest:
            errors.append(FieldError(field, f"Een bewaartermijn is 1 tot en met {highest} "
                                            f"{unit}."))
    return errors


def months_text(months: int) -> str:
    """"2 jaar", "18 maanden", "1 maand"."""
    if months % 12 == 0:
        return f"{months // 12} jaar"
    return f"{months} {'maand' if months == 1 else 'maanden'}"


def terms_text(months: Iterable[int]) -> str:
    """One term, or the range of terms when sites differ ("2 tot 3 jaar")."""
    found = sorted(set(months))
    if not found:
        return months_text(DEFAULT_TERMS.personal_years * 12)
    if len(found) == 1:
        return months_text(found[0])
    low, high = found[0], found[-1]
    if low % 12 == 0 and high % 12 == 0:
        return f"{low // 12} tot {high // 12} jaar"
    return f"{months_text(low)} tot {months_text(high)}"


def months_before(day: date, months: int) -> date:
    """`day` minus `months` calendar months (31 March minus one month: 28/29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cutoff(today: date, months: int) -> date:
    """Records dated before this day are more than `months` old today: they are due."""
    return months_before(today, months)
