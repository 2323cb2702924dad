"""Local time: lessons, "today" and scans are Europe/Amsterdam time (DESIGN.md)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")


def local_now() -> datetime:
    """Now, as a naive Europe/Amsterdam wall-clock time."""
    return datetime.now(LOCAL_ZONE).replace(tzinfo=None)


def local_today() -> date:
    return local_now().date()


def school_year_start(day: date) -> date:
    """1 August of the school year that contains `day` (a school year runs Aug-Jul)."""
    year = day.year if day.month >= 8 else day.year - 1
    return date(year, 8, 1)
