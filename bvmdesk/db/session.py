"""Sessions for reading and writing, and the flush hook that stamps provenance and HLC.

Every ORM write goes through `Sessions.write(actor)`: one transaction (BEGIN IMMEDIATE on
SQLite) whose flush fills in `created_*`, `updated_*`, `site_id` and `hlc`, and refuses
to change or delete a fact that is final.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from bvmdesk.db.base import Fact, Syncable
from bvmdesk.db.engine import writer
from bvmdesk.db.models import LocalSetting, Site
from bvmdesk.domain.hlc import HybridLogicalClock

LOCAL_SITE_KEY = "site_id"
_PROCESS_CLOCK = HybridLogicalClock()


class FactImmutableError(Exception):
    """An attempt to change or delete a final fact in place (a correction must supersede)."""


def utcnow() -> datetime:
    """The current UTC time as a naive datetime (how both databases give it back)."""
    return datetime.now(UTC).replace(tzinfo=None)


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


def _is_locked(obj: Fact) -> bool:
    if obj.final_status is None:
        return True
    return bool(_committed_value(obj, "status") == obj.final_status)


def _check_fact_update(obj: Fact) -> None:
    state = inspect(obj)
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    forbidden = changed - obj.mutable_columns - {"updated_at", "updated_by", "hlc"}
    if forbidden and _is_locked(obj):
        raise FactImmutableError(
            f"{type(obj).__name__} is definitief en wordt niet overschreven "
            f"({', '.join(sorted(forbidden))}); leg een correctie vast als nieuw record."
        )


@event.listens_for(BvmSession, "before_flush")
def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    now = utcnow()
    actor: str = session.info.get("actor", "system")
    clock: HybridLogicalClock = session.info.get("clock", _PROCESS_CLOCK)
    site_id: uuid.UUID | None = session.info.get("site_id")
    for obj in session.deleted:
        if isinstance(obj, Fact):
            raise FactImmutableError(
                f"{type(obj).__name__} is een vastgelegd feit en wordt nooit verwijderd."
            )
    for obj in session.new:
        if not isinstance(obj, Syncable):
            continue
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.created_by = obj.created_by or actor
        obj.updated_by = actor
        obj.hlc = clock.tick()
        if obj.site_id is None and not isinstance(obj, Site):
            if site_id is None:
                site_id = local_site_id(session)
                session.info["site_id"] = site_id
            obj.site_id = site_id
    for obj in session.dirty:
        if not isinstance(obj, Syncable) or not session.is_modified(obj):
            continue
        if isinstance(obj, Fact):
            _check_fact_update(obj)
        obj.updated_at = now
        obj.updated_by = actor
        obj.hlc = clock.tick()


class Sessions:
    """Opens read sessions and write transactions on one engine."""

    def __init__(self, engine: Engine, now: Callable[[], datetime] = utcnow) -> None:
        self.engine = engine
        self.now = now
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

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One unit of work for `actor`: committed at the end, rolled back on any error."""
        with self._writer.begin() as session:
            session.info["actor"] = actor
            yield session

    def local_site_id(self) -> uuid.UUID | None:
        with self.read() as session:
            return local_site_id(session)

    def has_schema(self) -> bool:
        from sqlalchemy import inspect as sa_inspect

        return sa_inspect(self.engine).has_table("sites")

    def site_count(self) -> int:
        with self.read() as session:
            return len(session.scalars(select(Site.id)).all())
