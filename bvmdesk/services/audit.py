"""The hash-chained audit trail: every change to accounts and facts is a link."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from bvmdesk.db.models import AuditEvent
from bvmdesk.db.session import utcnow

GENESIS = "0" * 64
_TAIL = "audit_chain_tail"  # session.info: (transaction, hash of the last event it added)
_CHAIN_LOCK = 0x42564D41  # "BVMA": the advisory lock that serialises appends (PostgreSQL)


def digest(data: dict[str, Any] | None) -> str | None:
    """A stable SHA-256 of a record's content (None for no record)."""
    if data is None:
        return None
    blob = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _link_hash(previous: str, at: datetime, actor: str, action: str, entity_type: str,
               entity_id: str | None, before: str | None, after: str | None,
               detail: str | None) -> str:
    fields = [previous, at.isoformat(), actor, action, entity_type, entity_id or "",
              before or "", after or "", detail or ""]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def record(session: Session, actor: str, action: str, entity_type: str,
           entity_id: object | None, before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None, detail: str | None = None) -> None:
    """Append one event to the chain, inside the caller's transaction."""
    # The chain's tail is read once per transaction (after taking the lock): a unit of work
    # that appends many events (a scanner log, an import) links them in memory. (No
    # savepoints are used: a rolled-back savepoint would need the tail read again.)
    transaction = session.get_transaction()
    tail = session.info.get(_TAIL)
    if tail is not None and tail[0] is transaction:
        previous = tail[1]
    else:
        if session.get_bind().dialect.name == "postgresql":
            # Writers on a shared server would otherwise both link to the same last event
            # and fork the chain; on SQLite, BEGIN IMMEDIATE already serialises writers.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK})
        last = session.scalars(
            select(AuditEvent.hash).order_by(AuditEvent.sequence.desc()).limit(1)
        ).first()
        previous = last or GENESIS
    at = utcnow()
    entity = str(entity_id) if entity_id is not None else None
    d_before, d_after = digest(before), digest(after)
    link = _link_hash(previous, at, actor, action, entity_type, entity, d_before, d_after,
                      detail)
    session.add(
        AuditEvent(
            at=at, actor=actor, action=action, entity_type=entity_type, entity_id=entity,
            digest_before=d_before, digest_after=d_after, detail=detail,
            previous_hash=previous, hash=link,
        )
    )
    session.flush()
    session.info[_TAIL] = (transaction, link)


@dataclass(frozen=True)
class ChainProblem:
    sequence: int
    message: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every broken link of the chain (an empty list: intact)."""
    problems: list[ChainProblem] = []
    previous = GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.sequence)):
        if event.previous_hash != previous:
            problems.append(ChainProblem(event.sequence, "schakel verwijst niet naar de vorige"))
        expected = _link_hash(event.previous_hash, event.at, event.actor, event.action,
                              event.entity_type, event.entity_id, event.digest_before,
                              event.digest_after, event.detail)
        if event.hash != expected:
            problems.append(ChainProblem(event.sequence, "inhoud gewijzigd na vastleggen"))
        previous = event.hash
    return problems
