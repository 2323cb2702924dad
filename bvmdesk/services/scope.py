"""Own groups only (issue 16): which groups, lessons and participants an actor may see.

An administrator, the command line and the read-only smoke test see everything. An
instructor sees the groups they teach (a group's main or extra instructor, or the
instructor of one of its lessons) and the participants enrolled in those groups (any
status: a participant who stopped stays visible to the group's instructors). Every service
applies these rules to every read and write; the GUI simply shows less.

Use:
- `limit(stmt, actor, column)` to narrow a query on a group id or participant id column;
- `require_group / require_lesson / require_participant` before reading or writing one
  object (raises PermissionDenied with a Dutch message, never shows the data);
- `scoped(actor)` to ask whether any narrowing applies.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, exists, false, select, union
from sqlalchemy.orm import Session

from bvmdesk.db.models import Enrolment, Group, GroupInstructor, Lesson
from bvmdesk.domain.enums import Role
from bvmdesk.services.base import Actor, PermissionDenied

_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")

NOT_YOURS = ("Dit hoort niet bij uw groepen: u ziet en wijzigt alleen de groepen die u "
             "lesgeeft en hun deelnemers (ingelogd als {name}).")


def scoped(actor: Actor) -> bool:
    """True when `actor` sees only their own groups (an instructor who logged in)."""
    return actor.role is Role.INSTRUCTOR and not actor.read_only


def taught_group_ids(actor: Actor) -> Select[Any]:
    """A select of the ids of the groups `actor` teaches (for `IN (...)`)."""
    user = actor.user_id
    if user is None:  # an instructor without an account teaches nothing
        return select(Group.id).where(false())
    taught = union(
        select(Group.id).where(Group.instructor_id == user, Group.deleted_at.is_(None)),
        select(GroupInstructor.group_id).where(GroupInstructor.user_id == user,
                                               GroupInstructor.deleted_at.is_(None)),
        select(Lesson.group_id).where(Lesson.instructor_id == user,
                                      Lesson.deleted_at.is_(None)),
    ).subquery()
    return select(taught.c[0])


def visible_participant_ids(actor: Actor) -> Select[Any]:
    """A select of the ids of the participants enrolled in a group `actor` teaches."""
    return select(Enrolment.participant_id).where(
        Enrolment.deleted_at.is_(None), Enrolment.group_id.in_(taught_group_ids(actor)))


def group_filter(actor: Actor, column: Any) -> ColumnElement[bool] | None:
    """The condition on a group id column, or None when `actor` sees everything."""
    return column.in_(taught_group_ids(actor)) if scoped(actor) else None


def participant_filter(actor: Actor, column: Any) -> ColumnElement[bool] | None:
    """The condition on a participant id column, or None when `actor` sees everything."""
    return column.in_(visible_participant_ids(actor)) if scoped(actor) else None


def few_participants_filter(actor: Actor, column: Any) -> ColumnElement[bool] | None:
    """`participant_filter` as a check per row: for a query on a few given participants
    (a page of a list), which then need not work out everyone the actor may see."""
    if not scoped(actor):
        return None
    return exists().where(Enrolment.participant_id == column, Enrolment.deleted_at.is_(None),
                          Enrolment.group_id.in_(taught_group_ids(actor)))


def limit_groups(stmt: _S, actor: Actor, column: Any) -> _S:
    """`stmt` narrowed to the groups `actor` teaches (unchanged for an administrator)."""
    condition = group_filter(actor, column)
    return stmt if condition is None else stmt.where(condition)


def limit_participants(stmt: _S, actor: Actor, column: Any) -> _S:
    """`stmt` narrowed to the participants `actor` may see (unchanged for an admin)."""
    condition = participant_filter(actor, column)
    return stmt if condition is None else stmt.where(condition)


def _refuse(actor: Actor) -> PermissionDenied:
    return PermissionDenied(NOT_YOURS.format(name=actor.name))


def teaches(session: Session, actor: Actor, group_id: uuid.UUID | None) -> bool:
    """True when `actor` may see group `group_id` (always for an administrator)."""
    if not scoped(actor):
        return True
    if group_id is None:
        return False
    return session.scalar(
        select(Group.id).where(Group.id == group_id, Group.id.in_(taught_group_ids(actor)))
    ) is not None


def sees_participant(session: Session, actor: Actor, participant_id: uuid.UUID | None) -> bool:
    """True when `actor` may see participant `participant_id` (always for an admin)."""
    if not scoped(actor):
        return True
    if participant_id is None:
        return False
    return session.scalar(
        select(Enrolment.id).where(Enrolment.participant_id == participant_id,
                                   Enrolment.deleted_at.is_(None),
                                   Enrolment.group_id.in_(taught_group_ids(actor)))
        .limit(1)) is not None


def require_group(session: Session, actor: Actor, group_id: uuid.UUID | None) -> None:
    """Raises PermissionDenied unless `actor` teaches group `group_id`."""
    if not teaches(session, actor, group_id):
        raise _refuse(actor)


def require_lesson(session: Session, actor: Actor, lesson_id: uuid.UUID | None) -> None:
    """Raises PermissionDenied unless `actor` teaches the group of lesson `lesson_id`."""
    if not scoped(actor):
        return
    group_id = session.scalar(select(Lesson.group_id).where(Lesson.id == lesson_id)) \
        if lesson_id is not None else None
    require_group(session, actor, group_id)


def require_participant(session: Session, actor: Actor,
                        participant_id: uuid.UUID | None) -> None:
    """Raises PermissionDenied unless `actor` may see participant `participant_id`."""
    if not sees_participant(session, actor, participant_id):
        raise _refuse(actor)
