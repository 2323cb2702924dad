"""Retention purges: the one explicit, audited way to delete facts.

The database refuses a DELETE of a fact row (db/triggers.py) unless `fact_purge_permits`
holds a permit for it. `purge` is the only code that writes permits: inside the caller's
write transaction it writes them, deletes the rows, removes the permits and records one
audit event per purged row, so the permit table is empty outside of a purge.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bvmdesk.db.models import Base, FactPurgePermit
from bvmdesk.db.triggers import rule_of
from bvmdesk.domain.participants import FieldError
from bvmdesk.domain.permissions import Permission
from bvmdesk.services import audit
from bvmdesk.services.base import Actor, NotFound, ServiceError, ValidationFailed

PURGE_ACTION = "purge"
_CHUNK = 500
_MAX_REASON = 500


def purge(session: Session, actor: Actor, table: str, row_ids: Iterable[uuid.UUID],
          reason: str) -> int:
    """Delete fact rows of `table` for good, with one audit event ("purge") per row.

    Runs inside the caller's write transaction (`Sessions.write`); nothing is committed
    here, and any error leaves the transaction to be rolled back. Rows that others refer
    to (a superseded mark, a final assessment's ratings) go in the same call, or the
    referring rows in an earlier one: the foreign keys stay enforced.

    Returns:
        The number of rows purged.

    Raises:
        PermissionDenied: the actor is not an administrator.
        ValidationFailed: no reason, or a table whose rows are never purged (audit events).
        NotFound: an id that is not in the table.
        ServiceError: another row still refers to a purged row; or stray permits exist.
    """
    actor.require(Permission.PURGE_FACTS)
    reason = (reason or "").strip()
    rule = rule_of(table)
    errors = []
    if rule is None or not rule.purgeable:
        errors.append(FieldError("table", f"{table} wordt nooit opgeschoond."))
    if not reason:
        errors.append(FieldError("reason", "Geef de reden (de bewaartermijn) op."))
    elif len(reason) > _MAX_REASON:
        errors.append(FieldError("reason", f"Maximaal {_MAX_REASON} tekens."))
    if errors:
        raise ValidationFailed(errors)
    ids = sorted(set(row_ids), key=str)
    if not ids:
        return 0
    target: Table = Base.metadata.tables[table]
    permits: Table = FactPurgePermit.__table__  # type: ignore[assignment]
    mine = permits.c.table_name == table
    if session.scalar(select(func.count()).select_from(permits).where(mine)):
        raise ServiceError(f"Er liggen al verwijdervergunningen voor {table} klaar, buiten "
                           "een opschoning om: er is met de database geknoeid.")
    rows = _rows(session, target, ids)
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFound(f"{len(missing)} van de {len(ids)} records bestaan niet in {table} "
                       f"(bijvoorbeeld {missing[0]}).")
    session.execute(insert(permits), [{"table_name": table, "row_id": i} for i in ids])
    try:
        session.execute(delete(target).where(
            target.c.id.in_(select(permits.c.row_id).where(mine))))
    except IntegrityError as exc:
        raise ServiceError(f"Andere records verwijzen nog naar deze records in {table}; "
                           "schoon die eerst op, of in dezelfde opdracht.") from exc
    session.execute(delete(permits).where(mine))
    for row_id in ids:
        audit.record(session, actor.name, PURGE_ACTION, table, row_id, before=rows[row_id],
                     after=None, detail=reason)
    return len(ids)


def _rows(session: Session, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The content of each row by id, as the audit event's `before`."""
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in session.execute(select(table).where(table.c.id.in_(chunk))):
            content = dict(row._mapping)
            found[content["id"]] = content
    return found
