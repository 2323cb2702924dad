"""Retention purges: the one audited path past the fact triggers (services/retention.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import Uuid, bindparam, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from bvmdesk.db.models import AttendanceMark, AuditEvent, Base, FactPurgePermit, Rating
from bvmdesk.services import audit, retention
from bvmdesk.services.base import (
    Actor,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
)
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.db.facts import FactRows, write_fact_rows

# Set-up databases on both backends (shared with tests/db).
site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

REASON = "bewaartermijn presentie verstreken (7 jaar)"


@pytest.fixture
def facts(services: Services) -> FactRows:
    return write_fact_rows(services)


def _corrections(services: Services, facts: FactRows, count: int) -> list[uuid.UUID]:
    """The fact mark and `count` marks that each correct the one before: one chain."""
    chain = [facts.keys["attendance_marks"]]
    for n in range(count):
        with sessions_of(services).write("docent") as s:
            mark = AttendanceMark(lesson_id=facts.world.lesson_id,
                                  participant_id=facts.world.participant_id,
                                  status="te_laat" if n % 2 == 0 else "aanwezig",
                                  recorded_by="docent", recorded_at=datetime(2026, 9, 7, 11),
                                  supersedes_id=chain[-1], reason=f"correctie {n}")
            s.add(mark)
            s.flush()
            chain.append(mark.id)
    return [k for k in chain if isinstance(k, uuid.UUID)]


def _marks(services: Services) -> set[uuid.UUID]:
    with sessions_of(services).read() as s:
        return set(s.scalars(select(AttendanceMark.id)))


def _permits(services: Services) -> int:
    with sessions_of(services).read() as s:
        return int(s.scalar(select(func.count()).select_from(FactPurgePermit)) or 0)


def _events(services: Services) -> list[tuple[str, str, str, str | None, str | None,
                                               str | None, str | None]]:
    """(action, entity_type, actor, entity_id, detail, digest_before, digest_after)."""
    with sessions_of(services).read() as s:
        return [(e.action, e.entity_type, e.actor, e.entity_id, e.detail, e.digest_before,
                 e.digest_after)
                for e in s.scalars(select(AuditEvent).order_by(AuditEvent.sequence))]


def test_a_purge_of_marks_deletes_them_and_leaves_one_event_each(
        services: Services, admin: Actor, facts: FactRows) -> None:
    chain = _corrections(services, facts, 3)
    t = Base.metadata.tables["attendance_marks"]
    with sessions_of(services).read() as s:
        contents = {r.id: dict(r._mapping) for r in s.execute(select(t))}
    events_before = len(_events(services))
    with sessions_of(services).write(admin.name) as s:
        assert retention.purge(s, admin, "attendance_marks", reversed(chain), REASON) == 4
    assert _marks(services) == set()
    assert _permits(services) == 0
    events = _events(services)
    purged = events[events_before:]
    assert len(purged) == 4
    assert {e[3] for e in purged} == {str(k) for k in chain}
    assert {(e[0], e[1], e[2], e[4], e[6]) for e in purged} == {
        ("purge", "attendance_marks", admin.name, REASON, None)}
    for event in purged:  # the digest of what was deleted, for whoever kept a copy
        assert event[5] == audit.digest(contents[uuid.UUID(event[3] or "")])
    with sessions_of(services).read() as s:
        assert audit.verify_chain(s) == []


def test_a_raw_delete_without_a_permit_is_still_refused(services: Services, admin: Actor,
                                                        facts: FactRows) -> None:
    chain = _corrections(services, facts, 1)
    with sessions_of(services).write(admin.name) as s:
        retention.purge(s, admin, "attendance_marks", [chain[-1]], REASON)
    assert _marks(services) == {chain[0]}
    with pytest.raises(IntegrityError, match="attendance_marks wordt nooit"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(text("DELETE FROM attendance_marks"))
    assert _marks(services) == {chain[0]} and _permits(services) == 0


def test_a_permit_is_for_one_row_of_one_table(services: Services, facts: FactRows) -> None:
    """A permit for another table, or another row, lets nothing through."""
    mark = facts.keys["attendance_marks"]
    with pytest.raises(IntegrityError, match="attendance_marks wordt nooit"), \
            sessions_of(services).write("aanvaller") as s:
        s.execute(insert(FactPurgePermit).values(table_name="signoffs", row_id=mark))
        s.execute(insert(FactPurgePermit).values(table_name="attendance_marks",
                                                 row_id=uuid.uuid4()))
        s.execute(text("DELETE FROM attendance_marks WHERE id = :k")
                  .bindparams(bindparam("k", mark, type_=Uuid())))
    assert mark in _marks(services)


def test_only_an_admin_purges_and_refusals_change_nothing(
        services: Services, admin: Actor, instructor: Actor, facts: FactRows) -> None:
    mark = facts.keys["attendance_marks"]
    assert isinstance(mark, uuid.UUID)
    events = len(_events(services))
    attempts: list[tuple[Actor, str, list[uuid.UUID], str, type[Exception], str]] = [
        (instructor, "attendance_marks", [mark], REASON, PermissionDenied,
         "bewaartermijn verwijderen"),
        (admin, "attendance_marks", [mark], "  ", ValidationFailed, "reden"),
        (admin, "audit_events", [mark], REASON, ValidationFailed, "nooit opgeschoond"),
        (admin, "participants", [facts.world.participant_id], REASON, ValidationFailed,
         "nooit opgeschoond"),
        (admin, "attendance_marks", [mark, uuid.uuid4()], REASON, NotFound, "1 van de 2"),
    ]
    for actor, table, ids, reason, error, message in attempts:
        with pytest.raises(error, match=message), sessions_of(services).write(actor.name) as s:
            retention.purge(s, actor, table, ids, reason)
    assert mark in _marks(services)
    assert (len(_events(services)), _permits(services)) == (events, 0)


def test_a_row_still_referred_to_is_not_purged_alone(services: Services, admin: Actor,
                                                     facts: FactRows) -> None:
    """The first mark of a chain while its correction stays; a final assessment while its
    rating stays: the foreign keys refuse, in Dutch, and nothing is deleted."""
    chain = _corrections(services, facts, 1)
    for table, key in (("attendance_marks", chain[0]),
                       ("assessments", facts.final_assessment)):
        with pytest.raises(ServiceError, match="verwijzen nog"), \
                sessions_of(services).write(admin.name) as s:
            retention.purge(s, admin, table, [key], REASON)
    assert _marks(services) == set(chain)
    assert _permits(services) == 0
    # In order, the rating first: a final assessment's ratings and then the assessment.
    with sessions_of(services).read() as s:
        ratings = list(s.scalars(select(Rating.id).where(
            Rating.assessment_id == facts.final_assessment)))
    with sessions_of(services).write(admin.name) as s:
        assert retention.purge(s, admin, "ratings", ratings, REASON) == 1
        assert retention.purge(s, admin, "assessments", [facts.final_assessment], REASON) == 1
    assert _permits(services) == 0


def test_stray_permits_stop_a_purge(services: Services, admin: Actor,
                                    facts: FactRows) -> None:
    """A permit left by anyone but `purge` is tampering: purge refuses to work around it."""
    mark = facts.keys["attendance_marks"]
    assert isinstance(mark, uuid.UUID)
    with pytest.raises(ServiceError, match="geknoeid"), \
            sessions_of(services).write(admin.name) as s:
        s.execute(insert(FactPurgePermit).values(table_name="attendance_marks",
                                                 row_id=uuid.uuid4()))
        retention.purge(s, admin, "attendance_marks", [mark], REASON)
    assert mark in _marks(services) and _permits(services) == 0
