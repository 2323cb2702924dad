"""The verzuim signal (Leerplichtwet): unexcused absence of under-18s in school weeks.

Defaults (configurable per site): 960 minutes within 4 consecutive school weeks, for
lessons on days the participant is younger than 18. Holiday weeks are not school weeks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from bvmdesk.domain.participants import age_on


@dataclass(frozen=True)
class VerzuimRules:
    threshold_minutes: int = 960
    window_weeks: int = 4
    age_limit: int = 18


@dataclass(frozen=True)
class Absence:
    """Unexcused minutes of one lesson."""

    day: date
    minutes: int


@dataclass(frozen=True)
class Signal:
    window_start: date
    window_end: date
    unexcused_minutes: int
    lesson_dates: tuple[date, ...]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def is_holiday_week(monday: date, holidays: Iterable[tuple[date, date]]) -> bool:
    """True when every weekday (Mon-Fri) of the week lies inside one of the holidays."""
    spans = list(holidays)
    return all(
        any(first <= monday + timedelta(days=d) <= last for first, last in spans)
        for d in range(5)
    )


def verzuim_signals(
    birth_date: date,
    counting_from: date,
    absences: Iterable[Absence],
    as_of: date,
    is_school_week: Callable[[date], bool],
    rules: VerzuimRules = VerzuimRules(),
) -> list[Signal]:
    """Every signal up to `as_of`, in order.

    Walks the school weeks from the week of `counting_from`; in the first school week W
    where W and the school weeks before it (at most `window_weeks` in all, since counting
    started) reach the threshold, a signal arises; counting restarts after W. Only
    absences on or before `as_of`, on days the participant is younger than the age
    limit, count.

    Args:
        is_school_week: given a Monday, whether that ISO week is a school week.
    """
    per_week: dict[date, list[Absence]] = {}
    for absence in absences:
        if absence.minutes <= 0 or absence.day > as_of or absence.day < counting_from:
            continue
        if age_on(birth_date, absence.day) >= rules.age_limit:
            continue
        per_week.setdefault(monday_of(absence.day), []).append(absence)
    if not per_week:
        return []
    signals: list[Signal] = []
    window: list[date] = []  # Mondays of the school weeks counted, newest last
    week = monday_of(counting_from)
    last_week = min(monday_of(as_of), max(per_week))
    while week <= last_week:
        if is_school_week(week):
            window = [*window, week][-rules.window_weeks:]
            counted = [a for w in window for a in per_week.get(w, ())]
            total = sum(a.minutes for a in counted)
            if total >= rules.threshold_minutes:
                signals.append(Signal(
                    window_start=window[0],
                    window_end=week + timedelta(days=6),
                    unexcused_minutes=total,
                    lesson_dates=tuple(sorted({a.day for a in counted})),
                ))
                window = []
        week += timedelta(days=7)
    return signals
