"""Declarative base, naming convention and the columns every syncable row carries."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated, ClassVar

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Time,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

uuid_pk = Annotated[uuid.UUID, mapped_column(Uuid, primary_key=True, default=uuid.uuid4)]
str20 = Annotated[str, mapped_column(String(20))]
str80 = Annotated[str, mapped_column(String(80))]
str200 = Annotated[str, mapped_column(String(200))]
utc_datetime = Annotated[datetime, mapped_column(DateTime)]
local_date = Annotated[date, mapped_column(Date)]
local_time = Annotated[time, mapped_column(Time)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {uuid.UUID: Uuid, str: String(255), datetime: DateTime}


def supersedes_once(table: str, column: str = "supersedes_id") -> Index:
    """A unique index on `column` over the rows where it is set: a row is superseded (or
    withdrawn) at most once. Partial, so the many rows that supersede nothing cost nothing."""
    where = text(f"{column} IS NOT NULL")
    return Index(f"uq_{table}_{column}", column, unique=True, sqlite_where=where,
                 postgresql_where=where)


def enum_check(column: str, enum: type[StrEnum], name: str | None = None) -> CheckConstraint:
    """A CHECK constraint that limits `column` to the values of `enum`."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name or column)


class Syncable:
    """Columns of every row that can travel between sites (DATA_MODEL.md).

    `site_id` is the site of origin; `hlc` orders changes across sites. The session's
    `before_flush` hook (db.session) fills these in for ORM writes; bulk writes fill them
    in themselves.
    """

    id: Mapped[uuid_pk]

    @declared_attr
    @classmethod
    def site_id(cls) -> Mapped[uuid.UUID]:
        return mapped_column(ForeignKey("sites.id"), index=False)

    created_at: Mapped[utc_datetime]
    updated_at: Mapped[utc_datetime]
    created_by: Mapped[str80]
    updated_by: Mapped[str80]
    hlc: Mapped[str] = mapped_column(String(24), index=True)


class Descriptive(Syncable):
    """Rows edited in place; deletion is a tombstone so that it syncs."""

    deleted_at: Mapped[datetime | None]


class Fact(Syncable):
    """Append-only rows: once final, never updated in place (db.session refuses it for the
    ORM, the triggers of db.triggers for any SQL)."""

    # Columns that may still change on a final fact (e.g. a certificate's status).
    mutable_columns: ClassVar[frozenset[str]] = frozenset()
    # For facts that start as a draft: the status value from which on the row is locked.
    # None: the row is final from the moment it is written.
    final_status: ClassVar[str | None] = None
