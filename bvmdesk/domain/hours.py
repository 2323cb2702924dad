"""Minutes of a lesson per attendance mark: attended, excused, unexcused (DATA_MODEL.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import overload

from bvmdesk.domain.enums import AttendanceStatus

PRESENT_STATUSES = frozenset({AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value,
                              AttendanceStatus.LEFT_EARLY.value})
"""There: min(end, departure) - max(start, arrival) attended, the rest of the lesson unexcused."""
EXCUSED_STATUSES = frozenset({AttendanceStatus.SICK.value, AttendanceStatus.EXCUSED.value})
"""Away with a reason: the whole lesson excused."""
ABSENT_STATUSES = frozenset({AttendanceStatus.UNEXCUSED.value})
"""Away without one: the whole lesson unexcused."""
_PRESENT, _LATE, _LEFT_EARLY = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value,
                                AttendanceStatus.LEFT_EARLY.value)


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
    """How one participant's mark of one lesson counts: the one rule for minutes.

    attended = min(end, departure) - max(start, arrival) for a present-type mark (aanwezig,
    te_laat, vroeg_weg), and the rest of the lesson counts as unexcused missed minutes,
    whatever the stored status says (an old aanwezig with a late arrival counts as te_laat
    does); ziek and geoorloofd are excused, ongeoorloofd unexcused; no mark is unmarked.
    Whole minutes: seconds are ignored. A cancelled lesson counts for nothing.

    So a mark carries unexcused minutes exactly when it is ongeoorloofd, or present-type
    with an arrival after the start or a departure before the end (`unexcused_minutes`).
    """
    if cancelled:
        return Minutes()
    planned = lesson_minutes(start, end)
    if status is None:
        return Minutes(planned=planned, unmarked=planned)
    AttendanceStatus(status)  # an unknown status is an error, not a present mark
    if status in EXCUSED_STATUSES:
        return Minutes(planned=planned, excused=planned)
    if status in ABSENT_STATUSES:
        return Minutes(planned=planned, unexcused=planned)
    begin = max(_minutes_of_day(start), _minutes_of_day(arrival) if arrival else 0)
    finish = min(_minutes_of_day(end), _minutes_of_day(departure) if departure else 24 * 60)
    attended = max(0, min(planned, finish - begin))
    return Minutes(planned=planned, attended=attended, unexcused=planned - attended)


def unexcused_minutes(start: time, end: time, status: str | None, arrival: time | None = None,
                      departure: time | None = None) -> int:
    """The unexcused minutes of one mark of a held lesson (`mark_minutes`), for verzuim.

    Positive only for ongeoorloofd (the whole lesson) and for a present-type mark with an
    arrival after the start or a departure before the end (in whole minutes).
    """
    return mark_minutes(start, end, status, arrival, departure).unexcused


@overload
def normalised_status(status: str, start: time, end: time, arrival: time | None = None,
                      departure: time | None = None) -> str: ...


@overload
def normalised_status(status: None, start: time, end: time, arrival: time | None = None,
                      departure: time | None = None) -> None: ...


def normalised_status(status: str | None, start: time, end: time,
                      arrival: time | None = None, departure: time | None = None) -> str | None:
    """The status a mark is stored with, however it was made (key, scan, scanner log, import).

    An arrival after the start (whole minutes) turns aanwezig into te_laat, a departure
    before the end turns it into vroeg_weg; with both it is te_laat: the late arrival came
    first, and the minutes are the same either way (`mark_minutes` counts both missed
    parts whatever the status). Every other status, and aanwezig without such a time,
    stays as it is: a person who keys te_laat or vroeg_weg means it.
    """
    if status != _PRESENT:  # the import calls this per row: no enum lookups here
        return status
    if arrival is not None and _minutes_of_day(arrival) > _minutes_of_day(start):
        return _LATE
    if departure is not None and _minutes_of_day(departure) < _minutes_of_day(end):
        return _LEFT_EARLY
    return status


def is_final(lesson_day: date, now: datetime) -> bool:
    """A mark is final at the end of the lesson day; corrections after it need a reason."""
    return now.date() > lesson_day
