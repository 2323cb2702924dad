"""Concurrent writers: advisory locks on PostgreSQL, and which database errors a retry cures.

On SQLite every write transaction begins with BEGIN IMMEDIATE, so writers take turns and
whatever a unit of work reads is still true when it writes. On a shared PostgreSQL server
several PCs run their units of work at the same time (READ COMMITTED). A unit of work that
reads something and writes on the strength of it (the current mark it supersedes, the last
number it counts on from) therefore first takes a transaction-scoped advisory lock on a key
that names what it reads. A second writer with the same key waits until the first commits,
and every statement it runs after that sees what the first one wrote.

Locks are released at commit or rollback. To stay free of deadlocks, a unit of work takes all
its advisory locks at once, in ascending order of their numbers (`lock_many`), before it
locks rows or writes; the audit chain's lock comes last (`services/audit.py`). A deadlock
that slips through anyway costs a retry, not an error (`is_retryable`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
LOCK_NOT_AVAILABLE = "55P03"
UNIQUE_VIOLATION = "23505"
# What another transaction caused and a fresh attempt does not meet again: a serialization
# failure, a deadlock, a lock wait given up, or a unique key that another PC took first (the
# fresh attempt reads that row and either builds on it or names the clash in Dutch).
RETRYABLE_STATES = frozenset({SERIALIZATION_FAILURE, DEADLOCK_DETECTED, LOCK_NOT_AVAILABLE,
                              UNIQUE_VIOLATION})
_PERSON = b"bvmdesk-lock"  # a key of its own: no other program's hash of the same text


def lock_key(*parts: object) -> int:
    """A stable signed 64-bit key for `parts` (the same in every process and on every PC)."""
    blob = "\x1f".join(str(part) for part in parts).encode("utf-8")
    digest = hashlib.blake2b(blob, digest_size=8, person=_PERSON).digest()
    return int.from_bytes(digest, "big", signed=True)


def uses_locks(session: Session) -> bool:
    """True on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers."""
    return session.get_bind().dialect.name == "postgresql"


def lock(session: Session, *parts: object, shared: bool = False) -> None:
    """Wait for, then hold until the end of the transaction, the lock named by `parts`.

    A shared lock excludes only the exclusive lock of the same key: many units of work
    that each lock one mark share the lock "all marks" that an import takes exclusively.
    """
    if uses_locks(session):
        function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
        session.execute(text(f"SELECT {function}(:key)"), {"key": lock_key(*parts)})


# One statement for many keys. unnest() yields the (sorted) array in order and the
# aggregate takes the locks one after the other in that order.
_LOCK_MANY = text(
    "SELECT count(CASE WHEN s THEN pg_advisory_xact_lock_shared(k) "
    "ELSE pg_advisory_xact_lock(k) END IS NULL) "
    "FROM unnest(CAST(:keys AS bigint[]), CAST(:shared AS boolean[])) AS t(k, s)")


def lock_many(session: Session, exclusive: Iterable[tuple[object, ...]] = (),
              shared: Iterable[tuple[object, ...]] = ()) -> None:
    """Lock every key in one statement, in ascending order of its number.

    A unit of work that takes all its locks at once, in the one order every unit uses,
    never waits crosswise with another (no deadlock). A key asked for both ways is taken
    exclusively.
    """
    if not uses_locks(session):
        return
    modes = {lock_key(*parts): True for parts in shared}
    modes.update({lock_key(*parts): False for parts in exclusive})
    if modes:
        keys = sorted(modes)
        session.execute(_LOCK_MANY, {"keys": keys, "shared": [modes[k] for k in keys]})


def sqlstate(exc: BaseException) -> str | None:
    """PostgreSQL's SQLSTATE of a database error (psycopg 3 or psycopg2), else None."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    return str(state) if state else None


def sqlite_error_name(exc: BaseException) -> str | None:
    """SQLite's extended error name (`SQLITE_BUSY`, `SQLITE_CONSTRAINT_UNIQUE` ...)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    name = getattr(orig, "sqlite_errorname", None)
    return str(name) if name else None


def is_retryable(exc: BaseException) -> bool:
    """True when running the unit of work again in a fresh transaction can succeed.

    Only PostgreSQL's states: on SQLite writers never overlap, so a constraint failure
    there is no race, and a busy database has already waited `busy_timeout`.
    """
    return isinstance(exc, DBAPIError) and sqlstate(exc) in RETRYABLE_STATES


def is_unique_violation(exc: BaseException) -> bool:
    """A unique key or primary key clash, on either backend."""
    if sqlstate(exc) == UNIQUE_VIOLATION:
        return True
    return sqlite_error_name(exc) in {"SQLITE_CONSTRAINT_UNIQUE",
                                      "SQLITE_CONSTRAINT_PRIMARYKEY"}
