"""A locatie's data and its rules: code, name, city and the site settings that exist (the
verzuim thresholds, the default scanner prefix of the site's PCs and the idle lock).

The settings live in `Site.settings` (JSON) under the keys below; keys this module does not
know (for example "certificaat") are kept as they are when a site is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.records import CITY_LENGTH, check_code, check_length, check_name, collect
from bvmdesk.domain.verzuim import VerzuimRules

NOUN = "de locatie"
CODE_LENGTH = 10  # Site.code; it is part of participant, certificate and card numbers
_SITE_CODE = re.compile(r"^[A-Z0-9]+$")

# Site.settings keys (services.verzuim_scan.verzuim_rules reads the first three).
MINUTES_KEY = "verzuim_minutes"
WEEKS_KEY = "verzuim_weeks"
AGE_KEY = "verzuim_age"
PREFIX_KEY = "scanner_prefix"
IDLE_LOCK_KEY = "idle_lock_minutes"  # the main window locks after this many idle minutes
DEFAULTS = VerzuimRules()
# What a threshold may be (None: the default above).
MINUTES_RANGE = (30, 9600)
WEEKS_RANGE = (1, 52)
AGE_RANGE = (12, 30)
IDLE_LOCK_RANGE = (1, 240)
DEFAULT_IDLE_LOCK_MINUTES = 10


@dataclass(frozen=True)
class SiteData:
    """A site as the form shows it; a threshold of None means the default."""

    code: str
    name: str
    city: str | None = None
    verzuim_minutes: int | None = None
    verzuim_weeks: int | None = None
    verzuim_age: int | None = None
    scanner_prefix: str | None = None
    idle_lock_minutes: int | None = None


def check_site_code(code: str) -> FieldError | None:
    """Letters and digits only (no - or _: the code is the first part of numbers such as
    ZWL-00042 and ZWL-AK-2026-00012), at most 10; stored in capitals."""
    error = check_code(code, NOUN, CODE_LENGTH)
    if error is not None:
        return error
    if not _SITE_CODE.match(code.strip().upper()):
        return FieldError("code", "Een locatiecode bestaat alleen uit letters en cijfers, "
                                  "zoals ZWL.")
    return None


def _check_range(field: str, value: int | None, bounds: tuple[int, int],
                 what: str) -> FieldError | None:
    if value is None:
        return None
    low, high = bounds
    if not low <= value <= high:
        return FieldError(field, f"{what} ligt tussen {low} en {high} (of laat het op "
                                 "'standaard').")
    return None


def check_scanner_prefix(value: str | None) -> FieldError | None:
    """One punctuation character, or nothing. A letter or digit would be taken for the first
    character of a badge code or for a status key (A, L, V, Z, G, O)."""
    if not value:
        return None
    if len(value) != 1 or value.isalnum() or value.isspace() or not value.isprintable():
        return FieldError("scanner_prefix", "Het voorvoegsel is één leesteken, zoals # of $ "
                                            "(geen letter, cijfer of spatie), of leeg.")
    return None


def validate_site(data: SiteData) -> list[FieldError]:
    return collect(
        check_site_code(data.code), check_name(data.name, NOUN),
        check_length("city", data.city, CITY_LENGTH, "Een plaatsnaam"),
        _check_range("verzuim_minutes", data.verzuim_minutes, MINUTES_RANGE,
                     "Het aantal minuten"),
        _check_range("verzuim_weeks", data.verzuim_weeks, WEEKS_RANGE, "Het aantal weken"),
        _check_range("verzuim_age", data.verzuim_age, AGE_RANGE, "De leeftijd"),
        check_scanner_prefix(data.scanner_prefix),
        _check_range("idle_lock_minutes", data.idle_lock_minutes, IDLE_LOCK_RANGE,
                     "Het aantal minuten"))


def _setting_int(settings: dict[str, Any], key: str) -> int | None:
    value = settings.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None


def _setting_prefix(settings: dict[str, Any]) -> str | None:
    value = settings.get(PREFIX_KEY)
    return value if isinstance(value, str) and check_scanner_prefix(value) is None and value \
        else None


def site_data(code: str, name: str, city: str | None,
              settings: dict[str, Any] | None) -> SiteData:
    """The form's data of a stored site (a setting that is missing or unusable: None)."""
    values = settings or {}
    return SiteData(code, name, city, _setting_int(values, MINUTES_KEY),
                    _setting_int(values, WEEKS_KEY), _setting_int(values, AGE_KEY),
                    _setting_prefix(values), idle_lock_of(values))


def scanner_prefix_of(settings: dict[str, Any] | None) -> str | None:
    """The site's default scanner prefix, or None."""
    return _setting_prefix(settings or {})


def idle_lock_of(settings: dict[str, Any] | None) -> int | None:
    """The site's own idle lock in minutes, or None (then DEFAULT_IDLE_LOCK_MINUTES)."""
    value = _setting_int(settings or {}, IDLE_LOCK_KEY)
    low, high = IDLE_LOCK_RANGE
    return value if value is not None and low <= value <= high else None


def idle_lock_minutes_of(settings: dict[str, Any] | None) -> int:
    """After how many minutes without input the main window locks."""
    return idle_lock_of(settings) or DEFAULT_IDLE_LOCK_MINUTES


def merged_settings(settings: dict[str, Any] | None, data: SiteData) -> dict[str, Any]:
    """`settings` with the keys of this form set from `data` (None: the key removed) and
    every other key kept as it was."""
    merged = dict(settings or {})
    for key, value in ((MINUTES_KEY, data.verzuim_minutes), (WEEKS_KEY, data.verzuim_weeks),
                       (AGE_KEY, data.verzuim_age), (PREFIX_KEY, data.scanner_prefix),
                       (IDLE_LOCK_KEY, data.idle_lock_minutes)):
        if value is None or value == "":
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged
