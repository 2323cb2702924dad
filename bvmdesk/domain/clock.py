"""One clock for the whole program (DESIGN.md "Time").

Stored moments are UTC; lessons, "today", "late" and scan times are Europe/Amsterdam wall
clock. Every service gets a `Clock` from the container: the command line's `--today` and the
`BVMDESK_TODAY` variable (read by `config.py` only) fix its date, tests inject their own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")


def _system_now() -> datetime:
    return datetime.now(UTC)


class Clock:
    """Gives "now" (UTC, aware) and "today" (Europe/Amsterdam).

    Args:
        source: the real time as an aware datetime (default: the system clock).
        today: a fixed local date. "Now" then keeps its time of day but on that date, so
            that a register opened on a fixed day still knows who came late.
    """

    def __init__(self, source: Callable[[], datetime] | None = None,
                 today: date | None = None) -> None:
        self._source = source or _system_now
        self._today = today

    @property
    def fixed_today(self) -> date | None:
        return self._today

    def now(self) -> datetime:
        """Now, UTC and time-zone aware."""
        moment = self._source()
        if moment.tzinfo is None:
            raise ValueError("de klok moet een tijd met tijdzone geven")
        moment = moment.astimezone(UTC)
        if self._today is None:
            return moment
        local = moment.astimezone(LOCAL_ZONE)
        shifted = datetime.combine(self._today, local.timetz().replace(tzinfo=None))
        return shifted.replace(tzinfo=LOCAL_ZONE).astimezone(UTC)

    def utcnow(self) -> datetime:
        """Now in UTC as a naive datetime: how both databases store and give it back."""
        return self.now().replace(tzinfo=None)

    def local_now(self) -> datetime:
        """Now as a naive Europe/Amsterdam wall-clock time."""
        return self.now().astimezone(LOCAL_ZONE).replace(tzinfo=None)

    def today(self) -> date:
        """Today in Europe/Amsterdam (or the fixed date)."""
        return self._today or self.local_now().date()


SYSTEM_CLOCK = Clock()


def to_local(stored: datetime) -> datetime:
    """A stored UTC moment (naive or aware) as naive Europe/Amsterdam wall-clock time."""
    aware = stored if stored.tzinfo else stored.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL_ZONE).replace(tzinfo=None)


def to_utc(local: datetime) -> datetime:
    """A naive Europe/Amsterdam wall-clock time as a naive UTC moment (for storing)."""
    return local.replace(tzinfo=LOCAL_ZONE).astimezone(UTC).replace(tzinfo=None)


def school_year_start(day: date) -> date:
    """1 August of the school year that contains `day` (a school year runs Aug-Jul)."""
    year = day.year if day.month >= 8 else day.year - 1
    return date(year, 8, 1)


__all__ = ["LOCAL_ZONE", "SYSTEM_CLOCK", "Clock", "school_year_start", "to_local", "to_utc"]
