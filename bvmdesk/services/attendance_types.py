"""The frozen values the attendance services return to the register and the reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from bvmdesk.reports.model import AttendanceReport as AttendanceReport
from bvmdesk.reports.model import AttendanceRow as AttendanceRow
from bvmdesk.reports.model import VerzuimReport as VerzuimReport
from bvmdesk.reports.model import VerzuimSignalRow as VerzuimSignalRow


@dataclass(frozen=True)
class GroupChoice:
    id: uuid.UUID
    code: str
    name: str
    module_name: str
    location_code: str


@dataclass(frozen=True)
class LessonInfo:
    id: uuid.UUID
    group_id: uuid.UUID
    group_code: str
    group_name: str
    module_name: str
    location_code: str
    location_name: str
    date: date
    start_time: time
    end_time: time
    instructor: str | None  # display name (or the imported name), None when unassigned
    topic: str | None
    cancelled: bool
    cancel_reason: str | None


@dataclass(frozen=True)
class MarkInfo:
    """One attendance mark row (the current one, or one from the history)."""

    id: uuid.UUID
    status: str | None  # None: the mark was withdrawn (undo of a first mark)
    arrival_time: time | None
    departure_time: time | None
    note: str | None
    recorded_by: str
    recorded_at: datetime
    reason: str | None
    supersedes_id: uuid.UUID | None


@dataclass(frozen=True)
class PlannedMark:
    """An absence known in advance as one register row shows it."""

    id: uuid.UUID
    kind: str  # ziek | geoorloofd
    note: str | None
    from_date: date
    to_date: date
    one_lesson: bool


@dataclass(frozen=True)
class RegisterRow:
    participant_id: uuid.UUID
    number: str
    name: str  # as people say it: "Zoë van 't Hek"
    badge: str | None
    mark: MarkInfo | None  # the current mark; None (or status None) = not yet marked
    # An absence known in advance for this lesson; the register shows it where there is no
    # mark (the instructor can still change it by marking).
    planned: PlannedMark | None = None

    @property
    def status(self) -> str | None:
        """The status as the register shows it: the mark, else the absence reported."""
        if self.mark is not None and self.mark.status is not None:
            return self.mark.status
        return self.planned.kind if self.planned is not None else None

    @property
    def reported(self) -> bool:
        """The shown status is an absence reported in advance (no mark yet)."""
        return (self.mark is None or self.mark.status is None) and self.planned is not None


@dataclass(frozen=True)
class Register:
    """The register of one lesson: everyone enrolled on its date, sorted by name."""

    lesson: LessonInfo
    rows: tuple[RegisterRow, ...]
    final: bool  # after the lesson day: changes need a reason

    @property
    def marked(self) -> int:
        """Rows with a status: a mark, or an absence reported in advance."""
        return sum(1 for r in self.rows if r.status is not None)


@dataclass(frozen=True)
class MarkChange:
    """What one write did; `undo` takes it back with a new superseding row."""

    lesson_id: uuid.UUID
    participant_id: uuid.UUID
    previous: MarkInfo | None
    current: MarkInfo


@dataclass(frozen=True)
class ScanResult:
    """What a badge scan did: kind is 'arrival', 'departure', 'unknown_badge',
    'not_enrolled' (then `participant_id`/`name` say who it was, for a walk-in) or
    'outside_window' (nothing written; `suggested` is that person's lesson of the day whose
    scan window the scan is in, if there is one)."""

    kind: str
    message: str  # Dutch, for the status line of the register
    participant_id: uuid.UUID | None = None
    name: str | None = None
    change: MarkChange | None = None
    suggested: LessonInfo | None = None


@dataclass(frozen=True)
class HolidayInfo:
    """A school holiday (vakantie) of one site."""

    id: uuid.UUID
    location_code: str
    first_day: date
    last_day: date
    name: str | None


@dataclass(frozen=True)
class PlannedAbsenceInfo:
    """An absence known in advance (afwezigheid vooraf gemeld)."""

    id: uuid.UUID
    participant_id: uuid.UUID
    participant: str  # number
    name: str
    kind: str  # ziek | geoorloofd
    from_date: date
    to_date: date
    lesson_id: uuid.UUID | None  # set: this one lesson only
    lesson_label: str | None  # "LAS-2026-1 08:30-12:00" for a one-lesson absence
    note: str | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class TodayLesson:
    """A lesson of today with how far its register is filled in."""

    lesson: LessonInfo
    enrolled: int
    marked: int  # rows with a status: marks plus absences reported in advance
    reported: int  # absences reported in advance among them (not yet marked)

    @property
    def state(self) -> str:
        """'vervallen', 'niet_ingevuld', 'deels' or 'compleet'."""
        if self.lesson.cancelled:
            return "vervallen"
        if self.enrolled == 0 or self.marked >= self.enrolled:
            return "compleet" if self.enrolled else "niet_ingevuld"
        return "deels" if self.marked else "niet_ingevuld"


@dataclass(frozen=True)
class TodayOverview:
    day: date
    location_code: str | None  # this installation's site; None: all sites
    lessons: tuple[TodayLesson, ...]
    absences: tuple[PlannedAbsenceInfo, ...]  # reported in advance for this day


@dataclass(frozen=True)
class AttendanceWarning:
    """An enrolment whose attendance is below its module's minimum percentage."""

    participant_id: uuid.UUID
    participant: str  # number
    name: str
    group: str  # group code
    group_name: str
    module_name: str
    percentage: float
    minimum: int
    attended_minutes: int
    marked_minutes: int  # planned minus not yet marked
