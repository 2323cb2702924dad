"""Dates as people type them: `2026-09-01`, `01-09-2026` or `1-9-2026` (the exchange
format's rule, DESIGN.md; the command line accepts the same)."""

from __future__ import annotations

import re
from datetime import date

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_DUTCH_DATE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$")
DATE_FORMS = "JJJJ-MM-DD of DD-MM-JJJJ"
"""The accepted forms, in the words of a help text."""


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
    match = _ISO_DATE.match(value)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        match = _DUTCH_DATE.match(value)
        if not match:
            raise NotADateError(value)
        year, month, day = int(match[4]), int(match[3]), int(match[1])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDateError(value) from exc
