"""Minutes of a lesson per attendance mark: attended, excused, unexcused (DATA_MODEL.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from bvmdesk.domain.enums import AttendanceStatus

_PRESENT = {AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.LEFT_EARLY}
_EXCUSED = {AttendanceStatus.SICK, AttendanceStatus.EXCUSED}


@dataclass(frozen=True)
class Minutes:
    """Minutes of one or more lessons, split by how they count."""

    planned: int = 0
    attended: int = 0
    excused: int = 0
    unexcused: int = 0
    unmarked: int = 0

    def __add__(self, other: Minutes) -> Minutes:
        return Minutes(self.planned + other.planned, self.attended + other.attended,
                       self.excused + other.excused, self.unexcused + other.unexcused,
                       self.unmarked + other.unmarked)

    @property
    def percentage(self) -> float | None:
        """100 x attended / (planned - unmarked), one decimal; None when nothing is marked."""
        marked = self.planned - self.unmarked
        if marked <= 0:
            return None
        return round(100 * self.attended / marked, 1)


def _minutes_of_day(t: time) -> int:
    return t.hour * 60 + t.minute


def lesson_minutes(start: time, end: time) -> int:
    """Length of a lesson in whole minutes (0 when end is not after start)."""
    return max(0, _minutes_of_day(end) - _minutes_of_day(start))


def mark_minutes(start: time, end: time, status: str | None, arrival: time | None = None,
                 departure: time | None = None, cancelled: bool = False) -> Minutes:
    """How one participant's mark of one lesson counts.

    attended = min(end, departure) - max(start, arrival); for a present-type mark (aanwezig,
    te_laat, vroeg_weg) the rest of the lesson counts as unexcused missed minutes; ziek and
    geoorloofd are excused, ongeoorloofd unexcused; no mark is unmarked. A cancelled lesson
    counts for nothing.
    """
    if cancelled:
        return Minutes()
    planned = lesson_minutes(start, end)
    if status is None:
        return Minutes(planned=planned, unmarked=planned)
    kind = AttendanceStatus(status)
    if kind in _EXCUSED:
        return Minutes(planned=planned, excused=planned)
    if kind is AttendanceStatus.UNEXCUSED:
        return Minutes(planned=planned, unexcused=planned)
    begin = max(_minutes_of_day(start), _minutes_of_day(arrival) if arrival else 0)
    finish = min(_minutes_of_day(end), _minutes_of_day(departure) if departure else 24 * 60)
    attended = max(0, min(planned, finish - begin))
    return Minutes(planned=planned, attended=attended, unexcused=planned - attended)


def status_after_departure(status: str, end: time, departure: time) -> str:
    """A departure before the end turns aanwezig into vroeg_weg (DATA_MODEL.md)."""
    if status == AttendanceStatus.PRESENT and departure < end:
        return AttendanceStatus.LEFT_EARLY.value
    return status


def status_for_arrival(start: time, arrival: time) -> str:
    """aanwezig on or before the start, te_laat after it (whole minutes)."""
    if _minutes_of_day(arrival) > _minutes_of_day(start):
        return AttendanceStatus.LATE.value
    return AttendanceStatus.PRESENT.value


def is_final(lesson_day: date, now: datetime) -> bool:
    """A mark is final at the end of the lesson day; corrections after it need a reason."""
    return now.date() > lesson_day
