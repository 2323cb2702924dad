"""Participants, companies (leerbedrijven) and workplace trainers (praktijkopleiders)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bvmdesk.db.base import Base, Descriptive, enum_check, str200
from bvmdesk.domain.enums import ParticipantType


class Company(Base, Descriptive):
    """A leerbedrijf; `sbb_id` is SBB's leerbedrijf-ID (free text)."""

    __tablename__ = "companies"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str200]
    sbb_id: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(120))


class WorkplaceTrainer(Base, Descriptive):
    """A praktijkopleider at a company."""

    __tablename__ = "workplace_trainers"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str200]
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    # Argon2 hash of the personal PIN (5-8 digits), set at the first sign-off on screen;
    # five wrong tries lock the trainer for 15 minutes (services.trainer_pins).
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    pin_failures: Mapped[int] = mapped_column(Integer, default=0)
    pin_locked_until: Mapped[datetime | None]

    company: Mapped[Company] = relationship()


class Participant(Base, Descriptive):
    """A deelnemer. No BSN and no health data, ever (DOMAIN.md, Privacy)."""

    __tablename__ = "participants"
    __table_args__ = (
        enum_check("type", ParticipantType),
        # Search as you type scans this index in list order and filters on `search_text`
        # without touching the table (DESIGN.md: <= 30 ms per keystroke at 20,000).
        Index("ix_participants_search", "search_text", "number", "deleted_at", "id"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    first_names: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str | None] = mapped_column(String(40))
    last_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date] = mapped_column(Date)
    type: Mapped[str] = mapped_column(String(20))
    school: Mapped[str | None] = mapped_column(String(200))
    student_number: Mapped[str | None] = mapped_column(String(40))
    funder: Mapped[str | None] = mapped_column(String(60))
    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("companies.id"), index=True)
    badge: Mapped[str | None] = mapped_column(String(64), unique=True)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    # Folded (lower case, no accents) names, number and badge: SQL-side search.
    search_text: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company | None] = relationship()
