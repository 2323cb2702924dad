"""Attendance facts: marks (append-only), absences known in advance, verzuim handovers."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bvmdesk.db.base import (
    Base,
    Descriptive,
    Fact,
    enum_check,
    local_date,
    str80,
    supersedes_once,
    utc_datetime,
)
from bvmdesk.domain.enums import AbsenceKind, AttendanceStatus


class AttendanceMark(Base, Fact):
    """A presentie mark. A correction is a new row whose `supersedes_id` names the old one."""

    __tablename__ = "attendance_marks"
    __table_args__ = (
        enum_check("status", AttendanceStatus),
        # Few indexes, each earning its keep (an import writes every one of them for every
        # mark; measured in migration 0005): the register reads by lesson, and ...
        Index("ix_attendance_marks_lesson_participant", "lesson_id", "participant_id"),
        supersedes_once("attendance_marks"),
        # ... a person's history, statements and the verzuim scan read by participant; the
        # scan reads its columns from this index alone (no table access).
        Index("ix_attendance_marks_participant_status", "participant_id", "status",
              "lesson_id", "arrival_time", "departure_time", "id"),
    )

    lesson_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lessons.id"))
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
    # NULL: the mark was withdrawn (an undo of a first mark); the participant is unmarked.
    status: Mapped[str | None] = mapped_column(String(20))
    arrival_time: Mapped[time | None]
    departure_time: Mapped[time | None]
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str80]
    recorded_at: Mapped[utc_datetime]
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attendance_marks.id"))
    reason: Mapped[str | None] = mapped_column(String(200))


class PlannedAbsence(Base, Descriptive):
    """An absence known in advance (one lesson, a day or a range) that prefills the register."""

    __tablename__ = "planned_absences"
    __table_args__ = (
        enum_check("kind", AbsenceKind),
        Index("ix_planned_absences_participant", "participant_id", "from_date"),
    )

    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
    from_date: Mapped[local_date]
    to_date: Mapped[date]
    lesson_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lessons.id"))
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str80]
    recorded_at: Mapped[utc_datetime]


class VerzuimHandover(Base, Descriptive):
    """That a verzuim signal's window was handed over to the school (signals are computed)."""

    __tablename__ = "verzuim_handovers"
    __table_args__ = (Index("ix_verzuim_handovers_participant", "participant_id", "window_start"),)

    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
    window_start: Mapped[local_date]
    window_end: Mapped[date]
    handed_over_on: Mapped[date]
    handed_over_by: Mapped[str80]
    note: Mapped[str | None] = mapped_column(Text)
    handed_over_at: Mapped[datetime | None]
