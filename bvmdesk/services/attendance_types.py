"""The frozen values the attendance services return to the register and the reports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time


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
class RegisterRow:
    participant_id: uuid.UUID
    number: str
    name: str  # as people say it: "Zoë van 't Hek"
    badge: str | None
    mark: MarkInfo | None  # the current mark; None (or status None) = not yet marked


@dataclass(frozen=True)
class Register:
    """The register of one lesson: everyone enrolled on its date, sorted by name."""

    lesson: LessonInfo
    rows: tuple[RegisterRow, ...]
    final: bool  # after the lesson day: changes need a reason

    @property
    def marked(self) -> int:
        return sum(1 for r in self.rows if r.mark is not None and r.mark.status is not None)


@dataclass(frozen=True)
class MarkChange:
    """What one write did; `undo` takes it back with a new superseding row."""

    lesson_id: uuid.UUID
    participant_id: uuid.UUID
    previous: MarkInfo | None
    current: MarkInfo


@dataclass(frozen=True)
class ScanResult:
    """What a badge scan did: kind is 'arrival', 'departure', 'unknown_badge' or
    'not_enrolled' (then `participant_id`/`name` say who it was, for a walk-in)."""

    kind: str
    message: str  # Dutch, for the status line of the register
    participant_id: uuid.UUID | None = None
    name: str | None = None
    change: MarkChange | None = None


@dataclass(frozen=True)
class HolidayInfo:
    """A school holiday (vakantie) of one site."""

    id: uuid.UUID
    location_code: str
    first_day: date
    last_day: date
    name: str | None


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
    group: str
    from_date: date
    to_date: date
    rows: tuple[AttendanceRow, ...]


@dataclass(frozen=True)
class VerzuimSignalRow:
    participant: str  # the participant number
    name: str
    window_start: date
    window_end: date
    unexcused_minutes: int
    lesson_dates: tuple[date, ...]


@dataclass(frozen=True)
class VerzuimReport:
    as_of: date
    signals: tuple[VerzuimSignalRow, ...]
