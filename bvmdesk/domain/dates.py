"""Dates as people type them: `3-12-2026`, `03-12-2026`, `2026-12-03`, `di 3 dec 2026`.

One rule for every date field of the GUI and for the import's text cells: a date that does
not exist (`31-02-2026`) is an error that says so, never silently moved to another day.
"""

from __future__ import annotations

import re
from datetime import date

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
DUTCH_DATE = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_WORDS_DATE = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})")
_WEEKDAY = re.compile(r"^[^\W\d_]+\.?,?\s+(?=\d)")  # `di `, `dinsdag `: not checked
MONTHS = {name: number for number, names in enumerate((
    ("jan", "januari"), ("feb", "februari"), ("mrt", "maart", "mar", "maa"), ("apr", "april"),
    ("mei", "may"), ("jun", "juni"), ("jul", "juli"), ("aug", "augustus"),
    ("sep", "sept", "september"), ("okt", "oktober", "oct"), ("nov", "november"),
    ("dec", "december")), start=1) for name in names}
EXAMPLE = "3-12-2026"


def numeric_date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of `YYYY-MM-DD` or `D-M-YYYY` (`-`, `/` or `.`), not yet checked;
    None when `text` is neither (the import's text cells take only these)."""
    match = ISO_DATE.fullmatch(text)
    if match:
        return int(match[1]), int(match[2]), int(match[3])
    match = DUTCH_DATE.fullmatch(text)
    if match:
        return int(match[4]), int(match[3]), int(match[1])
    return None


def _numbers(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) as written, not yet checked; None when `text` is no date form."""
    numbers = numeric_date_parts(text)
    if numbers is not None:
        return numbers
    match = _WORDS_DATE.fullmatch(_WEEKDAY.sub("", text).lower())
    if match and match[2] in MONTHS:
        return int(match[3]), MONTHS[match[2]], int(match[1])
    return None


def parse_user_date(text: str) -> date:
    """The date in `text`: `D-M-YYYY` or `DD-MM-YYYY` (also with `/` or `.`), `YYYY-MM-DD`,
    or as the app writes it, `di 3 dec 2026` (the weekday is optional and not checked).

    Raises:
        ValueError: with a Dutch message for the user: empty, not a date, or a date that
            does not exist (`31-02-2026 bestaat niet`).
    """
    text = text.strip()
    if not text:
        raise ValueError("Vul een datum in, bijvoorbeeld " + EXAMPLE + ".")
    numbers = _numbers(text)
    if numbers is None:
        raise ValueError(f"{text} is geen datum; schrijf bijvoorbeeld {EXAMPLE} of 2026-12-03.")
    year, month, day = numbers
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text} bestaat niet.") from None


# --- the command line and the import's text cells: numbers only -------------------------
DATE_FORMS = "JJJJ-MM-DD of DD-MM-JJJJ"
FIRST_PLAUSIBLE = date(1900, 1, 1)
LAST_PLAUSIBLE = date(2199, 12, 31)
"""The days a date option or setting may name: a typo such as 0026 or 20266 is refused
here, before a report or the demo counts days from year 1 or towards year 9999."""
"""The accepted forms, in the words of a help text."""
_ISO_MIDNIGHT = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})[ T]00:00(?::00)?")


class NotADateError(ValueError):
    """The text is in none of the accepted forms."""


class ImpossibleDateError(ValueError):
    """The text has the form of a date, but that day does not exist (`31-02-2026`)."""


def parse_date_text(text: str) -> date:
    """`YYYY-MM-DD` (Excel may add ` 00:00:00`), `DD-MM-YYYY` or `D-M-YYYY` (also with `/`
    or `.`).

    Raises:
        NotADateError: none of these forms.
        ImpossibleDateError: one of these forms, but no such day.
    """
    value = text.strip()
    midnight = _ISO_MIDNIGHT.fullmatch(value)
    parts = numeric_date_parts(midnight[1] if midnight else value)
    if parts is None:
        raise NotADateError(value)
    try:
        return date(*parts)
    except ValueError as exc:
        raise ImpossibleDateError(value) from exc
