"""Issued certificates: frozen PDFs with a snapshot, a hash and a signed QR payload."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bvmdesk.db.base import (
    Base,
    Descriptive,
    Fact,
    enum_check,
    str80,
    supersedes_once,
    utc_datetime,
)
from bvmdesk.domain.enums import CertificateStatus


class Certificate(Base, Fact):
    """A certificate or bewijs van deelname; only its status may change once issued."""

    __tablename__ = "certificates"
    __table_args__ = (enum_check("status", CertificateStatus), supersedes_once("certificates"))
    mutable_columns = frozenset(
        {"status", "revocation_reason", "revoked_at", "revoked_by", "updated_at", "updated_by",
         "hlc"}
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participants.id"), index=True)
    enrolment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("enrolments.id"))
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5), default="nl")
    issued_at: Mapped[utc_datetime]
    issued_by: Mapped[str80]
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[dict[str, object]] = mapped_column(JSON)
    qr_payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=CertificateStatus.VALID.value)
    revocation_reason: Mapped[str | None] = mapped_column(Text)
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(80))
    supersedes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("certificates.id"))
    expires_on: Mapped[date | None]


class SigningKey(Base, Descriptive):
    """A public key that signs certificates (the private key is a file on the PCs of its
    site, never in the database). Its site is `site_id`; a retired key still verifies."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    retired_at: Mapped[datetime | None]


class EligibilityOverride(Base, Fact):
    """An administrator's decision that a person may get a certificate although a condition
    is not met, with the reason. Withdrawing it is the only change it takes."""

    __tablename__ = "eligibility_overrides"
    mutable_columns = frozenset({"withdrawn_at", "withdrawn_by", "updated_at", "updated_by",
                                 "hlc"})

    enrolment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("enrolments.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str80]
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by: Mapped[str | None] = mapped_column(String(80))
