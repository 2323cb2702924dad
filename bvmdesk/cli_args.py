"""Types of the command line's options: dates and numbers, each within a sane range.

A value outside its range is a usage error (exit 2) with a Dutch reason, before a database
is opened.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from bvmdesk.domain.dates import (
    DATE_FORMS,
    FIRST_PLAUSIBLE,
    LAST_PLAUSIBLE,
    ImpossibleDateError,
    parse_date_text,
)

MAX_DEMO_PARTICIPANTS = 100_000
"""The most participants `demo` makes: five times the benchmark's 20,000 (a few minutes)."""
MAX_SEED = 2**32 - 1


def _dutch(value: int) -> str:
    """`100.000`: thousands separated by a dot."""
    return f"{value:,}".replace(",", ".")


def date_arg(text: str) -> date:
    """A date option: `YYYY-MM-DD`, `DD-MM-YYYY` or `D-M-YYYY`, as the import reads dates,
    from 1900 to 2199. A wrong one is a usage error (exit 2)."""
    try:
        value = parse_date_text(text)
    except ImpossibleDateError as exc:
        raise argparse.ArgumentTypeError(f"datum {text} bestaat niet") from exc
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen datum: {text} (schrijf {DATE_FORMS})") from exc
    if not FIRST_PLAUSIBLE <= value <= LAST_PLAUSIBLE:
        raise argparse.ArgumentTypeError(
            f"datum {text} ligt buiten {FIRST_PLAUSIBLE.year} tot en met "
            f"{LAST_PLAUSIBLE.year}")
    return value


def int_arg(low: int, high: int) -> Callable[[str], int]:
    """A whole-number option from `low` to `high` (inclusive)."""

    def parse(text: str) -> int:
        value_text = text.strip()
        digits = value_text[1:] if value_text[:1] in "+-" else value_text
        if not (digits.isascii() and digits.isdigit()):
            raise argparse.ArgumentTypeError(f"geen geheel getal: {text}")
        # Too many digits is out of range too (and int() of thousands of digits is slow).
        value = int(value_text) if len(digits) <= 20 else high + 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text} ligt buiten {_dutch(low)} tot en met {_dutch(high)}")
        return value

    parse.__name__ = "getal"  # argparse names the type in some messages
    return parse


demo_participants = int_arg(1, MAX_DEMO_PARTICIPANTS)
seed_arg = int_arg(0, MAX_SEED)
