"""The hash-chained audit trail: every changed row is a link (db.audit does the linking).

Services name the events of the rows they change with `record_row` (`attendance.mark`,
`user.password`, ...); a row a unit of work changes without naming it still gets its own
event at commit. `record` adds an event that is not about one row (an import's summary).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.audit import GENESIS, Chain, digest, link_hash
from bvmdesk.db.models import AuditEvent
from bvmdesk.db.session import record_row as _record_row
from bvmdesk.db.session import stamp_of

__all__ = ["GENESIS", "ChainProblem", "digest", "record", "record_row", "verify_chain"]


def record(session: Session, actor: str, action: str, entity_type: str,
           entity_id: object | None, before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None, detail: str | None = None) -> None:
    """Append one event that is not the change of one row, inside the caller's transaction."""
    entity = str(entity_id) if entity_id is not None else None
    Chain.of(session).append(stamp_of(session).now, actor, action, entity_type, entity,
                             digest(before), digest(after), detail)


def record_row(session: Session, actor: str, action: str, row: Any,
               detail: str | None = None) -> None:
    """The event of one row this unit of work changed (after it was added or modified)."""
    _record_row(session, action, row, detail=detail, actor=actor)


@dataclass(frozen=True)
class ChainProblem:
    sequence: int
    message: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every broken link of the chain (an empty list: intact)."""
    return list(iter_chain_problems(session))


def iter_chain_problems(session: Session) -> Iterator[ChainProblem]:
    previous = GENESIS
    expected_sequence: int | None = None
    rows = session.execute(
        select(AuditEvent.sequence, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
               AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.digest_before,
               AuditEvent.digest_after, AuditEvent.detail, AuditEvent.previous_hash,
               AuditEvent.hash).order_by(AuditEvent.sequence)
        .execution_options(yield_per=10_000))
    for (sequence, at, actor, action, entity_type, entity_id, before, after, detail,
         previous_hash, link) in rows:
        if expected_sequence is not None and sequence != expected_sequence:
            yield ChainProblem(sequence, f"gebeurtenissen {expected_sequence} tot {sequence} "
                                         "ontbreken")
        if previous_hash != previous:
            yield ChainProblem(sequence, "schakel verwijst niet naar de vorige")
        expected = link_hash(previous_hash, at, actor, action, entity_type, entity_id, before,
                             after, detail)
        if link != expected:
            yield ChainProblem(sequence, "inhoud gewijzigd na vastleggen")
        previous = link
        expected_sequence = sequence + 1
