"""Rules of workplace sign-offs and weekly bpv hours (DOMAIN.md, "Workplace sign-off").

Pure functions: the PIN's form and lockout, ISO weeks as the exchange writes them
(`2026-W37`), bpv hours in half hours, the code of a printed aftekenkaart and the yearly
norm of bpv hours. The services keep the state; this says what is allowed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from bvmdesk.domain.enums import ParticipantType, SignOffMethod

# --- the trainer's PIN ------------------------------------------------------------------
PIN_MIN_DIGITS = 5
PIN_MAX_DIGITS = 8
PIN_MAX_TRIES = 5         # wrong PINs in a row before the trainer is locked
PIN_LOCK_MINUTES = 15
_PIN = re.compile(r"[0-9]{5,8}")


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be a PIN (Dutch), or None when it can: 5 to 8 digits."""
    if not _PIN.fullmatch(pin):
        return (f"Een pincode bestaat uit {PIN_MIN_DIGITS} tot {PIN_MAX_DIGITS} cijfers "
                "(alleen 0-9).")
    return None


# --- methods, as the interfaces (JSON, exchange sheets) write them ----------------------
class MethodWord(StrEnum):
    SCHERM = "scherm"
    PAPIER = "papier"


METHOD_WORDS: dict[str, str] = {SignOffMethod.SCREEN.value: MethodWord.SCHERM.value,
                                SignOffMethod.PAPER.value: MethodWord.PAPIER.value}
METHODS_OF_WORDS: dict[str, str] = {word: method for method, word in METHOD_WORDS.items()}


# --- ISO weeks --------------------------------------------------------------------------
_WEEK = re.compile(r"\s*(\d{4})-?[Ww](\d{1,2})\s*")


class WeekError(ValueError):
    """Not an ISO week; `str()` is a Dutch message."""


def iso_week_of(day: date) -> tuple[int, int]:
    """(ISO year, ISO week) of a date: 2026-12-31 is in week 2026-W53."""
    year, week, _ = day.isocalendar()
    return year, week


def parse_iso_week(text: str) -> tuple[int, int]:
    """`2026-W37` (also `2026W37`, `2026-w7`) as (2026, 37).

    Raises:
        WeekError: not of that form, or a week that year does not have (W53 of 2025).
    """
    match = _WEEK.fullmatch(text)
    if match is None:
        raise WeekError(f"'{text}' is geen week; schrijf een week als 2026-W37.")
    year, week = int(match[1]), int(match[2])
    if not weeks_in_year(year) >= week >= 1:
        raise WeekError(f"{year} heeft geen week {week} (wel 1 tot en met "
                        f"{weeks_in_year(year)}).")
    return year, week


def format_iso_week(year: int, week: int) -> str:
    """(2026, 7) as `2026-W07`."""
    return f"{year}-W{week:02d}"


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return date(year, 12, 28).isocalendar()[1]


def week_monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def week_sunday(year: int, week: int) -> date:
    return week_monday(year, week) + timedelta(days=6)


# --- hours ------------------------------------------------------------------------------
MAX_WEEK_MINUTES = 7 * 24 * 60
_HOURS = re.compile(r"\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*(?:u|uur)?\s*")
_CLOCK = re.compile(r"\s*(\d{1,3}):(\d{2})\s*")


class HoursError(ValueError):
    """Not a number of bpv hours; `str()` is a Dutch message."""


def parse_hours(text: str) -> int:
    """Hours as typed (`7,5`, `7.5`, `7:30`, `8`, `8 uur`) in minutes, whole half hours.

    Raises:
        HoursError: not a number, not whole half hours, or more hours than a week has.
    """
    minutes: int | None = None
    match = _HOURS.fullmatch(text)
    if match is not None:
        whole, fraction = int(match[1]), match[2] or ""
        if fraction.rstrip("0") in ("", "5"):
            minutes = whole * 60 + (30 if fraction.rstrip("0") == "5" else 0)
        else:
            raise HoursError(f"'{text}': bpv-uren gaan per half uur (zoals 7,5 of 8).")
    else:
        clock = _CLOCK.fullmatch(text)
        if clock is None:
            raise HoursError(f"'{text}' is geen aantal uren; typ bijvoorbeeld 7,5 of 8.")
        if clock[2] not in ("00", "30"):
            raise HoursError(f"'{text}': bpv-uren gaan per half uur (zoals 7:30 of 8:00).")
        minutes = int(clock[1]) * 60 + int(clock[2])
    return checked_minutes(minutes, text)


def checked_minutes(minutes: int, shown: str | None = None) -> int:
    """`minutes` when it is whole half hours within one week.

    Raises:
        HoursError: otherwise.
    """
    shown = shown if shown is not None else format_hours(minutes)
    if minutes < 0:
        raise HoursError(f"'{shown}': een aantal uren is niet negatief.")
    if minutes % 30:
        raise HoursError(f"'{shown}': bpv-uren gaan per half uur (zoals 7,5 of 8).")
    if minutes > MAX_WEEK_MINUTES:
        raise HoursError(f"'{shown}' is meer dan een week heeft (168 uur).")
    return minutes


def minutes_of_number(value: float) -> int:
    """Hours as a number (a spreadsheet cell, 7.5) in minutes.

    Raises:
        HoursError: not whole half hours, negative or more than a week.
    """
    minutes = value * 60
    if minutes != int(minutes):
        raise HoursError(f"'{format_number(value)}': bpv-uren gaan per half uur "
                         "(zoals 7,5 of 8).")
    return checked_minutes(int(minutes))


def format_number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def format_hours(minutes: int) -> str:
    """Minutes as Dutch hours: 450 -> `7,5`, 480 -> `8`, 0 -> `0`."""
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return str(whole)
    return f"{minutes / 60:.2f}".rstrip("0").replace(".", ",")


def hours_number(minutes: int) -> int | float:
    """Minutes as a JSON number of hours: 450 -> 7.5, 480 -> 8."""
    return minutes // 60 if minutes % 60 == 0 else minutes / 60


# --- the yearly norm ----------------------------------------------------------------------
DEFAULT_BBL_NORM_HOURS = 610


def bpv_norm_hours(programme_norm: int | None, participant_type: str | None) -> int | None:
    """Bpv hours a year: the programme's norm when it has one, else 610 for BBL, else
    none (a BOL programme sets its own)."""
    if programme_norm is not None:
        return programme_norm
    if participant_type == ParticipantType.BBL.value:
        return DEFAULT_BBL_NORM_HOURS
    return None


# --- sign-off dates ---------------------------------------------------------------------
def signoff_date_problem(day: date, today: date) -> str | None:
    """Why `day` cannot be a sign-off's or approval's date, or None: never in the future."""
    if day > today:
        return (f"De datum {day:%d-%m-%Y} ligt in de toekomst; aftekenen kan op vandaag of "
                "eerder.")
    return None


# --- printed cards ----------------------------------------------------------------------
_CARD = re.compile(r"[A-Z0-9]{1,10}-AK-\d{4}-\d{5,}")


def card_code(site_code: str, year: int, number: int) -> str:
    """What the QR of an aftekenkaart holds and the USB scanner types: `ZWL-AK-2026-00012`,
    the site's own sequence of the year (like assessment codes, `ZWL-BO-...`)."""
    return f"{site_code}-AK-{year}-{number:05d}"


def as_card_code(text: str) -> str | None:
    """The card code `text` is (spaces trimmed, any case), or None when it is not one."""
    code = text.strip().upper()
    return code if _CARD.fullmatch(code) else None
