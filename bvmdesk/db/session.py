"""Sessions for reading and writing, and the one stamping step of every write.

Every write goes through `Sessions.write(actor)`: one transaction (BEGIN IMMEDIATE on
SQLite). Its flush fills in `created_*`, `updated_*`, `site_id` and `hlc` (the bulk writers
of the import and the demo call `Stamp` for the same columns), refuses to change or delete a
fact that is final, and gives every changed row its own audit event (db.audit). After the
commit the chain's head is written to the head file beside the database (db.head).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, event, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from bvmdesk.db.audit import Chain, content_columns, row_digest
from bvmdesk.db.base import Fact, Syncable
from bvmdesk.db.engine import writer
from bvmdesk.db.head import ChainHead, head_path, remove_stale_temp_files, write_head
from bvmdesk.db.models import Assessment, Attachment, Base, LocalSetting, Rating, Site
from bvmdesk.domain.clock import SYSTEM_CLOCK, Clock
from bvmdesk.domain.hlc import HybridLogicalClock

LOCAL_SITE_KEY = "site_id"
_PROCESS_CLOCK = HybridLogicalClock()
_CHANGED = "bvm_changed_rows"  # session.info: rows flushed but not yet given an event
_log = logging.getLogger(__name__)


class FactImmutableError(Exception):
    """An attempt to change or delete a final fact in place (a correction must supersede)."""


def utcnow() -> datetime:
    """The current UTC time as a naive datetime (how both databases give it back)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Stamp:
    """The provenance of one unit of work: who, when, where. ORM and bulk rows share it."""

    actor: str
    now: datetime  # naive UTC
    site_id: uuid.UUID | None
    hlc: HybridLogicalClock

    def created(self) -> dict[str, Any]:
        """The syncable columns of a new row (without `id`)."""
        now, actor = self.now, self.actor
        return {"site_id": self.site_id, "created_at": now, "updated_at": now,
                "created_by": actor, "updated_by": actor, "hlc": self.hlc.tick()}

    def updated(self) -> dict[str, Any]:
        return {"updated_at": self.now, "updated_by": self.actor, "hlc": self.hlc.tick()}


def stamp_of(session: Session) -> Stamp:
    """The stamp of `session`'s unit of work (bulk writers use it for their rows)."""
    site_id: uuid.UUID | None = session.info.get("site_id")
    if site_id is None:
        site_id = local_site_id(session)
        session.info["site_id"] = site_id
    return Stamp(session.info.get("actor", "system"), _session_now(session), site_id,
                 session.info.get("clock", _PROCESS_CLOCK))


def _session_now(session: Session) -> datetime:
    now: datetime | None = session.info.get("now")
    if now is None:
        clock: Clock = session.info.get("wall_clock", SYSTEM_CLOCK)
        now = session.info["now"] = clock.utcnow()
    return now


def process_clock() -> HybridLogicalClock:
    """This process's hybrid logical clock (bulk writers stamp rows with it too)."""
    return _PROCESS_CLOCK


class BvmSession(Session):
    """Our session class; the flush hook below is attached to it only."""


def local_site_id(session: Session) -> uuid.UUID | None:
    """The site this installation is, or None before `init`."""
    value = session.get(LocalSetting, LOCAL_SITE_KEY)
    return uuid.UUID(value.value) if value else None


def _committed_value(obj: Any, attr: str) -> Any:
    history = inspect(obj).attrs[attr].history
    if history.deleted:
        return history.deleted[0]
    return getattr(obj, attr)


def _draft_assessment(session: Session, assessment_id: object) -> bool:
    """True when `assessment_id` is an assessment that is still a draft (as committed)."""
    with session.no_autoflush:
        parent = session.get(Assessment, assessment_id)
    return parent is not None and _committed_value(parent, "status") != Assessment.final_status


def _is_locked(session: Session, obj: Fact, *, deleting: bool = False) -> bool:
    """Whether `obj` may no longer change (or, `deleting`, be deleted) in place.

    A draft assessment is free; so are its ratings (before and after a change of
    `assessment_id`) and, for deletion only, its photos (db.triggers says the same).
    """
    if isinstance(obj, Rating):
        return not all(_draft_assessment(session, key)
                       for key in {_committed_value(obj, "assessment_id"), obj.assessment_id})
    if deleting and isinstance(obj, Attachment) and obj.owner_type == "assessment":
        return not _draft_assessment(session, obj.owner_id)
    if obj.final_status is None:
        return True
    return bool(_committed_value(obj, "status") == obj.final_status)


def _check_fact_update(session: Session, obj: Fact) -> None:
    state = inspect(obj)
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    forbidden = changed - obj.mutable_columns - {"updated_at", "updated_by", "hlc"}
    if forbidden and _is_locked(session, obj):
        raise FactImmutableError(
            f"{type(obj).__name__} is definitief en wordt niet overschreven "
            f"({', '.join(sorted(forbidden))}); leg een correctie vast als nieuw record."
        )


def _table(obj: Any) -> Table:
    table: Table = type(obj).__table__
    return table


def _values(obj: Any, committed: bool = False) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        values[attr.columns[0].name] = (_committed_value(obj, key) if committed
                                        else getattr(obj, key))
    return values


def _digest(obj: Any, committed: bool = False) -> str:
    return row_digest(_values(obj, committed), content_columns(_table(obj)))


def _changed(session: Session) -> dict[tuple[str, str], list[Any]]:
    """Rows changed in this transaction that have no event yet: key -> [obj, kind, before]."""
    found = session.info.get(_CHANGED)
    transaction = session.get_transaction()
    if found is None or found[0] is not transaction:
        found = session.info[_CHANGED] = (transaction, {})
    changed: dict[tuple[str, str], list[Any]] = found[1]
    return changed


@event.listens_for(BvmSession, "before_flush")
def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    stamp = stamp_of(session)
    changed = _changed(session)
    for obj in session.deleted:
        if isinstance(obj, Fact) and _is_locked(session, obj, deleting=True):
            raise FactImmutableError(
                f"{type(obj).__name__} is een vastgelegd feit en wordt nooit verwijderd."
            )
        if isinstance(obj, Syncable):
            changed[(_table(obj).name, str(obj.id))] = [obj, "delete", _digest(obj, True)]
    for obj in session.new:
        if not isinstance(obj, Syncable):
            continue
        obj.created_at = obj.created_at or stamp.now
        obj.updated_at = stamp.now
        obj.created_by = obj.created_by or stamp.actor
        obj.updated_by = stamp.actor
        obj.hlc = stamp.hlc.tick()
        if obj.site_id is None and not isinstance(obj, Site):
            obj.site_id = stamp.site_id
        if obj.id is None:
            obj.id = uuid.uuid4()
        changed.setdefault((_table(obj).name, str(obj.id)), [obj, "insert", None])
    for obj in session.dirty:
        if not isinstance(obj, Syncable) or not session.is_modified(obj):
            continue
        if isinstance(obj, Fact):
            _check_fact_update(session, obj)
        key = (_table(obj).name, str(obj.id))
        if key not in changed:
            changed[key] = [obj, "update", _digest(obj, True)]
        obj.updated_at = stamp.now
        obj.updated_by = stamp.actor
        obj.hlc = stamp.hlc.tick()


def record_row(session: Session, action: str, obj: Any, detail: str | None = None,
               actor: str | None = None) -> None:
    """The event of one changed row, named by the service (`attendance.mark`, ...).

    Rows a unit of work changes without naming them get an event at commit anyway
    (`<table>.insert|update|delete`).
    """
    session.flush()
    key = (_table(obj).name, str(obj.id))
    entry = _changed(session).pop(key, None)
    kind, before = (entry[1], entry[2]) if entry else ("update", None)
    after = None if kind == "delete" else _digest(obj)
    Chain.of(session).append(_session_now(session), actor or stamp_of(session).actor, action,
                             key[0], key[1], before, after, detail)


@event.listens_for(BvmSession, "before_commit")
def _before_commit(session: Session) -> None:
    session.flush()
    changed = _changed(session)
    if changed:
        chain = Chain.of(session)
        now, actor = _session_now(session), stamp_of(session).actor
        for (table, entity_id), (obj, kind, before) in list(changed.items()):
            after = None if kind == "delete" else _digest(obj)
            chain.append(now, actor, f"{table}.{kind}", table, entity_id, before, after, None)
        changed.clear()
    current = Chain.current(session)
    if current is not None:
        current.flush()


def seed_hlc(session: Session, clock: HybridLogicalClock) -> None:
    """Move the clock past the highest stamp stored: a PC whose clock was set back never
    stamps new rows below old ones."""
    highest: str | None = None
    for table in Base.metadata.sorted_tables:
        if "hlc" not in table.c:
            continue
        value = session.execute(select(func.max(table.c.hlc))).scalar()
        if value is not None and (highest is None or value > highest):
            highest = value
    if highest is not None:
        try:
            clock.observe(highest)
        except ValueError:
            _log.warning("onleesbare HLC-waarde in de database: %r", highest)


class Sessions:
    """Opens read sessions and write transactions on one engine."""

    def __init__(self, engine: Engine, clock: Clock = SYSTEM_CLOCK,
                 hlc: HybridLogicalClock | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.hlc = hlc or _PROCESS_CLOCK
        self._seeded = False
        self._head_path = head_path(engine)
        if self._head_path is not None:
            remove_stale_temp_files(self._head_path)
        self._reader = sessionmaker(engine, class_=BvmSession, expire_on_commit=False)
        self._writer = sessionmaker(writer(engine), class_=BvmSession, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it did is rolled back at the end."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    def now(self) -> datetime:
        """Now in UTC, naive (how stored moments are kept)."""
        return self.clock.utcnow()

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One unit of work for `actor`: committed at the end, rolled back on any error.

        After the commit, the audit chain's new head goes to the head file.
        """
        with self._writer.begin() as session:
            session.info["actor"] = actor
            session.info["clock"] = self.hlc
            session.info["wall_clock"] = self.clock
            if not self._seeded:
                seed_hlc(session, self.hlc)
                self._seeded = True
            yield session
        found = session.info.get("bvm_audit_chain")
        head = found[1].head if found is not None else None
        if head is not None:
            self._write_head(head)

    def _write_head(self, head: ChainHead) -> None:
        if self._head_path is None:
            return
        try:
            self._head_path.parent.mkdir(parents=True, exist_ok=True)
            write_head(self._head_path, head)
        except OSError as exc:  # the write itself is committed; the check will tell
            _log.warning("kopbestand %s niet geschreven: %s", self._head_path, exc)

    def head_path(self) -> Path | None:
        return self._head_path

    def local_site_id(self) -> uuid.UUID | None:
        with self.read() as session:
            return local_site_id(session)

    def has_schema(self) -> bool:
        from sqlalchemy import inspect as sa_inspect

        return sa_inspect(self.engine).has_table("sites")

    def site_count(self) -> int:
        with self.read() as session:
            return len(session.scalars(select(Site.id)).all())
