"""School holidays by rule, Dutch public holidays and the school days left for lessons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bvmdesk.domain.clock import school_year_start

# Regions of the national holiday rotation. Which region a site is in is our judgement
# (Zwolle: noord, Terborg in the Achterhoek: zuid); the rotation below is a simplified rule
# that gives plausible, not official, dates.
REGIONS = ("noord", "midden", "zuid")


@dataclass(frozen=True)
class SchoolHoliday:
    """One school holiday of a region: first and last day (weekends included)."""

    name: str
    first_day: date
    last_day: date

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def _saturday_from(day: date) -> date:
    """The first Saturday on or after `day`."""
    return day + timedelta(days=(5 - day.weekday()) % 7)


def _iso_week_holiday(name: str, year: int, week: int) -> SchoolHoliday:
    """The Saturday before ISO week `week` up to and including its Sunday."""
    monday = date.fromisocalendar(year, week, 1)
    return SchoolHoliday(name, monday - timedelta(days=2), monday + timedelta(days=6))


def summer_holiday(region: str, year: int) -> SchoolHoliday:
    """Six weeks from a Saturday in July; the regions take turns starting first."""
    offset = (year + REGIONS.index(region)) % 3
    first = _saturday_from(date(year, 7, 1)) + timedelta(weeks=offset)
    return SchoolHoliday("Zomervakantie", first, first + timedelta(days=43))


def holidays_of_school_year(region: str, start: date) -> list[SchoolHoliday]:
    """The holidays of the school year starting `start` (1 August), including the summer
    holiday that runs into its first weeks and the one that closes it."""
    year = start.year
    index = REGIONS.index(region)
    christmas = _saturday_from(date(year, 12, 20))
    may = _saturday_from(date(year + 1, 4, 24))
    return [
        summer_holiday(region, year),
        _iso_week_holiday("Herfstvakantie", year, 42 + (year + (region == "zuid")) % 2),
        SchoolHoliday("Kerstvakantie", christmas, christmas + timedelta(days=15)),
        _iso_week_holiday("Voorjaarsvakantie", year + 1, 7 + (year + 1 + index) % 3),
        SchoolHoliday("Meivakantie", may, may + timedelta(days=8)),
        summer_holiday(region, year + 1),
    ]


def holidays_of_years(region: str, starts: list[date]) -> list[SchoolHoliday]:
    """The holidays of several school years, each once, in date order."""
    seen: dict[date, SchoolHoliday] = {}
    for start in starts:
        for holiday in holidays_of_school_year(region, start):
            seen.setdefault(holiday.first_day, holiday)
    return [seen[day] for day in sorted(seen)]


@cache
def public_holidays(year: int) -> frozenset[date]:
    """Dutch public holidays of a calendar year (the `holidays` package)."""
    import holidays

    return frozenset(holidays.country_holidays("NL", years=year))


def is_public_holiday(day: date) -> bool:
    return day in public_holidays(day.year)


def school_years(today: date, years: int) -> list[date]:
    """The starts (1 August) of `years` school years ending with the one containing today."""
    current = school_year_start(today)
    return [date(current.year - back, 8, 1) for back in range(years - 1, -1, -1)]


@dataclass(frozen=True)
class SchoolWeek:
    """A week in which lessons can take place, with its school days (Mon-Fri)."""

    monday: date
    days: tuple[date, ...]


def school_weeks(region: str, start: date) -> list[SchoolWeek]:
    """The weeks of the school year starting `start` that have at least one school day:
    weekdays outside the region's school holidays and the public holidays."""
    end = date(start.year + 1, 7, 31)
    blocked = holidays_of_school_year(region, start)
    monday = start - timedelta(days=start.weekday())
    weeks: list[SchoolWeek] = []
    while monday <= end:
        days = tuple(
            day for day in (monday + timedelta(days=i) for i in range(5))
            if start <= day <= end and not is_public_holiday(day)
            and not any(h.contains(day) for h in blocked)
        )
        if days:
            weeks.append(SchoolWeek(monday, days))
        monday += timedelta(weeks=1)
    return weeks
