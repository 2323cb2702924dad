"""Assessments, workplace sign-offs, placement hours and attachments."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bvmdesk.db.base import (
    Base,
    Descriptive,
    Fact,
    enum_check,
    local_date,
    str80,
    str200,
    supersedes_once,
)
from bvmdesk.domain.assessment import Scale
from bvmdesk.domain.enums import AssessmentKind, AssessmentStatus, SignOffMethod


class AssessmentTemplate(Base, Descriptive):
    """A beoordelingsformulier, versioned by (code, version).

    A version that an assessment uses is never changed in place: editing it makes the next
    version (services.assessment_forms); the newest version without a tombstone is current.
    """

    __tablename__ = "assessment_templates"
    __table_args__ = (
        UniqueConstraint("code", "version"),
        enum_check("kind", AssessmentKind),
        enum_check("scale", Scale),
        CheckConstraint("version >= 1", name="version"),
        CheckConstraint("cesuur IS NULL OR cesuur BETWEEN 0 AND 100", name="cesuur"),
    )

    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str200]
    module_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("modules.id"))
    kind: Mapped[str] = mapped_column(String(20))
    scale: Mapped[str] = mapped_column(String(20), default="ovg")
    # Percent (ovg) or grade (cijfer); None: the scale's default (75 or 5.5).
    cesuur: Mapped[float | None] = mapped_column(Float)
    # Counts for the module's certificate (verplicht).
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    # A toelichting is required for every O, G and NA.
    reasons_required: Mapped[bool] = mapped_column(Boolean, default=True)


class Criterion(Base, Descriptive):
    """One criterion of a template, under a work process."""

    __tablename__ = "criteria"
    __table_args__ = (
        UniqueConstraint("template_id", "number"),
        CheckConstraint("number >= 1", name="number"),
        CheckConstraint("weight >= 1", name="weight"),
    )

    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment_templates.id"))
    work_process_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_processes.id"))
    number: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    weight: Mapped[int] = mapped_column(Integer, default=1)


class Attachment(Base, Fact):
    """Evidence: a photo or scan owned by an assessment or a sign-off."""

    __tablename__ = "attachments"

    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[uuid.UUID] = mapped_column(index=True)
    media_type: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)


class Assessment(Base, Fact):
    """A practical assessment; final ones are locked, a correction supersedes."""

    __tablename__ = "assessments"
    __table_args__ = (
        UniqueConstraint("code", "version"),
        enum_check("status", AssessmentStatus),
        supersedes_once("assessments"),
        CheckConstraint("version >= 1", name="version"),
    )
    final_status = AssessmentStatus.FINAL.value

    # What people read and the exchange key ("ZWL-BO-2026-00042"); a correction keeps the code
    # of what it corrects and gets the next version.
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment_templates.id"))
    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolments.id"), index=True)
    date: Mapped[local_date]
    assessor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    remark: Mapped[str | None] = mapped_column(Text)
    second_assessor_name: Mapped[str | None] = mapped_column(String(200))
    # 'praktijkopleider' or 'instructeur' (free text allowed from a workbook).
    second_assessor_role: Mapped[str | None] = mapped_column(String(40))
    # Strokes as data (domain.signature), drawn as vectors in PDFs.
    second_assessor_strokes: Mapped[str | None] = mapped_column(Text)
    second_assessed_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default=AssessmentStatus.DRAFT.value)
    finalised_at: Mapped[datetime | None]
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("assessments.id"))
    reason: Mapped[str | None] = mapped_column(String(200))


class Rating(Base, Fact):
    """The value given to one criterion in one assessment."""

    __tablename__ = "ratings"
    __table_args__ = (UniqueConstraint("assessment_id", "criterion_id"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id"))
    criterion_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("criteria.id"))
    # None: not rated yet (the row holds only a toelichting or opmerking, in a draft).
    value: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)   # toelichting
    remark: Mapped[str | None] = mapped_column(Text)   # opmerking


class SignOffTask(Base, Descriptive):
    """Something a praktijkopleider can sign off for a module."""

    __tablename__ = "signoff_tasks"
    __table_args__ = (UniqueConstraint("module_id", "code"),)

    module_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("modules.id"))
    code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    work_process_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("work_processes.id"))
    required: Mapped[bool] = mapped_column(Boolean, default=True)


class SignOffCard(Base, Fact):
    """A printed aftekenkaart: its code (in the QR) and the tasks it was printed with.

    Printing the card of an enrolment again with the same tasks gives the same card; when
    the module's tasks changed since, a new card (the next `version`) is made, and scanning
    the old one says what changed (services.signoff_cards).
    """

    __tablename__ = "signoff_cards"
    __table_args__ = (UniqueConstraint("enrolment_id", "version"),
                      CheckConstraint("version >= 1", name="version"))

    code: Mapped[str] = mapped_column(String(40), unique=True)
    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolments.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # JSON list of the tasks printed: [{"id", "code", "description", "required"}].
    tasks: Mapped[str] = mapped_column(Text)
    printed_by: Mapped[str80]


class SignOff(Base, Fact):
    """An aftekening by a trainer; a withdrawal is a new row with `withdraws_id`.

    `method` screen: the trainer confirmed with PIN and drew `signature_strokes`; paper: the
    instructor (`recorded_by`) recorded a signed card (`card_id`, photo in
    `evidence_attachment_id`); `imported`: it came from an exchange workbook, without a
    signature. A withdrawal copies enrolment, task and trainer, and carries `reason`.
    """

    __tablename__ = "signoffs"
    __table_args__ = (enum_check("method", SignOffMethod),
                      supersedes_once("signoffs", "withdraws_id"))

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolments.id"), index=True)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signoff_tasks.id"))
    trainer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workplace_trainers.id"))
    date: Mapped[local_date]
    method: Mapped[str] = mapped_column(String(20))
    signature_strokes: Mapped[str | None] = mapped_column(Text)
    evidence_attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    recorded_by: Mapped[str80]
    withdraws_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("signoffs.id"))
    reason: Mapped[str | None] = mapped_column(String(200))
    remark: Mapped[str | None] = mapped_column(Text)
    card_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("signoff_cards.id"))
    imported: Mapped[bool] = mapped_column(Boolean, default=False)


class PlacementHours(Base, Fact):
    """Bpv-uren of one ISO week, entered for approval by the trainer.

    A change is a new row that supersedes the old one; an approval covers rows, so the
    approval of a superseded row no longer counts (services.placement_hours).
    """

    __tablename__ = "placement_hours"
    __table_args__ = (
        CheckConstraint("iso_week BETWEEN 1 AND 53", name="iso_week"),
        # Whole half hours, at most the 168 hours of a week.
        CheckConstraint("minutes >= 0 AND minutes <= 10080 AND minutes % 30 = 0",
                        name="minutes"),
        supersedes_once("placement_hours"),
    )

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolments.id"), index=True)
    iso_year: Mapped[int]
    iso_week: Mapped[int]
    minutes: Mapped[int]
    entered_by: Mapped[str80]
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("placement_hours.id"))


class HoursApproval(Base, Fact):
    """A trainer's approval of one or more weeks of placement hours (its items).

    A withdrawal is a new row with `withdraws_id` and `reason` and no items.
    """

    __tablename__ = "hours_approvals"
    __table_args__ = (enum_check("method", SignOffMethod),
                      supersedes_once("hours_approvals", "withdraws_id"))

    trainer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workplace_trainers.id"))
    approved_on: Mapped[date]
    signature_strokes: Mapped[str | None] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20), default=SignOffMethod.SCREEN.value)
    recorded_by: Mapped[str80]
    withdraws_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("hours_approvals.id"))
    reason: Mapped[str | None] = mapped_column(String(200))
    imported: Mapped[bool] = mapped_column(Boolean, default=False)


class HoursApprovalItem(Base, Fact):
    """Which placement-hours rows an approval covers."""

    __tablename__ = "hours_approval_items"
    __table_args__ = (UniqueConstraint("approval_id", "placement_hours_id"),)

    approval_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hours_approvals.id"))
    placement_hours_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("placement_hours.id"))
