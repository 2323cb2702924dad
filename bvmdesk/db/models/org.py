"""Sites, accounts, local settings, number sequences, the audit trail and purge permits."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from bvmdesk.db.base import Base, Descriptive, enum_check, str80, str200, utc_datetime
from bvmdesk.domain.enums import Role


class Site(Base, Descriptive):
    """A location of the BVM (Zwolle `ZWL`, Terborg `TBG`)."""

    __tablename__ = "sites"

    # The site of origin of a site row may be the site itself, or not yet known.
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))  # type: ignore[assignment]
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str200]
    city: Mapped[str | None] = mapped_column(String(120))
    settings: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    signing_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class User(Base, Descriptive):
    """An account: an administrator or an instructor."""

    __tablename__ = "users"
    __table_args__ = (enum_check("role", Role),)

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str200]
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    # Set by an administrator's reset: the next login asks for a new password first.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


class LocalSetting(Base):
    """Settings of this installation only (never synced), e.g. which site it is."""

    __tablename__ = "local_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NumberSequence(Base):
    """The last number handed out per site and kind; numbers are never reused."""

    __tablename__ = "number_sequences"

    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEvent(Base):
    """One link of this site's hash-chained audit trail. Never synced as mutable data."""

    __tablename__ = "audit_events"

    sequence: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[utc_datetime]
    actor: Mapped[str80]
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    digest_before: Mapped[str | None] = mapped_column(String(64))
    digest_after: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class FactPurgePermit(Base):
    """A permit to delete one fact row: the database's DELETE triggers refuse a fact row
    without one. Only `services.retention.purge` writes permits, and removes them in the
    same transaction, so the table is empty outside of a purge."""

    __tablename__ = "fact_purge_permits"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
