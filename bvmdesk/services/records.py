"""What every master-data service shares (Beheer: locaties, leerbedrijven,
praktijkopleiders, modules, groepen).

The contract (`RecordService`) is what the one master-data panel of the GUI
(`ui.admin.records.RecordPanel`) calls for every section:

- `records(actor, include_archived)` the list rows (`RecordRow` or a subclass);
- `get(actor, id)` the form data of one record;
- `validate(data)` the pure rules, run by the form on every keystroke;
- `save(actor, id or None, data)` create or update, after the rules and the database's
  own checks (a code in use), one audited write;
- `archive(actor, id)` a tombstone (`deleted_at`), refused with `InUse` while other rows
  still use the record, saying where; `restore(actor, id)` undoes it.

A code stays unique among archived rows too (the database's unique key): a code that an
archived record holds is refused with a hint to restore that record.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bvmdesk.domain.participants import FieldError
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed

D = TypeVar("D")
R_co = TypeVar("R_co", covariant=True)


class InUse(ServiceError):
    """A record cannot be archived while other rows still use it; the message says where."""


@dataclass(frozen=True)
class RecordRow:
    """One row of a master-data list: at least its id, code, name and whether archived."""

    id: uuid.UUID
    code: str
    name: str
    archived: bool


@dataclass(frozen=True)
class Usage:
    """`count` rows of one kind still use a record: "3 praktijkopleiders"."""

    count: int
    one: str  # "praktijkopleider"
    many: str  # "praktijkopleiders"

    def text(self) -> str:
        return f"{self.count} {self.one if self.count == 1 else self.many}"


class RecordService(Protocol[R_co, D]):
    """What the master-data panel calls (see the module's docstring)."""

    def records(self, actor: Actor, include_archived: bool = False) -> Sequence[R_co]: ...

    def get(self, actor: Actor, record_id: uuid.UUID) -> D: ...

    def validate(self, data: D) -> list[FieldError]: ...

    def save(self, actor: Actor, record_id: uuid.UUID | None, data: D) -> uuid.UUID: ...

    def archive(self, actor: Actor, record_id: uuid.UUID) -> None: ...

    def restore(self, actor: Actor, record_id: uuid.UUID) -> None: ...


def count_of(s: Session, column: Any, value: uuid.UUID, *where: Any) -> int:
    """How many live rows (no tombstone) of `column`'s table have `column == value`."""
    table = column.class_
    stmt = select(func.count()).select_from(table).where(column == value, *where)
    if hasattr(table, "deleted_at"):
        stmt = stmt.where(table.deleted_at.is_(None))
    return int(s.scalar(stmt) or 0)


def refuse_in_use(what: str, usages: Sequence[Usage]) -> None:
    """Raises InUse naming every use of `what` ("Leerbedrijf ACME") that is not zero."""
    used = [u.text() for u in usages if u.count]
    if not used:
        return
    listed = used[0] if len(used) == 1 else ", ".join(used[:-1]) + " en " + used[-1]
    raise InUse(f"{what} is nog in gebruik bij {listed}. Archiveer of wijzig die eerst; "
                "er is niets gewijzigd.")


def refuse_taken_code(s: Session, model: Any, code: str, own: uuid.UUID | None,
                      field: str = "code", column: Any = None) -> None:
    """Raises ValidationFailed when another row of `model` holds `code` (archived or not)."""
    column = column if column is not None else model.code
    clash = s.execute(select(model.id, model.deleted_at).where(column == code)).first()
    if clash is None or clash.id == own:
        return
    hint = (" door een gearchiveerd record; vink 'ook gearchiveerd' aan en zet het terug"
            if clash.deleted_at is not None else "")
    raise ValidationFailed([FieldError(field, f"Code {code} is al in gebruik{hint}.")])


def live(s: Session, model: Any, record_id: uuid.UUID, missing: str, *,
         archived_too: bool = False) -> Any:
    """The row, locked until commit (a second PC's change waits and builds on it)."""
    row = s.get(model, record_id, with_for_update=True, populate_existing=True)
    if row is None or (row.deleted_at is not None and not archived_too):
        raise NotFound(missing)
    return row


def set_archived(s: Session, actor: Actor, row: Any, archived: bool, action: str,
                 now: Any) -> None:
    """Tombstone (or restore) `row` and audit it as `action` (e.g. "company.archive")."""
    row.deleted_at = now if archived else None
    s.flush()
    audit.record_row(s, actor.name, action, row)
