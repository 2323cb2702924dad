"""Reading one cell: text, dates, times, whole numbers, ja/nee, enumerations; CSV escaping.

Cells come from xlsx (real dates, times, numbers, booleans or text) or CSV (always text).
Every parser raises `CellValueError` with a Dutch message for the user.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from bvmdesk.domain.dates import parse_date_text
from bvmdesk.services.exchange.format import MSG_DATE, MSG_TIME

FORMULA_STARTS = ("=", "+", "-", "@")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$")
_INT = re.compile(r"^[+-]?\d+(?:[.,]0+)?$")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# What XML 1.0 (and so xlsx) cannot hold; tab, line feed and carriage return are fine.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TRUE = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x"})
_FALSE = frozenset({"nee", "n", "no", "false", "onwaar", "0"})


class CellValueError(ValueError):
    """A cell that cannot be read as its column needs; `str()` is the Dutch message."""


def unescape_csv(text: str) -> str:
    """Remove the `'` an export put before `=`, `+`, `-` or `@` (`'t Hart` stays intact)."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_STARTS:
        return text[1:]
    return text


def escape_csv(text: str) -> str:
    """Put a `'` before a value that a spreadsheet would otherwise execute as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_text(value: Any) -> str | None:
    """The text of a cell, without surrounding spaces; None for an empty cell.

    Raises:
        CellValueError: the text holds a control character that no workbook can store.
    """
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
    elif isinstance(value, bool):
        text = "ja" if value else "nee"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = str(value).strip()
    if not text:
        return None
    if _ILLEGAL.search(text):
        raise CellValueError("bevat een onzichtbaar stuurteken dat niet opgeslagen kan worden")
    return text


def parse_date(value: Any) -> date:
    """A date from a real Excel date, `YYYY-MM-DD`, `DD-MM-YYYY` or `1-9-2026`."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # A date cell without a date format: Excel's serial day number.
        if 1 <= value < 2_958_466:
            from openpyxl.utils.datetime import from_excel  # Excel's own 1900 calendar

            moment = from_excel(int(value))
            if isinstance(moment, datetime):
                return moment.date()
        raise CellValueError(MSG_DATE)
    if not isinstance(value, str):
        raise CellValueError(MSG_DATE)
    try:
        return parse_date_text(value)
    except ValueError:  # not a date, or no such day
        pass
    raise CellValueError(MSG_DATE)


def _from_seconds(seconds: float) -> time:
    minutes = round(seconds / 60)
    if not 0 <= minutes < 24 * 60:
        raise CellValueError(MSG_TIME)
    return time(minutes // 60, minutes % 60)


def parse_time(value: Any) -> time:
    """A clock time (whole minutes) from a real Excel time, `HH:MM`, `8:30` or `8.30`."""
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, time):
        return _from_seconds(value.hour * 3600 + value.minute * 60 + value.second
                             + value.microsecond / 1e6)
    if isinstance(value, timedelta):
        return _from_seconds(value.total_seconds())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 <= value < 1:  # Excel stores a time as a fraction of a day
            return _from_seconds(value * 86_400)
        raise CellValueError(MSG_TIME)
    if not isinstance(value, str):
        raise CellValueError(MSG_TIME)
    match = _TIME.match(value.strip())
    if not match:
        raise CellValueError(MSG_TIME)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second != 0:
        raise CellValueError(MSG_TIME)
    return time(hour, minute)


def parse_int(value: Any) -> int:
    """A whole number from a number cell or text like `80` (`80,0` too)."""
    if isinstance(value, bool):
        raise CellValueError("geen geheel getal")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise CellValueError("geen geheel getal")
    if isinstance(value, str) and _INT.match(value.strip()):
        return int(re.split(r"[.,]", value.strip())[0])
    raise CellValueError("geen geheel getal")


def parse_number(value: Any) -> float:
    """A decimal number from a number cell or text like `75`, `5,5` or `5.5`."""
    if isinstance(value, bool):
        raise CellValueError("geen getal")
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellValueError("geen getal")
        return float(value)
    text = str(value).strip()
    if _NUMBER.match(text):
        return float(text.replace(",", "."))
    raise CellValueError("geen getal (bijvoorbeeld 75 of 5,5)")


def parse_bool(value: Any) -> bool:
    """ja/nee (also j/n, waar/onwaar, true/false, 1/0, an Excel boolean); empty is nee."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if not text or text in _FALSE:
        return False
    raise CellValueError("vul ja of nee in")


def enumeration_lookup(options: tuple[str, ...]) -> dict[str, str]:
    """Spellings that name each option: any case, and a space for `_` (`te laat`)."""
    lookup: dict[str, str] = {}
    for option in options:
        lookup[option.lower()] = option
        lookup[option.lower().replace("_", " ")] = option
    return lookup


def parse_enumeration(value: Any, lookup: dict[str, str], label: str,
                      options: tuple[str, ...]) -> str:
    """The canonical option that `value` names (matching ignores case)."""
    text = str(value).strip().lower()
    found = lookup.get(" ".join(text.split()))
    if found is None:
        raise CellValueError(f"onbekende {label} '{str(value).strip()}' "
                             f"(kies uit: {', '.join(options)})")
    return found


def is_email(text: str) -> bool:
    """A syntax check only: we are offline and cannot ask the mail server."""
    return bool(_EMAIL.match(text))
