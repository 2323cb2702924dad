"""Dutch and English day and month names and decimal numbers, for reports and certificates.

A small table instead of Babel (35 MB in the frozen build for these few words). The strings
are those of CLDR for nl and en_GB, which Babel gave before: `di 1 sep 2026`,
`september 2026`, `12 mei 2026`, `12 May 2026`, `1.234,50`.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

_WEEKDAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
"""Abbreviated weekdays, Monday first (date.weekday())."""

_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
_MONTHS_NL_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                    "nov", "dec")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def short_date_nl(day: date) -> str:
    """`di 1 sep 2026`: abbreviated weekday and month, no dots, no leading zero."""
    return (f"{_WEEKDAYS_NL[day.weekday()]} {day.day} "
            f"{_MONTHS_NL_SHORT[day.month - 1]} {day.year}")


def month_year_nl(year: int, month: int) -> str:
    """`september 2026` (Dutch month names are written in lower case)."""
    return f"{_MONTHS_NL[month - 1]} {year}"


def long_date(day: date, language: str) -> str:
    """`12 mei 2026` (nl, the default) or `12 May 2026` (en): no weekday."""
    months = _MONTHS_EN if language == "en" else _MONTHS_NL
    return f"{day.day} {months[day.month - 1]} {day.year}"


def decimal_number(value: float, places: int, *, language: str = "nl",
                   grouping: bool = False) -> str:
    """`value` rounded half-to-even to `places` decimals, as Dutch (`1.234,5`, the default)
    or English (`1,234.5`) writes it; thousands grouped only when `grouping`.

    The float is read through its shortest text (`str`), so 93.45 rounds as the 93.45 the
    reader sees (to `93,4`, half to even), not as its binary value. A negative value that
    rounds to zero keeps its sign (`-0,0`), as Babel wrote it. Not-a-number and infinity
    give `NaN` and `∞` with their sign.

    Raises:
        ValueError: when `places` is negative.
    """
    if places < 0:
        raise ValueError(f"places moet 0 of meer zijn, niet {places}")
    number = Decimal(str(value))
    sign = "-" if number.is_signed() else ""
    if number.is_nan():
        return "NaN"
    if number.is_infinite():
        return f"{sign}∞"
    rounded = abs(number).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    whole, _, fraction = f"{rounded:f}".partition(".")
    point, group = (".", ",") if language == "en" else (",", ".")
    if grouping:
        whole = f"{int(whole):,}".replace(",", group)
    return f"{sign}{whole}{point}{fraction}" if places else f"{sign}{whole}"
