"""Programmes, modules, work processes, groups, enrolments, lessons, holidays, outreach."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bvmdesk.db.base import Base, Descriptive, enum_check, local_date, local_time, str200
from bvmdesk.db.models.people import Company, Participant, WorkplaceTrainer
from bvmdesk.domain.enums import EnrolmentStatus


class Programme(Base, Descriptive):
    """An opleiding or traject, optionally an MBO qualification (crebo, level)."""

    __tablename__ = "programmes"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str200]
    crebo: Mapped[str | None] = mapped_column(String(5))
    level: Mapped[int | None]
    kind: Mapped[str | None] = mapped_column(String(40))
    bpv_norm_hours: Mapped[int | None]


class Module(Base, Descriptive):
    """A module or course with planned hours, assessments and a certificate."""

    __tablename__ = "modules"
    __table_args__ = (
        CheckConstraint("min_attendance_pct BETWEEN 0 AND 100", name="min_attendance_pct"),
        CheckConstraint("planned_hours >= 0", name="planned_hours"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str200]
    programme_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("programmes.id"))
    crebo: Mapped[str | None] = mapped_column(String(5))
    level: Mapped[int | None]
    planned_hours: Mapped[int] = mapped_column(Integer, default=0)
    min_attendance_pct: Mapped[int | None]
    certificate_kind: Mapped[str | None] = mapped_column(String(40))
    validity_years: Mapped[int | None]

    programme: Mapped[Programme | None] = relationship()


class WorkProcess(Base, Descriptive):
    """A werkproces of a qualification, coded like `B1-K1-W1`."""

    __tablename__ = "work_processes"
    __table_args__ = (UniqueConstraint("module_id", "code"),)

    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str200]


class Group(Base, Descriptive):
    """A groep: people following one module together at one location."""

    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        # Own-groups scope (services.scope) looks groups up by instructor on every read.
        Index("ix_groups_instructor_id", "instructor_id"),
    )

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str200]
    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"), index=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), index=True)
    instructor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # An imported `docent` that matches no account is kept as written.
    instructor_name: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[local_date]
    end_date: Mapped[date | None]

    module: Mapped[Module] = relationship()


class GroupInstructor(Base, Descriptive):
    """An extra instructor of a group (the main one is `Group.instructor_id`)."""

    __tablename__ = "group_instructors"
    __table_args__ = (
        UniqueConstraint("group_id", "user_id"),
        Index("ix_group_instructors_user_group", "user_id", "group_id"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("groups.id"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class Enrolment(Base, Descriptive):
    """An inschrijving: a participant in a group, with (for BBL) company and trainer."""

    __tablename__ = "enrolments"
    __table_args__ = (
        UniqueConstraint("participant_id", "group_id"),
        enum_check("status", EnrolmentStatus),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        # Who is in the groups an instructor teaches, from the index alone (own-groups scope).
        Index("ix_enrolments_group_participant", "group_id", "participant_id", "deleted_at"),
    )

    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"))
    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("groups.id"), index=True)
    start_date: Mapped[local_date]
    end_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default=EnrolmentStatus.ACTIVE.value)
    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("companies.id"))
    trainer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workplace_trainers.id"))

    participant: Mapped[Participant] = relationship()
    group: Mapped[Group] = relationship()
    company: Mapped[Company | None] = relationship()
    trainer: Mapped[WorkplaceTrainer | None] = relationship()


class Lesson(Base, Descriptive):
    """A les: one scheduled meeting of a group (never called Session)."""

    __tablename__ = "lessons"
    __table_args__ = (
        UniqueConstraint("group_id", "date", "start_time"),
        CheckConstraint("end_time > start_time", name="end_after_start"),
        # The groups an instructor teaches through a lesson, from the index alone (it
        # covers deleted_at too), without reading every lesson.
        Index("ix_lessons_instructor_group", "instructor_id", "group_id", "deleted_at"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("groups.id"))
    date: Mapped[local_date] = mapped_column(index=True)
    start_time: Mapped[local_time]
    end_time: Mapped[time]
    instructor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    instructor_name: Mapped[str | None] = mapped_column(String(200))
    topic: Mapped[str | None] = mapped_column(String(200))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str | None] = mapped_column(String(200))

    group: Mapped[Group] = relationship()


class Holiday(Base, Descriptive):
    """A school holiday of a location: its first and last day."""

    __tablename__ = "holidays"
    __table_args__ = (
        UniqueConstraint("location_id", "first_day"),
        CheckConstraint("last_day >= first_day", name="last_after_first"),
    )

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    first_day: Mapped[local_date]
    last_day: Mapped[date]
    name: Mapped[str | None] = mapped_column(String(120))


class OutreachActivity(Base, Descriptive):
    """A group visit (e.g. a primary-school class): counts only, no personal data."""

    __tablename__ = "outreach_activities"
    __table_args__ = (CheckConstraint("pupils >= 0", name="pupils"),)

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"))
    date: Mapped[local_date]
    school: Mapped[str200]
    target_group: Mapped[str] = mapped_column(String(60))
    pupils: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str | None] = mapped_column(Text)
