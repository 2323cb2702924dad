"""The frozen values the report builders (PDF, xlsx) take: services fill them, builders draw.

Pure data: no Qt, no database. Minutes are whole minutes; statuses are the stored values
(`aanwezig`, `te_laat`, ...; None = not marked).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time


@dataclass(frozen=True)
class ReportMeta:
    """What every printed page says about where and when it was made."""

    site: str  # "ZWL Zwolle", or "alle locaties"
    printed_at: datetime  # local wall clock
    organisation: str = "Bedrijfsvakschool Metaaltechniek"


# --- attendance overview per group and period ---------------------------------------------
@dataclass(frozen=True)
class AttendanceRow:
    """Minutes of one participant over the held lessons of a report's range."""

    participant: str  # the participant number
    name: str
    planned_minutes: int
    attended_minutes: int
    excused_minutes: int
    unexcused_minutes: int
    unmarked_minutes: int
    percentage: float | None  # 100 x attended / (planned - unmarked); None: nothing marked


@dataclass(frozen=True)
class AttendanceReport:
    group: str  # group code
    from_date: date
    to_date: date
    rows: tuple[AttendanceRow, ...]
    group_name: str = ""
    module_name: str = ""
    location: str = ""  # "ZWL Zwolle"
    min_attendance_pct: int | None = None  # the module's minimum, if it has one
    lessons: int = 0  # held (not cancelled) lessons in the range


# --- verzuim -------------------------------------------------------------------------------
@dataclass(frozen=True)
class VerzuimLesson:
    """One lesson that counts towards a verzuim signal."""

    date: date
    group: str  # group code
    start_time: time
    end_time: time
    status: str  # ongeoorloofd, te_laat or vroeg_weg
    unexcused_minutes: int


@dataclass(frozen=True)
class VerzuimSignalRow:
    participant: str  # the participant number
    name: str
    window_start: date
    window_end: date
    unexcused_minutes: int
    lesson_dates: tuple[date, ...]
    birth_date: date | None = None
    school: str | None = None
    student_number: str | None = None
    lessons: tuple[VerzuimLesson, ...] = ()
    handed_over_on: date | None = None  # None: not handed over to the school yet
    handed_over_by: str | None = None
    handover_note: str | None = None
    participant_id: uuid.UUID | None = None  # for a link to the person in the GUI


@dataclass(frozen=True)
class VerzuimReport:
    as_of: date
    signals: tuple[VerzuimSignalRow, ...]
    threshold_minutes: int = 960
    window_weeks: int = 4
    age_limit: int = 18


# --- presentielijst (paper register of a lesson) -----------------------------------------
@dataclass(frozen=True)
class ListRow:
    number: str
    name: str
    status: str | None  # the current mark, or the absence reported in advance; None: empty
    reported: bool = False  # the status comes from an absence reported in advance
    arrival_time: time | None = None
    departure_time: time | None = None


@dataclass(frozen=True)
class ListLesson:
    group: str  # group code
    group_name: str
    module_name: str
    location: str  # "ZWL Zwolle"
    date: date
    start_time: time
    end_time: time
    instructor: str | None
    topic: str | None
    cancelled: bool
    rows: tuple[ListRow, ...]


@dataclass(frozen=True)
class Presentielijst:
    """The lessons of one group on one date (usually one), each on its own page(s)."""

    group: str
    date: date
    lessons: tuple[ListLesson, ...]


# --- hours statement (urenverantwoording) per participant --------------------------------
@dataclass(frozen=True)
class HoursDay:
    """One lesson of the participant in the period (cancelled lessons are left out)."""

    date: date
    group: str  # group code
    module_name: str
    start_time: time
    end_time: time
    status: str | None  # None: not marked
    reported: bool  # the status comes from an absence reported in advance
    arrival_time: time | None
    departure_time: time | None
    planned_minutes: int
    attended_minutes: int
    excused_minutes: int
    unexcused_minutes: int
    unmarked_minutes: int


@dataclass(frozen=True)
class HoursStatement:
    participant: str  # number
    name: str
    birth_date: date | None
    participant_type: str  # doelgroep value
    from_date: date
    to_date: date
    days: tuple[HoursDay, ...]
    school: str | None = None
    student_number: str | None = None
    funder: str | None = None
    company: str | None = None  # leerbedrijf name
    trainer: str | None = None  # praktijkopleider name (of the latest enrolment with one)
    instructor: str | None = None  # of the latest group in the period
    groups: tuple[str, ...] = field(default=())  # group codes in the period

    @property
    def planned_minutes(self) -> int:
        return sum(d.planned_minutes for d in self.days)

    @property
    def attended_minutes(self) -> int:
        return sum(d.attended_minutes for d in self.days)

    @property
    def excused_minutes(self) -> int:
        return sum(d.excused_minutes for d in self.days)

    @property
    def unexcused_minutes(self) -> int:
        return sum(d.unexcused_minutes for d in self.days)

    @property
    def unmarked_minutes(self) -> int:
        return sum(d.unmarked_minutes for d in self.days)

    @property
    def percentage(self) -> float | None:
        marked = self.planned_minutes - self.unmarked_minutes
        if marked <= 0:
            return None
        return round(100 * self.attended_minutes / marked, 1)


# --- funders summary ----------------------------------------------------------------------
@dataclass(frozen=True)
class FunderRow:
    funder: str | None  # as stored on the participant; None: no funder recorded
    month: str  # "2026-09"
    participants: int  # participants of this funder with a mark in a lesson of the month
    attended_minutes: int


@dataclass(frozen=True)
class FundersReport:
    from_date: date
    to_date: date
    rows: tuple[FunderRow, ...]  # sorted by funder (None last), then month
